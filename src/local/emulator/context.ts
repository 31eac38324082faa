/** What every emulated object shares: the book data, the call counter, the evaluator and the Date constructor to hand out. */
import type { Evaluator } from '../hyperformula-evaluator';
import type { CallCounter } from './counter';
import type { BookData } from './model';

export interface EmuContext {
  book: BookData;
  counter: CallCounter;
  evaluator: Evaluator;
  /** Date constructor of the realm the code under test runs in (a node:vm context has its own). */
  DateCtor: DateConstructor;
  /** Menus, sidebars, dialogs, alerts and toasts shown, for tests and the workbench. */
  ui: UiEvent[];
  /** Resolves HtmlService.createHtmlOutputFromFile names (the workbench points it at dist/). */
  readHtmlFile?: (name: string) => string;
}

export type UiEvent =
  | { kind: 'menu'; name: string; items: { caption: string; fn: string }[] }
  | { kind: 'sidebar' | 'dialog'; title: string; html: string }
  | { kind: 'alert' | 'toast'; message: string };
