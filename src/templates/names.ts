/**
 * Named ranges are spreadsheet-wide in Sheets, so every tab's names carry its template's prefix:
 * `PERIOD_START` on the LinkedIn Page tab is `LINKEDIN_PAGE_PERIOD_START`, `KPI_CAC` on the growth
 * tab is `GROWTH_KPI_CAC`. Two KPI tabs never share (or steal) a name.
 */
export function namePrefix(template: string): string {
  return template.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export function scopedName(template: string, name: string): string {
  return `${namePrefix(template)}_${name}`;
}
