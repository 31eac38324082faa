/**
 * The SheetPlan as the server receives it from the sidebar (applyKpiTab): the sidebar builds plans
 * with src/templates, the server only validates and applies them, so its bundle carries this schema
 * instead of the templates. A plan is pure data — cells, formulas, formats, rules, charts, named
 * ranges, protections — and this schema checks its shape and every address before a cell is written.
 * The compile-time check below fails when src/templates/plan.ts gains a field this schema lacks.
 */
import * as v from 'valibot';
import { TABLES } from './schema';
import type { Same } from './type-equal';
import type { SheetPlan } from '../templates/plan';

/** Sheets' limits, as DESIGN.md lists them: 18,278 columns (ZZZ), 10 M cells, 50,000 characters per cell. */
const MAX_COLUMNS = 18_278;
const MAX_CELLS = 10_000_000;
const MAX_CELL_CHARS = 50_000;

/** Applying a plan replaces the tab of its title, so a plan can never be titled like a data tab. */
const DATA_TABS = new Set(Object.values(TABLES).map((t) => t.tab));

const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,7}$/i;
/** A1 range on the plan's tab ("B5", "A41:C90", "$D:$D", "A2:A"), optionally sheet-qualified ('Data · Posts'!E2:E). */
const RANGE =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(?=[$A-Z0-9])\$?[A-Z]{0,3}\$?\d{0,8}(?::\$?[A-Z]{0,3}\$?\d{0,8})?$/i;
/**
 * Named-range names Sheets accepts (Docs Editors Help "Name a range", support.google.com/docs/answer/63175):
 * letters, digits and "_", not starting with a digit, not TRUE/FALSE, 1–250 characters.
 */
const NAME = /^(?!(?:true|false)$)[A-Za-z_][A-Za-z0-9_]{0,249}$/i;

const text = (max = MAX_CELL_CHARS) =>
  v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const cell = v.pipe(v.string(), v.regex(CELL, 'must be one cell like B5'));
const sameTabRange = v.pipe(
  v.string(),
  v.regex(RANGE, 'must be an A1 range like A41:C90'),
  v.check((s) => !s.includes('!'), 'must be on the plan’s own tab'),
);
const range = v.pipe(v.string(), v.regex(RANGE, "must be an A1 range like 'Data · Posts'!E2:E"));
const count = (max: number) =>
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(max));
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #1a73e8'));
const formula = v.pipe(text(), v.startsWith('=', 'must start with "="'));
const unit = v.picklist(['percent', 'ratio', 'currency', 'count', 'per_week', 'minutes', 'score', 'text']);

const CellStyleSchema = v.object({
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  fontSize: v.optional(v.pipe(finite, v.minValue(1), v.maxValue(400))),
  fontColor: v.optional(colour),
  background: v.optional(colour),
  hAlign: v.optional(v.picklist(['left', 'center', 'right'])),
  vAlign: v.optional(v.picklist(['top', 'middle', 'bottom'])),
  wrap: v.optional(v.boolean()),
});

const PlanCellSchema = v.object({
  a1: cell,
  value: v.optional(
    v.union([text(), finite, v.boolean(), v.null()], 'must be text, a number, true/false or null'),
  ),
  formula: v.optional(formula),
  format: v.optional(text(500)),
  style: v.optional(CellStyleSchema),
  note: v.optional(text()),
  googleOnly: v.optional(v.boolean()),
  portable: v.optional(
    v.object({ formula: v.optional(formula), value: v.optional(v.union([text(), finite, v.null()])) }),
  ),
});

const ChartSchema = v.object({
  id: text(200),
  type: v.picklist(['line', 'column', 'combo']),
  title: text(500),
  anchor: cell,
  width: count(10_000),
  height: count(10_000),
  domain: range,
  series: v.array(
    v.object({
      range,
      name: v.optional(text(500)),
      type: v.optional(v.picklist(['line', 'column'])),
      axis: v.optional(v.picklist(['left', 'right'])),
    }),
  ),
});

export const SheetPlanSchema = v.pipe(
  v.object({
    version: v.literal(1),
    template: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must be a template id like linkedin-page')),
    title: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, 'cannot be blank'),
      v.maxLength(100), // a bound of ours (template titles are short), not a Sheets rule
      v.check((t) => !DATA_TABS.has(t), 'must not be the title of a data tab'),
    ),
    frozenRows: count(1000),
    frozenColumns: count(100),
    columnWidths: v.record(
      v.pipe(v.string(), v.regex(/^[A-Z]{1,3}$/, 'must be a column letter')),
      count(10_000),
    ),
    rowCount: v.pipe(count(MAX_CELLS), v.minValue(1)),
    columnCount: v.pipe(count(MAX_COLUMNS), v.minValue(1)),
    merges: v.array(sameTabRange),
    cells: v.array(PlanCellSchema),
    fills: v.optional(v.array(v.object({ range: sameTabRange, formulaR1C1: formula }))),
    conditionalRules: v.array(
      v.object({
        range: sameTabRange,
        formula: v.pipe(text(), v.minLength(1)),
        style: v.object({
          background: v.optional(colour),
          fontColor: v.optional(colour),
          bold: v.optional(v.boolean()),
        }),
      }),
    ),
    charts: v.array(ChartSchema),
    namedRanges: v.array(
      v.object({
        name: v.pipe(v.string(), v.regex(NAME, 'must be a named-range name like KPI_CTR')),
        a1: sameTabRange,
      }),
    ),
    protections: v.array(
      v.object({ a1: sameTabRange, description: text(1000), warningOnly: v.literal(true) }),
    ),
    tiles: v.array(
      v.object({
        key: text(200),
        label: text(500),
        kpi: v.optional(text(100)),
        unit,
        valueA1: cell,
        compareA1: cell,
        deltaA1: cell,
        targetA1: cell,
        higherIsBetter: v.boolean(),
      }),
    ),
    inputs: v.array(sameTabRange),
    helpers: v.optional(v.array(sameTabRange)),
    validations: v.optional(
      v.array(
        v.variant('kind', [
          v.object({
            range: sameTabRange,
            kind: v.literal('list'),
            values: v.pipe(v.array(text(200)), v.minLength(1), v.maxLength(500)),
            help: text(1000),
          }),
          v.object({ range: sameTabRange, kind: v.literal('date'), help: text(1000) }),
          v.object({
            range: sameTabRange,
            kind: v.literal('date-on-or-after'),
            start: cell,
            help: text(1000),
          }),
        ]),
      ),
    ),
  }),
  v.check(
    (p) => p.rowCount * p.columnCount <= MAX_CELLS,
    `must fit in a spreadsheet: at most ${MAX_CELLS.toLocaleString('en-US')} cells (rowCount × columnCount)`,
  ),
);

// Fails to compile when SheetPlan and the schema disagree (a new plan field must be validated here too).
export const SHEET_PLAN_SCHEMA_MATCHES: Same<v.InferOutput<typeof SheetPlanSchema>, SheetPlan> = true;
