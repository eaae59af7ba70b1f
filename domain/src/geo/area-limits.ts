// PRODUCT §6 "Safe with bad input": the limits on a drawn restoration/reclamation polygon, one
// module for the server's checks and the planner's live checks in the browser.
import { GEOMETRY_LIMITS } from './geometry-checks'

/** Limits on drawn restoration/reclamation polygons. */
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

/** The default of AREA_MAX_DISTANCE_M: how far outside a mine's footprint an area may reach. */
export const DEFAULT_AREA_MAX_DISTANCE_M = 500
