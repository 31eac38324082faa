import type { ColumnRule, FormatDef } from '../types';
import { col } from './helpers';

/**
 * YouTube Studio export: a ZIP of `Table data.csv` (one row per video, the FIRST data row is the
 * channel total), `Chart data.csv` (one row per day per video) and `Totals.csv` (per day, ONE
 * metric: whichever the user charted). Percent columns are percent numbers (`5.0` = 5 %),
 * durations H:MM:SS, publish time `Oct 5, 2021` (English in every UI language).
 *
 * Where each spelling was seen (headers are matched after normalization, so soft hyphens, accents,
 * case and `(%)`/`(USD)` suffixes do not matter):
 * - en: ../shared/EXPORTS.md (YouTube Studio, seen in parsers; 2026 Table data with 29 columns).
 * - de: EXPORTS.md "Seen in real exports" (`Vi­deo­ti­tel`, `Auf­ru­fe`, `Tabellendaten.csv`,
 *   `Gesamtwerte.csv` `Da­tum,Auf­ru­fe`, first row `Ge­samt`, footer `Die 500 be­sten Er­geb­nis­se …`);
 *   a public Django importer of YouTube ZIPs (`Tabellendaten.csv`, `Videos`, `Geschätzter Umsatz (USD)`,
 *   `Klickrate der Impressionen (%)`, total `Gesamt`); a public dashboard README (`Diagrammdaten.csv`
 *   `Datum,Videos,Videotitel,Veröffentlichungszeitpunkt des Videos,Dauer,Aufrufe`).
 * - es (Latin America): EXPORTS.md (`Datos de la tabla.csv`, `Datos del gráfico.csv`, `Totales.csv`,
 *   `Contenido,Título del video,Tiempo de publicación del video,Duración,Vistas interesadas,…,Vistas`).
 * - pt (Brazil): EXPORTS.md (`Dados da tabela.csv`, `Dados do gráfico.csv`, `Total.csv`/`Totais.csv`,
 *   `Conteúdo,Título do vídeo,Horário de publicação do vídeo,Visualizações,Tempo de exibição (horas),
 *   Inscritos,Receita estimada (USD),Impressões,Taxa de cliques de impressões (%)`).
 * - fr: a public test generator of YouTube Studio tables (`Contenu,Titre de la vidéo,Heure de
 *   publication de la vidéo,Durée,Vues engagées,Vues,Ont continué de regarder (%),Durée moyenne de
 *   visionnage,Pourcentage moyen regardé (%)`, decimal commas); public parsers (`Durée de visionnage
 *   (heures)`, `Taux de clics par impression (%)`, `Nouveaux abonnés`, `Partages`, `J'aime`, `Commentaires`).
 * - it: a public YouTube Studio CSV parser (`Contenuti` with total `Totale`, `Visualizzazioni`,
 *   `Tempo di visualizzazione (ore)`, `Iscritti`, `Durata`, `Ora pubblicazione video`,
 *   `Percentuale media visualizzata (%)`, `Durata di visualizzazione media`, `Spettatori unici`).
 * Dutch: no public export found yet; not listed rather than guessed.
 */

const DATE = col('date', ['Date', 'Datum', 'Fecha', 'Data']);
const CONTENT = col('post_id', [
  'Content',
  'Video',
  'Videos',
  'Contenido',
  'Conteúdo',
  'Contenu',
  'Contenuti',
]);
const TITLE = col('title', [
  'Video title',
  'Videotitel',
  'Título del video',
  'Título del vídeo',
  'Título do vídeo',
  'Titre de la vidéo',
]);
const PUBLISHED = col('published_at', [
  'Video publish time',
  'Veröffentlichungszeitpunkt des Videos',
  'Tiempo de publicación del video',
  'Horário de publicação do vídeo',
  'Heure de publication de la vidéo',
  'Ora pubblicazione video',
]);
const DURATION = col(
  'duration_sec',
  ['Duration', 'Dauer', 'Duración', 'Duração', 'Durée', 'Durata'],
  'duration',
);
const VIEWS = ['Views', 'Aufrufe', 'Vistas', 'Visualizações', 'Vues', 'Visualizzazioni'];
const WATCH = [
  'Watch time (hours)',
  'Wiedergabezeit (Stunden)',
  'Tiempo de reproducción (horas)',
  'Tempo de exibição (horas)',
  'Durée de visionnage (heures)',
  'Tempo di visualizzazione (ore)',
];
/** Net subscribers gained in the period (a daily series in Totals can be −1). */
const SUBSCRIBERS = [
  'Subscribers',
  'Abonnenten',
  'Suscriptores',
  'Inscritos',
  'Nouveaux abonnés',
  'Iscritti',
];
const REVENUE = ['Estimated revenue', 'Geschätzter Umsatz', 'Ingresos estimados', 'Receita estimada'];
const IMPRESSIONS = ['Impressions', 'Impressionen', 'Impresiones', 'Impressões'];
const ENGAGED = ['Engaged views', 'Vistas interesadas', 'Vues engagées', 'Visualizzazioni "engaged"'];
const AVG_PCT = [
  'Average percentage viewed',
  'Porcentaje promedio reproducido',
  'Pourcentage moyen regardé',
  'Pourcentage moyen de vidéo regardé',
  'Percentuale media visualizzata',
];

