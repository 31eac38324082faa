/**
 * Native .xlsx charts. exceljs writes no charts, so this module adds the parts itself to the unzipped
 * package: one DrawingML chart part per chart (xl/charts/chartN.xml) whose series are formulas on the
 * report's own cells (so the chart follows the numbers when they change), one drawing part per sheet
 * anchoring them (xl/drawings/drawingN.xml), the relationships (sheet → drawing → charts), the
 * `<drawing>` element of the worksheet and the content-type overrides.
 * Shapes follow ECMA-376 Part 1 §21.2 (chart) and §20.5 (spreadsheet drawing); element order matters
 * to Excel, so it is the schema's sequence order.
 */
import { strFromU8, strToU8 } from 'fflate';
import { xmlChars } from './xml-text';

/** A cell corner: 1-based column and row of the cell, plus an offset into it in pixels. */
export interface ChartCorner {
  col: number;
  row: number;
  dx?: number;
  dy?: number;
}

export interface ChartSeriesPart {
  /** Legend text. */
  name?: string;
  /** Sheet-qualified reference of the values, e.g. `'KPI tab'!$C$40:$C$52`. */
  values: string;
  /** Overrides the chart's type for this series (a combo chart). */
  type?: 'line' | 'column';
  /** 'right': drawn against a second value axis on the right. */
  axis?: 'left' | 'right';
}

export interface ChartPart {
  type: 'line' | 'column';
  title: string;
  /** Sheet-qualified reference of the category (x axis) labels; omitted = 1, 2, 3 … */
  categories?: string;
  /** Number formats of the axis labels (e.g. "yyyy-mm-dd", "0.00%"); omitted = the cells' own. */
  categoryFormat?: string;
  valueFormat?: string;
  series: ChartSeriesPart[];
  /** Top-left corner: the chart moves with this cell and keeps its size (a oneCellAnchor, as openpyxl anchors charts). */
  from: ChartCorner;
  /** Size in pixels. */
  width: number;
  height: number;
  /** A cell-sized chart (a sparkline substitute): no title, legend, axes or gridlines. */
  mini?: boolean;
}

const EMU_PER_PX = 9525;
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** Series colours: Google Sheets' first chart colours, so the report looks like the tab. */
const COLOURS = ['4285F4', 'EA4335', 'FBBC04', '34A853', 'FF6D01', '46BDC6'];

