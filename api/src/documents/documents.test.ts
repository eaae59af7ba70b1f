import { refusalMessage, type Refusal } from '@zgm/domain'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countRows, latestAudit, openWorld, type Clients, type World, type Who } from '../testing/world'
import { backends, type TestDb } from '../testing/test-db'
import { expectConforms } from '../testing/conforms'
import { DocumentMeta } from './documents.schemas'
import { documentRoutes } from './documents.routes'
import { DOCX, MINIMAL_PDF, SHAPEFILE_ZIP, TINY_PNG } from './test-files'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

function form(bytes: Uint8Array, filename: string, type: string, kind = 'self_assessment_report') {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(bytes)], filename, { type }))
  f.set('kind', kind)
  return f
}

interface Meta {
  id: number
  sha256: string
  sizeBytes: number
  mediaType: string
  filename: string
  kind: string
}

describe.each(backends)('mine documents on $name PostGIS', (backend) => {
  let t: TestDb, fx: World, c: Clients
  let reportId: number
  beforeAll(async () => {
    ;({ t, w: fx, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const upload = (who: Who, body: FormData, mineId = fx.mineId) =>
    c.as(who).request('POST', `/api/mines/${mineId}/documents`, body)

  it('stores a real PDF with its sniffed type and SHA-256, and audits the upload', async () => {
    const before = await countRows(t.db)
    const res = await upload('enterprise', form(MINIMAL_PDF, '自评报告 (2019).pdf', 'application/pdf'))
    expect(res.status).toBe(201)
    const meta = expectConforms(DocumentMeta, await res.json())
    expect(meta).toMatchObject({
      filename: '自评报告 (2019).pdf',
      mediaType: 'application/pdf',
      kind: 'self_assessment_report',
      sizeBytes: MINIMAL_PDF.length,
      sha256: sha256(MINIMAL_PDF),
    })
    reportId = meta.id
    const row = await t.db
      .selectFrom('document')
      .select(['sha256', 'content', 'uploaded_by'])
      .where('id', '=', meta.id)
      .executeTakeFirstOrThrow()
    expect(row.sha256).toBe(sha256(MINIMAL_PDF))
    expect(Buffer.compare(row.content!, MINIMAL_PDF)).toBe(0)
    expect(await countRows(t.db)).toEqual({
      ...before,
      documents: before.documents + 1,
      audit: before.audit + 1,
    })
    const audit = await latestAudit(t.db)
    expect(audit).toMatchObject({
      action: 'document.upload',
      object_type: 'document',
      object_id: String(meta.id),
      actor_role: 'enterprise',
    })
    expect(audit.after).toMatchObject({ sha256: sha256(MINIMAL_PDF), mineId: fx.mineId })
  })

  it.each([
    [
      'a Word report',
      DOCX,
      '自评报告.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'self_assessment_report',
    ],
    ['a site photo', TINY_PNG, 'site.png', 'image/png', 'photo'],
    ['a zipped Shapefile', SHAPEFILE_ZIP, '复垦范围.zip', 'application/zip', 'other'],
  ])('accepts %s', async (_name, bytes, filename, type, kind) => {
    const res = await upload('enterprise', form(bytes, filename, type, kind))
    expect(res.status).toBe(201)
  })

  it.each([
    [
      'a text file named .pdf',
      Buffer.from('This is not a PDF.\n'),
      'report.pdf',
      'application/pdf',
      'self_assessment_report',
      415,
      'type_mismatch',
      ['.pdf', 'plain text'],
    ],
    [
      'a PNG named .pdf',
      TINY_PNG,
      'report.pdf',
      'application/pdf',
      'self_assessment_report',
      415,
      'type_mismatch',
      ['.pdf', 'PNG image'],
    ],
    [
      'a PDF sent as image/jpeg',
      MINIMAL_PDF,
      'report.pdf',
      'image/jpeg',
      'self_assessment_report',
      415,
      'type_mismatch',
      ['image/jpeg', 'PDF'],
    ],
    [
      'a PDF filed as a photo',
      MINIMAL_PDF,
      'photo.pdf',
      'application/pdf',
      'photo',
      415,
      'type_not_allowed_for_kind',
      ['image/jpeg or image/png'],
    ],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'application/pdf', 'other', 400, 'empty_file', ['empty']],
    [
      'an unknown kind',
      MINIMAL_PDF,
      'report.pdf',
      'application/pdf',
      'invoice',
      400,
      'invalid_input',
      ['kind'],
    ],
  ] as const)(
    'refuses %s, writing nothing',
    async (_name, bytes, filename, type, kind, status, code, words) => {
      const before = await countRows(t.db)
      const res = await upload('enterprise', form(bytes, filename, type, kind))
      const body = (await res.json()) as { error: { code: string; message: string; params: object } }
      expect({ status: res.status, code: body.error.code }).toEqual({ status, code })
      // The English words, from the params as the web renders them (the message itself is Chinese).
      const en = refusalMessage({ code: body.error.code, ...body.error.params } as Refusal, 'en')
      for (const w of words) expect(en).toContain(w)
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(await countRows(t.db)).toEqual(before)
    },
  )

  it('refuses a form without a file', async () => {
    const f = new FormData()
    f.set('kind', 'other')
    f.set('file', 'not a file')
    const res = await upload('enterprise', f)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { params: { field: string } } }).error.params.field).toBe('file')
  })

  it('refuses more than 20 MB with 413, whatever the claim', async () => {
    const before = await countRows(t.db)
    const big = Buffer.concat([MINIMAL_PDF, Buffer.alloc(20 * 1024 * 1024)])
    const res = await upload('enterprise', form(big, 'big.pdf', 'application/pdf'))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large')
    expect(await countRows(t.db)).toEqual(before)
  })

  it.each([
    ['evaluator', 'verification_report', 201],
    ['county', 'acceptance', 201],
    ['province', 'other', 201],
    ['evaluator', 'self_assessment_report', 403],
    ['enterprise', 'verification_report', 403],
    ['enterprise', 'acceptance', 403],
    ['enterpriseOther', 'self_assessment_report', 403],
    ['evaluatorOther', 'verification_report', 403],
    ['countyOther', 'other', 403],
    ['leader', 'other', 403],
    ['planner', 'other', 403],
  ] as const)('%s filing a %s → %i', async (who, kind, status) => {
    const res = await upload(who, form(MINIMAL_PDF, 'doc.pdf', 'application/pdf', kind))
    expect(res.status).toBe(status)
  })

  it('the public cannot upload, list or download (401)', async () => {
    expect(
      (
        await c.anonymous.request(
          'POST',
          `/api/mines/${fx.mineId}/documents`,
          form(MINIMAL_PDF, 'a.pdf', 'application/pdf'),
        )
      ).status,
    ).toBe(401)
    expect((await c.anonymous.request('GET', `/api/mines/${fx.mineId}/documents`)).status).toBe(401)
    expect((await c.anonymous.request('GET', `/api/documents/${reportId}`)).status).toBe(401)
  })

  it('downloads the same bytes with safe headers and an RFC 5987 filename', async () => {
    const res = await c.as('enterprise').request('GET', `/api/documents/${reportId}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="____ (2019).pdf"; filename*=UTF-8''%E8%87%AA%E8%AF%84%E6%8A%A5%E5%91%8A%20%282019%29.pdf`,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(sha256(bytes)).toBe(sha256(MINIMAL_PDF))
  })

  it.each([
    ['enterprise', 200],
    ['evaluator', 200],
    ['county', 200],
    ['city', 200],
    ['province', 200],
    ['leader', 200],
    ['enterpriseOther', 404],
    ['evaluatorOther', 404],
    ['countyOther', 404],
    ['plannerOther', 404],
  ] as const)('%s downloading and listing → %i', async (who, status) => {
    expect((await c.as(who).request('GET', `/api/documents/${reportId}`)).status).toBe(status)
    const list = await c.as(who).request('GET', `/api/mines/${fx.mineId}/documents`)
    expect(list.status).toBe(status)
    if (status === 200) {
      const { documents } = (await list.json()) as { documents: (Meta & { content?: unknown })[] }
      expect(documents.find((d) => d.id === reportId)).toMatchObject({
        sha256: sha256(MINIMAL_PDF),
        filename: '自评报告 (2019).pdf',
      })
      expect(documents.every((d) => d.content === undefined)).toBe(true)
    }
  })

  it('an unknown document → 404', async () => {
    expect((await c.as('province').request('GET', '/api/documents/999999')).status).toBe(404)
  })

  it('describes the routes in OpenAPI, the upload as multipart', () => {
    const doc = documentRoutes({ db: t.db }).getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    })
    const upload = doc.paths!['/mines/{id}/documents']!.post!
    expect(Object.keys((upload.requestBody as { content: object }).content)).toEqual(['multipart/form-data'])
    expect(Object.keys(upload.responses!)).toEqual(expect.arrayContaining(['201', '413', '415']))
    expect(Object.keys(doc.paths!)).toEqual(expect.arrayContaining(['/documents/{id}']))
    expect(Object.keys(doc.components!.schemas!)).toEqual(
      expect.arrayContaining(['DocumentMeta', 'DocumentUpload', 'DocumentList']),
    )
  })
})
