import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * Google Analytics 4 report export (seen in copies): `#` comment lines (`# ----`, the report's name,
 * `# Account: …`, `# Property: …`, `# Start date: YYYYMMDD`, `# End date: …`), then one or more
 * tables separated by blank lines and `#` lines. `Date` is YYYYMMDD; rates may be fractions or
 * `62.5%`. Tables without a date dimension are period totals and keep date blank.
 * - Reports snapshot (seen, ../shared/EXPORTS.md): many sections; daily series are keyed `Nth day`
 *   (0000 = the start date), one metric per section, so the days of all sections meet on one row each.
 * - Pages and screens (seen, EXPORTS.md; public GA4 parsers read `Page path and screen class,Views,
 *   Active users`): one row per page path.
 */
const METRICS = [
  col('sessions', ['Sessions', 'Sessões', 'Sesiones']),
  col('users', ['Total users', 'Users', 'Active users', 'Usuários', 'Usuarios']),
  col('new_users', ['New users', 'Novos usuários', 'Usuarios nuevos']),
  col('engaged_sessions', ['Engaged sessions', 'Sessões engajadas', 'Sesiones con interacción']),
  col('key_events', ['Key events', 'Conversions', 'Eventos principais', 'Eventos clave']),
  col('revenue', ['Total revenue', 'Revenue', 'Purchase revenue', 'Receita total', 'Ingresos totales']),
  col('views', ['Views'], 'count'),
  col('event_count', ['Event count'], 'count'),
  col(
    'engagement_rate',
    ['Engagement rate', 'Taxa de engajamento', 'Porcentaje de interacciones'],
    'percent',
  ),
  col('bounce_rate', ['Bounce rate', 'Taxa de rejeição'], 'percent'),
  col(
    'average_engagement_time_sec',
    ['Average engagement time per session', 'Average engagement time'],
    'number',
  ),
];

export const ga4: FormatDef = {
  id: 'ga4',
  name: 'Google Analytics 4',
  platform: 'google-analytics',
  description:
    'Google Analytics 4 report exported as CSV (traffic acquisition, landing pages, pages and screens, reports snapshot).',
  evidence: 'seen',
  fileName: /ga4|analytics|acquisition|landing|traffic|snapshot|pages_and_screens/i,
  sections: [
    {
      id: 'report',
      table: 'web',
      signature: [
        'sessions|users|key_events|views|new_users',
        'date|channel|source_medium|landing_page|page_path|page_title',
      ],
      dates: 'yyyymmdd',
      percent: 'auto',
      dropRows: [
        { to: 'channel', pattern: /^(grand )?total$/i, reason: 'report total row' },
        { to: 'date', pattern: /^(grand )?total$/i, reason: 'report total row' },
        { to: 'page_path', pattern: /^(grand )?total$/i, reason: 'report total row' },
      ],
      columns: [
        col('date', ['Date', 'Data', 'Fecha', 'Datum']),
        col('date', ['Nth day'], 'day-index'),
        col('channel', [
          'Session primary channel group (Default Channel Group)',
          'Session default channel group',
          'First user primary channel group (Default Channel Group)',
          'First user default channel group',
          'Default channel group',
          'Primary channel group (Default Channel Group)',
        ]),
        col('source_medium', ['Session source / medium', 'First user source / medium', 'Source / medium']),
        col('landing_page', ['Landing page', 'Landing page + query string', 'Página de destino']),
        col('page_path', ['Page path and screen class', 'Page path + query string and screen class'], 'text'),
        col('page_title', ['Page title and screen class'], 'text'),
        ...METRICS,
      ],
    },
    {
      // Breakdowns the model has no table for: recognised so they are refused by name, never
      // folded into the dated rows.
      id: 'other-breakdown',
      table: 'web',
      signature: ['users|sessions|event_count|views|new_users', 'other_dimension'],
      dates: 'yyyymmdd',
      percent: 'auto',
      refuse: {
        reason:
          'it breaks figures down by a dimension the spreadsheet does not keep (country, city, region, language, event, device, platform, age, gender, audience)',
        action:
          'export reports by date, channel, source / medium, landing page or page instead, e.g. Traffic acquisition or Pages and screens',
      },
      columns: [
        col('other_dimension', [
          'Country',
          'City',
          'Region',
          'Language',
          'Event name',
          'Device category',
          'Platform',
          'Age',
          'Gender',
          'Audience name',
          'Interests',
        ]),
        ...METRICS,
      ],
    },
  ],
};
