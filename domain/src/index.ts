// @zgm/domain: the programme's rules (浙土资发〔2018〕10号) as pure functions over plain data.
export * from './errors'
export * from './refusals/refusal'
export * from './refusals/messages'
export * from './dates'
export * from './calendar/working-days'
export * from './roles'
export * from './mines'

export * from './scope/scope-mine'
export * from './scope/policies'
export * from './scope/is-mandatory'

export * from './regions/region-codes'

export * from './geo/coords'
export * from './geo/geometry-checks'
export * from './geo/area-limits'
export * from './geo/polygon-measure'
export * from './geo/assemble-parts'
export * from './geo/gauss-kruger'
export * from './geo/gcj02'

export * from './random/prng'
export * from './random/commit-reveal'

export * from './targets/annex'
export * from './targets/target-book'
export * from './targets/split'
export * from './targets/rates'
export * from './targets/target-class'
export * from './targets/laggards'
export * from './targets/demonstration-zone'

export * from './workflow/states'
export * from './workflow/events'
export * from './workflow/record'
export * from './workflow/apply-green-event'
export * from './workflow/ops'
export * from './workflow/timeline'
export * from './workflow/evaluator-pick'

export * from './areas/area-workflow'
export * from './areas/live-area-check'
export * from './areas/land-classes'

export * from './clocks/verification'
export * from './clocks/reporting-window'
export * from './clocks/new-mine'
export * from './clocks/backdating'

export * from './assessment/year-close'

export * from './directory/spot-check-draw'
export * from './directory/rectification'

export * from './evaluation/indicator-sets'
export * from './evaluation/evaluate'
export * from './evaluation/team'
export * from './evaluation/conflicts'
export * from './evaluation/assignment-basis'
export * from './evaluation/industry-standard'
export * from './evaluation/indicator-table'

export * from './alerts/compute-alerts'

export * from './contracts/green-duties'
export * from './contracts/duty-flags'

export * from './registry/licence-terms'
export * from './registry/sand-equipment'

export * from './field/tile-plan'
export * from './field/near'
export * from './field/size-estimate'
