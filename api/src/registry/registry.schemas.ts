import { z } from '@hono/zod-openapi'
import { GREEN_DUTIES, MINING_METHODS } from '@zgm/domain'
import { DbId, IsoDate, LngLat, RegionCode } from '../http/common.schemas'

const on = IsoDate.optional().openapi({ description: 'Business date of the fact; defaults to today' })
const reason = z.string().trim().min(2).max(2000)
const DUTY_IDS = GREEN_DUTIES.map((d) => d.id) as [string, ...string[]]

const LicenceRegistration = z
  .object({
    licenceNo: z
      .string()
      .regex(/^C\d{22}$/, 'a 采矿许可证号 is C followed by 22 digits')
      .openapi({ example: 'C3305002018011110000001' }),
    minerals: z.array(z.string().trim().min(1).max(50)).min(1).max(10),
    scaleTenKtPerYear: z.number().positive().max(100_000),
    declaredAreaKm2: z.number().positive().max(1_000),
    elevationTopM: z.number().min(-2_000).max(9_000),
    elevationBottomM: z.number().min(-2_000).max(9_000),
    validFrom: IsoDate,
    validTo: IsoDate,
    issuer: z.string().trim().min(2).max(200),
    sourceCrs: z
      .string()
      .regex(/^EPSG:\d{4,5}$/)
      .default('EPSG:4490'),
  })
  .strict()
  .openapi('LicenceRegistration')

export const MineRegistration = z
  .object({
    on,
    name: z.string().trim().min(2).max(100),
    countyCode: RegionCode,
    mineral: z.string().trim().min(1).max(50),
    sector: z.string().trim().min(1).max(20),
    miningMethod: z.enum(MINING_METHODS),
    status: z.enum(['construction', 'producing']),
    location: LngLat,
    enterpriseId: DbId,
    hasSandEquipment: z.boolean().default(false),
    licence: LicenceRegistration,
  })
  .strict()
  .openapi('MineRegistration')

export const MineRegistered = z
  .object({ mineId: z.number().int(), licenceId: z.number().int() })
  .openapi('MineRegistered')

export const RenewalBody = z
  .object({ on, validFrom: IsoDate, validTo: IsoDate, note: z.string().max(2000).optional() })
  .strict()
  .openapi('LicenceRenewalBody')

export const ContractBody = z
  .object({
    contractNo: z.string().trim().min(2).max(100),
    signedOn: IsoDate,
    announcementRef: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .openapi({ description: 'The transfer announcement (出让公告) the contract follows' }),
    duties: z
      .array(z.enum(DUTY_IDS))
      .max(DUTY_IDS.length)
      .openapi({ description: 'The green-mine duties written into the contract (R5)' }),
    documentId: DbId.optional().openapi({
      description: "The stored contract, a document of the licence's mine",
    }),
  })
  .strict()
  .openapi('LicenceContractBody')

export const TransferBody = z
  .object({
    on,
    toEnterpriseId: DbId,
    reason: z.string().max(2000).optional(),
    contract: ContractBody.optional(),
  })
  .strict()
  .openapi('LicenceTransferBody')

export const LicenceStatusBody = z.object({ on, reason }).strict().openapi('LicenceStatusBody')

export const EquipmentBody = z
  .object({ on, change: z.enum(['installed', 'removed']), note: z.string().max(2000).optional() })
  .strict()
  .openapi('SandEquipmentBody')

const LicenceTerm = z
  .object({
    seq: z.number().int(),
    validFrom: IsoDate,
    validTo: IsoDate,
    registeredOn: IsoDate,
    kind: z.enum(['granted', 'renewed']),
  })
  .openapi('LicenceTerm')

const LicenceEvent = z
  .object({
    kind: z.enum(['registered', 'renewed', 'transferred', 'suspended', 'reinstated', 'cancelled']),
    on: IsoDate,
    fromHolderId: z.number().int().nullable(),
    toHolderId: z.number().int().nullable(),
    reason: z.string(),
  })
  .openapi('LicenceEvent')

const contractFields = z.object({
  id: z.number().int(),
  contractNo: z.string(),
  signedOn: IsoDate,
  announcementRef: z.string(),
  duties: z.array(z.string()),
  missingDuties: z.array(z.string()),
  documentId: z.number().int().nullable(),
})

export const LicenceContract = contractFields.openapi('LicenceContract')

export const LicenceHistory = z
  .object({
    id: z.number().int(),
    licenceNo: z.string(),
    mineId: z.number().int(),
    holderId: z.number().int().nullable(),
    holderName: z.string(),
    status: z.enum(['registered', 'transferred', 'suspended', 'cancelled']),
    statusOn: IsoDate,
    terms: z.array(LicenceTerm),
    events: z.array(LicenceEvent),
    contracts: z.array(LicenceContract),
  })
  .openapi('LicenceHistory')

export const EquipmentFact = z
  .object({
    mineId: z.number().int(),
    change: z.enum(['installed', 'removed']),
    on: IsoDate,
    installed: z.boolean(),
  })
  .openapi('SandEquipmentFact')

const DutyFlag = z
  .object({
    kind: z.enum(['no_contract', 'duties_missing', 'construction_overdue']),
    contractNo: z.string().optional(),
    missing: z.array(z.string()).optional(),
    dueOn: IsoDate.optional(),
  })
  .openapi('GreenDutyFlag')

export const GreenDutyStatus = z
  .object({
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: z.string(),
    asOf: IsoDate,
    newMine: z.boolean(),
    contract: contractFields.nullable().openapi({ description: 'The contract in force on the date' }),
    flags: z.array(DutyFlag),
  })
  .openapi('GreenDutyStatus')

export const GreenDutyBreaches = z
  .object({ asOf: IsoDate, items: z.array(GreenDutyStatus) })
  .openapi('GreenDutyBreaches')

export const AsOfQuery = z.object({ asOf: IsoDate.optional() })

export const BreachQuery = z.object({ asOf: IsoDate.optional(), region: RegionCode.optional() })
