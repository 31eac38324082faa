import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * TikTok Studio exports (seen in copies): a ZIP per section, CSV UTF-8 + BOM, all fields quoted.
 * Dates have NO year (`"September 25"`, `"28 May"`): the year comes from the ZIP name
 * (`Overview_2025-08-28_…`) and rolls back across New Year. Follower differences may be negative.
 */
export const tiktokStudio: FormatDef = {
  id: 'tiktok-studio',
  name: 'TikTok Studio',
  platform: 'tiktok',
  description: 'TikTok Studio analytics export (Overview, FollowerHistory, Content), any UI language.',
  evidence: 'seen',
  fileName: /overview|follower|content|tiktok/i,
  sections: [
    {
      id: 'overview',
      table: 'daily',
      sheet: /overview|visão geral|resumen/i,
      signature: ['date', 'video_views', 'profile_views'],
      dates: 'no-year',
      percent: 'fraction',
      constants: { platform: 'tiktok' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha', 'Datum']),
        col('video_views', [
          'Video Views',
          'Visualizações de vídeos',
          'Visualizaciones de videos',
          'Videoaufrufe',
        ]),
        col('profile_views', [
          'Profile Views',
          'Visualizações do perfil',
          'Visualizaciones del perfil',
          'Profilaufrufe',
        ]),
        col('reactions', ['Likes', 'Curtidas', 'Me gusta', 'Gefällt mir']),
        col('comments', ['Comments', 'Comentários', 'Comentarios', 'Kommentare']),
        col('shares', ['Shares', 'Compartilhamentos', 'Veces compartido', 'Geteilt']),
      ],
    },
    {
      id: 'followers',
      table: 'daily',
      sheet: /follower|seguidores/i,
      signature: ['date', 'followers_total', 'followers_change'],
      dates: 'no-year',
      percent: 'fraction',
      constants: { platform: 'tiktok' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha', 'Datum']),
        col('followers_total', ['Followers', 'Seguidores', 'Follower']),
        col(
          'followers_change',
          [
            'Difference in followers from previous day',
            'Diferença de seguidores em relação ao dia anterior',
            'Diferencia de seguidores con respecto al día anterior',
          ],
          'count',
        ),
      ],
    },
    {
      id: 'content',
      table: 'posts',
      sheet: /content|conteúdo|contenido/i,
      signature: ['url', 'views'],
      dates: 'no-year',
      percent: 'fraction',
      constants: { platform: 'tiktok', post_type: 'video' },
      derive: [{ to: 'post_id', from: 'url', pattern: /\/video\/(\d+)/ }],
      requireAny: ['url'],
      columns: [
        col('title', ['Video title', 'Título do vídeo', 'Título del video']),
        col('url', ['Video link', 'Link do vídeo', 'Enlace del video']),
        col('published_at', ['Post time', 'Horário da publicação', 'Hora de publicación']),
        col('reactions', ['Total likes', 'Total de curtidas', 'Total de me gusta']),
        col('comments', ['Total comments', 'Total de comentários', 'Total de comentarios']),
        col('shares', ['Total shares', 'Total de compartilhamentos', 'Total de veces compartido']),
        col('views', ['Total views', 'Total de visualizações', 'Total de visualizaciones']),
      ],
    },
  ],
  // Other files of the TikTok Studio download (EXPORTS.md, seen): not daily account metrics.
  notImported: [
    { sheet: /viewers/i, reason: 'viewer counts by period, not daily account metrics' },
    { sheet: /followergender/i, reason: 'followers by gender, a breakdown the spreadsheet does not keep' },
    {
      sheet: /followertopterritories/i,
      reason: 'followers by country, a breakdown the spreadsheet does not keep',
    },
    { sheet: /followeractivity/i, reason: 'active followers by hour of day, not daily account metrics' },
  ],
};
