/**
 * A hidden helper sheet (import staging). `insertSheet` makes the new sheet the active one
 * (documented), so the user's tab is made active again at once instead of a hidden sheet.
 */
export function insertHiddenSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const userTab = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  sheet.hideSheet();
  userTab.activate();
  return sheet;
}
