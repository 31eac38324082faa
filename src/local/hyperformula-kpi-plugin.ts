/**
 * HyperFormula plugin that registers every registry KPI as a spreadsheet function, so the local
 * workbench and emulator evaluate `=CTR(B2:B10, C2:C10)` with the very compute the Apps Script
 * stubs call. Arguments are converted to what Sheets hands a custom function (blanks as "",
 * 2-D arrays for ranges); results spill when they are arrays; a thrown Error becomes #VALUE!
 * carrying the message.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { ArgInput, CellInput, KpiResult } from '../cells/types';
import { REGISTRY } from '../kpi/registry';
import type { KpiDef } from '../kpi/types';
import { registerFunctions } from './hyperformula-register';

// HyperFormula's AST and interpreter state are internal types; the plugin only passes them through.
type Ast = { args: unknown[] };
type State = unknown;
type Scalar = unknown;

/** One HyperFormula value → the value Sheets would pass: "" for blank, a plain number for rich numbers. */
function toCell(v: Scalar): CellInput | CellError {
  if (v === EmptyValue || v === undefined || v === null) return '';
  if (v instanceof CellError) return v;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // Dates, percents and currencies are RichNumber objects holding the number in `val`.
  const val = (v as { val?: unknown }).val;
  return typeof val === 'number' ? val : String(v);
}

/** A whole argument: ranges become 2-D arrays; the first error inside propagates. */
function toArg(v: unknown): ArgInput | CellError {
  if (v instanceof SimpleRangeValue) {
    const out: CellInput[][] = [];
    for (const row of v.data) {
      const r: CellInput[] = [];
      for (const x of row) {
        const c = toCell(x);
        if (c instanceof CellError) return c;
        r.push(c);
      }
      out.push(r);
    }
    return out;
  }
  return toCell(v);
}

function toResult(r: KpiResult): unknown {
  if (!Array.isArray(r)) return r;
  return SimpleRangeValue.onlyValues(r as (number | string | boolean)[][]);
}

function run(k: KpiDef, values: unknown[]): unknown {
  const args: ArgInput[] = [];
  for (const v of values) {
    const a = toArg(v);
    if (a instanceof CellError) return a;
    args.push(a);
  }
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  try {
    return toResult(k.compute(args));
  } catch (e) {
    return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
  }
}

/** A blank-filled argument of the given size, to learn the result's shape from the compute itself. */
function blankOfSize(size: ArraySize): ArgInput {
  if (size.width === 1 && size.height === 1 && !size.isRef) return '';
  return Array.from({ length: size.height }, () => Array.from({ length: size.width }, () => ''));
}

function predictSize(k: KpiDef, sizes: ArraySize[]): ArraySize {
  try {
    const r = k.compute(sizes.map(blankOfSize));
    return Array.isArray(r) ? new ArraySize(r[0]?.length ?? 1, r.length) : ArraySize.scalar();
  } catch {
    // Bad shapes show as an error at evaluation, with the compute's message.
    return ArraySize.scalar();
  }
}

const methodName = (k: KpiDef) => `kpi_${k.name}`;
const sizeName = (k: KpiDef) => `kpiSize_${k.name}`;

/** The plugin class and its function table: one function per registry KPI. */
function buildPlugin(): { plugin: typeof FunctionPlugin; implemented: ImplementedFunctions } {
  const implemented: ImplementedFunctions = {};
  class KpiPlugin extends FunctionPlugin {}
  const proto = KpiPlugin.prototype as unknown as Record<string, unknown>;
  for (const k of REGISTRY) {
    implemented[k.name] = {
      method: methodName(k),
      sizeOfResultArrayMethod: sizeName(k),
      vectorizationForbidden: true,
      parameters: k.params.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: !!p.optional,
      })),
    };
    proto[methodName(k)] = function (this: KpiPlugin, ast: Ast, state: State) {
      const self = this as unknown as {
        runFunction: (a: unknown[], s: State, m: unknown, f: (...x: unknown[]) => unknown) => unknown;
        metadata: (n: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(k.name), (...values: unknown[]) =>
        run(k, values),
      );
    };
    proto[sizeName(k)] = function (this: KpiPlugin, ast: Ast, state: State) {
      const self = this as unknown as { arraySizeForAst: (a: unknown, s: State) => ArraySize };
      return predictSize(
        k,
        ast.args.map((a) => self.arraySizeForAst(a, state)),
      );
    };
  }
  return { plugin: KpiPlugin, implemented };
}

/** Registers the KPI functions with HyperFormula (all instances built afterwards). Safe to call repeatedly. */
export function registerKpiPlugin(): void {
  if (HyperFormula.getFunctionPlugin(REGISTRY[0].name)) return;
  const { plugin, implemented } = buildPlugin();
  registerFunctions(plugin, implemented, ['enGB', 'enUS']);
}
