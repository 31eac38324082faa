/**
 * Server bundle entry. esbuild wraps everything in ONE global (`KpiSheets_`); the build then
 * generates the top-level functions Apps Script needs (custom functions, triggers, menu
 * handlers, sidebar endpoints), each delegating here.
 */
export { runKpi } from './custom-functions';
export { onOpen, onInstall, showSidebar, showFunctionHelp } from './menu';
export { api } from './api';
/** The build enumerates this to generate stubs + JSDoc (esbuild drops JSDoc; the registry is the truth). */
export { REGISTRY as registry } from '../kpi/registry';
