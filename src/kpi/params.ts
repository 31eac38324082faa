/** Parameter shapes reused across families: counts (may be negative, blank = 0), bases, money. */
import type { ParamDecl } from './define';

/** A count in a numerator: blank counts as 0; negative allowed (LinkedIn withdraws sponsored likes). */
export const count = (name: string, description: string, extra: Partial<ParamDecl> = {}): ParamDecl => ({
  name,
  description,
  type: 'range',
  blank: 'zero',
  ...extra,
});

/** A denominator: blank or 0 → blank result; negative → error. */
export const base = (name: string, description: string, extra: Partial<ParamDecl> = {}): ParamDecl => ({
  name,
  description,
  type: 'range',
  blank: 'blank',
  min: 0,
  ...extra,
});

/** Spend or cost: never negative; blank counts as 0 (nothing spent). */
export const money = (name: string, description: string, extra: Partial<ParamDecl> = {}): ParamDecl => ({
  name,
  description,
  type: 'range',
  blank: 'zero',
  min: 0,
  ...extra,
});

/** A value where 0 would be a false statement (revenue, end value): blank → blank result. */
export const known = (name: string, description: string, extra: Partial<ParamDecl> = {}): ParamDecl => ({
  name,
  description,
  type: 'range',
  blank: 'blank',
  ...extra,
});
