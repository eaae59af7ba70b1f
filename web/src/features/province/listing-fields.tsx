// The fields of an agency's listing on the provincial list: list name, validity, staff and the
// application record it rests on (R3.2: ≥ 15 staff, ≥ 30 % senior, checked by the server).
import { todayInZhejiang } from '@zgm/domain'
import type { Schemas } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'

export type ListingDraft = Schemas['ListingBody']

const year = todayInZhejiang().slice(0, 4)
export const emptyListing: ListingDraft = {
  listName: `${year}年度浙江省绿色矿山第三方评估机构名单`,
  validFrom: todayInZhejiang(),
  validTo: `${year}-12-31`,
  staffCount: 15,
  seniorCount: 5,
  applicationRef: '',
}

export function ListingFields({ value, onChange }: { value: ListingDraft; onChange(v: ListingDraft): void }) {
  const { t } = useI18n()
  const set = <K extends keyof ListingDraft>(k: K, v: ListingDraft[K]) => onChange({ ...value, [k]: v })
  return (
    <>
      <label className="prv-wide">
        {t('prvListName')}
        <input
          type="text"
          required
          value={value.listName}
          onChange={(e) => set('listName', e.target.value)}
        />
      </label>
      <label>
        {t('prvValidFrom')}
        <input
          type="date"
          required
          value={value.validFrom}
          onChange={(e) => set('validFrom', e.target.value)}
        />
      </label>
      <label>
        {t('prvValidTo')}
        <input type="date" required value={value.validTo} onChange={(e) => set('validTo', e.target.value)} />
      </label>
      <label>
        {t('prvStaffCount')}
        <input
          type="number"
          required
          min={0}
          value={value.staffCount}
          onChange={(e) => set('staffCount', Number(e.target.value))}
        />
      </label>
      <label>
        {t('prvSeniorCount')}
        <input
          type="number"
          required
          min={0}
          value={value.seniorCount}
          onChange={(e) => set('seniorCount', Number(e.target.value))}
        />
      </label>
      <label className="prv-wide">
        {t('prvApplicationRef')}
        <input
          type="text"
          required
          value={value.applicationRef}
          onChange={(e) => set('applicationRef', e.target.value)}
        />
      </label>
    </>
  )
}
