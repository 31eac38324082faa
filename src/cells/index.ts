export type { ArgInput, CellInput, CellOutput, KpiResult } from './types';
export { parseNumberText, isBlank } from './parse-number';
export { dateToSerial, civilToSerial, parseIsoDateText, isDate } from './date-serial';
export { describeValue, shapeLabel, positionLabel, argError, type ArgContext } from './describe';
export { toGrid, isSingle, type Grid } from './grid';
export { columnLetter, columnIndex } from './a1';
export { coerceNumber, coerceText, BLANK, type NumberRule } from './coerce';
export {
  elementwise,
  numericColumn,
  checkArity,
  CellProblem,
  type Column,
  type ElementParam,
  type ElementFn,
} from './elementwise';
