/** The grid of one sheet: column letters, row numbers, display text; cells carry their A1, value and formula. */
import type { SheetView } from '../types';
import { chartSvg, sparkSvg } from './chart';

export const ROW_HEIGHT = 22;
const ROW_HEAD = 46;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function renderGrid(
  sheet: SheetView,
  onSelect: (a1: string, td: HTMLTableCellElement) => void,
): HTMLElement {
  const wrap = document.createElement('div');
  const cols = sheet.colWidths.length;
  const rows = Math.max(sheet.shownRows, 30);
  const table = document.createElement('table');
  table.className = 'grid';
  // Fixed layout needs an explicit width, or the browser stretches columns and charts land off their anchor.
  table.style.width = `${ROW_HEAD + sheet.colWidths.reduce((a, b) => a + b, 0)}px`;
  table.setAttribute('aria-label', `Sheet ${sheet.name}`);
  const colgroup = document.createElement('colgroup');
  const headCol = document.createElement('col');
  headCol.style.width = `${ROW_HEAD}px`;
  colgroup.append(headCol);
  for (const w of sheet.colWidths) {
    const c = document.createElement('col');
    c.style.width = `${w}px`;
    colgroup.append(c);
  }
  table.append(colgroup);
  const thead = document.createElement('thead');
  const hr = document.createElement('tr');
  hr.append(document.createElement('th'));
  for (let j = 1; j <= cols; j++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnLetters(j);
    hr.append(th);
  }
  thead.append(hr);
  table.append(thead);
  const tbody = document.createElement('tbody');
  for (let i = 0; i < rows; i++) {
    const tr = document.createElement('tr');
    if (sheet.frozenRows > 0 && i + 1 === sheet.frozenRows) tr.className = 'frozen-edge';
    const th = document.createElement('th');
    th.className = 'rowhead';
    th.scope = 'row';
    th.textContent = String(i + 1);
    tr.append(th);
    for (let j = 0; j < cols; j++) {
      const td = document.createElement('td');
      const a1 = `${columnLetters(j + 1)}${i + 1}`;
      td.dataset.a1 = a1;
      const cell = sheet.cells[i]?.[j] ?? null;
      if (cell) {
        td.textContent = cell.text;
        td.dataset.value = JSON.stringify(cell.value);
        if (cell.formula) td.dataset.formula = cell.formula;
        if (typeof cell.value === 'number' && !cell.align) td.className = 'num';
        if (cell.align) td.style.textAlign = cell.align;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.color) td.style.color = cell.color;
        if (cell.background) td.style.background = cell.background;
        if (cell.spark) td.append(sparkSvg(cell.spark));
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  table.addEventListener('click', (ev) => {
    const td = (ev.target as HTMLElement).closest('td');
    if (td?.dataset.a1) onSelect(td.dataset.a1, td);
  });
  wrap.append(table);
  if (sheet.rowCount > sheet.shownRows) {
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = `Showing the first ${sheet.shownRows} of ${sheet.rowCount} rows (download the .xlsx for all).`;
    wrap.append(p);
  }
  for (const c of sheet.charts) {
    const box = document.createElement('figure');
    box.className = 'chart';
    box.dataset.chart = c.id;
    const left = ROW_HEAD + sheet.colWidths.slice(0, Math.max(0, c.col - 1)).reduce((a, b) => a + b, 0);
    box.style.left = `${left}px`;
    box.style.top = `${ROW_HEIGHT * c.row}px`;
    box.style.margin = '0';
    box.append(chartSvg(c));
    wrap.append(box);
  }
  return wrap;
}
