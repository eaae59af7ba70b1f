import { useI18n } from '../i18n/i18n'

export function LangSwitch() {
  const { lang, setLang, t } = useI18n()
  return (
    // The visible word is the accessible name (spoken in its own language); the title explains it.
    <button
      type="button"
      className="btn btn-quiet"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      title={t('languageLabel')}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('language')}
    </button>
  )
}
