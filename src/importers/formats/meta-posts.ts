import type { FormatDef, SectionRule } from '../types';
import { col } from './helpers';

/**
 * Meta Business Suite post export (seen in copies). Instagram and Facebook variants share the
 * shape; `Date` holds `Lifetime` (ignored), `Publish time` is MM/DD/YYYY HH:MM, numbers may be
 * quoted with thousands separators, metric order varies. `Views` replaced `Impressions` in 2025.
 */
const shared = [
  col('post_id', ['Post ID', 'ID da publicação', 'Identificador de la publicación']),
  col('published_at', ['Publish time', 'Horário de publicação', 'Hora de publicación']),
  col('url', ['Permalink', 'Link permanente', 'Enlace permanente']),
  col('post_type', ['Post type', 'Tipo de publicação', 'Tipo de publicación']),
  col('views', ['Views', 'Visualizações', 'Visualizaciones']),
  col('impressions', ['Impressions', 'Impressões', 'Impresiones']),
  col('reach', ['Reach', 'Alcance']),
  col('reactions', ['Likes', 'Reactions', 'Curtidas', 'Reações', 'Me gusta', 'Reacciones']),
  col('shares', ['Shares', 'Compartilhamentos', 'Veces compartido']),
  col('follows', ['Follows', 'Seguimentos', 'Seguimientos']),
  col('comments', ['Comments', 'Comentários', 'Comentarios']),
  col('saves', ['Saves', 'Salvamentos', 'Guardados']),
  col('clicks', ['Total clicks', 'Link clicks', 'Cliques no link']),
  col('duration_sec', ['Duration (sec)', 'Duração (s)', 'Duración (segundos)'], 'number'),
  col('data_comment', ['Data comment', 'Comentario sobre los datos'], 'text'),
];

const section = (
  id: string,
  platform: string,
  extra: ReturnType<typeof col>[],
  signature: string[],
): SectionRule => ({
  id,
  table: 'posts',
  signature,
  dates: 'mdy',
  percent: 'fraction',
  constants: { platform },
  // `Date` / `Fecha` hold `Lifetime` / `Total`: the metrics are lifetime totals, not a day.
  ignore: ['Date', 'Fecha'],
  requireAny: ['post_id'],
  columns: [...shared, ...extra],
});

export const metaPosts: FormatDef = {
  id: 'meta-posts',
  name: 'Meta Business Suite — Posts',
  platform: 'meta',
  description: 'Meta Business Suite content export (Instagram or Facebook posts, lifetime metrics per post).',
  evidence: 'seen',
  // `Jan-01-2026_Jan-31-2026_<id>.csv`: the name Meta gives a post export (EXPORTS.md, Spanish copy).
  fileName: /posts|content|meta|instagram|facebook|^[a-z]{3}-\d{2}-\d{4}_[a-z]{3}-\d{2}-\d{4}_\d+/i,
  sections: [
    section(
      'instagram',
      'instagram',
      [
        // es: EXPORTS.md "Meta, Spanish" (seen).
        col('account_id', ['Account ID', 'Identificador de la cuenta'], 'id'),
        col('account_username', ['Account username', 'Nombre de usuario de la cuenta']),
        col('account_name', ['Account name', 'Nombre de la cuenta'], 'text'),
        col('title', ['Description', 'Caption', 'Descrição', 'Descripción']),
      ],
      ['post_id', 'published_at', 'account_username', 'reach|views'],
    ),
    section(
      'facebook',
      'facebook',
      [
        col('page_id', ['Page ID', 'ID da página'], 'id'),
        col('page_name', ['Page name', 'Nome da página'], 'text'),
        col('title', ['Title', 'Description', 'Título']),
        col('video_views_3s', ['3-second video views'], 'count'),
      ],
      ['post_id', 'published_at', 'page_id', 'reach|views'],
    ),
  ],
};
