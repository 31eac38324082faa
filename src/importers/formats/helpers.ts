/** Shorthand for declarative format files. */
import type { ColumnRule, ValueKind } from '../types';

export const col = (to: string, aliases: string[], kind?: ValueKind): ColumnRule =>
  kind ? { to, aliases, kind } : { to, aliases };

/** The LinkedIn member export's promise, shown before import (DESIGN.md "Privacy"). */
export const MEMBER_PRIVACY =
  'Private by design: only profile links, companies, positions, dates and message counts are imported. Names, e-mail addresses, invitation notes, message subjects and message text never reach your spreadsheet (it is shared with stakeholders).';

/** LinkedIn post ids live in the permalink: `…/urn:li:activity:7212345678901234567`. */
export const LINKEDIN_POST_ID = /(?:activity|share|ugcPost)(?::|%3A)(\d{10,})/i;

/** Organic / Sponsored / Total rows of one boosted post (any case). */
export const DISTRIBUTION_VALUES: Record<string, string> = {
  organic: 'organic',
  sponsored: 'sponsored',
  total: 'total',
  orgânico: 'organic',
  patrocinado: 'sponsored',
  orgánico: 'organic',
};
