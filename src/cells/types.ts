/** What Google Sheets hands a custom function: a scalar or a 2-D array (a range). Blanks are "". */
export type CellInput = number | string | boolean | Date | null | undefined;
export type ArgInput = CellInput | CellInput[][];

/** What a custom function may return: Sheets-storable scalars or a 2-D array of them (spills). */
export type CellOutput = number | string | boolean;
export type KpiResult = CellOutput | CellOutput[][];
