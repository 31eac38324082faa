/** What every view receives: the state, the format list for the picker, and the user's actions. */
import type { Event, State } from '../state';
import type { FormatChoice } from '../types';

export interface Actions {
  dispatch(e: Event): void;
  chooseFiles(files: File[]): void;
  startImport(): void;
  cancelImport(): void;
  createTab(): void;
  openTab(): void;
}

export interface ViewContext {
  state: State;
  formats: FormatChoice[];
  actions: Actions;
}
