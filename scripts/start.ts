// `npm start`: builds the web app when its sources are newer than the build, then boots the server.
import { buildWebIfStale } from './web-build'

buildWebIfStale()
await import('../api/src/main')
