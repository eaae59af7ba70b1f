import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgis } from '../db/embedded'
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
    const name = `zgm_test_${Date.now()}_${process.pid}`
    await adminQuery(serverUrl, `create database ${name}`)
    const url = withDatabase(serverUrl, name)
    await adminQuery(url, 'create extension if not exists postgis')
    backends.push({ name: 'server', url })
    dropServerDb = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
  } else {
    noteSkip('server PostGIS database tests', 'TEST_DATABASE_URL is not set')
  }
  project.provide('backends', backends)
  return async () => {
    await dropServerDb()
    await embedded.stop()
  }
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}
