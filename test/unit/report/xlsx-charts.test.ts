/**
 * The chart-part writer: a chart is its type, title, category and series ranges and an anchor; it
 * lands in the package as a chart part, a drawing, their relationships and content types, and the
 * workbook stays readable by exceljs and SheetJS.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { addCharts, chartXml, drawingXml, type ChartPart } from '../../../src/local/report/xlsx-charts';
import { relocateFormula, type Relocation } from '../../../src/local/report/calc-sheet';
import { chartPartOf, chartRef, sheetCharts } from '../../../src/local/report/sheet-charts';
import { calcSheetName } from '../../../src/local/report/build-report';
import { createSpreadsheet } from '../../../src/local/emulator';
import { readXlsx } from './support';

const COMBO: ChartPart = {
  type: 'column',
  title: 'Impressions by week <vs> "previous" & more\uFFFE',
  categories: "'KPI tab'!$A$40:$A$52",
  series: [
    { name: 'This period', values: "'KPI tab'!$C$40:$C$52" },
    { name: 'Previous period', values: "'KPI tab'!$D$40:$D$52", type: 'line' },
  ],
  from: { col: 9, row: 14 },
  width: 480,
  height: 300,
};

describe('chartXml', () => {
  const xml = chartXml(COMBO);
  it('draws each series from its range, over the category range, by its own type', () => {
    expect(xml).toMatch(
      /<c:barChart><c:barDir val="col"\/>.*<c:f>'KPI tab'!\$C\$40:\$C\$52<\/c:f>.*<\/c:barChart>/,
    );
    expect(xml).toMatch(/<c:lineChart>.*<c:f>'KPI tab'!\$D\$40:\$D\$52<\/c:f>.*<\/c:lineChart>/);
    expect(xml.match(/<c:cat><c:numRef><c:f>'KPI tab'!\$A\$40:\$A\$52<\/c:f>/g)).toHaveLength(2);
    expect(xml).toContain('<c:tx><c:v>Previous period</c:v></c:tx>');
  });
  it('escapes the title and drops characters XML cannot carry', () => {
    expect(xml).toContain('<a:t>Impressions by week &lt;vs&gt; &quot;previous&quot; &amp; more</a:t>');
    expect(xml).not.toContain('\uFFFE');
  });
  it('draws a mini chart without title, legend or axes', () => {
    const mini = chartXml({ ...COMBO, type: 'line', series: [COMBO.series[0]], mini: true });
    expect(mini).toContain('<c:autoTitleDeleted val="1"/>');
    expect(mini).not.toContain('<c:legend>');
    expect(mini.match(/<c:delete val="1"\/>/g)).toHaveLength(2);
  });
  it('draws a right-axis series against a second value axis on the right', () => {
    const two = chartXml({ ...COMBO, series: [COMBO.series[0], { ...COMBO.series[1], axis: 'right' }] });
    expect(two).toMatch(
      /<c:lineChart>.*\$D\$40:\$D\$52.*<c:axId val="500000003"\/><c:axId val="500000004"\/><\/c:lineChart>/,
    );
    expect(two).toMatch(/<c:valAx><c:axId val="500000004"\/>.*<c:axPos val="r"\/>.*<c:crosses val="max"\/>/);
    expect(xml).not.toContain('500000004');
  });
  it('refuses a chart with nothing to draw', () => {
    expect(() => chartXml({ ...COMBO, series: [] })).toThrow(/no series/);
  });
});

describe('drawingXml', () => {
  it('anchors a chart at its cell (0-based in the file) with its size in EMU', () => {
    const xml = drawingXml([COMBO]);
    expect(xml).toContain('<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row>');
    expect(xml).toContain(`<xdr:ext cx="${480 * 9525}" cy="${300 * 9525}"/>`);
    expect(xml).toContain('r:id="rId1"');
  });
});

describe('addCharts', () => {
  it('adds chart and drawing parts, relationships and content types that exceljs and SheetJS still read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPI tab');
    for (let r = 40; r <= 52; r++) ws.getRow(r).values = [r, null, r * 10, r * 9];
    ws.getCell('A1').note = 'a note, so the sheet already has relationships';
    const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    addCharts(files, 'xl/worksheets/sheet1.xml', [COMBO, { ...COMBO, title: 'Second' }]);
    const text = (p: string) => strFromU8(files[p]);
    expect(Object.keys(files).filter((p) => p.startsWith('xl/charts/'))).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
    ]);
    expect(text('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart2.xml"');
    const sheetRels = text('xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toMatch(/Id="rIdDrawing1" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/);
    expect(sheetRels).toContain('comments');
    // <drawing> comes before <legacyDrawing> (the schema's order).
    expect(text('xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rIdDrawing1"\/><legacyDrawing /);
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    const bytes = zipSync(files);
    expect((await readXlsx(bytes)).getWorksheet('KPI tab')!.getCell('C52').value).toBe(520);
    expect(XLSX.read(bytes).Sheets['KPI tab'].D40.v).toBe(360);
  });
});

describe('chartPartOf (a chart as the applier inserted it into the sheet)', () => {
  it('keeps the domain, each series with its legend and own type, the anchor and the size', () => {
    const sheet = createSpreadsheet().ctx.book.sheets[0];
    sheet.name = 'KPI tab';
    sheet.formats.set(40, 1, 'yyyy-mm-dd');
    sheet.formats.set(40, 3, '0.00%');
    const part = chartPartOf(
      {
        id: '1',
        type: 'COMBO',
        ranges: ["'KPI tab'!A40:A52", "'KPI tab'!C40:C52", "'KPI tab'!D40:D52"],
        anchorRow: 14,
        anchorCol: 9,
        offsetX: 0,
        offsetY: 0,
        options: {
          title: 'CTR by week',
          width: 480,
          height: 300,
          series: {
            0: { labelInLegend: 'This period' },
            1: { type: 'line', labelInLegend: 'Previous period' },
          },
        },
      },
      sheet,
    );
    expect(part).toEqual({
      type: 'column',
      title: 'CTR by week',
      categories: "'KPI tab'!$A$40:$A$52",
      categoryFormat: 'yyyy-mm-dd',
      valueFormat: '0.00%',
      series: [
        { name: 'This period', values: "'KPI tab'!$C$40:$C$52" },
        { name: 'Previous period', values: "'KPI tab'!$D$40:$D$52", type: 'line' },
      ],
      from: { col: 9, row: 14, dx: 0, dy: 0 },
      width: 480,
      height: 300,
    });
  });
});

describe('sheetCharts', () => {
  it('draws each SPARKLINE cell as a cell-sized chart of its range, a line unless its options ask for columns', () => {
    const sheet = createSpreadsheet().ctx.book.sheets[0];
    sheet.name = 'KPI tab';
    sheet.formulas.set(15, 7, '=SPARKLINE(C47:C59)');
    sheet.formulas.set(16, 7, '=SPARKLINE(D47:D59,{"charttype","column"})');
    sheet.formulas.set(17, 7, '=SUM(D47:D59)');
    sheet.formulas.set(18, 7, '=SPARKLINE(D47:D)');
    sheet.formulas.set(19, 7, '=SPARKLINE(D47:D59*2)');
    const charts = sheetCharts(sheet, () => ({ width: 115, height: 20 }));
    expect(charts.map((c) => [c.type, c.series[0].values, c.from.row, c.from.col, c.width, c.mini])).toEqual([
      ['line', "'KPI tab'!$C$47:$C$59", 15, 7, 111, true],
      ['column', "'KPI tab'!$D$47:$D$59", 16, 7, 111, true],
    ]);
  });
});

describe('chartRef', () => {
  it('qualifies and anchors a range for a chart series', () => {
    expect(chartRef('C40:C52', 'KPI tab')).toBe("'KPI tab'!$C$40:$C$52");
    expect(chartRef("'Data · Daily'!B2:B9", 'KPI tab')).toBe("'Data · Daily'!$B$2:$B$9");
  });
});

describe('relocateFormula (helper cells moved to the calculation sheet, same addresses)', () => {
  const rel: Relocation = {
    tab: 'KPI tab',
    calc: 'KPI tab – workings',
    rects: [{ row: 60, col: 1, numRows: 10, numCols: 3 }],
  };
  it('points the tab at moved cells and the moved cells back at the tab', () => {
    expect(relocateFormula('IF(OR($B$60="",$B$60=0),"",N($B$61)/$B$60)', 'tab', rel)).toBe(
      `IF(OR('KPI tab – workings'!$B$60="",'KPI tab – workings'!$B$60=0),"",N('KPI tab – workings'!$B$61)/'KPI tab – workings'!$B$60)`,
    );
    expect(
      relocateFormula(`SUMIFS('Data · Daily'!E2:E9,'Data · Daily'!D2:D9,">="&$B$5)+B61`, 'calc', rel),
    ).toBe(`SUMIFS('Data · Daily'!E2:E9,'Data · Daily'!D2:D9,">="&'KPI tab'!$B$5)+B61`);
  });
  it('leaves strings, function names and other sheets alone', () => {
    expect(relocateFormula(`IF(LOG10(B60)>1,"B60",'Other'!B60)`, 'tab', rel)).toBe(
      `IF(LOG10('KPI tab – workings'!B60)>1,"B60",'Other'!B60)`,
    );
  });
  it('refuses a range that would be split between the two sheets', () => {
    expect(() => relocateFormula('SUM(B55:B65)', 'tab', rel)).toThrow(/B55:B65.*both helper cells/);
  });
});

describe('calcSheetName', () => {
  it('names the calculation sheet after its tab, within 31 characters and unlike any other sheet', () => {
    expect(calcSheetName('LinkedIn Ads KPIs', new Set())).toBe('LinkedIn Ads KPIs – workings');
    const long = calcSheetName('A very long KPI tab title that goes on', new Set());
    expect(long).toBe('A very long KPI tab – workings');
    expect(long.length).toBeLessThanOrEqual(31);
    expect(calcSheetName('Growth KPIs', new Set(['Growth KPIs – workings']))).toBe(
      'Growth KPIs – workings 2',
    );
  });
});
