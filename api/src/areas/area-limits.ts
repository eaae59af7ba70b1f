import { GEOMETRY_LIMITS } from '@zgm/domain'

/** Limits on drawn restoration/reclamation polygons (PRODUCT §6 "Safe with bad input"). */
export const AREA_LIMITS = Object.freeze({
  ...GEOMETRY_LIMITS,
  /** Smaller than a room is a slip of the mouse. */
  minAreaM2: 10,
  /** Zhejiang's largest licensed mining areas are a few km²; 50 km² is a drawing error. */
  maxAreaM2: 50_000_000,
  /** Request bodies of the area routes; 5,000 vertices of GeoJSON need well under 1 MB. */
  maxBodyBytes: 2 * 1024 * 1024,
  /**
   * The province outline is grown by this many metres so that a polygon on the coarse boundary is
   * not refused: twice the boundary's measured error (quantized to 1/1024° ≈ 108 m, ≈ 0.1 km from
   * OSM coastlines; data/SOURCES.md).
   */
  provinceToleranceM: 2 * 110,
})
