import type { OgcCollection, OgcField } from '../ogc-collections'
import type { Geometry } from './geometry'

/** A selection ready for any format: the collection's fields and one row per feature. */
export interface FeatureTable {
  collection: OgcCollection
  features: { id: number; geometry: Geometry; values: (string | number | null)[] }[]
}

export type FieldValue = string | number | null

export const fieldsOf = (t: FeatureTable): readonly OgcField[] => t.collection.fields
