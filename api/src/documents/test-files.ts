// Small real files for the document tests.

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
)

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** The start of a JFIF JPEG (enough for the magic bytes). */
export const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** A ZIP of empty stored entries with these names (local headers, central directory, end record). */
export function makeZip(names: string[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const name of names) {
    const n = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(n.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(n.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, n)
    centrals.push(central, n)
    offset += 30 + n.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(names.length, 8)
  end.writeUInt16LE(names.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

export const DOCX = makeZip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
export const XLSX = makeZip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
export const SHAPEFILE_ZIP = makeZip(['areas.shp', 'areas.shx', 'areas.dbf', 'areas.prj', 'areas.cpg'])

/** A multipart body filing MINIMAL_PDF as a document of `kind`. */
export function pdfForm(kind: string, filename = 'document.pdf'): FormData {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(MINIMAL_PDF)], filename, { type: 'application/pdf' }))
  f.set('kind', kind)
  return f
}