/** Metric columns shared by Table data and Chart data (per video). */
const VIDEO_METRICS: ColumnRule[] = [
  col('views', VIEWS),
  col('watch_time_hours', WATCH),
  col('subscribers', SUBSCRIBERS, 'count'),
  col('estimated_revenue', REVENUE, 'currency'),
  col('impressions', IMPRESSIONS),
  col('engaged_views', ENGAGED, 'count'),
  col('average_percentage_viewed', AVG_PCT, 'percent'),
  col('ctr_reported', [
    'Impressions click-through rate',
    'Klickrate der Impressionen',
    'Taxa de cliques de impressões',
    'Porcentaje de clics de las impresiones',
    'Taux de clics par impression',
  ]),
  col(
    'average_view_duration_sec',
    [
      'Average view duration',
      'Duração média da visualização',
      'Duración media de las visualizaciones',
      'Durée moyenne de visionnage',
      "Durée moyenne d'une vue",
      'Durata di visualizzazione media',
    ],
    'duration',
  ),
  col('reactions', ['Likes', 'Marcações "Gostei"', 'Me gusta', 'Mag ich', "J'aime"]),
  col('comments', [
    'Comments added',
    'Comments',
    'Comentários adicionados',
    'Comentarios añadidos',
    'Comentários',
    'Commentaires',
  ]),
  col('shares', ['Shares', 'Compartilhamentos', 'Veces compartido', 'Partages']),
];

/** The channel-total row: first row of Table data, last line of some Totals files (`Total,2106`). */
const TOTAL = /^(total|totals|gesamt|totales|totais|totale)$/i;

export const youtubeStudio: FormatDef = {
  id: 'youtube-studio',
  name: 'YouTube Studio',
  platform: 'youtube',
  description:
    'YouTube Studio Analytics export (ZIP of Table data / Chart data / Totals CSV files) in English, German, Spanish, Portuguese, French or Italian.',
  evidence: 'seen',
  fileName: /youtube|content|table data|totals|tabellendaten|gesamtwerte|datos de la tabla|dados da tabela/i,
  sections: [
    {
      id: 'table-data',
      table: 'posts',
      signature: ['post_id', 'views'],
      dates: 'text',
      percent: 'percent-number',
      constants: { platform: 'youtube', post_type: 'video' },
      dropRows: [
        { to: 'post_id', pattern: TOTAL, reason: "YouTube's Total row (sum of all videos), not a video" },
      ],
      // de: shown when the table was cut to the top 500 rows (EXPORTS.md); the rows above are complete.
      footers: [/^die \d+ besten ergebnisse werden angezeigt/i, /^(showing|se muestran|mostrando) .*\d+/i],
      columns: [CONTENT, TITLE, PUBLISHED, DURATION, ...VIDEO_METRICS],
    },
    {
      // One row per day per video: recognised so it is never mistaken for Table data (one video per
      // row) nor folded into the channel's days. The model has no per-video daily table yet.
      id: 'chart-data',
      table: 'posts',
      signature: ['date', 'post_id', 'views|watch_time_hours|impressions|subscribers|engaged_views'],
      dates: 'text',
      percent: 'percent-number',
      refuse: {
        reason:
          'it holds one row per video per day, and the spreadsheet keeps daily figures per channel only',
        action: 'import the Totals file for the channel per day and the Table data file for each video',
      },
      columns: [DATE, CONTENT, TITLE, PUBLISHED, DURATION, ...VIDEO_METRICS],
    },
    {
      // Whichever metric the user charted (views, subscribers, revenue, engaged views, …): each lands
      // in its own column; metrics without a model column are kept under their own name.
      id: 'totals',
      table: 'daily',
      sheet: /(^|[/\\])(totals|gesamtwerte|totales|totais|total|totaux|totali)( \(\d+\))?(\.csv)?$/i,
      signature: ['date'],
      dates: 'text',
      percent: 'percent-number',
      constants: { platform: 'youtube' },
      dropRows: [
        { to: 'date', pattern: TOTAL, reason: 'total of the period under the daily rows, not a day' },
      ],
      columns: [
        DATE,
        col('video_views', VIEWS),
        col('watch_time_hours', WATCH, 'number'),
        col('subscribers_net', SUBSCRIBERS, 'count'),
        col('estimated_revenue', REVENUE, 'currency'),
        col('impressions', IMPRESSIONS),
        col('engaged_views', ENGAGED, 'count'),
        col('average_percentage_viewed', AVG_PCT, 'percent'),
      ],
    },
  ],
};
