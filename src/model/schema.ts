/**
 * The canonical model every importer maps to (../shared/EXPORTS.md "Canonical model").
 * Dates are ISO strings (google.script.run cannot carry Date); ids are text; numbers are numbers;
 * a blank is null. Columns a format lacks stay null; extra metrics are kept as extra columns.
 */
export type ColumnType = 'text' | 'id' | 'date' | 'datetime' | 'number' | 'percent' | 'currency' | 'count';

/** A model column; its header label for people lives in column-labels.ts (the sidebar's, not the server's). */
export interface ColumnDef {
  name: string;
  type: ColumnType;
}

export type TableName = 'posts' | 'daily' | 'campaigns' | 'web' | 'network' | 'conversations';

export interface TableDef {
  name: TableName;
  /** Data tab title the writer uses. */
  tab: string;
  columns: ColumnDef[];
  /** Natural key: each entry is a list of alternatives, the first non-blank one counts (post_id|url). */
  key: string[][];
}

const c = (name: string, type: ColumnType): ColumnDef => ({ name, type });

export const TABLES: Record<TableName, TableDef> = {
  posts: {
    name: 'posts',
    tab: 'Data · Posts',
    columns: [
      c('platform', 'text'),
      c('format', 'text'),
      c('post_id', 'id'),
      c('url', 'text'),
      c('published_at', 'datetime'),
      c('title', 'text'),
      c('post_type', 'text'),
      c('distribution', 'text'),
      c('campaign', 'text'),
      c('impressions', 'count'),
      c('reach', 'count'),
      c('views', 'count'),
      c('clicks', 'count'),
      c('reactions', 'count'),
      c('comments', 'count'),
      c('shares', 'count'),
      c('saves', 'count'),
      c('follows', 'count'),
      c('engagements', 'count'),
      c('video_completions', 'count'),
      c('watch_time_hours', 'number'),
      c('ctr_reported', 'percent'),
      c('engagement_rate_reported', 'percent'),
    ],
    key: [['platform'], ['post_id', 'url'], ['distribution'], ['campaign']],
  },
  daily: {
    name: 'daily',
    tab: 'Data · Daily',
    columns: [
      c('platform', 'text'),
      c('format', 'text'),
      c('account', 'text'),
      c('date', 'date'),
      c('impressions', 'count'),
      c('unique_impressions', 'count'),
      c('reach', 'count'),
      c('clicks', 'count'),
      c('reactions', 'count'),
      c('comments', 'count'),
      c('shares', 'count'),
      c('followers_total', 'count'),
      c('new_followers', 'count'),
      c('lost_followers', 'count'),
      c('profile_views', 'count'),
      c('video_views', 'count'),
      c('story_views', 'count'),
    ],
    key: [['platform'], ['account'], ['date']],
  },
  campaigns: {
    name: 'campaigns',
    tab: 'Data · Campaigns',
    columns: [
      c('platform', 'text'),
      c('format', 'text'),
      c('date', 'date'),
      c('account', 'text'),
      c('campaign_group', 'text'),
      c('campaign', 'text'),
      c('campaign_id', 'id'),
      c('creative', 'text'),
      c('currency', 'text'),
      c('spend', 'currency'),
      c('impressions', 'count'),
      c('reach', 'count'),
      c('clicks', 'count'),
      c('conversions', 'count'),
      c('leads', 'count'),
      c('conversion_value', 'currency'),
      c('video_views', 'count'),
      c('video_completions', 'count'),
    ],
    key: [['date'], ['campaign_id', 'campaign'], ['creative']],
  },
  web: {
    name: 'web',
    tab: 'Data · Web',
    columns: [
      c('date', 'date'),
      c('channel', 'text'),
      c('source_medium', 'text'),
      c('landing_page', 'text'),
      c('sessions', 'count'),
      c('users', 'count'),
      c('new_users', 'count'),
      c('engaged_sessions', 'count'),
      c('key_events', 'count'),
      c('revenue', 'currency'),
      // GA4 Pages and screens: the page dimension of reports that have no landing page.
      c('page_path', 'text'),
      c('page_title', 'text'),
    ],
    // A GA4 report has one page dimension: the landing page, or (Pages and screens) the page path or title.
    key: [['date'], ['channel'], ['source_medium'], ['landing_page', 'page_path', 'page_title']],
  },
  // Personal exports (LinkedIn member data). Privacy by design: the sheet is shared, so partners
  // appear only as the profile URL the key needs — no names, e-mails, notes, subjects or text.
  network: {
    name: 'network',
    tab: 'Data · Network',
    columns: [
      c('profile_url', 'text'),
      c('connected_on', 'date'),
      c('company', 'text'),
      c('position', 'text'),
      c('invited_on', 'date'),
      c('invitation', 'text'),
    ],
    key: [['profile_url']],
  },
  conversations: {
    name: 'conversations',
    tab: 'Data · Conversations',
    columns: [
      c('sent_at', 'datetime'),
      c('conversation_id', 'id'),
      c('direction', 'text'),
      c('partner_url', 'text'),
      c('opens', 'count'),
      c('replied', 'count'),
      c('reply_hours', 'number'),
      c('week_first', 'count'),
    ],
    // A message: its conversation, second and side (the partner follows from those).
    key: [['sent_at'], ['conversation_id'], ['direction']],
  },
};

/** The type of a table's model column (undefined for an extra column the export had). */
export function columnType(table: TableName, column: string): ColumnType | undefined {
  return TABLES[table].columns.find((c) => c.name === column)?.type;
}

/** A canonical value: ISO date strings, numbers, text; null = blank. */
export type CanonicalValue = string | number | null;

/** A canonical table as importers produce it and writers consume it (also the google.script.run payload shape). */
export interface CanonicalTable {
  table: TableName;
  /** Model columns first (in TABLES order), then any extra columns the export had. */
  columns: string[];
  rows: CanonicalValue[][];
}