/** Text as XML character data or attribute value (forbidden characters removed by the report's one path). */
export function xmlText(s: string): string {
  return xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const AX_CAT = 500000001;
const AX_VAL = 500000002;
const AX_CAT2 = 500000003;
const AX_VAL2 = 500000004;

function seriesXml(s: ChartSeriesPart, i: number, kind: 'line' | 'column', cat: string | undefined): string {
  const colour = COLOURS[i % COLOURS.length];
  const fill =
    kind === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    (s.name === undefined ? '' : `<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`) +
    fill +
    (cat ? `<c:cat><c:numRef><c:f>${xmlText(cat)}</c:f></c:numRef></c:cat>` : '') +
    `<c:val><c:numRef><c:f>${xmlText(s.values)}</c:f></c:numRef></c:val>` +
    (kind === 'line' ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

/** The chart part (xl/charts/chartN.xml) of one chart. */
export function chartXml(chart: ChartPart): string {
  if (!chart.series.length) throw new Error(`xlsx chart "${chart.title}": no series to draw.`);
  const kinds = chart.series.map((s) => s.type ?? chart.type);
  const right = chart.series.map((s) => s.axis === 'right');
  const group = (kind: 'line' | 'column', secondary: boolean) => {
    const sers = chart.series
      .map((s, i) =>
        kinds[i] === kind && right[i] === secondary ? seriesXml(s, i, kind, chart.categories) : '',
      )
      .join('');
    if (!sers) return '';
    const axes = secondary
      ? `<c:axId val="${AX_CAT2}"/><c:axId val="${AX_VAL2}"/>`
      : `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
    return kind === 'column'
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="80"/>${axes}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axes}</c:lineChart>`;
  };
  const groups = [false, true].map((sec) => group('column', sec) + group('line', sec)).join('');
  const hidden = chart.mini ? '1' : '0';
  // LibreOffice ignores sourceLinked on a category axis, so a known format is written out.
  const numFmt = (f: string | undefined) =>
    f
      ? `<c:numFmt formatCode="${xmlText(f)}" sourceLinked="0"/>`
      : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const axes =
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden}"/>` +
    `<c:axPos val="b"/>${numFmt(chart.categoryFormat)}<c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AX_VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden}"/>` +
    `<c:axPos val="l"/>${chart.mini ? '' : '<c:majorGridlines/>'}${numFmt(chart.valueFormat)}` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AX_CAT}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    // A second, hidden category axis and a value axis on the right for the right-axis series.
    (right.some(Boolean)
      ? `<c:catAx><c:axId val="${AX_CAT2}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>` +
        `<c:axPos val="b"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
        `<c:crossAx val="${AX_VAL2}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
        `<c:valAx><c:axId val="${AX_VAL2}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden}"/>` +
        `<c:axPos val="r"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
        `<c:tickLblPos val="nextTo"/><c:crossAx val="${AX_CAT2}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
      : '');
  const title = chart.mini
    ? '<c:autoTitleDeleted val="1"/>'
    : `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const legend = chart.mini ? '' : '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${groups}${axes}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    (chart.mini ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' : '') +
    `</c:chartSpace>`
  );
}

const emu = (px: number | undefined) => Math.round((px ?? 0) * EMU_PER_PX);
const marker = (c: ChartCorner) =>
  `<xdr:from><xdr:col>${c.col - 1}</xdr:col><xdr:colOff>${emu(c.dx)}</xdr:colOff>` +
  `<xdr:row>${c.row - 1}</xdr:row><xdr:rowOff>${emu(c.dy)}</xdr:rowOff></xdr:from>`;

/** The drawing part of one sheet: chart i is anchored at its cell and points at relationship rId(i+1). */
export function drawingXml(charts: ChartPart[]): string {
  const anchors = charts.map(
    (c, i) =>
      `<xdr:oneCellAnchor>${marker(c.from)}<xdr:ext cx="${emu(c.width)}" cy="${emu(c.height)}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(c.mini ? `Trend ${i + 1}` : c.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
  `</Relationships>`;

/** First n such that `prefix${n}.xml` is not a part yet. */
function freePart(files: Record<string, Uint8Array>, prefix: string): number {
  let n = 1;
  while (files[`${prefix}${n}.xml`]) n++;
  return n;
}

/** Worksheet children that come after `<drawing>` in CT_Worksheet's sequence. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/**
 * Adds `charts` to the worksheet part `sheetPath` (e.g. xl/worksheets/sheet1.xml) of an unzipped
 * package, in place: chart parts, one drawing part, their relationships and content types.
 */
export function addCharts(files: Record<string, Uint8Array>, sheetPath: string, charts: ChartPart[]): void {
  if (!charts.length) return;
  const sheet = files[sheetPath];
  if (!sheet) throw new Error(`xlsx: no worksheet part ${sheetPath} to draw charts on.`);
  let sheetXml = strFromU8(sheet);
  if (/<drawing\b/.test(sheetXml)) throw new Error(`xlsx: ${sheetPath} already has a drawing.`);
  const overrides: string[] = [];
  const drawingN = freePart(files, 'xl/drawings/drawing');
  const drawingPath = `xl/drawings/drawing${drawingN}.xml`;
  const chartRels = charts.map((c, i) => {
    const n = freePart(files, 'xl/charts/chart');
    files[`xl/charts/chart${n}.xml`] = strToU8(chartXml(c));
    overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>`);
    return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${n}.xml` };
  });
  files[drawingPath] = strToU8(drawingXml(charts));
  files[`xl/drawings/_rels/drawing${drawingN}.xml.rels`] = strToU8(relsXml(chartRels));
  overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);

  // The sheet → drawing relationship, next to the sheet's own (comments, VML) if it has some.
  const slash = sheetPath.lastIndexOf('/');
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = files[relsPath] ? strFromU8(files[relsPath]) : relsXml([]);
  const ids = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let k = 1;
  while (ids.has(`rIdDrawing${k}`)) k++;
  const rid = `rIdDrawing${k}`;
  files[relsPath] = strToU8(
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingN}.xml"/></Relationships>`,
    ),
  );
  if (!/xmlns:r=/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet')))))
    sheetXml = sheetXml.replace('<worksheet', `<worksheet xmlns:r="${NS_R}"`);
  const at = AFTER_DRAWING.exec(sheetXml)?.index ?? sheetXml.lastIndexOf('</worksheet>');
  files[sheetPath] = strToU8(`${sheetXml.slice(0, at)}<drawing r:id="${rid}"/>${sheetXml.slice(at)}`);

  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
}
