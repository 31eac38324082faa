/**
 * The google.script.run endpoints the sidebar calls: the server contract in src/model/api.ts
 * (types and limits only are used here, so the sidebar bundle pulls no server code).
 */
export type {
  SidebarApi,
  ServerState,
  BeginImportPayload as BeginImport,
  ImportChunkPayload as ImportChunk,
  CommitImportResult as CommitResult,
  ApplyKpiTabPayload,
  ApplyKpiTabResult,
} from '../src/model/api';
export { MAX_CELL_TEXT, MAX_CHUNK_ROWS, MAX_CHUNK_CHARS } from '../src/model/api';
