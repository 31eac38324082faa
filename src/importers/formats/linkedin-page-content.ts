import type { FormatDef } from '../types';
import { DISTRIBUTION_VALUES, LINKEDIN_POST_ID, col } from './helpers';

/**
 * LinkedIn Page content export (seen, real file 2025): XLS/XLSX with `Metrics` (one row per day)
 * and `All posts`. A1 is a description sentence, the header is on row 2. Dates are MM/DD/YYYY text
 * (UTC); rates are fractions. A boosted post has Organic, Sponsored (one per campaign) and Total
 * rows with the same link: kept apart by `distribution` so totals never double-count.
 */
export const linkedinPageContent: FormatDef = {
  id: 'linkedin-page-content',
  name: 'LinkedIn Page — Content',
  platform: 'linkedin',
  description: 'LinkedIn Page analytics, Content export: posts (All posts) and daily metrics (Metrics).',
  evidence: 'seen',
  fileName: /content|linkedin/i,
  // `<page>_content_<ms>.xlsx`: the Page's name, then the download's epoch milliseconds (the file name
  // of Page content downloads, as reproduced in issue #10; not yet in a public sample).
  accountFromFileName: /^(.+?)_content_\d{12,14}\.xlsx?$/i,
  sections: [
    {
      id: 'all-posts',
      table: 'posts',
      signature: ['url', 'impressions', 'clicks', 'title'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin' },
      defaults: { distribution: 'organic' },
      valueMap: { distribution: DISTRIBUTION_VALUES },
      derive: [{ to: 'post_id', from: 'url', pattern: LINKEDIN_POST_ID }],
      requireAny: ['url', 'title'],
      columns: [
        col('title', ['Post title', 'Update title', 'Título da publicação', 'Título de la publicación']),
        col('url', ['Post link', 'Update link', 'Link da publicação', 'Enlace de la publicación']),
        col('distribution', ['Post type', 'Update type', 'Tipo de publicação', 'Tipo de publicación']),
        col('campaign', ['Campaign name', 'Nome da campanha', 'Nombre de la campaña']),
        col('posted_by', ['Posted by', 'Publicado por'], 'text'),
        col('published_at', ['Created date', 'Data de criação', 'Fecha de creación']),
        col('campaign_start_date', ['Campaign start date'], 'date'),
        col('campaign_end_date', ['Campaign end date'], 'date'),
        col('audience', ['Audience', 'Público'], 'text'),
        col('impressions', ['Impressions', 'Impressões', 'Impresiones']),
        col('views', ['Views', 'Visualizações']),
        col('offsite_views', ['Offsite Views'], 'count'),
        col('clicks', ['Clicks', 'Cliques', 'Clics']),
        col('ctr_reported', ['Click through rate (CTR)', 'Taxa de cliques (CTR)']),
        col('reactions', ['Likes', 'Reactions', 'Reações', 'Reacciones']),
        col('comments', ['Comments', 'Comentários', 'Comentarios']),
        col('shares', ['Reposts', 'Shares', 'Compartilhamentos', 'Veces compartido']),
        col('follows', ['Follows', 'Seguidores']),
        col('engagement_rate_reported', ['Engagement rate', 'Taxa de engajamento', 'Tasa de interacción']),
        col('post_type', ['Content Type', 'Tipo de conteúdo', 'Tipo de contenido']),
      ],
    },
    {
      id: 'metrics',
      table: 'daily',
      sheet: /metrics|métricas/i,
      signature: ['date', 'impressions', 'impressions_organic'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha']),
        col('impressions_organic', ['Impressions (organic)'], 'count'),
        col('impressions_sponsored', ['Impressions (sponsored)'], 'count'),
        col('impressions', ['Impressions (total)']),
        col('unique_impressions', ['Unique impressions (organic)']),
        col('clicks_organic', ['Clicks (organic)'], 'count'),
        col('clicks_sponsored', ['Clicks (sponsored)'], 'count'),
        col('clicks', ['Clicks (total)']),
        col('reactions_organic', ['Reactions (organic)'], 'count'),
        col('reactions_sponsored', ['Reactions (sponsored)'], 'count'),
        col('reactions', ['Reactions (total)']),
        col('comments_organic', ['Comments (organic)'], 'count'),
        col('comments_sponsored', ['Comments (sponsored)'], 'count'),
        col('comments', ['Comments (total)']),
        col('reposts_organic', ['Reposts (organic)'], 'count'),
        col('reposts_sponsored', ['Reposts (sponsored)'], 'count'),
        col('shares', ['Reposts (total)']),
        col('engagement_rate_organic', ['Engagement rate (organic)'], 'percent'),
        col('engagement_rate_sponsored', ['Engagement rate (sponsored)'], 'percent'),
        col('engagement_rate_total', ['Engagement rate (total)'], 'percent'),
      ],
    },
  ],
};
