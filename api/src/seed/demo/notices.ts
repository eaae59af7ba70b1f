// The publicity notices (公示): county verification results, the provincial list per batch, and
// their objection channels (written or e-mail, real name; §4.3, 7 working days).
import { PROVINCE_CODE } from '@zgm/domain'
import type { Builder } from './builder'
import { bureauName, provinceIssuer } from './organizations'
import type { CountyNotice } from './pipeline'
import { BATCHES } from './schedule'
import type { PublicityRow } from './types'

export function provinceObjectionChannel(): string {
  return '以书面或电子邮件形式实名提出并附联系方式：浙江省自然资源厅矿产资源管理处，邮箱 lvsekuangshan@example.cn（演示）；匿名或逾期异议不予受理'
}

export function countyChannel(b: Builder, notice: CountyNotice): string {
  const bureau = bureauName(notice.county, b.cityNames.get(notice.county.cityCode) ?? '', notice.start)
  return `以书面或电子邮件形式实名提出并附联系方式：${bureau}矿产资源管理科，邮箱 kg${notice.county.code}@example.cn（演示）；匿名或逾期异议不予受理`
}

export function countyNoticeRow(b: Builder, notice: CountyNotice, number: number): PublicityRow {
  const cityName = b.cityNames.get(notice.county.cityCode) ?? ''
  const lines = notice.attempts.map((a, i) => `${i + 1}. ${a.mine.row.name}（${a.mine.row.mineral}）`)
  return {
    id: b.nextId('publicity'),
    level: 'county',
    region_code: notice.county.code,
    title: `${notice.county.name}绿色矿山建设第三方现场核查结果公示（${notice.start.slice(0, 4)}年第${number}号）`,
    body: [
      '根据《浙江省绿色矿山建设三年专项行动实施方案》（浙土资发〔2018〕10号），经矿山企业自评、第三方评估机构现场核查，下列矿山达到行业绿色矿山建设规范要求，现予公示：',
      ...lines,
      `公示期：${notice.start}至${notice.end}（7个工作日）。（演示数据）`,
    ].join('\n'),
    start_on: notice.start,
    end_on: notice.end,
    objection_channel: countyChannel(b, notice),
    issuer: bureauName(notice.county, cityName, notice.start),
    published_on: notice.start,
    closed_on: notice.closeOn,
    is_demo: true,
  }
}

export function provinceNoticeRow(b: Builder, index: number, count: number): PublicityRow {
  const batch = BATCHES[index]!
  return {
    id: b.nextId('publicity'),
    level: 'province',
    region_code: PROVINCE_CODE,
    title: `浙江省${batch.label}拟纳入全国绿色矿山名录库矿山名单公示`,
    body: `根据《浙江省绿色矿山建设三年专项行动实施方案》（浙土资发〔2018〕10号），经各市汇总上报，现将通过第三方现场核查的${count}家矿山名单予以公示，公示期：${batch.provinceStart}至${batch.provinceEnd}（7个工作日）。公示无异议后纳入全国绿色矿山名录库。（演示数据）`,
    start_on: batch.provinceStart,
    end_on: batch.provinceEnd,
    objection_channel: provinceObjectionChannel(),
    issuer: provinceIssuer(batch.provinceStart),
    published_on: batch.provinceStart,
    closed_on: batch.entryOn,
    is_demo: true,
  }
}
