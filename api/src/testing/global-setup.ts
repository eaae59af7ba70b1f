import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgis } from '../db/embedded'
import { dropDemoCopies } from './demo-template'
import { createScratchDatabase } from './scratch-database'
import { noteSkip } from './skips'

export interface Backend {
  name: 'embedded' | 'server'
  url: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    backends: Backend[]
  }
}

/**
 * Starts the embedded PostGIS once per run and, when TEST_DATABASE_URL names a server,
 * creates a fresh database there; both are dropped at the end.
 */
export default async function setup(project: TestProject) {
  const embedded = await startEmbeddedPostgis()
  const backends: Backend[] = [{ name: 'embedded', url: embedded.url }]
  let dropServerDb = async () => {}
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'zgm_test')
    backends.push({ name: 'server', url: scratch.url })
    dropServerDb = async () => {
      await dropDemoCopies(serverUrl, scratch.name)
      await scratch.drop()
    }
  } else {
    noteSkip('server PostGIS database tests', 'TEST_DATABASE_URL is not set')
  }
  project.provide('backends', backends)
  return async () => {
    await dropServerDb()
    await embedded.stop()
  }
}
