/**
 * The google.script.run endpoints the sidebar calls, as [payload, result] pairs.
 * Mirrors the server contract in src/model/api.ts (H5); kept as types only so the sidebar
 * bundle does not pull server code.
 */
import type { CanonicalValue, TableName } from '../src/model/schema';

export interface ServerState {
  dataTabs: { table: string; tab: string; rows: number }[];
  templates: { id: string; name: string; description: string }[];
  kpiTabs: unknown[];
}

export interface BeginImport {
  importId: string;
  file: string;
  format: string;
  table: TableName;
  columns: string[];
  totalRows: number;
}

export interface ImportChunk {
  importId: string;
  seq: number;
  rows: CanonicalValue[][];
}

export interface CommitResult {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  tab: string;
  sheetId: number;
  reasons?: string[];
}

export interface GenerateRequest {
  templateId: string;
  periodStart?: string;
  periodEnd?: string;
  compare: 'previous' | 'year';
  targets?: Record<string, number>;
  useAddonFunctions?: boolean;
}

export interface GenerateResult {
  tab: string;
  sheetId: number;
  url?: string;
  tiles?: unknown[];
}

export type SidebarApi = {
  getState: [undefined, ServerState];
  beginImport: [BeginImport, unknown];
  importChunk: [ImportChunk, unknown];
  commitImport: [{ importId: string }, CommitResult];
  cancelImport: [{ importId: string }, unknown];
  generateKpiTab: [GenerateRequest, GenerateResult];
};
