import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { contentDisposition } from '../documents/content-disposition'
import { errorResponse } from '../http/error-schema'
import { requestLang } from '../http/request-lang'
import { router } from '../http/router'
import { assessmentCsv, assessmentXlsx } from './assessment-table'
import { Assessment, AssessmentQuery, YearParam } from './assessment.schemas'
import { assessmentOf, closeYear, visibleAssessment } from './assessment.service'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const binary = (description: string) => ({ schema: z.string().openapi({ format: 'binary', description }) })

const errors = {
  400: errorResponse('invalid year or format'),
  401: errorResponse('not signed in'),
  403: errorResponse('not a bureau or leader (reading), not the province (closing)'),
  409: errorResponse('the year is already closed'),
  422: errorResponse('the year has not ended (R7.year_not_over) or is closed (R7.year_closed)'),
}

const readRoute = createRoute({
  method: 'get',
  path: '/assessments/{year}',
  tags: ['assessment'],
  summary:
    'Annual assessment per city and county: target, achieved, shortfall, overdue, sanctions; frozen once the year is closed, with restatements beside (R7)',
  request: { params: YearParam, query: AssessmentQuery },
  responses: {
    200: {
      description: 'JSON, or with format= a CSV (UTF-8 with BOM) or XLSX attachment',
      content: {
        'application/json': { schema: Assessment },
        'text/csv': binary('CSV, UTF-8 with BOM'),
        [XLSX]: binary('XLSX'),
      },
    },
    ...errors,
  },
})

const closeRoute = createRoute({
  method: 'post',
  path: '/assessments/{year}/close',
  tags: ['assessment'],
  summary: 'The province closes an ended year: its assessment figures are computed and frozen (R7)',
  request: { params: YearParam },
  responses: {
    200: { content: { 'application/json': { schema: Assessment } }, description: 'the closed year' },
    ...errors,
  },
})

/** R7: the annual assessment of cities and counties, and the year close. */
export function assessmentRoutes({ db }: AppDeps) {
  return router()
    .openapi(readRoute, async (c) => {
      const user = requireRole(c, 'province', 'leader', 'city', 'county')
      const { year } = c.req.valid('param')
      const { format } = c.req.valid('query')
      const assessment = visibleAssessment(user, await assessmentOf(db, year))
      if (format === 'json') return c.json(assessment, 200)
      const lang = requestLang(c.req)
      const name = `${lang === 'zh' ? '绿色矿山年度考核' : 'green-mine-assessment'}-${year}`
      if (format === 'csv') {
        return c.body(assessmentCsv(assessment, lang), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': contentDisposition(`${name}.csv`),
        })
      }
      return c.body(new Uint8Array(assessmentXlsx(assessment, lang)), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': contentDisposition(`${name}.xlsx`),
      })
    })
    .openapi(closeRoute, async (c) => {
      const user = requireRole(c, 'province')
      return c.json(await closeYear(db, user, c.req.valid('param').year), 200)
    })
}
