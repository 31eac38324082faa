/**
 * TEXT as Sheets computes it for the number formats KPI tabs use ("#,##0", "0.0%", "#,##0.00"):
 * HyperFormula's own TEXT ignores grouping and does not scale percentages (TEXT(0.066,"0.0%")
 * gives "0.1%"). Formats through the emulator's display formatter, so a cell and a sentence built
 * with TEXT read the same. Source: Google Docs Editors Help, TEXT (support.google.com/docs/answer/3094139).
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import { formatDisplay } from './emulator/number-format';
import { registerFunctions } from './hyperformula-register';

export class TextPlugin extends FunctionPlugin {
  text(ast: { args: never }, state: never) {
    return this.runFunction(ast.args, state, this.metadata('TEXT'), (value: unknown, format: string) => {
      const raw = typeof value === 'object' && value !== null && 'val' in value ? value.val : value;
      return typeof raw === 'number' ? formatDisplay(raw, format) : String(raw ?? '');
    });
  }
}

const IMPLEMENTED: ImplementedFunctions = {
  TEXT: {
    method: 'text',
    parameters: [
      { argumentType: FunctionArgumentType.SCALAR },
      { argumentType: FunctionArgumentType.STRING },
    ],
  },
};

let registered = false;

/** Replaces HyperFormula's TEXT (idempotent, process-wide). */
export function registerText(): void {
  if (registered) return;
  registered = true;
  HyperFormula.unregisterFunction('TEXT');
  registerFunctions(TextPlugin, IMPLEMENTED, ['enGB']);
}
