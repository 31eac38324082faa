/**
 * The canonical model every importer maps to (../shared/EXPORTS.md "Canonical model").
 * Dates are ISO strings (google.script.run cannot carry Date); ids are text; numbers are numbers;
 * a blank is null. Columns a format lacks stay null; extra metrics are kept as extra columns.
 */
export type ColumnType = 'text' | 'id' | 'date' | 'datetime' | 'number' | 'percent' | 'currency' | 'count';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  label: string;
}

export type TableName = 'posts' | 'daily' | 'campaigns' | 'web';

export interface TableDef {
  name: TableName;
  /** Data tab title the writer uses. */
  tab: string;
  columns: ColumnDef[];
  /** Natural key: each entry is a list of alternatives, the first non-blank one counts (post_id|url). */
  key: string[][];
}

const c = (name: string, type: ColumnType, label: string): ColumnDef => ({ name, type, label });

export const TABLES: Record<TableName, TableDef> = {
  posts: {
    name: 'posts',
    tab: 'Data · Posts',
    columns: [
      c('platform', 'text', 'Platform'),
      c('format', 'text', 'Format'),
      c('post_id', 'id', 'Post ID'),
      c('url', 'text', 'URL'),
      c('published_at', 'datetime', 'Published at'),
      c('title', 'text', 'Title'),
      c('post_type', 'text', 'Post type'),
      c('distribution', 'text', 'Distribution'),
      c('campaign', 'text', 'Campaign'),
      c('impressions', 'count', 'Impressions'),
      c('reach', 'count', 'Reach'),
      c('views', 'count', 'Views'),
      c('clicks', 'count', 'Clicks'),
      c('reactions', 'count', 'Reactions'),
      c('comments', 'count', 'Comments'),
      c('shares', 'count', 'Shares'),
      c('saves', 'count', 'Saves'),
      c('follows', 'count', 'Follows'),
      c('engagements', 'count', 'Engagements'),
      c('video_completions', 'count', 'Video completions'),
      c('watch_time_hours', 'number', 'Watch time (hours)'),
      c('ctr_reported', 'percent', 'CTR (reported)'),
      c('engagement_rate_reported', 'percent', 'Engagement rate (reported)'),
    ],
    key: [['platform'], ['post_id', 'url'], ['distribution'], ['campaign']],
  },
  daily: {
    name: 'daily',
    tab: 'Data · Daily',
    columns: [
      c('platform', 'text', 'Platform'),
      c('format', 'text', 'Format'),
      c('account', 'text', 'Account'),
      c('date', 'date', 'Date'),
      c('impressions', 'count', 'Impressions'),
      c('unique_impressions', 'count', 'Unique impressions'),
      c('reach', 'count', 'Reach'),
      c('clicks', 'count', 'Clicks'),
      c('reactions', 'count', 'Reactions'),
      c('comments', 'count', 'Comments'),
      c('shares', 'count', 'Shares'),
      c('followers_total', 'count', 'Followers (total)'),
      c('new_followers', 'count', 'New followers'),
      c('lost_followers', 'count', 'Lost followers'),
      c('profile_views', 'count', 'Profile views'),
      c('video_views', 'count', 'Video views'),
      c('story_views', 'count', 'Story views'),
    ],
    key: [['platform'], ['account'], ['date']],
  },
  campaigns: {
    name: 'campaigns',
    tab: 'Data · Campaigns',
    columns: [
      c('platform', 'text', 'Platform'),
      c('format', 'text', 'Format'),
      c('date', 'date', 'Date'),
      c('account', 'text', 'Account'),
      c('campaign_group', 'text', 'Campaign group'),
      c('campaign', 'text', 'Campaign'),
      c('campaign_id', 'id', 'Campaign ID'),
      c('creative', 'text', 'Creative'),
      c('currency', 'text', 'Currency'),
      c('spend', 'currency', 'Spend'),
      c('impressions', 'count', 'Impressions'),
      c('reach', 'count', 'Reach'),
      c('clicks', 'count', 'Clicks'),
      c('conversions', 'count', 'Conversions'),
      c('leads', 'count', 'Leads'),
      c('conversion_value', 'currency', 'Conversion value'),
      c('video_views', 'count', 'Video views'),
      c('video_completions', 'count', 'Video completions'),
    ],
    key: [['date'], ['campaign_id', 'campaign'], ['creative']],
  },
  web: {
    name: 'web',
    tab: 'Data · Web',
    columns: [
      c('date', 'date', 'Date'),
      c('channel', 'text', 'Channel'),
      c('source_medium', 'text', 'Source / medium'),
      c('landing_page', 'text', 'Landing page'),
      c('sessions', 'count', 'Sessions'),
      c('users', 'count', 'Users'),
      c('new_users', 'count', 'New users'),
      c('engaged_sessions', 'count', 'Engaged sessions'),
      c('key_events', 'count', 'Key events'),
      c('revenue', 'currency', 'Revenue'),
      // GA4 Pages and screens: the page dimension of reports that have no landing page.
      c('page_path', 'text', 'Page path'),
      c('page_title', 'text', 'Page title'),
    ],
    // A GA4 report has one page dimension: the landing page, or (Pages and screens) the page path or title.
    key: [['date'], ['channel'], ['source_medium'], ['landing_page', 'page_path', 'page_title']],
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
