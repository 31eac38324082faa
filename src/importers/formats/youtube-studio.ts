import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * YouTube Studio export (seen in parsers): a ZIP of `Table data.csv` (one row per video, the FIRST
 * data row is `Total`), `Chart data.csv` (per video per day) and `Totals.csv` (per day). Percent
 * columns are percent numbers (`5.0` = 5 %), durations H:MM:SS, publish time `Oct 5, 2021`.
 */
export const youtubeStudio: FormatDef = {
  id: 'youtube-studio',
  name: 'YouTube Studio',
  platform: 'youtube',
  description:
    'YouTube Studio Analytics export (ZIP of Table data / Chart data / Totals CSV files), any UI language.',
  evidence: 'seen',
  fileName: /youtube|content|table data|totals/i,
  sections: [
    {
      id: 'table-data',
      table: 'posts',
      sheet: /table data|dados da tabela|datos de la tabla/i,
      signature: ['post_id', 'title', 'views'],
      dates: 'text',
      percent: 'percent-number',
      constants: { platform: 'youtube', post_type: 'video' },
      dropRows: [
        {
          to: 'post_id',
          pattern: /^total$/i,
          reason: "YouTube's Total row (sum of all videos), not a video",
        },
      ],
      columns: [
        col('post_id', ['Content', 'Conteúdo', 'Contenido', 'Inhalt', 'Video']),
        col('title', ['Video title', 'Título do vídeo', 'Título del vídeo', 'Videotitel']),
        col('published_at', [
          'Video publish time',
          'Horário de publicação do vídeo',
          'Hora de publicación del vídeo',
        ]),
        col('duration_sec', ['Duration', 'Duração', 'Duración'], 'duration'),
        col('views', ['Views', 'Visualizações', 'Visualizaciones', 'Aufrufe']),
        col('watch_time_hours', [
          'Watch time (hours)',
          'Tempo de exibição (horas)',
          'Tiempo de visualización (horas)',
          'Wiedergabezeit (Stunden)',
        ]),
        col('subscribers', ['Subscribers', 'Inscritos', 'Suscriptores', 'Abonnenten'], 'count'),
        col('impressions', ['Impressions', 'Impressões', 'Impresiones']),
        col('ctr_reported', [
          'Impressions click-through rate (%)',
          'Taxa de cliques de impressões (%)',
          'Porcentaje de clics de las impresiones (%)',
        ]),
        col(
          'average_view_duration_sec',
          ['Average view duration', 'Duração média da visualização', 'Duración media de las visualizaciones'],
          'duration',
        ),
        col('reactions', ['Likes', 'Marcações "Gostei"', 'Me gusta', 'Mag ich']),
        col('comments', [
          'Comments added',
          'Comments',
          'Comentários adicionados',
          'Comentarios añadidos',
          'Comentários',
        ]),
        col('shares', ['Shares', 'Compartilhamentos', 'Veces compartido']),
      ],
    },
    {
      id: 'totals',
      table: 'daily',
      sheet: /totals|totais|totales/i,
      signature: ['date', 'video_views'],
      dates: 'text',
      percent: 'percent-number',
      constants: { platform: 'youtube' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha', 'Datum']),
        col('video_views', ['Views', 'Visualizações', 'Visualizaciones', 'Aufrufe']),
        col(
          'watch_time_hours',
          ['Watch time (hours)', 'Tempo de exibição (horas)', 'Tiempo de visualización (horas)'],
          'number',
        ),
      ],
    },
  ],
  notImported: [
    {
      sheet: /chart data|dados do gráfico|datos del gráfico/i,
      reason: 'per-video daily series (the daily totals come from Totals.csv)',
    },
  ],
};
