// GENERATED FILE — do not edit. The API's OpenAPI document (/api/openapi.json) as TypeScript types,
// made by openapi-typescript. Regenerate with `npm run api:types` after changing an API schema;
// the test scripts/api-types/api-types.test.ts fails while this file is out of date.

/** Recorded free-form JSON (event payloads, audit before/after), as a plain recursive alias. */
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export interface paths {
  '/api/health': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Liveness, database backend and PostGIS version */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description healthy */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Health']
          }
        }
        /** @description degraded: the database cannot be reached (restart, failover, network cut) */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Health']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Sign in with username and password; sets the zgm_session cookie */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LoginBody']
        }
      }
      responses: {
        /** @description signed in; the session cookie is set */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SessionInfo']
          }
        }
        /** @description invalid body */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description invalid_credentials, or the account is disabled */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description demo_disabled: demo accounts work only in demo mode */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the body must be application/json */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description too_many_attempts; see Retry-After */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** End the session and clear the cookie */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description signed out (also when there was no session) */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description csrf: missing or wrong X-CSRF-Token */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The signed-in user and the CSRF token for writes */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description signed in */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SessionInfo']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/regions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cities or counties with label points and bounding boxes */
    get: {
      parameters: {
        query?: {
          level?: 'city' | 'county'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description regions */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicRegionList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/outlines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cities' or counties' simplified outlines as SVG paths: the map's picture before the map loads */
    get: {
      parameters: {
        query?: {
          level?: 'city' | 'county'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description outlines */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicOutlines']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/stats': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Published entry rates against targets, per region, as of a date */
    get: {
      parameters: {
        query?: {
          asOf?: string
          /** @description What the system knew then: only events recorded by the end of this day count (default: everything recorded so far) */
          knownAt?: string
          level?: 'province' | 'city' | 'county'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description rates */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicStats']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/directory': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Mines in the national green-mine directory */
    get: {
      parameters: {
        query?: {
          asOf?: string
          q?: string
          county?: string
          city?: string
          page?: number
          pageSize?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description directory mines */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicDirectory']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/publicity': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Publicity notices (公示) with their period and objection channel */
    get: {
      parameters: {
        query?: {
          asOf?: string
          status?: 'open' | 'closed' | 'all'
          level?: 'county' | 'province' | 'removal' | 'spot_check'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description notices, newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicNoticeList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/map/mines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every directory mine on a date, for the public map */
    get: {
      parameters: {
        query?: {
          asOf?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description directory mines */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicMapMineList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/spot-checks': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Published 双随机 spot-check draws: commitment (seed hash, population, inspector pool), revealed seed and draw (replayable), results */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description draws */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicSpotCheckDrawList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/audit-head': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The audit chain’s head hash (now, or at a year’s close), published to detect a rewrite */
    get: {
      parameters: {
        query?: {
          /** @description The head at that year’s close (the last entry written before 1 January of the next year) */
          year?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the head */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AuditHead']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/objections': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Objections and their published decisions (upheld or dismissed, with the reason); no objector data */
    get: {
      parameters: {
        query?: {
          publicityId?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicObjectionList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Object to a running county or provincial notice (公示异议), without an account (R3.5, R3.7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['ObjectionForm']
        }
      }
      responses: {
        /** @description received */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ObjectionReceipt']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such notice */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description type_mismatch, unsupported_type, type_not_allowed_for_kind (attachment) */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description objection_closed (outside the notice period), objection_rejected (text, mine, notice kind) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description too_many_attempts: too many objections from this address; Retry-After */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/blacklist': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Public exposure list (removed mines) and the industry integrity blacklist (enterprises, responsible persons) (R6) */
    get: {
      parameters: {
        query?: {
          status?: 'current' | 'all'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicBlacklist']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/stats': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Entry rates vs targets, pipeline and overdue counts per region, as of a date (R2, R7) */
    get: {
      parameters: {
        query?: {
          /** @description Defaults to today */
          asOf?: string
          /** @description What the system knew then: only events recorded by the end of this day count (default: everything recorded so far) */
          knownAt?: string
          level?: 'province' | 'city' | 'county'
          /** @description Only rows inside this region */
          region?: string
          /** @description R1 scope policy */
          policy?: 'ZJ-2018' | 'ALT-3Y'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description one row per region */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Stats']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/alerts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Overdue and coming-due items for the mines you may see, each with its rule */
    get: {
      parameters: {
        query?: {
          asOf?: string
          region?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description alerts, soonest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AlertList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/map/mines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every mine you may see with its state as of a date, for the map */
    get: {
      parameters: {
        query?: {
          asOf?: string
          /** @description R1 scope policy */
          policy?: 'ZJ-2018' | 'ALT-3Y'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description mines */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['MapMineList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Mines the user may see: filter, search by name/licence/holder/county, page, sort */
    get: {
      parameters: {
        query?: {
          q?: string
          county?: string
          city?: string
          state?:
            | 'building'
            | 'self_assessed'
            | 'evaluator_assigned'
            | 'verification_failed'
            | 'verified'
            | 'county_publicity'
            | 'county_archived'
            | 'city_reported'
            | 'province_publicity'
            | 'in_directory'
            | 'rectifying'
            | 'removed'
          page?: number
          pageSize?: number
          sort?: 'name' | 'county' | 'state' | 'updated'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description one page */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['MinePage']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours to see */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Register a mine with its mining licence (county, city or province bureau of its region) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['MineRegistration']
        }
      }
      responses: {
        /** @description the new mine and licence */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['MineRegistered']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One mine: licence, state, lifecycle timeline, areas, documents, the events you may fire */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the mine */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['MineDetail']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours to see */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/licence': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The mining licence: terms, corner points as issued (source CRS kept), licensed polygon */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the licence */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Licence']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours to see */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/audit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The audit trail of one mine (R8): who, when, before and after */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description entries, oldest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AuditTrail']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours to see */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/submit_self_assessment': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Submit self-assessment (R3.1) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SubmitSelfAssessmentBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/assign_evaluator': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Assign evaluator (R3.2) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['AssignEvaluatorBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/file_verification': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** File on-site verification (R3.4) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['FileVerificationBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/publish_county_publicity': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Publish county publicity (R3.5) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishCountyPublicityBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/close_county_publicity': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Close county publicity (R3.5) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['CloseCountyPublicityBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/city_report': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Report to the province (R3.6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['CityReportBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/publish_province_list': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Publish provincial list (R3.7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishProvinceListBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/uphold_province_objection': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Uphold provincial objection (R3.7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['UpholdProvinceObjectionBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/enter_directory': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Enter the directory (R3.7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['EnterDirectoryBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/spot_check': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Spot check (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SpotCheckBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/assign_recheck_agency': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Draw the re-check agency (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['AssignRecheckAgencyBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/recheck': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Re-check after rectification (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['RecheckBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/confirm_removal': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Confirm removal from the directory (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ConfirmRemovalBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/start_production': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Start formal production (R4) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['StartProductionBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/suspend': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Suspend production (R4) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SuspendBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/resume': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Resume production (R4) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ResumeBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/events/close': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Close the mine (R4) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['CloseBody']
        }
      }
      responses: {
        /** @description the step was recorded */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EventResult']
          }
        }
        /** @description dated too far back: held, without effect, until the province approves it */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryHeld']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/spot-checks/draws': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** 双随机 draw, step 1: commit the period’s draw (seed hash, population and inspector pool published); one per region and period (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SpotCheckCommitBody']
        }
      }
      responses: {
        /** @description the published commitment */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SpotCheckCommitment']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/spot-checks/draws/{id}/reveal': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** 双随机 draw, step 2: reveal the committed seed; the draw runs once on the committed population and pool (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SpotCheckRevealBody']
        }
      }
      responses: {
        /** @description the recorded draw */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SpotCheckDrawResult']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not fire this event (R3.wrong_role) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description illegal transition or stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused the step (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A licence's history: every term, holder change, suspension, cancellation and contract */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the licence */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/renewals': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Renew a licence (延续): a new term from the day after the last one ends (R1) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceRenewalBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/transfers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Transfer a licence (转让) to another registered enterprise, dated */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceTransferBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/suspensions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Suspend a licence (暂停), dated and with a reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceStatusBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/reinstatements': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reinstate a suspended licence, dated and with a reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceStatusBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/cancellation': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Cancel a licence (注销), dated and with a reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceStatusBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/licences/{id}/contracts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Record a transfer contract and the green duties written into it (R5) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['LicenceContractBody']
        }
      }
      responses: {
        /** @description the licence with its whole history */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['LicenceHistory']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/equipment': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Machine-made sand equipment installed or removed, as a dated fact (R1) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['SandEquipmentBody']
        }
      }
      responses: {
        /** @description the recorded fact */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SandEquipmentFact']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/green-duties': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's R5 status on a date: its contract's green duties and the flags they raise */
    get: {
      parameters: {
        query?: {
          asOf?: string
        }
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the status */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['GreenDutyStatus']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/green-duties/breaches': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Mines flagged under R5 on a date, in the bureau’s region */
    get: {
      parameters: {
        query?: {
          asOf?: string
          region?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description flagged mines */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['GreenDutyBreaches']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the land bureaus of the region keep the registry */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such licence or mine, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the licence status does not allow this step (licence_state), or the licence number is taken */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/backdated-entries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Events dated too far back, held for the province (province and leader: all; others: their own) */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'approved' | 'rejected'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedEntryList']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province decides backdated entries */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such entry */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description already decided, or the mine changed since (stale version) */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refuses the event now (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/backdated-entries/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The province approves a held event: it is recorded now with its business date (R7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ApproveBackdatedBody']
        }
      }
      responses: {
        /** @description the decision */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedDecision']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province decides backdated entries */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such entry */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description already decided, or the mine changed since (stale version) */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refuses the event now (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/backdated-entries/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The province rejects a held event, with a reason; nothing is recorded (R7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['RejectBackdatedBody']
        }
      }
      responses: {
        /** @description the decision */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BackdatedDecision']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province decides backdated entries */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such entry */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description already decided, or the mine changed since (stale version) */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refuses the event now (the code names it) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/assessments/{year}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Annual assessment per city and county: target, achieved, shortfall, overdue, sanctions; frozen once the year is closed, with restatements beside (R7) */
    get: {
      parameters: {
        query?: {
          /** @description json, or a download: csv (UTF-8 with BOM, for Excel) or xlsx */
          format?: 'json' | 'csv' | 'xlsx'
        }
        header?: never
        path: {
          year: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description JSON, or with format= a CSV (UTF-8 with BOM) or XLSX attachment */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Assessment']
            'text/csv': string
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string
          }
        }
        /** @description invalid year or format */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not a bureau or leader (reading), not the province (closing) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the year is already closed */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the year has not ended (R7.year_not_over) or is closed (R7.year_closed) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/assessments/{year}/close': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The province closes an ended year: its assessment figures are computed and frozen (R7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          year: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the closed year */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Assessment']
          }
        }
        /** @description invalid year or format */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not a bureau or leader (reading), not the province (closing) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the year is already closed */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the year has not ended (R7.year_not_over) or is closed (R7.year_closed) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/targets/{year}/cities/{cityCode}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A city's target for a year and its counties' shares (R2, §5.2 分解任务指标) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          year: number
          cityCode: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the split */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['CitySplit']
          }
        }
        /** @description invalid input or unknown city */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the city's own bureau splits its target */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the split does not cover the city target (R2.split_mismatch) or the year is closed (R7.year_closed) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    /** The city bureau splits its target over all its counties, for an open year (R2, R7) */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          year: number
          cityCode: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['CitySplitBody']
        }
      }
      responses: {
        /** @description the new split */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['CitySplit']
          }
        }
        /** @description invalid input or unknown city */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the city's own bureau splits its target */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the split does not cover the city target (R2.split_mismatch) or the year is closed (R7.year_closed) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/progress': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Restoration and reclamation totals and completed, per county of a region, as of a date */
    get: {
      parameters: {
        query: {
          /** @description A county, a city or the province (330000) */
          region: string
          /** @description Defaults to today (Zhejiang date) */
          asOf?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description per county */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaProgress']
          }
        }
        /** @description invalid_input, unknown_region */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/areas': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's footprint, restoration (生态修复) and reclamation (土地复垦) areas as GeoJSON */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the live (not deleted) areas */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaCollection']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: no access to the mine */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Draw a restoration or reclamation area (starts as a draft, version 1) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateAreaBody']
        }
      }
      responses: {
        /** @description created */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input (body), geometry_type, unsupported_crs, invalid_coordinates, coordinate_out_of_range, swapped_coordinates, ring_not_closed, ring_too_short, nothing_to_change */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large (over 2 MB) */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description geometry_self_intersection and the other geometry_* validity codes (params.at: [lng, lat]), outside_province, too_far_from_footprint (params.distanceM), too_many_vertices, area_out_of_range, footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/queue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The bureau's approval queue: submitted areas in the caller's region, oldest first */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the submitted areas */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaQueue']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: only county, city and province bureaus decide on areas */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One area as a GeoJSON Feature */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the area */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: no access to the mine */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    /** Change geometry and/or attributes at the version read; an approved area goes back to draft (revise) */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateAreaBody']
        }
      }
      responses: {
        /** @description the new version */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input (body), geometry_type, unsupported_crs, invalid_coordinates, coordinate_out_of_range, swapped_coordinates, ring_not_closed, ring_too_short, nothing_to_change */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large (over 2 MB) */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description geometry_self_intersection and the other geometry_* validity codes (params.at: [lng, lat]), outside_province, too_far_from_footprint (params.distanceM), too_many_vertices, area_out_of_range, footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    post?: never
    /** Soft-delete a draft or rejected area (its history stays) */
    delete: {
      parameters: {
        query: {
          version: number
        }
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description deleted */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}/versions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every version of an area: geometry, attributes, change kind, who and when */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description oldest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaHistory']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: no access to the mine */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}/submit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Submit a draft or rejected area for approval (planner in region, the enterprise) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['VersionBody']
        }
      }
      responses: {
        /** @description the new version */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve a submitted area (county, city or province bureau in region) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['VersionBody']
        }
      }
      responses: {
        /** @description the new version */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reject a submitted area with a reason (county, city or province bureau in region) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['RejectBody']
        }
      }
      responses: {
        /** @description the new version */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AreaFeature']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden (role × region × ownership), or csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description footprint_read_only */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/documents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's documents (metadata only) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['DocumentList']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** File a document for a mine; its type is read from the content and must match its name and claimed type */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['DocumentUpload']
        }
      }
      responses: {
        /** @description stored, with its SHA-256 */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['DocumentMeta']
          }
        }
        /** @description invalid_input (missing file or kind), empty_file */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: role, mine or kind not allowed; csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large: over 20 MB */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description type_mismatch (name/claimed type vs content, both named), unsupported_type, type_not_allowed_for_kind */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/areas/{id}/documents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** An area's evidence documents (metadata only) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['DocumentList']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Attach evidence (plan, photo) to a restoration or reclamation area; checked like any document */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['AreaDocumentUpload']
        }
      }
      responses: {
        /** @description stored, with its SHA-256 and the area */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['DocumentMeta']
          }
        }
        /** @description invalid_input (missing file or kind), empty_file */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: only those who may edit the area (planner in region, the enterprise); csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such area, or not visible */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large: over 20 MB */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description type_mismatch, unsupported_type, type_not_allowed_for_kind (a photo must be an image) */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/documents/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Download a document (as an attachment, with nosniff) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the stored bytes with their sniffed Content-Type */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/octet-stream': string
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/site-photos': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's site photos with their positions and placement (an evaluator: its agency's) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SitePhotoList']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** An on-site photo (an evaluator's verification, a bureau's field inspection): stored as a document, its position (EXIF read on the server, else the device's) placed against the footprint; with clientId a resend returns the stored photo (200) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['SitePhotoUpload']
        }
      }
      responses: {
        /** @description already stored under this clientId */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SitePhoto']
          }
        }
        /** @description stored and placed */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['SitePhoto']
          }
        }
        /** @description invalid_input (missing file, lng without lat, out of range), empty_file */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: evaluators and county/city/province bureaus only; csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine, or not assigned to your agency */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description field.client_id_reused: the clientId names another photo */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large: over 20 MB */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description type_mismatch, unsupported_type, type_not_allowed_for_kind (not an image) */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/assignments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The evaluator's work: its agency's verifications and re-checks, open ones first, with their clocks */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description open first, then newest */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AssignmentList']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: evaluators only */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/imports': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Import a GIS file as a mine's restoration/reclamation areas, footprint or licensed area: dry run (every record with its problems) or commit (all or none), answered when done */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['ImportUpload']
        }
      }
      responses: {
        /** @description the report */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ImportReport']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: not an area editor of this mine (restoration, reclamation), not a bureau that may write it (footprint, licence), csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large: over 20 MB */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description import_refused (unknown_format, wrong_magic, unsafe_zip_path, zip_too_large, broken_file, external_entity, no_records, too_many_records): nothing written, or import_has_problems (commit refused, nothing written) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/import-jobs': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The same import as a job for large files: answered 202 once the file is read, then checked and written in the background; GET the job (Location) for its phase, records processed and, at the end, the report */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'multipart/form-data': components['schemas']['ImportUpload']
        }
      }
      responses: {
        /** @description the job, running */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ImportJob']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: not an area editor of this mine (restoration, reclamation), not a bureau that may write it (footprint, licence), csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description payload_too_large: over 20 MB */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description import_refused (unknown_format, wrong_magic, unsafe_zip_path, zip_too_large, broken_file, external_entity, no_records, too_many_records): nothing written */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/import-jobs/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** An import job of the caller: status, phase, records processed of total, the report when done */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the job */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ImportJob']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such job of this user */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/agencies': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The provincial list of third-party evaluation agencies, with their registered experts (R3.2) */
    get: {
      parameters: {
        query?: {
          /** @description Only agencies listed on this date */
          on?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description agencies */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['AgencyList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/evaluator-draws': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Commit-reveal evaluator draws, newest first (R3.2) */
    get: {
      parameters: {
        query?: {
          mineId?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description draws */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorDrawList']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/evaluator-draws/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One evaluator draw: commitment, inputs, seed (after reveal) and result (R3.2) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the draw */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorDraw']
          }
        }
        /** @description invalid id */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such draw */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/indicator-sets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Versioned evaluation indicator sets; unloaded weights are marked unconfirmed (R3.4) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description indicator sets */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['IndicatorSetList']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/public/industry-standards': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The 2018 industry norms DZ/T 0312–0320 and the minerals each covers (R3.4) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description standards */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['IndustryStandardList']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/agencies': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** List a new agency with its first validity round (R3.2, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['AgencyBody']
        }
      }
      responses: {
        /** @description the agency */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Agency']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province keeps the agency list */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such agency or expert */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R3.2.agency_understaffed: fewer than 15 staff or 30% senior */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/agencies/{id}/listings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Add a validity round (renewal) to a listed agency (R3.2, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ListingBody']
        }
      }
      responses: {
        /** @description the agency */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Agency']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province keeps the agency list */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such agency or expert */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R3.2.agency_understaffed: fewer than 15 staff or 30% senior */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/agencies/{id}/experts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Register an expert with an agency (R3.2, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ExpertBody']
        }
      }
      responses: {
        /** @description the expert */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Expert']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province keeps the agency list */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such agency or expert */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R3.2.agency_understaffed: fewer than 15 staff or 30% senior */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/experts/{id}/deregister': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** End an expert's registration on a date (R3.2, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ExpertEndBody']
        }
      }
      responses: {
        /** @description the expert */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Expert']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province keeps the agency list */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such agency or expert */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R3.2.agency_understaffed: fewer than 15 staff or 30% senior */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/conflicts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's conflict-of-interest register (R3.2) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description recorded ties */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ConflictList']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the county and the province keep the register */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine or agency, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Record an agency–mine business tie or report help (R3.2, county or province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ConflictBody']
        }
      }
      responses: {
        /** @description the recorded tie */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Conflict']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the county and the province keep the register */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine or agency, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/evaluator-draws': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Commit an evaluator draw: the seed's SHA-256 and the candidates, published (R3.2, county) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['DrawCommitBody']
        }
      }
      responses: {
        /** @description the committed draw */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorDraw']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/evaluator-draws/{id}/reveal': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reveal the seed, draw the agency and assign it (R3.2, county) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['DrawRevealBody']
        }
      }
      responses: {
        /** @description the drawn draw and the assignment */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['DrawRevealResult']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/mines/{id}/evaluator-exceptions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A mine's direct-assignment and redraw requests, with the province's decisions (R3.2) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description requests, newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorExceptionList']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    /** Ask to assign directly or draw again, with a reason (R3.2, county) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ExceptionBody']
        }
      }
      responses: {
        /** @description the pending request */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorException']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/evaluator-exceptions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Direct-assignment and redraw requests across the province, by decision (R3.2, province's queue) */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'approved' | 'refused'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description requests, oldest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorExceptionQueue']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/evaluator-exceptions/{id}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve or refuse a direct assignment or redraw (R3.2, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ExceptionDecisionBody']
        }
      }
      responses: {
        /** @description the decided request */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['EvaluatorException']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description role may not do this */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such mine, draw or exception, or not yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description the mine is not awaiting an evaluator, or a stale version */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …) */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/indicator-sets/{setId}/table': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Load the official table of group points (CSV group_id,points,items) into a set (R3.4, province) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          setId: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['IndicatorTableBody']
        }
      }
      responses: {
        /** @description the set as now maintained */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['IndicatorSet']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description only the province maintains indicator sets */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R3.4.indicator_table_invalid or R3.4.unknown_indicator_set */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/objections': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Objections to the notices of your region, with their text and contact, to decide them */
    get: {
      parameters: {
        query?: {
          publicityId?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BureauObjectionList']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: bureaus only */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/objections/{id}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The publishing bureau decides an objection: upheld or dismissed, with its reason (R3.5, R3.7) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['ObjectionDecisionBody']
        }
      }
      responses: {
        /** @description decided */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ObjectionDecision']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: not the publishing bureau */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description objection_decided */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description future_date, backdated */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/blacklist/{id}/delisting': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The province records a delisting decision with its reason; until then the enterprise is refused (R6) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['DelistingBody']
        }
      }
      responses: {
        /** @description delisted */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['PublicBlacklistEntry']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: the province only */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description R6.not_blacklisted, future_date, backdated */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inbox': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Your notifications of new work (addressed to you, or to your role in your region or organisation) */
    get: {
      parameters: {
        query?: {
          /** @description true: unread only; false: read only; absent: all */
          unread?: 'true' | 'false'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description newest first, with the unread count */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Inbox']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inbox/{id}/read': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mark one of your notifications read (again: no change) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the notification, read */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['Notification']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description no such notification of yours */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inbox/read-all': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mark every one of your notifications read */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description how many were newly read */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['InboxReadAll']
          }
        }
        /** @description invalid input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/work': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Your work queue: what waits on you, what is due soon, what is overdue (role × region × ownership) */
    get: {
      parameters: {
        query?: {
          /** @description Business date; default today */
          asOf?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the queue and its counts */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['WorkQueue']
          }
        }
        /** @description invalid query */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/field/mines/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Everything the field inspection form needs for one mine in one answer (saved for offline use): record, licence polygon, footprint, checklist, open order, open tasks */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the mine for the field */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldMine']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: role_required (enterprises) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine, or not in your region */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/field/inspections/{clientId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One field inspection by its outbox id */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          clientId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the inspection */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldInspection']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: role_required */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    /** Records a field inspection under the outbox item's id: 201 new, 200 the same id and body again (replayed, never a second record) */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          clientId: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': components['schemas']['FieldInspectionInput']
        }
      }
      responses: {
        /** @description already recorded (replayed) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldInspection']
          }
        }
        /** @description recorded */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldInspection']
          }
        }
        /** @description invalid_input, geometry_type, ring_not_closed, coordinate_out_of_range… */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: role_required (county, city, province); csrf */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not_found: no such mine, or not in your region */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description version_conflict: the mine changed since baseVersion (params.changes: who, when, what); field.client_id_reused */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description future_date, field.too_old, geometry_self_intersection…, area_out_of_range, outside_province, too_far_from_footprint */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/field/alerts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Out-of-boundary mining alerts (越界开采) raised by field inspections in your region, newest first */
    get: {
      parameters: {
        query?: {
          mineId?: number
          state?: 'open' | 'acknowledged'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the alerts */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['BoundaryAlertList']
          }
        }
        /** @description invalid_input */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unauthenticated */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description forbidden: role_required (county, city, province, leader) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/field/areas/pack': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** An offline work area: a county (or the mines of your work queue today), its mines with footprint, licence polygon, clocks and open tasks, and the size of its tiles measured before saving */
    get: {
      parameters: {
        query?: {
          /** @description A county (GB/T 2260) — or leave out and give scope */
          regionCode?: string
          /** @description assignments: the mines of the caller's work queue today */
          scope?: 'assignments'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the area */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldAreaPack']
          }
        }
        /** @description invalid query or unknown county */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/field/near': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The mines nearest a position (geodesic), with footprint, licence polygon, clocks and open tasks */
    get: {
      parameters: {
        query: {
          /** @description Longitude (China) */
          lng: number
          /** @description Latitude (China) */
          lat: number
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description nearest first */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['FieldNear']
          }
        }
        /** @description invalid query or unknown county */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description not signed in */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/tiles/{layer}.json': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** TileJSON 3.0 of a tile set (absolute tile URL, zoom range, Zhejiang bounds, source layers and fields) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          layer: 'province' | 'cities' | 'counties' | 'mines' | 'restoration' | 'reclamation' | 'public-mines'
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the TileJSON document */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['TileJson']
          }
        }
        /** @description unknown tile set (code unknown_layer) */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/tiles/{layer}/{z}/{x}/{y}.mvt': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A Mapbox Vector Tile (strong ETag, gzip on Accept-Encoding, cached in the database) */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description an ETag from an earlier response */
          'if-none-match'?: string
          'accept-encoding'?: string
        }
        path: {
          layer: 'province' | 'cities' | 'counties' | 'mines' | 'restoration' | 'reclamation' | 'public-mines'
          /** @description zoom 0..22, within the tile set zoom range */
          z: string
          /** @description column 0..2^z-1 */
          x: string
          /** @description row 0..2^z-1, from the north */
          y: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the tile */
        200: {
          headers: {
            /** @description served from a cache, or rendered now */
            'x-tile-cache': 'hit' | 'miss'
            /** @description on a miss: the render, gzip and store in ms (no store where the answer did not wait for it: an instance with its in-process cache) */
            'server-timing'?: string
            [name: string]: unknown
          }
          content: {
            'application/vnd.mapbox-vector-tile': string
          }
        }
        /** @description no features in this tile */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description the client copy (If-None-Match) is current */
        304: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description bad z/x/y (code invalid_tile) */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description internal tile set (mines, restoration, reclamation) without a session */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description internal tile set for a role that may not see every mine (enterprise, evaluator) */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unknown tile set (unknown_layer) or zoom outside its range (zoom_out_of_range) */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** OGC API – Features landing page (self, service-desc, conformance, data) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the landing page */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['OgcLandingPage']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc/conformance': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Conformance classes: Part 1 core, GeoJSON, OpenAPI 3.0 */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the conformance declaration */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['OgcConformance']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc/collections': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The feature collections this user may read (public ones for everyone) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the collections */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['OgcCollections']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc/collections/{collectionId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One feature collection */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description counties, cities, directory-mines, publicity-notices, mines, footprints, restoration-areas, reclamation-areas, licences */
          collectionId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the collection */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['OgcCollection']
          }
        }
        /** @description bad bbox, limit, offset, datetime or f (code invalid_input) */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a signed-in collection without a session (code unauthenticated) */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unknown collection or feature (code not_found) */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc/collections/{collectionId}/items': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Features (paged GeoJSON), or with f= a download of the whole selection */
    get: {
      parameters: {
        query?: {
          /** @description minLng,minLat,maxLng,maxLat in CRS84 */
          bbox?: string
          /** @description page size, default 100 (for `f=` downloads: everything selected) */
          limit?: number
          offset?: number | null
          /** @description an instant or an interval; its (end) date is the as-of date where the collection has one */
          datetime?: string
          /** @description output CRS (Part 2): CRS84 (default), EPSG:4326, 4490, 4527–4529 as http://www.opengis.net/def/crs/EPSG/0/n; paged JSON only */
          crs?: string
          /** @description the CRS of bbox (same choices), in its axis order */
          'bbox-crs'?: string
          /** @description json (the default, paged) or a download of the whole selection */
          f?: 'json' | 'geojson' | 'fgb' | 'gpkg' | 'shp' | 'kml' | 'csv'
        }
        header?: never
        path: {
          /** @description counties, cities, directory-mines, publicity-notices, mines, footprints, restoration-areas, reclamation-areas, licences */
          collectionId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description a page of features (numberMatched, numberReturned, next link); with f= a file attachment (geojson RFC 7946, FlatGeobuf, GeoPackage, zipped Shapefile with .prj and UTF-8 .cpg, KML, CSV with WKT) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/geo+json': components['schemas']['OgcFeatureCollection']
            'application/flatgeobuf': string
            'application/geopackage+sqlite3': string
            'application/zip': string
            'application/vnd.google-earth.kml+xml': string
            'text/csv': string
          }
        }
        /** @description bad bbox, limit, offset, datetime or f (code invalid_input) */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a signed-in collection without a session (code unauthenticated) */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unknown collection or feature (code not_found) */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/ogc/collections/{collectionId}/items/{featureId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One feature */
    get: {
      parameters: {
        query?: {
          /** @description output CRS (Part 2), as for items */
          crs?: string
          /** @description json (default), or for a licence `corners`: its corner points as licence text (点号,X northing,Y easting with the zone prefix; CGCS2000 3° Gauss-Krüger) */
          f?: 'json' | 'corners'
        }
        header?: never
        path: {
          /** @description counties, cities, directory-mines, publicity-notices, mines, footprints, restoration-areas, reclamation-areas, licences */
          collectionId: string
          featureId: number | null
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the feature; with f=corners (licences) the corner points as licence text */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/geo+json': components['schemas']['OgcFeature']
            'text/plain': string
          }
        }
        /** @description bad bbox, limit, offset, datetime or f (code invalid_input) */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description a signed-in collection without a session (code unauthenticated) */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
        /** @description unknown collection or feature (code not_found) */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ApiError']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    Health: {
      /**
       * @description `degraded` (with HTTP 503) while the database cannot be reached; the API recovers by itself
       * @enum {string}
       */
      status: 'ok' | 'degraded'
      database: {
        /** @enum {string} */
        backend: 'embedded' | 'server'
        reachable: boolean
        /** @example 15.19 */
        server: string | null
        /** @example 3.3.2 */
        postgis: string | null
      }
      /** @description The read replica (DATABASE_READ_URL); null = none. While unreachable, reads go to the primary */
      replica: {
        reachable: boolean
        /** @description WAL bytes written on the primary and not yet replayed on the replica; null when unreachable */
        lagBytes: number | null
        /** @description Age of the last replayed transaction while the replica is behind (0 when caught up) */
        lagSeconds: number | null
      } | null
      demo: boolean
      /**
       * Format: date
       * @description The business date the rules take for today (Zhejiang); a test clock's date when one is set
       * @example 2019-12-31
       */
      today: string
      /** @description True when a test clock (CLOCK_FILE, demo mode only) sets today instead of the real date */
      testClock: boolean
      /**
       * Format: date
       * @description Date of the newest recorded event; the demo history ends in 2020
       * @example 2019-12-31
       */
      dataThrough: string | null
      /** @description Optional online basemap (a Tianditu browser key); null = offline layers only */
      basemap: {
        tiandituKey: string
        reviewNo: string
      } | null
      /**
       * @description The operator's PMTiles vector basemap (BASEMAP_PMTILES), served with range requests; null = none
       * @example /basemap/basemap.pmtiles
       */
      vectorBasemap: string | null
      /**
       * @description AREA_MAX_DISTANCE_M: how far outside its footprint a drawn area may lie (the editor checks live)
       * @example 500
       */
      areaMaxDistanceM: number
    }
    SessionInfo: {
      user: components['schemas']['User']
      /** @description Send as X-CSRF-Token on every signed-in POST/PUT/PATCH/DELETE */
      csrfToken: string
    }
    User: {
      id: number
      username: string
      displayName: string
      /** @enum {string} */
      role: 'enterprise' | 'evaluator' | 'county' | 'city' | 'province' | 'leader' | 'planner'
      /**
       * @description Province, city or county code; null for enterprise and evaluator users
       * @example 330522
       */
      regionCode: string | null
      /** @description The enterprise or evaluation agency of the user */
      organizationId: number | null
    }
    ApiError: {
      error: {
        /**
         * @description What was refused: one of a closed list (domain/src/refusals/refusal.ts)
         * @example invalid_credentials
         * @enum {string}
         */
        code:
          | 'invalid_input'
          | 'malformed_json'
          | 'bad_request'
          | 'payload_too_large'
          | 'unsupported_media_type'
          | 'not_found'
          | 'unknown_region'
          | 'internal'
          | 'database_unavailable'
          | 'request_timeout'
          | 'headers_too_large'
          | 'unauthenticated'
          | 'invalid_credentials'
          | 'account_disabled'
          | 'demo_disabled'
          | 'too_many_attempts'
          | 'csrf'
          | 'forbidden'
          | 'invalid_account'
          | 'version_conflict'
          | 'future_date'
          | 'backdated'
          | 'backdate_reason_required'
          | 'backdate_not_pending'
          | 'nothing_to_change'
          | 'footprint_read_only'
          | 'area_out_of_range'
          | 'outside_province'
          | 'too_far_from_footprint'
          | 'planned_end_before_start'
          | 'import_refused'
          | 'import_has_problems'
          | 'unknown_gk_zone'
          | 'too_few_corner_points'
          | 'area_mismatch'
          | 'licence_one_polygon'
          | 'unreadable_geometry'
          | 'geometry_type'
          | 'unsupported_crs'
          | 'invalid_coordinates'
          | 'coordinate_out_of_range'
          | 'swapped_coordinates'
          | 'ring_not_closed'
          | 'ring_too_short'
          | 'too_many_vertices'
          | 'geometry_self_intersection'
          | 'geometry_ring_self_intersection'
          | 'geometry_hole_outside_shell'
          | 'geometry_nested_holes'
          | 'geometry_nested_shells'
          | 'geometry_interior_disconnected'
          | 'geometry_too_few_points'
          | 'geometry_invalid'
          | 'draw_required'
          | 'not_drawn'
          | 'duplicate_spot_check'
          | 'publicity_mismatch'
          | 'licence_state'
          | 'licence_no_taken'
          | 'enterprise_invalid'
          | 'location_outside_county'
          | 'objection_closed'
          | 'objection_rejected'
          | 'objection_decided'
          | 'empty_file'
          | 'type_mismatch'
          | 'unsupported_type'
          | 'type_not_allowed_for_kind'
          | 'field.client_id_reused'
          | 'field.too_old'
          | 'invalid_tile'
          | 'unknown_layer'
          | 'zoom_out_of_range'
          | 'input.invalid_date'
          | 'input.invalid_argument'
          | 'R1.unknown_policy'
          | 'R1.term_invalid'
          | 'R1.equipment_state'
          | 'R2.invalid_target'
          | 'R2.cannot_split'
          | 'R2.split_mismatch'
          | 'R3.unknown_event'
          | 'R3.wrong_role'
          | 'R3.illegal_transition'
          | 'R3.1.missing_recipient'
          | 'R3.2.evaluator_not_listed'
          | 'R3.2.conflicted_evaluator'
          | 'R3.2.agency_understaffed'
          | 'R3.2.assignment_unjustified'
          | 'R3.2.draw_exists'
          | 'R3.2.draw_unusable'
          | 'R3.2.exception_unusable'
          | 'R3.4.not_assigned_evaluator'
          | 'R3.4.score_not_passing'
          | 'R3.4.reason_required'
          | 'R3.4.team_invalid'
          | 'R3.4.unknown_indicator_set'
          | 'R3.4.invalid_score'
          | 'R3.4.unregistered_team_member'
          | 'R3.4.wrong_standard'
          | 'R3.4.standard_not_met'
          | 'R3.4.indicator_table_invalid'
          | 'R3.5.invalid_period'
          | 'R3.5.missing_objection_channel'
          | 'R3.5.publicity_not_ended'
          | 'R3.5.originals_not_archived'
          | 'R3.5.original_invalid'
          | 'R3.5.period_too_short'
          | 'R3.5.calendar_missing'
          | 'R3.5.objection_open'
          | 'R3.6.outside_window'
          | 'R3.7.invalid_period'
          | 'R3.7.missing_objection_channel'
          | 'R3.7.publicity_not_ended'
          | 'R3.7.objection_upheld'
          | 'R3.7.period_too_short'
          | 'R3.7.calendar_missing'
          | 'R3.7.objection_open'
          | 'R4.no_acceptance'
          | 'R4.invalid_date'
          | 'R4.order_not_due'
          | 'R4.deadline_required'
          | 'R6.invalid_deadline'
          | 'R6.invalid_draw'
          | 'R6.not_enough_inspectors'
          | 'R6.recheck_scores_required'
          | 'R7.year_not_over'
          | 'R7.year_closed'
          | 'R6.invalid_period'
          | 'R6.draw_exists'
          | 'R6.draw_backdated'
          | 'R6.seed_mismatch'
          | 'R6.draw_not_published'
          | 'R6.recheck_agency_required'
          | 'R6.recheck_agency_conflicted'
          | 'R6.removal_pending'
          | 'R6.removal_not_due'
          | 'R6.blacklisted'
          | 'R6.not_blacklisted'
        /**
         * @description The refusal in words, rendered from code and params in the request language: Chinese by default, English for `Accept-Language: en…`, `?lang=en` or `X-Lang: en`
         * @example 登录失败：用户名或密码错误
         */
        message: string
        /**
         * @description The parameters of the refusal; which keys it has depends on `code` (see docs/api.md), e.g. `{"field":"pageSize","issue":"too_big","maximum":200}` for invalid_input or `{"at":[120.041,30.949]}` for geometry_self_intersection
         * @example {
         *       "at": [
         *         120.041,
         *         30.949
         *       ]
         *     }
         */
        params: {
          [key: string]: components['schemas']['JsonValue']
        }
      }
    }
    JsonValue: JsonValue
    LoginBody: {
      /** @example county.changxing */
      username: string
      /** @example demo1234 */
      password: string
    }
    PublicRegionList: components['schemas']['PublicRegion'][]
    PublicRegion: {
      /** @example 330522 */
      code: string
      name: string
      nameEn: string
      /** @example 330522 */
      parentCode: string | null
      /** @description [lng, lat] */
      labelPoint: [number, number]
      bbox: [number, number, number, number]
    }
    PublicOutlines: {
      /** @enum {string} */
      level: 'city' | 'county'
      /** @description Width of the coordinate space: Web Mercator pixels of 512-px tiles at zoom 10, y down */
      worldPx: number
      items: {
        /** @example 330522 */
        code: string
        /** @description SVG path data, relative commands, whole pixels */
        path: string
      }[]
    }
    PublicStats: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      /** @description Events recorded after this instant were left out; null = none left out */
      knownAt: string | null
      targetYear: number
      policyId: string
      rows: components['schemas']['PublicStatsRow'][]
    }
    PublicStatsRow: {
      /** @example 330522 */
      code: string
      /** @enum {string} */
      level: 'province' | 'city' | 'county'
      /** @example 330522 */
      parentCode: string | null
      name: string
      nameEn: string
      /** @description 应建 mines as of the date, under the policy */
      mandatory: number
      /** @description 应建 mines in the directory (the numerator) */
      inDirectory: number
      /** @description Every mine in the directory */
      inDirectoryTotal: number
      /** @description inDirectory / mandatory; null without mandatory mines */
      rate: number | null
      target: components['schemas']['Target'] | null
      /** @enum {string} */
      status: 'met' | 'behind' | 'no_target'
      shortfall: number
    }
    Target: {
      /** @enum {string} */
      kind: 'count' | 'rate'
      /** @description A count of mines, or a rate 0..1 */
      value: number
      year: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      dueOn: string
      /** @enum {string} */
      source: 'seed' | 'annex' | 'city_split' | 'inherited_from_city'
    }
    PublicDirectory: {
      items: components['schemas']['PublicDirectoryMine'][]
      total: number
      page: number
      pageSize: number
    }
    PublicDirectoryMine: {
      id: number
      name: string
      /** @example 330522 */
      countyCode: string
      countyName: string
      mineral: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      enteredOn: string
      lng: number
      lat: number
    }
    PublicNoticeList: {
      items: components['schemas']['PublicNotice'][]
    }
    PublicNotice: {
      id: number
      /** @enum {string} */
      level: 'county' | 'province' | 'removal' | 'spot_check'
      /** @example 330522 */
      regionCode: string
      regionName: string
      title: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      startOn: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      endOn: string
      objectionChannel: string
      issuer: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      publishedOn: string
      /** @description The period runs on asOf and the notice is not closed */
      open: boolean
      items: {
        /** @description The mine, as an objection names it */
        mineId: number
        mineName: string
        countyName: string
        mineral: string
        remarks: string
        /** @description The on-site verification opinion a county notice publishes (R3.5) */
        verification: {
          /**
           * Format: date
           * @example 2019-12-31
           */
          verifiedOn: string
          passed: boolean
          total: number
          indicatorVersion: string
        } | null
      }[]
    }
    PublicMapMineList: components['schemas']['PublicDirectoryMine'][]
    PublicSpotCheckDrawList: {
      items: components['schemas']['PublicSpotCheckDraw'][]
    }
    PublicSpotCheckDraw: {
      id: number
      /** @example 330522 */
      regionCode: string
      /** @enum {string|null} */
      level: 'county' | 'city' | 'province' | null
      /** @description null for draws recorded before commitments */
      period: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      drawnOn: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      publishedOn: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      committedOn: string | null
      /** @description SHA-256 of the seed, published at commitment */
      seedHash: string | null
      /** @description Joined to the revealed seed: seed|entropy */
      commitEntropy: string | null
      /** @description Directory mines drawn from, published at commitment */
      populationIds: string[]
      /** @description The inspector pool, published at commitment */
      inspectorIds: string[]
      /**
       * Format: date
       * @example 2019-12-31
       */
      revealedOn: string | null
      /** @description The revealed seed (null until revealed) */
      seed: string | null
      algorithm: string | null
      populationSize: number
      drawnMineIds: number[]
      draw: components['schemas']['SpotCheckDraw']
      results: components['schemas']['PublicSpotCheckResult'][]
    }
    /** @description The whole draw as run (its seed is seed|entropy): replay it with replaySpotCheckDraw */
    SpotCheckDraw: {
      algorithm: string
      seed: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      drawnOn: string
      populationIds: string[]
      inspectorIds: string[]
      size:
        | {
            ratio: number
          }
        | {
            count: number
          }
      inspectorsPerMine: number
      conflicts: {
        inspectorId: string
        mineId: string
      }[]
      assignments: {
        mineId: string
        inspectorIds: string[]
      }[]
    } | null
    PublicSpotCheckResult: {
      mineId: number
      mineName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      checkedOn: string
      /** @enum {string} */
      result: 'pass' | 'declined'
      /**
       * Format: date
       * @example 2019-12-31
       */
      rectificationDeadline: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      recheckOn: string | null
      recheckPassed: boolean | null
      removed: boolean
    }
    /** @description The audit chain’s head, published so that a rewrite of the history (even by a database superuser who recomputes every hash) is detectable: keep a copy and run `npm run audit:verify -- --head <id>:<hash>` */
    AuditHead: {
      /** @description Entries in the chain up to and including the head */
      entries: number
      /** @description The head entry; null for an empty chain */
      id: number | null
      /** @description SHA-256 of the head entry (64 zeros for an empty chain) */
      hash: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      at: string | null
      year: number | null
    }
    ObjectionReceipt: {
      id: number
      publicityId: number
      mineId: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      receivedOn: string
      attachment: {
        filename: string
        mediaType: string
        sha256: string
      } | null
    }
    ObjectionForm: {
      publicityId: number
      mineId: number
      /** @description The facts and reasons, 10–5,000 characters */
      content: string
      /** @description Optional */
      name?: string
      /** @description Optional: telephone or e-mail */
      contact?: string
      /**
       * Format: binary
       * @description Optional evidence: PDF, PNG or JPEG, ≤ 5 MB
       */
      file?: string
    }
    PublicObjectionList: {
      items: components['schemas']['PublicObjection'][]
    }
    PublicObjection: {
      id: number
      publicityId: number
      noticeTitle: string
      mineId: number
      mineName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      receivedOn: string
      /** @enum {string} */
      status: 'pending' | 'upheld' | 'dismissed'
      /**
       * Format: date
       * @example 2019-12-31
       */
      decidedOn: string | null
      decisionReason: string | null
    }
    PublicBlacklist: {
      blacklist: components['schemas']['PublicBlacklistEntry'][]
      exposures: components['schemas']['PublicExposure'][]
    }
    PublicBlacklistEntry: {
      id: number
      /** @enum {string} */
      subject: 'enterprise' | 'person'
      enterpriseName: string
      personName: string | null
      personRole: string | null
      mineName: string | null
      reason: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      listedOn: string
      /**
       * Format: date
       * @description The end of the listing, by a recorded decision
       * @example 2019-12-31
       */
      delistedOn: string | null
      delistingReason: string | null
    }
    PublicExposure: {
      mineName: string
      enterpriseName: string
      countyName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      enteredOn: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      removedOn: string
      reason: string | null
      noticeId: number | null
      noticeTitle: string | null
    }
    Stats: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      /** @description Events recorded after this instant were left out; null = none left out */
      knownAt: string | null
      targetYear: number
      policyId: string
      rows: components['schemas']['StatsRow'][]
    }
    StatsRow: components['schemas']['PublicStatsRow'] & {
      pipeline: components['schemas']['Pipeline']
      overdue: number
      comingDue: number
    }
    /** @description Mines in each green-mine state as of the date */
    Pipeline: {
      building: number
      self_assessed: number
      evaluator_assigned: number
      verification_failed: number
      verified: number
      county_publicity: number
      county_archived: number
      city_reported: number
      province_publicity: number
      in_directory: number
      rectifying: number
      removed: number
    }
    AlertList: components['schemas']['Alert'][]
    Alert: {
      /** @enum {string} */
      kind:
        'verification_due' | 'construction_due' | 'suspension_due' | 'rectification_due' | 'city_report_due'
      mineId?: string
      /** @example 330522 */
      regionCode?: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      dueOn: string
      overdue: boolean
      /** @description Negative when overdue */
      daysLeft: number
      /** @enum {string} */
      rule: 'R3.3' | 'R3.6' | 'R4' | 'R6'
      /**
       * Format: date
       * @description For a reporting window: the day it opens
       * @example 2019-12-31
       */
      opensOn?: string
      message: string
      messageZh: string
    }
    MapMineList: components['schemas']['MapMine'][]
    MapMine: {
      id: number
      name: string
      lng: number
      lat: number
      /** @example 330522 */
      countyCode: string
      /** @enum {string} */
      greenState:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
      /** @enum {string} */
      opsStatus: 'construction' | 'producing' | 'suspended' | 'closed'
      mandatory: boolean
    }
    MinePage: {
      items: components['schemas']['MineListItem'][]
      total: number
      page: number
      pageSize: number
    }
    MineListItem: {
      id: number
      name: string
      licenceNo: string
      /** @example 330522 */
      countyCode: string
      countyName: string
      mineral: string
      /** @enum {string} */
      opsStatus: 'construction' | 'producing' | 'suspended' | 'closed'
      /** @enum {string} */
      greenState:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
      version: number
      /** @description Longitude of the mine point */
      lng: number
      /** @description Latitude of the mine point */
      lat: number
    }
    MineDetail: {
      id: number
      name: string
      /** @example 330522 */
      countyCode: string
      countyName: string
      enterpriseId: number
      enterpriseName: string
      mineral: string
      sector: string
      /** @enum {string} */
      miningMethod: 'open_pit' | 'underground'
      /** @enum {string} */
      opsStatus: 'construction' | 'producing' | 'suspended' | 'closed'
      /** @enum {string} */
      greenState:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
      /**
       * Format: date
       * @example 2019-12-31
       */
      productionStart: string | null
      hasSandEquipment: boolean
      version: number
      isDemo: boolean
      /** @description Longitude of the mine point */
      lng: number
      /** @description Latitude of the mine point */
      lat: number
      licenceNo: string
      holderName: string
      minerals: string[]
      /** @description Licensed scale, 10,000 t a year */
      scale10ktPerYear: number
      declaredAreaKm2: number
      elevationTopM: number
      elevationBottomM: number
      issuer: string
      /** @example EPSG:4528 */
      sourceCrs: string
      /** @description Geodesic area of the licensed polygon; null without a polygon */
      drawnAreaKm2: number | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      licenceValidFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      licenceValidTo: string
      /** @enum {string} */
      licenceStatus: 'registered' | 'transferred' | 'suspended' | 'cancelled'
      /**
       * @description What the signed-in user may do with this mine
       * @enum {string}
       */
      access: 'read' | 'write'
      timeline: components['schemas']['MineEvent'][]
      areas: components['schemas']['MineAreaSummary'][]
      documents: components['schemas']['MineDocument'][]
      /** @description Events this user may fire now (POST /api/mines/{id}/events/{type}) */
      allowedEvents: (
        | 'submit_self_assessment'
        | 'assign_evaluator'
        | 'file_verification'
        | 'publish_county_publicity'
        | 'close_county_publicity'
        | 'city_report'
        | 'publish_province_list'
        | 'uphold_province_objection'
        | 'enter_directory'
        | 'spot_check'
        | 'assign_recheck_agency'
        | 'recheck'
        | 'confirm_removal'
        | 'start_production'
        | 'suspend'
        | 'resume'
        | 'close'
      )[]
    }
    /** @description One step of the mine's life; payload holds the facts recorded with it (its shape depends on the type) */
    MineEvent: {
      id: number
      /**
       * @description A workflow event type, or a recorded fact such as baseline or licence_renewed
       * @example submit_self_assessment
       */
      type: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      /** @enum {string|null} */
      greenFrom:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
        | null
      /** @enum {string|null} */
      greenTo:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
        | null
      /** @enum {string|null} */
      opsFrom: 'construction' | 'producing' | 'suspended' | 'closed' | null
      /** @enum {string|null} */
      opsTo: 'construction' | 'producing' | 'suspended' | 'closed' | null
      /** @description A user role, or system for imports and seeds */
      actorRole: string
      actorName: string | null
      payload: components['schemas']['JsonObject']
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
    }
    JsonObject: {
      [key: string]: components['schemas']['JsonValue']
    }
    MineAreaSummary: {
      /** @enum {string} */
      kind: 'footprint' | 'restoration' | 'reclamation'
      /** @enum {string} */
      progress: 'planned' | 'in_progress' | 'completed'
      count: number
      /** @description Summed geodesic area in square metres */
      areaM2: number
    }
    MineDocument: {
      id: number
      kind: string
      filename: string
      mediaType: string
      sizeBytes: number
      sha256: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      uploadedAt: string
    }
    Licence: {
      id: number
      licenceNo: string
      holderName: string
      minerals: string[]
      /** @description Licensed scale, 10,000 t a year */
      scale10ktPerYear: number
      declaredAreaKm2: number
      elevationTopM: number
      elevationBottomM: number
      issuer: string
      /** @example EPSG:4528 */
      sourceCrs: string
      /** @description Geodesic area of the licensed polygon; null without a polygon */
      drawnAreaKm2: number | null
      mineName: string
      /** @enum {string} */
      miningMethod: 'open_pit' | 'underground'
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      /** @enum {string} */
      status: 'registered' | 'transferred' | 'suspended' | 'cancelled'
      /**
       * Format: date
       * @example 2019-12-31
       */
      statusOn: string
      /** @description The corner points as issued */
      cornerPointsText: string | null
      /** @description The licensed polygon, lon/lat */
      geometry: components['schemas']['MultiPolygon'] | null
    }
    MultiPolygon: {
      /** @enum {string} */
      type: 'MultiPolygon'
      coordinates: [number, number][][][]
    }
    AuditTrail: components['schemas']['AuditEntry'][]
    /** @description One hash-chained audit entry; before and after are the object as recorded (null for none) */
    AuditEntry: {
      id: number
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      at: string
      actorUserId: number | null
      actorRole: string
      /** @example event.submit_self_assessment */
      action: string
      /**
       * @description What the entry is about: mine, mine_area, document …
       * @example mine
       */
      objectType: string
      /** @example 42 */
      objectId: string
      before: components['schemas']['JsonValue']
      after: components['schemas']['JsonValue']
    }
    EventResult: {
      mineId: number
      eventId: number
      /** @enum {string} */
      type:
        | 'submit_self_assessment'
        | 'assign_evaluator'
        | 'file_verification'
        | 'publish_county_publicity'
        | 'close_county_publicity'
        | 'city_report'
        | 'publish_province_list'
        | 'uphold_province_objection'
        | 'enter_directory'
        | 'spot_check'
        | 'assign_recheck_agency'
        | 'recheck'
        | 'confirm_removal'
        | 'start_production'
        | 'suspend'
        | 'resume'
        | 'close'
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      /** @enum {string} */
      greenState:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
      /** @enum {string} */
      opsStatus: 'construction' | 'producing' | 'suspended' | 'closed'
      version: number
      effects: components['schemas']['EventEffect'][]
    }
    EventEffect:
      | {
          /** @enum {string} */
          kind: 'transition'
          /** @enum {string} */
          event:
            | 'submit_self_assessment'
            | 'assign_evaluator'
            | 'file_verification'
            | 'publish_county_publicity'
            | 'close_county_publicity'
            | 'city_report'
            | 'publish_province_list'
            | 'uphold_province_objection'
            | 'enter_directory'
            | 'spot_check'
            | 'assign_recheck_agency'
            | 'recheck'
            | 'confirm_removal'
            | 'start_production'
            | 'suspend'
            | 'resume'
            | 'close'
          /** @enum {string} */
          from:
            | 'building'
            | 'self_assessed'
            | 'evaluator_assigned'
            | 'verification_failed'
            | 'verified'
            | 'county_publicity'
            | 'county_archived'
            | 'city_reported'
            | 'province_publicity'
            | 'in_directory'
            | 'rectifying'
            | 'removed'
            | 'construction'
            | 'producing'
            | 'suspended'
            | 'closed'
          /** @enum {string} */
          to:
            | 'building'
            | 'self_assessed'
            | 'evaluator_assigned'
            | 'verification_failed'
            | 'verified'
            | 'county_publicity'
            | 'county_archived'
            | 'city_reported'
            | 'province_publicity'
            | 'in_directory'
            | 'rectifying'
            | 'removed'
            | 'construction'
            | 'producing'
            | 'suspended'
            | 'closed'
          /** @enum {string} */
          role: 'enterprise' | 'evaluator' | 'county' | 'city' | 'province' | 'leader' | 'planner' | 'public'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'verification_late'
          /** @enum {string} */
          rule: 'R3.3'
          /**
           * Format: date
           * @example 2019-12-31
           */
          dueOn: string
          /**
           * Format: date
           * @example 2019-12-31
           */
          filedOn: string
        }
      | {
          /** @enum {string} */
          kind: 'indicator_weights_unconfirmed'
          /** @enum {string} */
          rule: 'R3.4'
          indicatorSetId: string
          /** @description Groups whose points are not loaded yet */
          groups: string[]
          passRuleConfirmed: boolean
        }
      | {
          /** @enum {string} */
          kind: 'publicity_opened'
          /** @enum {string} */
          level: 'county' | 'province'
          /**
           * Format: date
           * @example 2019-12-31
           */
          start: string
          /**
           * Format: date
           * @example 2019-12-31
           */
          end: string
          objectionChannel: string
        }
      | {
          /** @enum {string} */
          kind: 'objection_upheld'
          /** @enum {string} */
          level: 'county' | 'province'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'originals_archived'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'entered_directory'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'rectification_ordered'
          /**
           * Format: date
           * @example 2019-12-31
           */
          orderedOn: string
          /**
           * Format: date
           * @example 2019-12-31
           */
          deadline: string
        }
      | {
          /** @enum {string} */
          kind: 'rectification_closed'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'recheck_agency_drawn'
          agencyId: string
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'removal_proposed'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'removed_from_directory'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
        }
      | {
          /** @enum {string} */
          kind: 'public_exposure'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
          mineId: string | null
        }
      | {
          /** @enum {string} */
          kind: 'blacklist'
          /**
           * Format: date
           * @example 2019-12-31
           */
          on: string
          enterpriseId: string | null
          responsiblePersons: string[]
        }
    /** @description The event is dated too far back: held, without effect, until the province decides */
    BackdatedEntryHeld: {
      /** @enum {string} */
      status: 'pending'
      entry: components['schemas']['BackdatedEntry']
    }
    BackdatedEntry: {
      id: number
      mineId: number
      mineName: string
      /** @example 330522 */
      countyCode: string
      eventType: string
      /**
       * Format: date
       * @description The business date asked for
       * @example 2019-12-31
       */
      on: string
      /** @description Days between that date and the request */
      daysBack: number
      /** @description The requester's reason for dating the event back */
      reason: string
      request: components['schemas']['JsonObject'] & unknown
      requestedBy: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      requestedAt: string
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected'
      decidedBy: string | null
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      decidedAt: string | null
      decisionReason: string | null
      /** @description The event recorded on approval */
      eventId: number | null
    }
    SubmitSelfAssessmentBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      recipients: ('county_land' | 'county_environment')[]
      /** @description The enterprise's own answers and group scores (it answers for their truth, R3.1); recorded with the event */
      selfScores?: {
        prerequisites: {
          [key: string]: boolean
        }
        groups: {
          [key: string]: number
        }
      }
      /** @description Stored documents of this mine filed as evidence, per indicator group */
      evidence?: {
        group: string
        documentId: number
      }[]
    }
    AssignEvaluatorBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      agencyId: number
      /** @description The approved direct-assignment exception (R3.2), required: draws assign through POST /api/evaluator-draws/{id}/reveal */
      exceptionId?: number
    }
    FileVerificationBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      scores: {
        prerequisites: {
          [key: string]: boolean
        }
        groups: {
          [key: string]: number
        }
      }
      indicatorSetId?: string
      /** @enum {string} */
      conclusion?: 'pass' | 'fail'
      reason?: string
      /** @description Registered expert ids of the assigned agency; seniority is read from the register (R3.4) */
      team: {
        id: string
        senior?: boolean
      }[]
      /** @description The mine's industry standard (e.g. DZ/T 0316-2018) and whether it conforms (R3.4) */
      standard: {
        code: string
        conforms: boolean
      }
    }
    PublishCountyPublicityBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      period: {
        /**
         * Format: date
         * @example 2019-12-31
         */
        start: string
        /**
         * Format: date
         * @example 2019-12-31
         */
        end: string
      }
      objectionChannel: string
      publicityId?: number
    }
    CloseCountyPublicityBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      objectionUpheld: boolean
      /** @description The stored originals of both reports (document ids of this mine: a self_assessment_report and a verification_report) */
      archived: {
        selfAssessmentDocumentId: number
        verificationReportDocumentId: number
      }
    }
    CityReportBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      batchRef?: string
    }
    PublishProvinceListBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      period: {
        /**
         * Format: date
         * @example 2019-12-31
         */
        start: string
        /**
         * Format: date
         * @example 2019-12-31
         */
        end: string
      }
      objectionChannel: string
      publicityId?: number
    }
    UpholdProvinceObjectionBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      reason: string
    }
    EnterDirectoryBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      objectionUpheld?: boolean
    }
    SpotCheckBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      drawId: number
      /** @enum {string} */
      result: 'pass' | 'declined'
      /**
       * Format: date
       * @example 2019-12-31
       */
      deadline?: string
    }
    AssignRecheckAgencyBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
    }
    RecheckBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      /** @enum {string} */
      result: 'pass' | 'fail'
      scores?: {
        prerequisites: {
          [key: string]: boolean
        }
        groups: {
          [key: string]: number
        }
      }
      indicatorSetId?: string
    }
    ConfirmRemovalBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      responsiblePersons?: string[]
      reason?: string
    }
    StartProductionBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      productionStartedOn?: string
    }
    SuspendBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      /** @enum {string} */
      reason: 'R4' | 'rectification' | 'licence' | 'safety' | 'voluntary' | 'other'
      note?: string
      /**
       * Format: date
       * @description The rectification deadline (限期); required for a stop-production order (R4)
       * @example 2019-12-31
       */
      deadline?: string
    }
    ResumeBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      acceptance: {
        /** @description The stored acceptance document (kind 'acceptance') of this mine */
        documentId: number
        /**
         * Format: date
         * @example 2019-12-31
         */
        acceptedOn: string
      } | null
    }
    CloseBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
      documentId?: number
      /** @description Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province */
      backdateReason?: string
      note?: string
    }
    SpotCheckCommitment: {
      id: number
      /** @description The hash of the commitment’s audit entry, joined to the seed when the draw runs */
      commitEntropy: string
      populationIds: string[]
      inspectorIds: string[]
    }
    SpotCheckCommitBody: {
      /** @example 330522 */
      regionCode: string
      /** @description A year (2026) or a half-year (2026-H1, 2026-H2); one draw per region and period */
      period: string
      /** @description SHA-256 (hex) of the seed, published now; the seed itself is revealed later */
      seedHash: string
      ratio?: number
      count?: number
      inspectorsPerMine?: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    SpotCheckDrawResult: {
      id: number
      draw: components['schemas']['SpotCheckDraw']
    }
    SpotCheckRevealBody: {
      seed: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    MineRegistered: {
      mineId: number
      licenceId: number
    }
    MineRegistration: {
      /**
       * Format: date
       * @description Business date of the fact; defaults to today
       * @example 2019-12-31
       */
      on?: string
      name: string
      /** @example 330522 */
      countyCode: string
      mineral: string
      sector: string
      /** @enum {string} */
      miningMethod: 'open_pit' | 'underground'
      /** @enum {string} */
      status: 'construction' | 'producing'
      /** @description [lng, lat] */
      location: [number, number]
      enterpriseId: number
      /** @default false */
      hasSandEquipment: boolean
      licence: components['schemas']['LicenceRegistration']
    }
    LicenceRegistration: {
      /** @example C3305002018011110000001 */
      licenceNo: string
      minerals: string[]
      scaleTenKtPerYear: number
      declaredAreaKm2: number
      elevationTopM: number
      elevationBottomM: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      issuer: string
      /** @default EPSG:4490 */
      sourceCrs: string
    }
    LicenceHistory: {
      id: number
      licenceNo: string
      mineId: number
      holderId: number | null
      holderName: string
      /** @enum {string} */
      status: 'registered' | 'transferred' | 'suspended' | 'cancelled'
      /**
       * Format: date
       * @example 2019-12-31
       */
      statusOn: string
      terms: components['schemas']['LicenceTerm'][]
      events: components['schemas']['LicenceEvent'][]
      contracts: components['schemas']['LicenceContract'][]
    }
    LicenceTerm: {
      seq: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredOn: string
      /** @enum {string} */
      kind: 'granted' | 'renewed'
    }
    LicenceEvent: {
      /** @enum {string} */
      kind: 'registered' | 'renewed' | 'transferred' | 'suspended' | 'reinstated' | 'cancelled'
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      fromHolderId: number | null
      toHolderId: number | null
      reason: string
    }
    LicenceContract: {
      id: number
      contractNo: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      signedOn: string
      announcementRef: string
      duties: string[]
      missingDuties: string[]
      documentId: number | null
    }
    LicenceRenewalBody: {
      /**
       * Format: date
       * @description Business date of the fact; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      note?: string
    }
    LicenceTransferBody: {
      /**
       * Format: date
       * @description Business date of the fact; defaults to today
       * @example 2019-12-31
       */
      on?: string
      toEnterpriseId: number
      reason?: string
      contract?: components['schemas']['LicenceContractBody']
    }
    LicenceContractBody: {
      contractNo: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      signedOn: string
      /** @description The transfer announcement (出让公告) the contract follows */
      announcementRef: string
      /** @description The green-mine duties written into the contract (R5) */
      duties: (
        | 'development_method'
        | 'resource_use'
        | 'mine_appearance'
        | 'environmental_restoration'
        | 'land_reclamation'
      )[]
      /** @description The stored contract, a document of the licence's mine */
      documentId?: number
    }
    LicenceStatusBody: {
      /**
       * Format: date
       * @description Business date of the fact; defaults to today
       * @example 2019-12-31
       */
      on?: string
      reason: string
    }
    SandEquipmentFact: {
      mineId: number
      /** @enum {string} */
      change: 'installed' | 'removed'
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      installed: boolean
    }
    SandEquipmentBody: {
      /**
       * Format: date
       * @description Business date of the fact; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @enum {string} */
      change: 'installed' | 'removed'
      note?: string
    }
    GreenDutyStatus: {
      mineId: number
      mineName: string
      countyCode: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      newMine: boolean
      /** @description The contract in force on the date */
      contract: {
        id: number
        contractNo: string
        /**
         * Format: date
         * @example 2019-12-31
         */
        signedOn: string
        announcementRef: string
        duties: string[]
        missingDuties: string[]
        documentId: number | null
      } | null
      flags: components['schemas']['GreenDutyFlag'][]
    }
    GreenDutyFlag: {
      /** @enum {string} */
      kind: 'no_contract' | 'duties_missing' | 'construction_overdue'
      contractNo?: string
      missing?: string[]
      /**
       * Format: date
       * @example 2019-12-31
       */
      dueOn?: string
    }
    GreenDutyBreaches: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      items: components['schemas']['GreenDutyStatus'][]
    }
    BackdatedEntryList: components['schemas']['BackdatedEntry'][]
    BackdatedDecision: {
      entry: components['schemas']['BackdatedEntry']
      event: components['schemas']['EventResult'] | null
    }
    ApproveBackdatedBody: {
      reason?: string
    }
    RejectBackdatedBody: {
      reason: string
    }
    Assessment: {
      year: number
      /**
       * Format: date
       * @description The year end, or today for the year under way
       * @example 2019-12-31
       */
      asOf: string
      /** @enum {string} */
      status: 'open' | 'closed'
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      closedAt: string | null
      closedBy: string | null
      policyId: string
      /** @description Closed years: the frozen figures, never recomputed */
      rows: components['schemas']['AssessmentRow'][]
      restatements: components['schemas']['Restatements']
    }
    AssessmentRow: {
      /** @example 330522 */
      code: string
      /** @enum {string} */
      level: 'city' | 'county'
      /** @example 330522 */
      parentCode: string | null
      name: string
      nameEn: string
      target: components['schemas']['Target'] | null
      /** @description 应建 mines at the year end */
      mandatory: number
      /** @description 应建 mines in the directory (achieved) */
      inDirectory: number
      /** @description Every mine in the directory */
      inDirectoryTotal: number
      rate: number | null
      /** @enum {string} */
      status: 'met' | 'behind' | 'no_target'
      /** @description Mines still missing to meet the target */
      shortfall: number
      /** @description Overdue clocks at the year end (R3.3, R3.6, R4, R6) */
      overdue: number
      /** @description Spot-check rectifications ordered in the year (R6) */
      rectifications: number
      /** @description Removals from the directory in the year (R6) */
      removals: number
    }
    /** @description Closed years: what the history recorded since the close changes, listed beside the frozen figures */
    Restatements: {
      changes: components['schemas']['FigureChange'][]
      events: components['schemas']['RestatingEvent'][]
    }
    FigureChange: {
      /** @example 330522 */
      code: string
      name: string
      /** @enum {string} */
      figure:
        | 'mandatory'
        | 'inDirectory'
        | 'inDirectoryTotal'
        | 'rate'
        | 'status'
        | 'shortfall'
        | 'overdue'
        | 'rectifications'
        | 'removals'
      /** @description As frozen at the year close */
      closed: number | string | null
      /** @description As the history recorded since says */
      now: number | string | null
    }
    RestatingEvent: {
      eventId: number
      mineId: number
      mineName: string
      /** @example 330522 */
      countyCode: string
      type: string
      /**
       * Format: date
       * @description Business date
       * @example 2019-12-31
       */
      on: string
      /**
       * Format: date-time
       * @description When the system learnt of it (after the close)
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
      recordedBy: string | null
      role: string
      /** @description The approved backdated entry it came from, if any */
      backdate: {
        entryId: number
        reason: string
        approvedBy: string
      } | null
    }
    CitySplit: {
      year: number
      /** @example 330522 */
      cityCode: string
      cityName: string
      cityTarget: components['schemas']['Target'] | null
      /** @description The year is closed: its targets no longer change (R7) */
      closed: boolean
      counties: components['schemas']['CountyTargetEntry'][]
    }
    CountyTargetEntry: {
      /** @example 330522 */
      code: string
      name: string
      /** @description The county's target (its own, or inherited) */
      target: components['schemas']['Target'] | null
      setBy: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      setOn: string | null
    }
    /** @description Every county of the city with its share: whole counts summing to at least the city's count, or rates no lower than the city's rate */
    CitySplitBody: {
      shares: {
        /** @example 330522 */
        countyCode: string
        /** @description A count of mines, or a rate 0..1 */
        value: number
      }[]
    }
    AreaProgress: {
      region: string
      asOf: string
      /** @description The counties of the region in which you see at least one mine */
      counties: components['schemas']['AreaProgressCounty'][]
      total: {
        restoration: components['schemas']['AreaProgressFigures']
        reclamation: components['schemas']['AreaProgressFigures']
      }
    }
    AreaProgressCounty: {
      code: string
      name: string
      nameEn: string
      restoration: components['schemas']['AreaProgressFigures']
      reclamation: components['schemas']['AreaProgressFigures']
    }
    AreaProgressFigures: {
      /** @description Areas drawn and not deleted as of the date */
      areas: number
      completedAreas: number
      /** @description Their geodesic area, ha */
      hectares: number
      completedHectares: number
      /** @description Of them, approved by the bureau */
      approvedAreas: number
      approvedHectares: number
      /** @description Of them, submitted and awaiting a decision */
      submittedAreas: number
      submittedHectares: number
    }
    AreaCollection: {
      /** @enum {string} */
      type: 'FeatureCollection'
      features: components['schemas']['AreaFeature'][]
    }
    AreaFeature: {
      /** @enum {string} */
      type: 'Feature'
      id: number
      geometry: components['schemas']['MultiPolygon']
      properties: components['schemas']['AreaProperties']
    }
    AreaProperties: {
      id: number
      mineId: number
      /** @enum {string} */
      kind: 'footprint' | 'restoration' | 'reclamation'
      name: string
      /** @enum {string|null} */
      damageType: 'excavated' | 'occupied' | null
      targetLandClass: string | null
      /** @enum {string} */
      progress: 'planned' | 'in_progress' | 'completed'
      /** @enum {string} */
      approval: 'draft' | 'submitted' | 'approved' | 'rejected'
      /**
       * Format: date
       * @example 2019-12-31
       */
      plannedStart: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      plannedEnd: string | null
      responsibleParty: string | null
      notes: string | null
      /** @description Why the bureau sent it back (approval rejected), else null */
      rejectionReason: string | null
      version: number
      /** @description Geodesic area in square metres (never degrees) */
      areaM2: number
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      updatedAt: string
    }
    CreateAreaBody: {
      /** @enum {string} */
      kind: 'restoration' | 'reclamation'
      geometry: components['schemas']['GeometryInput']
      /** @example 东采场复绿区 */
      name: string
      /**
       * @description 挖损 excavated / 压占 occupied
       * @enum {string|null}
       */
      damageType?: 'excavated' | 'occupied' | null
      /**
       * @description GB/T 21010-2017 target land class
       * @example 0301
       */
      targetLandClass?: string | null
      /** @enum {string} */
      progress?: 'planned' | 'in_progress' | 'completed'
      /**
       * Format: date
       * @description Planned start of the works
       * @example 2019-12-31
       */
      plannedStart?: string | null
      /**
       * Format: date
       * @description Planned completion (not before plannedStart)
       * @example 2019-12-31
       */
      plannedEnd?: string | null
      /**
       * @description Who carries out the works
       * @example 长兴县某建材有限公司
       */
      responsibleParty?: string | null
      /** @example 先削坡后覆土，种植香樟 */
      notes?: string | null
    }
    /**
     * @description A GeoJSON Polygon or MultiPolygon in lon/lat. The server also requires: valid (no self-intersection), inside Zhejiang, near the mine footprint, at most 5,000 vertices, 10 m² < area < 50 km².
     * @example {
     *       "type": "Polygon",
     *       "coordinates": [
     *         [
     *           [
     *             119.9,
     *             31
     *           ],
     *           [
     *             119.902,
     *             31
     *           ],
     *           [
     *             119.902,
     *             31.002
     *           ],
     *           [
     *             119.9,
     *             31.002
     *           ],
     *           [
     *             119.9,
     *             31
     *           ]
     *         ]
     *       ]
     *     }
     */
    GeometryInput: {
      /**
       * @description "Polygon" or "MultiPolygon"
       * @example Polygon
       */
      type: string
      /** @description RFC 7946 [lng, lat] positions, rings closed, ≥ 4 positions each */
      coordinates: number[][][] | number[][][][]
      /** @description Omit (RFC 7946); if present it must name CRS84 or EPSG:4326/4490 */
      crs?: {
        /** @example name */
        type: string
        properties: {
          name: string
        }
      }
    }
    /** @description Submitted areas the caller may approve or reject, oldest submission first */
    AreaQueue: {
      items: components['schemas']['AreaQueueItem'][]
    }
    AreaQueueItem: {
      area: components['schemas']['AreaFeature']
      mineName: string
      countyCode: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      submittedAt: string
      submittedBy: {
        id: number
        displayName: string
      } | null
    }
    UpdateAreaBody: {
      /** @description The version the client last read */
      version: number
      /** @enum {string} */
      kind?: 'restoration' | 'reclamation'
      geometry?: components['schemas']['GeometryInput']
      /** @example 东采场复绿区 */
      name?: string
      /**
       * @description 挖损 excavated / 压占 occupied
       * @enum {string|null}
       */
      damageType?: 'excavated' | 'occupied' | null
      /**
       * @description GB/T 21010-2017 target land class
       * @example 0301
       */
      targetLandClass?: string | null
      /** @enum {string} */
      progress?: 'planned' | 'in_progress' | 'completed'
      /**
       * Format: date
       * @description Planned start of the works
       * @example 2019-12-31
       */
      plannedStart?: string | null
      /**
       * Format: date
       * @description Planned completion (not before plannedStart)
       * @example 2019-12-31
       */
      plannedEnd?: string | null
      /**
       * @description Who carries out the works
       * @example 长兴县某建材有限公司
       */
      responsibleParty?: string | null
      /** @example 先削坡后覆土，种植香樟 */
      notes?: string | null
    }
    AreaHistory: {
      areaId: number
      versions: components['schemas']['AreaVersion'][]
    }
    /** @description One version; attrs are the attributes at it (incl. approval, areaM2, reason) */
    AreaVersion: {
      version: number
      /** @enum {string} */
      change: 'create' | 'update' | 'revise' | 'delete' | 'submit' | 'approve' | 'reject'
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      changedAt: string
      changedBy: {
        id: number
        displayName: string
      } | null
      attrs: components['schemas']['JsonObject']
      geometry: components['schemas']['MultiPolygon']
    }
    VersionBody: {
      /** @description The version the client last read */
      version: number
    }
    RejectBody: {
      /** @description The version the client last read */
      version: number
      /** @example 复垦方向与方案不符 */
      reason: string
    }
    DocumentMeta: {
      id: number
      mineId: number | null
      /** @description The restoration/reclamation area it is evidence for, if any */
      areaId: number | null
      /** @example self_assessment_report */
      kind: string
      /** @example 自评报告.pdf */
      filename: string
      /**
       * @description Sniffed from the content
       * @example application/pdf
       */
      mediaType: string
      sizeBytes: number
      /**
       * @description SHA-256 of the content, hex
       * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
       */
      sha256: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      uploadedAt: string
      uploadedBy: {
        id: number
        displayName: string
      } | null
      isDemo: boolean
    }
    DocumentUpload: {
      /**
       * Format: binary
       * @description PDF, PNG, JPEG or ZIP (.docx, .xlsx, zipped Shapefile), ≤ 20 MB
       */
      file: string
      /** @enum {string} */
      kind:
        | 'self_assessment_report'
        | 'verification_report'
        | 'acceptance'
        | 'restoration_plan'
        | 'photo'
        | 'other'
    }
    DocumentList: {
      documents: components['schemas']['DocumentMeta'][]
    }
    AreaDocumentUpload: {
      /**
       * Format: binary
       * @description PDF, PNG, JPEG or ZIP (.docx, .xlsx, zipped Shapefile), ≤ 20 MB
       */
      file: string
      /**
       * @description restoration_plan (方案), photo, other
       * @enum {string}
       */
      kind: 'restoration_plan' | 'photo' | 'other'
    }
    SitePhoto: {
      id: number
      mineId: number
      /** @description The stored photo: GET /api/documents/{id} */
      documentId: number
      filename: string
      mediaType: string
      sizeBytes: number
      /** @description [lng, lat] */
      position: [number, number] | null
      /**
       * @description exif: read from the file by the server; device: the uploader's geolocation (the file had no GPS); none
       * @enum {string}
       */
      positionSource: 'exif' | 'device' | 'none'
      /**
       * @description Against the mine's footprint (PostGIS, within toleranceM): inside, outside (distanceM), missing (no position), no_footprint
       * @enum {string}
       */
      placement: 'inside' | 'outside' | 'missing' | 'no_footprint'
      /** @description Metres from the footprint when outside */
      distanceM: number | null
      /**
       * Format: date-time
       * @description EXIF DateTimeOriginal, when the file has it
       * @example 2019-03-12T04:20:00.000Z
       */
      takenAt: string | null
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
      uploadedBy: {
        id: number
        displayName: string
      }
      clientId: string | null
      inspectionClientId: string | null
    }
    SitePhotoUpload: {
      /**
       * Format: binary
       * @description The photo, JPEG or PNG, ≤ 20 MB; its EXIF GPS position is read on the server
       */
      file: string
      /** @description The device's longitude (browser geolocation); used only when the file carries no EXIF GPS */
      lng?: number | null
      /** @description The device's latitude */
      lat?: number | null
      /**
       * Format: uuid
       * @description The phone outbox item's id: a resend with the same id returns the stored photo (200), never a second one
       */
      clientId?: string
      /**
       * Format: uuid
       * @description The field inspection (its outbox id) the photo was taken for
       */
      inspectionClientId?: string
    }
    SitePhotoList: {
      items: components['schemas']['SitePhoto'][]
      /** @description How far outside the footprint still counts as inside */
      toleranceM: number
    }
    /** @description The signed-in evaluator's agency's assignments, open ones first */
    AssignmentList: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      today: string
      items: components['schemas']['Assignment'][]
    }
    Assignment: {
      id: number
      /**
       * @description verification: file_verification (R3.3–R3.4); recheck: the re-check after rectification (R6)
       * @enum {string}
       */
      purpose: 'verification' | 'recheck'
      mineId: number
      mineName: string
      /** @example 330522 */
      countyCode: string
      countyName: string
      mineral: string
      /** @description The mine's industry norm the verification names (R3.4), e.g. DZ/T 0316-2018 */
      industryStandard: string | null
      /** @description The assigned agency: its registered experts form the team */
      agencyId: number
      /** @enum {string} */
      greenState:
        | 'building'
        | 'self_assessed'
        | 'evaluator_assigned'
        | 'verification_failed'
        | 'verified'
        | 'county_publicity'
        | 'county_archived'
        | 'city_reported'
        | 'province_publicity'
        | 'in_directory'
        | 'rectifying'
        | 'removed'
      /** @description The mine's version, for expectedVersion */
      version: number
      /**
       * Format: date
       * @example 2019-12-31
       */
      assignedOn: string
      /**
       * Format: date
       * @description When the county received the self-assessment
       * @example 2019-12-31
       */
      receivedOn: string | null
      /**
       * Format: date
       * @description verification: one month after receipt (R3.3); recheck: the rectification deadline
       * @example 2019-12-31
       */
      dueOn: string | null
      /** @description Days from today to dueOn (negative: overdue) */
      daysLeft: number | null
      /** @description Not yet filed */
      open: boolean
      /**
       * Format: date
       * @example 2019-12-31
       */
      filedOn: string | null
    }
    ImportReport: {
      /** @enum {string} */
      format: 'geojson' | 'shp' | 'kml' | 'gpkg' | 'corners'
      /** @enum {string} */
      kind: 'restoration' | 'reclamation' | 'footprint' | 'licence'
      /** @example EPSG:4528 */
      sourceCrs: string
      committed: boolean
      records: components['schemas']['ImportRecord'][]
      areaIds: number[]
      /** @description the original file, kept */
      sourceDocumentId: number | null
    }
    ImportRecord: {
      index: number
      name: string | null
      areaM2: number | null
      declaredAreaM2: number | null
      /** @description the record in CRS84 after ST_Transform from the source CRS */
      geometry: {
        /** @enum {string} */
        type: 'MultiPolygon'
        coordinates: [number, number][][][]
      } | null
      problems: {
        /**
         * @description what is wrong, as a refusal code: unknown_gk_zone, area_mismatch, geometry_type, outside_province, geometry_self_intersection, too_far_from_footprint …
         * @enum {string}
         */
        code:
          | 'invalid_input'
          | 'malformed_json'
          | 'bad_request'
          | 'payload_too_large'
          | 'unsupported_media_type'
          | 'not_found'
          | 'unknown_region'
          | 'internal'
          | 'database_unavailable'
          | 'request_timeout'
          | 'headers_too_large'
          | 'unauthenticated'
          | 'invalid_credentials'
          | 'account_disabled'
          | 'demo_disabled'
          | 'too_many_attempts'
          | 'csrf'
          | 'forbidden'
          | 'invalid_account'
          | 'version_conflict'
          | 'future_date'
          | 'backdated'
          | 'backdate_reason_required'
          | 'backdate_not_pending'
          | 'nothing_to_change'
          | 'footprint_read_only'
          | 'area_out_of_range'
          | 'outside_province'
          | 'too_far_from_footprint'
          | 'planned_end_before_start'
          | 'import_refused'
          | 'import_has_problems'
          | 'unknown_gk_zone'
          | 'too_few_corner_points'
          | 'area_mismatch'
          | 'licence_one_polygon'
          | 'unreadable_geometry'
          | 'geometry_type'
          | 'unsupported_crs'
          | 'invalid_coordinates'
          | 'coordinate_out_of_range'
          | 'swapped_coordinates'
          | 'ring_not_closed'
          | 'ring_too_short'
          | 'too_many_vertices'
          | 'geometry_self_intersection'
          | 'geometry_ring_self_intersection'
          | 'geometry_hole_outside_shell'
          | 'geometry_nested_holes'
          | 'geometry_nested_shells'
          | 'geometry_interior_disconnected'
          | 'geometry_too_few_points'
          | 'geometry_invalid'
          | 'draw_required'
          | 'not_drawn'
          | 'duplicate_spot_check'
          | 'publicity_mismatch'
          | 'licence_state'
          | 'licence_no_taken'
          | 'enterprise_invalid'
          | 'location_outside_county'
          | 'objection_closed'
          | 'objection_rejected'
          | 'objection_decided'
          | 'empty_file'
          | 'type_mismatch'
          | 'unsupported_type'
          | 'type_not_allowed_for_kind'
          | 'field.client_id_reused'
          | 'field.too_old'
          | 'invalid_tile'
          | 'unknown_layer'
          | 'zoom_out_of_range'
          | 'input.invalid_date'
          | 'input.invalid_argument'
          | 'R1.unknown_policy'
          | 'R1.term_invalid'
          | 'R1.equipment_state'
          | 'R2.invalid_target'
          | 'R2.cannot_split'
          | 'R2.split_mismatch'
          | 'R3.unknown_event'
          | 'R3.wrong_role'
          | 'R3.illegal_transition'
          | 'R3.1.missing_recipient'
          | 'R3.2.evaluator_not_listed'
          | 'R3.2.conflicted_evaluator'
          | 'R3.2.agency_understaffed'
          | 'R3.2.assignment_unjustified'
          | 'R3.2.draw_exists'
          | 'R3.2.draw_unusable'
          | 'R3.2.exception_unusable'
          | 'R3.4.not_assigned_evaluator'
          | 'R3.4.score_not_passing'
          | 'R3.4.reason_required'
          | 'R3.4.team_invalid'
          | 'R3.4.unknown_indicator_set'
          | 'R3.4.invalid_score'
          | 'R3.4.unregistered_team_member'
          | 'R3.4.wrong_standard'
          | 'R3.4.standard_not_met'
          | 'R3.4.indicator_table_invalid'
          | 'R3.5.invalid_period'
          | 'R3.5.missing_objection_channel'
          | 'R3.5.publicity_not_ended'
          | 'R3.5.originals_not_archived'
          | 'R3.5.original_invalid'
          | 'R3.5.period_too_short'
          | 'R3.5.calendar_missing'
          | 'R3.5.objection_open'
          | 'R3.6.outside_window'
          | 'R3.7.invalid_period'
          | 'R3.7.missing_objection_channel'
          | 'R3.7.publicity_not_ended'
          | 'R3.7.objection_upheld'
          | 'R3.7.period_too_short'
          | 'R3.7.calendar_missing'
          | 'R3.7.objection_open'
          | 'R4.no_acceptance'
          | 'R4.invalid_date'
          | 'R4.order_not_due'
          | 'R4.deadline_required'
          | 'R6.invalid_deadline'
          | 'R6.invalid_draw'
          | 'R6.not_enough_inspectors'
          | 'R6.recheck_scores_required'
          | 'R7.year_not_over'
          | 'R7.year_closed'
          | 'R6.invalid_period'
          | 'R6.draw_exists'
          | 'R6.draw_backdated'
          | 'R6.seed_mismatch'
          | 'R6.draw_not_published'
          | 'R6.recheck_agency_required'
          | 'R6.recheck_agency_conflicted'
          | 'R6.removal_pending'
          | 'R6.removal_not_due'
          | 'R6.blacklisted'
          | 'R6.not_blacklisted'
        message: string
        params: components['schemas']['JsonObject']
      }[]
    }
    ImportUpload: {
      /**
       * Format: binary
       * @description GeoJSON (.geojson/.json; a `crs` member is honoured), zipped Shapefile (.zip with .prj, .cpg), KML, GeoPackage (.gpkg) or licence corner-point text (.txt: 点号,X,Y in CGCS2000 GK zones 39–41), ≤ 20 MB
       */
      file: string
      /**
       * @description restoration / reclamation: draft areas (their editors: planner, enterprise); footprint: replaces the mine's footprint; licence: the licensed area of the mine's licence, one record, checked against its 矿区面积 (footprint and licence: county, city or province bureau)
       * @enum {string}
       */
      kind: 'restoration' | 'reclamation' | 'footprint' | 'licence'
      /**
       * @description false: dry run (nothing written); true: all records or none
       * @default false
       * @enum {string}
       */
      commit: 'true' | 'false'
      /** @description the area the source declares (e.g. 矿区面积 of a licence), km² */
      declaredAreaKm2?: number
    }
    /** @description An import running after its request was answered. `report` (absent while running): when done, the ImportReport; when failed with import_has_problems, the dry-run report of every record. */
    ImportJob: {
      id: number
      mineId: number
      /** @enum {string} */
      kind: 'restoration' | 'reclamation' | 'footprint' | 'licence'
      filename: string
      commit: boolean
      /** @enum {string} */
      status: 'running' | 'done' | 'failed'
      /** @enum {string} */
      phase: 'checking' | 'writing' | 'finished'
      /** @description records checked (phase checking) or written (writing) */
      processed: number
      /** @description records in the file */
      total: number
      report?: components['schemas']['ImportReport']
      /** @description why the job failed (nothing was written) */
      error: {
        /**
         * @description What was refused: one of a closed list (domain/src/refusals/refusal.ts)
         * @example invalid_credentials
         * @enum {string}
         */
        code:
          | 'invalid_input'
          | 'malformed_json'
          | 'bad_request'
          | 'payload_too_large'
          | 'unsupported_media_type'
          | 'not_found'
          | 'unknown_region'
          | 'internal'
          | 'database_unavailable'
          | 'request_timeout'
          | 'headers_too_large'
          | 'unauthenticated'
          | 'invalid_credentials'
          | 'account_disabled'
          | 'demo_disabled'
          | 'too_many_attempts'
          | 'csrf'
          | 'forbidden'
          | 'invalid_account'
          | 'version_conflict'
          | 'future_date'
          | 'backdated'
          | 'backdate_reason_required'
          | 'backdate_not_pending'
          | 'nothing_to_change'
          | 'footprint_read_only'
          | 'area_out_of_range'
          | 'outside_province'
          | 'too_far_from_footprint'
          | 'planned_end_before_start'
          | 'import_refused'
          | 'import_has_problems'
          | 'unknown_gk_zone'
          | 'too_few_corner_points'
          | 'area_mismatch'
          | 'licence_one_polygon'
          | 'unreadable_geometry'
          | 'geometry_type'
          | 'unsupported_crs'
          | 'invalid_coordinates'
          | 'coordinate_out_of_range'
          | 'swapped_coordinates'
          | 'ring_not_closed'
          | 'ring_too_short'
          | 'too_many_vertices'
          | 'geometry_self_intersection'
          | 'geometry_ring_self_intersection'
          | 'geometry_hole_outside_shell'
          | 'geometry_nested_holes'
          | 'geometry_nested_shells'
          | 'geometry_interior_disconnected'
          | 'geometry_too_few_points'
          | 'geometry_invalid'
          | 'draw_required'
          | 'not_drawn'
          | 'duplicate_spot_check'
          | 'publicity_mismatch'
          | 'licence_state'
          | 'licence_no_taken'
          | 'enterprise_invalid'
          | 'location_outside_county'
          | 'objection_closed'
          | 'objection_rejected'
          | 'objection_decided'
          | 'empty_file'
          | 'type_mismatch'
          | 'unsupported_type'
          | 'type_not_allowed_for_kind'
          | 'field.client_id_reused'
          | 'field.too_old'
          | 'invalid_tile'
          | 'unknown_layer'
          | 'zoom_out_of_range'
          | 'input.invalid_date'
          | 'input.invalid_argument'
          | 'R1.unknown_policy'
          | 'R1.term_invalid'
          | 'R1.equipment_state'
          | 'R2.invalid_target'
          | 'R2.cannot_split'
          | 'R2.split_mismatch'
          | 'R3.unknown_event'
          | 'R3.wrong_role'
          | 'R3.illegal_transition'
          | 'R3.1.missing_recipient'
          | 'R3.2.evaluator_not_listed'
          | 'R3.2.conflicted_evaluator'
          | 'R3.2.agency_understaffed'
          | 'R3.2.assignment_unjustified'
          | 'R3.2.draw_exists'
          | 'R3.2.draw_unusable'
          | 'R3.2.exception_unusable'
          | 'R3.4.not_assigned_evaluator'
          | 'R3.4.score_not_passing'
          | 'R3.4.reason_required'
          | 'R3.4.team_invalid'
          | 'R3.4.unknown_indicator_set'
          | 'R3.4.invalid_score'
          | 'R3.4.unregistered_team_member'
          | 'R3.4.wrong_standard'
          | 'R3.4.standard_not_met'
          | 'R3.4.indicator_table_invalid'
          | 'R3.5.invalid_period'
          | 'R3.5.missing_objection_channel'
          | 'R3.5.publicity_not_ended'
          | 'R3.5.originals_not_archived'
          | 'R3.5.original_invalid'
          | 'R3.5.period_too_short'
          | 'R3.5.calendar_missing'
          | 'R3.5.objection_open'
          | 'R3.6.outside_window'
          | 'R3.7.invalid_period'
          | 'R3.7.missing_objection_channel'
          | 'R3.7.publicity_not_ended'
          | 'R3.7.objection_upheld'
          | 'R3.7.period_too_short'
          | 'R3.7.calendar_missing'
          | 'R3.7.objection_open'
          | 'R4.no_acceptance'
          | 'R4.invalid_date'
          | 'R4.order_not_due'
          | 'R4.deadline_required'
          | 'R6.invalid_deadline'
          | 'R6.invalid_draw'
          | 'R6.not_enough_inspectors'
          | 'R6.recheck_scores_required'
          | 'R7.year_not_over'
          | 'R7.year_closed'
          | 'R6.invalid_period'
          | 'R6.draw_exists'
          | 'R6.draw_backdated'
          | 'R6.seed_mismatch'
          | 'R6.draw_not_published'
          | 'R6.recheck_agency_required'
          | 'R6.recheck_agency_conflicted'
          | 'R6.removal_pending'
          | 'R6.removal_not_due'
          | 'R6.blacklisted'
          | 'R6.not_blacklisted'
        /**
         * @description The refusal in words, rendered from code and params in the request language: Chinese by default, English for `Accept-Language: en…`, `?lang=en` or `X-Lang: en`
         * @example 登录失败：用户名或密码错误
         */
        message: string
        /**
         * @description The parameters of the refusal; which keys it has depends on `code` (see docs/api.md), e.g. `{"field":"pageSize","issue":"too_big","maximum":200}` for invalid_input or `{"at":[120.041,30.949]}` for geometry_self_intersection
         * @example {
         *       "at": [
         *         120.041,
         *         30.949
         *       ]
         *     }
         */
        params: {
          [key: string]: components['schemas']['JsonValue']
        }
      } | null
      createdAt: string
      updatedAt: string
    }
    AgencyList: {
      items: components['schemas']['Agency'][]
    }
    Agency: {
      id: number
      name: string
      regionCode: string | null
      listings: components['schemas']['Listing'][]
      experts: components['schemas']['Expert'][]
    }
    Listing: {
      listName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      staffCount: number
      seniorCount: number
      applicationRef: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
    }
    Expert: {
      id: number
      agencyId: number
      name: string
      senior: boolean
      specialty: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredTo: string | null
    }
    EvaluatorDrawList: {
      items: components['schemas']['EvaluatorDraw'][]
    }
    EvaluatorDraw: {
      id: number
      mineId: number
      mineName: string
      countyCode: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      committedOn: string
      /** @description SHA-256 (hex) of the UTF-8 seed, published before the draw */
      commitment: string
      algorithm: string
      /** @description Agencies in the draw, after conflicts and understaffed agencies were removed, in draw order */
      candidates: components['schemas']['DrawCandidate'][]
      excluded: {
        agencyId: number
        name: string
        /** @enum {string} */
        reason: 'conflict' | 'understaffed'
      }[]
      /** @enum {string} */
      status: 'committed' | 'drawn'
      /** @description Revealed at the draw; null before */
      seed: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      drawnOn: string | null
      agencyId: number | null
      agencyName: string | null
      /** @description The approved reason for a second draw, when this is one */
      redraw: {
        exceptionId: number
        reason: string
      } | null
    }
    DrawCandidate: {
      agencyId: number
      name: string
    }
    IndicatorSetList: {
      items: components['schemas']['IndicatorSet'][]
    }
    IndicatorSet: {
      id: string
      title: string
      titleZh: string
      source: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string | null
      maxTotal: number
      passTotal: number | null
      groupMinShare: number | null
      groupCount: number
      level2Count: number
      level3Count: number
      prerequisites: {
        id: string
        zh: string
        en: string
      }[]
      groups: components['schemas']['IndicatorGroup'][]
      /** @description Every weight and the pass rule are loaded */
      confirmed: boolean
    }
    IndicatorGroup: {
      id: string
      zh: string
      en: string
      /** @description Null until the official table is loaded */
      points: number | null
      items: number | null
      confirmed: boolean
      source: string
    }
    IndustryStandardList: {
      standards: {
        code: string
        sector: string
        titleZh: string
      }[]
      minerals: {
        mineral: string
        standard: string
      }[]
    }
    AgencyBody: {
      name: string
      creditCode?: string
      /** @example 330522 */
      regionCode?: string
      listing: components['schemas']['ListingBody']
    }
    ListingBody: {
      /** @example 2024—2026年度浙江省绿色矿山第三方评估机构名单 */
      listName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      validTo: string
      staffCount: number
      seniorCount: number
      /** @description The public application record: a document reference or the notice that listed it */
      applicationRef: string
    }
    ExpertBody: {
      name: string
      /** @description Holds a senior professional title (高级职称) */
      senior: boolean
      specialty: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredFrom: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredTo?: string
    }
    ExpertEndBody: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      registeredTo: string
      reason: string
    }
    ConflictList: {
      items: components['schemas']['Conflict'][]
    }
    Conflict: {
      id: number
      mineId: number
      agencyId: number
      agencyName: string
      /** @enum {string} */
      kind: 'business' | 'report_help'
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string | null
      note: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
    }
    ConflictBody: {
      agencyId: number
      /**
       * @description business: conflicts within a year either side of its date; report_help: always
       * @enum {string}
       */
      kind: 'business' | 'report_help'
      /**
       * Format: date
       * @description When the business took place (required for business)
       * @example 2019-12-31
       */
      on?: string
      note: string
    }
    DrawCommitBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description An approved redraw exception: the only way to draw again for the same self-assessment */
      exceptionId?: number
    }
    DrawRevealResult: {
      draw: components['schemas']['EvaluatorDraw']
      event: {
        eventId: number
        greenState: string
        version: number
      }
    }
    DrawRevealBody: {
      /**
       * Format: date
       * @description Business date; defaults to today
       * @example 2019-12-31
       */
      on?: string
      /** @description The mine version you saw; stale → 409 */
      expectedVersion?: number
    }
    EvaluatorException: {
      id: number
      mineId: number
      selfAssessmentId: number
      /** @enum {string} */
      kind: 'direct' | 'redraw'
      agencyId: number | null
      reason: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      requestedOn: string
      /** @enum {string} */
      decision: 'pending' | 'approved' | 'refused'
      decisionNote: string | null
      /**
       * Format: date
       * @example 2019-12-31
       */
      decidedOn: string | null
    }
    ExceptionBody: {
      /**
       * @description direct: assign a named agency without a draw; redraw: draw a second time
       * @enum {string}
       */
      kind: 'direct' | 'redraw'
      /** @description The agency, for a direct assignment */
      agencyId?: number
      reason: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    EvaluatorExceptionList: {
      items: components['schemas']['EvaluatorException'][]
    }
    EvaluatorExceptionQueue: {
      items: components['schemas']['EvaluatorExceptionQueueItem'][]
    }
    EvaluatorExceptionQueueItem: components['schemas']['EvaluatorException'] & {
      mineName: string
      countyCode: string
      /** @description The agency named for a direct assignment */
      agencyName: string | null
    }
    ExceptionDecisionBody: {
      approve: boolean
      note: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    IndicatorTableBody: {
      /**
       * @description group_id,points,items
       * @example group_id,points,items
       *     comprehensive_use,160,20
       */
      csv: string
      /** @description The official document the table comes from */
      source: string
      passTotal?: number
      groupMinShare?: number
    }
    BureauObjectionList: {
      items: components['schemas']['BureauObjection'][]
    }
    BureauObjection: {
      id: number
      publicityId: number
      noticeTitle: string
      mineId: number
      mineName: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      receivedOn: string
      /** @enum {string} */
      status: 'pending' | 'upheld' | 'dismissed'
      /**
       * Format: date
       * @example 2019-12-31
       */
      decidedOn: string | null
      decisionReason: string | null
      content: string
      submitterName: string
      submitterContact: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      receivedAt: string
      attachmentDocumentId: number | null
    }
    ObjectionDecision: {
      id: number
      upheld: boolean
      /**
       * Format: date
       * @example 2019-12-31
       */
      decidedOn: string
    }
    ObjectionDecisionBody: {
      upheld: boolean
      reason: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    DelistingBody: {
      reason: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on?: string
    }
    Inbox: {
      /** @description Newest first, at most 200 */
      items: components['schemas']['Notification'][]
      /** @description Unread notifications in all */
      unread: number
    }
    Notification: {
      id: number
      kind: components['schemas']['NotificationKind']
      mineId: number | null
      mineName: string | null
      /** @example 330522 */
      countyCode: string | null
      params: components['schemas']['NotificationParams']
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      createdAt: string
      /**
       * Format: date-time
       * @description When this user read it; null = unread
       * @example 2019-03-12T04:20:00.000Z
       */
      readAt: string | null
    }
    /**
     * @description What new work the notification announces
     * @enum {string}
     */
    NotificationKind:
      | 'self_assessment_submitted'
      | 'evaluator_assigned'
      | 'verification_filed'
      | 'county_archived'
      | 'city_reported'
      | 'objection_filed'
      | 'rectification_ordered'
      | 'recheck_assigned'
      | 'recheck_failed'
      | 'removed'
      | 'entered_directory'
      | 'boundary_alert'
    /** @description The facts the text is worded from (dates, result, deadline…) */
    NotificationParams: {
      [key: string]: string | number | null
    }
    InboxReadAll: {
      /** @description Notifications newly marked read */
      marked: number
    }
    WorkQueue: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      role: string
      /**
       * @description The region the home map opens on
       * @example 330522
       */
      regionCode: string | null
      /** @description [west, south, east, north] of an enterprise's or evaluator's mines */
      bbox: [number, number, number, number] | null
      counts: {
        /** @description Everything waiting on the user */
        waiting: number
        /** @description Not overdue, due within 30 days */
        dueSoon: number
        overdue: number
      }
      /** @description Overdue first, then soonest due */
      items: components['schemas']['WorkItem'][]
    }
    WorkItem: {
      kind: components['schemas']['WorkKind']
      mineId: number | null
      mineName: string | null
      /**
       * @description The mine's county, or the region the item is about
       * @example 330522
       */
      regionCode: string
      /**
       * Format: date
       * @description The clock that applies (null: none runs)
       * @example 2019-12-31
       */
      dueOn: string | null
      /**
       * Format: date
       * @description For a reporting window: the day it opens
       * @example 2019-12-31
       */
      opensOn: string | null
      overdue: boolean
      /** @description Days from asOf to dueOn; negative when overdue */
      daysLeft: number | null
      /** @description The programme rule behind it (R3.3, R4, R6…) */
      rule: string | null
      /**
       * @description Where in the web app the action is taken
       * @example /county/mines/12
       */
      deskPath: string
    }
    /**
     * @description What the user is to do
     * @enum {string}
     */
    WorkKind:
      | 'draw_evaluator'
      | 'reveal_draw'
      | 'await_verification'
      | 'publish_publicity'
      | 'close_publicity'
      | 'decide_objection'
      | 'approve_area'
      | 'rectification_due'
      | 'draw_recheck'
      | 'boundary_alert'
      | 'file_verification'
      | 'recheck'
      | 'self_assess'
      | 'rectify'
      | 'report_to_province'
      | 'split_targets'
      | 'publish_province_list'
      | 'enter_directory'
      | 'confirm_removal'
      | 'approve_backdated'
      | 'decide_exception'
      | 'verification_due'
      | 'construction_due'
      | 'suspension_due'
      | 'city_report_due'
    FieldMine: {
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      mine: {
        id: number
        name: string
        licenceNo: string
        /** @example 330522 */
        countyCode: string
        countyName: string
        mineral: string
        greenState: string
        opsStatus: string
        version: number
        /** @description [lng, lat] */
        location: [number, number]
        isDemo: boolean
      }
      licence: components['schemas']['MultiPolygon'] | null
      footprint: components['schemas']['MultiPolygon'] | null
      checklist: {
        indicatorSetId: string
        titleZh: string
        title: string
        items: components['schemas']['ChecklistItem'][]
      }
      /** @description The open rectification order (R6), if any */
      rectification: {
        id: number
        cause: string
        /**
         * Format: date
         * @example 2019-12-31
         */
        issuedOn: string
        /**
         * Format: date
         * @example 2019-12-31
         */
        deadline: string
        daysLeft: number
      } | null
      /** @description The latest spot check of the mine, if any */
      spotCheck: {
        id: number
        /**
         * Format: date
         * @example 2019-12-31
         */
        checkedOn: string
        result: string
        findings: string
      } | null
      /** @description The user's open work on this mine (GET /api/work) */
      openTasks: {
        kind: components['schemas']['WorkKind']
        /**
         * Format: date
         * @example 2019-12-31
         */
        dueOn: string | null
        overdue: boolean
        daysLeft: number | null
        rule: string | null
      }[]
      /** @description Outside area above which an out-of-boundary alert is raised */
      toleranceM2: number
      maxSketchM2: number
    }
    ChecklistItem: {
      code: string
      zh: string
      en: string
      /** @description `prerequisites` or the indicator group id */
      group: string
      groupZh: string
      groupEn: string
      /** @description Points of the group; null for pass/fail items or unconfirmed groups */
      maxScore: number | null
    }
    FieldInspection: {
      id: number
      clientId: string
      mineId: number
      mineName: string
      /** @example 330522 */
      regionCode: string
      inspector: {
        id: number
        displayName: string
      }
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      receivedAt: string
      checklist: components['schemas']['ChecklistResult'][]
      findings: string
      sketch: components['schemas']['MultiPolygon'] | null
      sketchAreaM2: number | null
      /** @description Area of the sketch outside the licence polygon, m² on the spheroid */
      outsideAreaM2: number | null
      baseVersion: number
      alert: components['schemas']['BoundaryAlertSummary']
      /** @description true: this id was already recorded with this body; nothing new written */
      replayed: boolean
    }
    ChecklistResult: {
      /** @description A checklist item code of GET /api/field/mines/{id} */
      code: string
      /**
       * @description pass, fail or na (not applicable)
       * @enum {string}
       */
      result: 'pass' | 'fail' | 'na'
      note?: string
    }
    /** @description 越界开采: raised when outsideAreaM2 > toleranceM2 */
    BoundaryAlertSummary: {
      id: number
      areaM2: number
      /** @enum {string} */
      state: 'open' | 'acknowledged'
    } | null
    FieldInspectionInput: {
      mineId: number
      /**
       * Format: date
       * @description Business date of the inspection: not in the future, not beyond BACKDATE_DAYS back
       * @example 2019-12-31
       */
      on: string
      /**
       * Format: date-time
       * @description When the inspector saved it on the phone
       * @example 2019-03-12T04:20:00.000Z
       */
      recordedAt: string
      /** @description The mine version the inspector saw; a mine changed since → 409 version_conflict */
      baseVersion: number
      checklist: components['schemas']['ChecklistResult'][]
      /** @default  */
      findings: string
      /**
       * @description The disturbed area drawn on site (Polygon or MultiPolygon, ≤ 10 km², near the mine)
       * @example {
       *       "type": "Polygon",
       *       "coordinates": [
       *         [
       *           [
       *             119.9,
       *             31
       *           ],
       *           [
       *             119.902,
       *             31
       *           ],
       *           [
       *             119.902,
       *             31.002
       *           ],
       *           [
       *             119.9,
       *             31.002
       *           ],
       *           [
       *             119.9,
       *             31
       *           ]
       *         ]
       *       ]
       *     }
       */
      sketch?: {
        /**
         * @description "Polygon" or "MultiPolygon"
         * @example Polygon
         */
        type: string
        /** @description RFC 7946 [lng, lat] positions, rings closed, ≥ 4 positions each */
        coordinates: number[][][] | number[][][][]
        /** @description Omit (RFC 7946); if present it must name CRS84 or EPSG:4326/4490 */
        crs?: {
          /** @example name */
          type: string
          properties: {
            name: string
          }
        }
      } | null
    }
    BoundaryAlertList: {
      items: components['schemas']['BoundaryAlert'][]
    }
    BoundaryAlert: {
      id: number
      mineId: number
      mineName: string
      /** @example 330522 */
      countyCode: string
      inspectionId: number
      inspectionClientId: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      on: string
      inspector: {
        id: number
        displayName: string
      }
      areaM2: number
      outside: components['schemas']['MultiPolygon']
      /**
       * Format: date-time
       * @example 2019-03-12T04:20:00.000Z
       */
      raisedAt: string
      /** @enum {string} */
      state: 'open' | 'acknowledged'
    }
    FieldAreaPack: {
      /** @enum {string} */
      kind: 'county' | 'assignments'
      /** @example 330522 */
      regionCode: string | null
      /** @description The county, or 今日任务 for the assignments */
      name: string
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      /** @description null: an empty assignments area */
      bbox: [number, number, number, number] | null
      /** @description The mines of the area the caller may see */
      mines: components['schemas']['FieldAreaMine'][]
      estimate: components['schemas']['FieldAreaEstimate']
    }
    FieldAreaMine: {
      id: number
      name: string
      /** @example 330522 */
      countyCode: string
      mineral: string
      greenState: string
      /** @enum {string} */
      opsStatus: 'construction' | 'producing' | 'suspended' | 'closed'
      /** @description The mine's recorded location */
      at: [number, number]
      /** @description Around the footprint, the licence polygon and the location */
      bbox: [number, number, number, number]
      /** @description The footprint (null: none drawn) */
      footprint: [number, number][][][] | null
      /** @description The licensed polygon (null: none) */
      licence: [number, number][][][] | null
      /** @description The caller's open work on this mine, with its clocks */
      tasks: components['schemas']['WorkItem'][]
    }
    FieldAreaEstimate: {
      /** @description Tiles in the plan (domain fieldTilePlan) */
      tileCount: number
      /** @description Average tile body over a sample of the plan */
      avgTileBytes: number
      sampledTiles: number
      /** @description tileCount × avgTileBytes */
      tileBytes: number
    }
    FieldNear: {
      /** @description [lng, lat], CGCS2000/WGS 84 */
      at: [number, number]
      /**
       * Format: date
       * @example 2019-12-31
       */
      asOf: string
      /** @description Nearest first (geodesic), mines the caller may see */
      mines: components['schemas']['FieldAreaMine'][]
    }
    TileJson: {
      /** @enum {string} */
      tilejson: '3.0.0'
      name: string
      description: string
      /**
       * @description Version of the tile set schema
       * @example 1.0.0
       */
      version: string
      attribution: string
      /** @enum {string} */
      scheme: 'xyz'
      tiles: string[]
      minzoom: number
      maxzoom: number
      bounds: number[]
      center: number[]
      vector_layers: {
        id: string
        description: string
        minzoom: number
        maxzoom: number
        /** @description Attribute name → its type and meaning */
        fields: {
          [key: string]: string
        }
      }[]
    }
    OgcLandingPage: {
      title: string
      description: string
      links: components['schemas']['OgcLink'][]
    }
    OgcLink: {
      href: string
      rel: string
      type?: string
      title?: string
    }
    OgcConformance: {
      conformsTo: string[]
    }
    OgcCollections: {
      links: components['schemas']['OgcLink'][]
      collections: components['schemas']['OgcCollection'][]
    }
    OgcCollection: {
      /** @enum {string} */
      id:
        | 'counties'
        | 'cities'
        | 'directory-mines'
        | 'publicity-notices'
        | 'mines'
        | 'footprints'
        | 'restoration-areas'
        | 'reclamation-areas'
        | 'licences'
      title: string
      description: string
      /** @enum {string} */
      itemType: 'feature'
      crs: string[]
      storageCrs: string
      extent: {
        spatial: {
          bbox: number[][]
          crs: string
        }
      }
      links: components['schemas']['OgcLink'][]
    }
    OgcFeatureCollection: {
      /** @enum {string} */
      type: 'FeatureCollection'
      features: components['schemas']['OgcFeature'][]
      numberMatched: number
      numberReturned: number
      timeStamp: string
      links: components['schemas']['OgcLink'][]
    }
    OgcFeature: {
      /** @enum {string} */
      type: 'Feature'
      id: number
      geometry: components['schemas']['OgcGeometry']
      properties: {
        [key: string]: string | number | null
      }
      links?: components['schemas']['OgcLink'][]
    }
    OgcGeometry:
      | {
          /** @enum {string} */
          type: 'Point'
          /** @description [lng, lat] in CRS84 */
          coordinates: [number, number]
        }
      | {
          /** @enum {string} */
          type: 'MultiPoint'
          coordinates: [number, number][]
        }
      | {
          /** @enum {string} */
          type: 'MultiPolygon'
          coordinates: [number, number][][][]
        }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export type operations = Record<string, never>
