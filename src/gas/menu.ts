import { REGISTRY } from '../kpi/registry';
import { functionHelpHtml } from './function-help';

/**
 * Menu items name top-level functions (showSidebar, showFunctionHelp); scripts/stubs.cjs emits them.
 * Runs in AuthMode.NONE/LIMITED (before the add-on is authorized in this file): build the
 * menu and nothing else — no property reads, no sheet access, no sidebar.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open kpi-sheets', 'showSidebar')
    .addItem('Function help', 'showFunctionHelp')
    .addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open file, so do it here. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('kpi-sheets');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showFunctionHelp(): void {
  const html = HtmlService.createHtmlOutput(functionHelpHtml(REGISTRY)).setWidth(900).setHeight(600);
  SpreadsheetApp.getUi().showModelessDialog(html, 'kpi-sheets functions');
}
