// Performance marks the e2e test reads back: navigation → first map paint → idle with data.

const done = new Set<string>()

/** Marks `name` the first time only. */
export function markOnce(name: string): void {
  if (done.has(name)) return
  done.add(name)
  performance.mark(name)
}

/** Milliseconds since navigation for each mark set so far. */
export function perfMarks(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const entry of performance.getEntriesByType('mark'))
    if (entry.name.startsWith('zgm:')) out[entry.name] = Math.round(entry.startTime)
  return out
}
