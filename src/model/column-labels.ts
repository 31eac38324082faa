/**
 * Header labels of the model's columns, for people (the sidebar preview). Kept out of schema.ts so
 * the server bundle, which needs only names, types and keys, does not carry them.
 */

/** Labels that are not the column name in sentence case. */
const LABELS: Record<string, string> = {
  post_id: 'Post ID',
  url: 'URL',
  watch_time_hours: 'Watch time (hours)',
  ctr_reported: 'CTR (reported)',
  engagement_rate_reported: 'Engagement rate (reported)',
  followers_total: 'Followers (total)',
  campaign_id: 'Campaign ID',
  source_medium: 'Source / medium',
  profile_url: 'Profile URL',
  invitation: 'Invitation (sent/received)',
  conversation_id: 'Conversation ID',
  direction: 'Direction (sent/received)',
  partner_url: 'Partner profile URL',
  opens: 'Opens the conversation (1/0)',
  replied: 'Got a reply (1/0, on openings you sent)',
  reply_hours: 'Hours to first reply',
  week_first: 'First message of the conversation in its ISO week (1/0)',
};

/** `watch_time_hours` → `Watch time (hours)`, `impressions` → `Impressions`. */
export function columnLabel(column: string): string {
  const own = LABELS[column];
  if (own) return own;
  const words = column.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
