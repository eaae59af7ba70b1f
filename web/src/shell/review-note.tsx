import { useI18n } from '../i18n/i18n'

/** Bottom-left: the map review number area (审图号) and attributions, as Chinese map rules expect. */
export function ReviewNote({ basemapOn, reviewNo }: { basemapOn: boolean; reviewNo: string | null }) {
  const { t } = useI18n()
  return (
    <div className="review-note" data-testid="review-note">
      <div className="review-main">{t('reviewPlaceholder')}</div>
      <div className="review-sub">{t('boundarySource')}</div>
      {basemapOn && (
        <div className="review-sub">
          © 天地图 国家地理信息公共服务平台 · {t('reviewTianditu', { no: reviewNo ?? '—' })}
        </div>
      )}
    </div>
  )
}
