import { describe, expect, it } from 'vitest'
import { pastedFile } from './import-shape'

describe('pasted shapes go to the import API as a file it can read', () => {
  it('names GeoJSON, KML and corner-point text by their first character', () => {
    expect(pastedFile('  {"type":"Polygon"}').name).toBe('pasted.geojson')
    expect(pastedFile('<kml xmlns="http://www.opengis.net/kml/2.2"/>').name).toBe('pasted.kml')
    expect(pastedFile('1,3432100.12,40512345.67\n2,3432200.00,40512400.00').name).toBe('pasted.txt')
  })
})
