// Fictional but plausible Chinese names: places (小地名), enterprises and people.
import type { SeededRandom } from '@zgm/domain'

const SURNAMES = [
  ...'李王张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜钟陆汪范金石方邵钱严戴毛俞楼应柴邱裘屠竺童翁',
]
const GIVEN = [
  ...'建国军伟华明强平志勇杰涛斌超海峰磊晓丽芳敏静燕红霞玲雪兰浩宇文武俊辉凯鹏飞宏德福荣林松柏春秋云祥瑞庆',
]
const PLACE_FIRST = [
  ...'大小上下东西南北前后石青黄白红马龙凤狮虎牛鹰仙金银铜铁茶竹桃梅松枫樟柏高长横直双三五九老新',
]
const PLACE_MIDDLE = [...'岩山石溪水坑门头塘田湾峰岭坞岙']
const PLACE_LAST = [...'山岭坞岙坑湾垄坪畈塘尖岗坳']
const BRAND = [
  '恒',
  '鑫',
  '宏',
  '盛',
  '泰',
  '华',
  '兴',
  '源',
  '达',
  '丰',
  '瑞',
  '隆',
  '顺',
  '通',
  '安',
  '广',
  '德',
  '信',
  '正',
  '和',
]

/** A small place name such as 李家坞, 青龙岭 or 石门坑, not already in `taken`. */
export function placeName(rng: SeededRandom, taken: Set<string>): string {
  for (let i = 0; i < 200; i++) {
    const r = rng.next()
    const name =
      r < 0.35
        ? `${rng.pick(SURNAMES)}家${rng.pick(PLACE_LAST)}`
        : r < 0.7
          ? `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_MIDDLE)}${rng.pick(PLACE_LAST)}`
          : `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_LAST)}`
    if (!taken.has(name)) {
      taken.add(name)
      return name
    }
  }
  throw new Error('ran out of place names')
}

/** An enterprise name such as 长兴恒盛矿业有限公司, not already in `taken`. */
export function enterpriseName(
  rng: SeededRandom,
  countyShort: string,
  suffix: string,
  taken: Set<string>,
): string {
  for (let i = 0; i < 200; i++) {
    const name = `${countyShort}${rng.pick(BRAND)}${rng.pick(BRAND)}${suffix}`
    if (!taken.has(name) && name[countyShort.length] !== name[countyShort.length + 1]) {
      taken.add(name)
      return name
    }
  }
  throw new Error('ran out of enterprise names')
}

export function personName(rng: SeededRandom): string {
  return `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.chance(0.7) ? rng.pick(GIVEN) : ''}`
}
