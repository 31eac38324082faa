import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * Google Analytics 4 report export (seen in copies): `#` comment lines (title, account, start and
 * end date), then one or more tables separated by blank lines. `Date` is YYYYMMDD; rates may be
 * fractions or `62.5%`. Tables without a date dimension are period totals and keep date blank.
 */
export const ga4: FormatDef = {
  id: 'ga4',
  name: 'Google Analytics 4',
  platform: 'google-analytics',
  description:
    'Google Analytics 4 report exported as CSV (traffic acquisition, landing pages, daily sessions).',
  evidence: 'seen',
  fileName: /ga4|analytics|acquisition|landing|traffic/i,
  sections: [
    {
      id: 'report',
      table: 'web',
      signature: ['sessions|users|key_events', 'date|channel|source_medium|landing_page'],
      dates: 'yyyymmdd',
      percent: 'auto',
      dropRows: [
        { to: 'channel', pattern: /^(grand )?total$/i, reason: 'report total row' },
        { to: 'date', pattern: /^(grand )?total$/i, reason: 'report total row' },
      ],
      columns: [
        col('date', ['Date', 'Data', 'Fecha', 'Datum']),
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
        col('sessions', ['Sessions', 'Sessões', 'Sesiones']),
        col('users', ['Total users', 'Users', 'Active users', 'Usuários', 'Usuarios']),
        col('new_users', ['New users', 'Novos usuários', 'Usuarios nuevos']),
        col('engaged_sessions', ['Engaged sessions', 'Sessões engajadas', 'Sesiones con interacción']),
        col('key_events', ['Key events', 'Conversions', 'Eventos principais', 'Eventos clave']),
        col('revenue', ['Total revenue', 'Revenue', 'Purchase revenue', 'Receita total', 'Ingresos totales']),
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
      ],
    },
  ],
};
