/** Registers a HyperFormula function plugin of ours: its function table and each function under its own name. */
import { HyperFormula, type FunctionPluginDefinition, type ImplementedFunctions } from 'hyperformula';

/** HyperFormula language codes the functions are named in (the same English name in each). */
type Language = 'enGB' | 'enUS';

export function registerFunctions(
  plugin: unknown,
  implemented: ImplementedFunctions,
  languages: readonly Language[],
): void {
  // HyperFormula reads a plugin's functions from its static `implementedFunctions`.
  (plugin as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  const names = Object.fromEntries(Object.keys(implemented).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(
    plugin as FunctionPluginDefinition,
    Object.fromEntries(languages.map((l) => [l, names])),
  );
}
