/** JSON snapshots of the emulated spreadsheet (the workbench persists state to a file). */
import { Layer } from './layers';
import { STYLE_KEYS, type BookData, type SheetData, type StyleKey, type StyleValue } from './model';

type LayerJSON<T> = [number, number, T][];
type SheetJSON = Omit<SheetData, 'values' | 'formulas' | 'formats' | 'notes' | 'styles'> & {
  values: LayerJSON<string | number | boolean | null>;
  formulas: LayerJSON<string>;
  formats: LayerJSON<string>;
  notes: LayerJSON<string>;
  styles: Record<string, LayerJSON<StyleValue>>;
};
export type BookSnapshot = Omit<BookData, 'sheets'> & { version: 1; sheets: SheetJSON[] };

export function toSnapshot(book: BookData): BookSnapshot {
  return JSON.parse(JSON.stringify({ version: 1, ...book })) as BookSnapshot;
}

export function fromSnapshot(snap: BookSnapshot): BookData {
  if (!snap || snap.version !== 1 || !Array.isArray(snap.sheets)) {
    throw new Error(
      'Not a kpi-sheets emulator snapshot (expected { version: 1, sheets: [...] }); delete the state file to start fresh.',
    );
  }
  const sheets = snap.sheets.map((s): SheetData => {
    const styles = {} as Record<StyleKey, Layer<StyleValue>>;
    for (const k of STYLE_KEYS) styles[k] = Layer.fromJSON(s.styles?.[k] ?? []);
    return {
      ...s,
      values: Layer.fromJSON(s.values),
      formulas: Layer.fromJSON(s.formulas),
      formats: Layer.fromJSON(s.formats),
      notes: Layer.fromJSON(s.notes ?? []),
      styles,
    };
  });
  const { version: _v, ...rest } = snap;
  return { ...rest, sheets };
}
