/** Where a KPI tab's period lives, and the formula windows that read it. */
import type { Window } from './formulas';

/** The reporting period and the comparison period as formula windows. */
export const CURRENT: Window = { start: '$B$5', end: '$B$6', period: 'current', workings: true };
export const COMPARE: Window = { start: '$B$8', end: '$B$9', period: 'compare', workings: true };

/** The share of a window's days the data must cover before a change is shown (typed on the tab). */
export const COVERAGE_RULE = '$B$10';
