import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * LinkedIn Campaign Manager report (partly seen): CSV, often UTF-16LE + BOM and TAB-separated,
 * with preamble lines (report name, date range, account) above the header. Headers follow the UI
 * language; newer exports use sentence case and trailing spaces. Date order follows the UI
 * locale, so it is decided from all rows and reported.
 */
export const linkedinCampaignManager: FormatDef = {
  id: 'linkedin-campaign-manager',
  name: 'LinkedIn Campaign Manager',
  platform: 'linkedin',
  description: 'LinkedIn Campaign Manager performance report (campaign / creative per day), any UI language.',
  evidence: 'partly seen',
  fileName: /campaign|creative|performance/i,
  sections: [
    {
      id: 'campaign-performance',
      table: 'campaigns',
      signature: ['campaign|campaign_id', 'impressions', 'spend'],
      dates: 'auto',
      percent: 'auto',
      constants: { platform: 'linkedin' },
      dropRows: [
        {
          to: 'campaign',
          pattern: /^(grand )?total$/i,
          reason: 'report total row (the sum of the campaign rows)',
        },
      ],
      columns: [
        col('date', [
          'Start Date (in UTC)',
          'Start date (in UTC)',
          'Start Date',
          'Data de início (em UTC)',
          'Fecha de inicio (en UTC)',
          'Startdatum (in UTC)',
          'Date de début (en UTC)',
        ]),
        col(
          'end_date',
          [
            'End Date (in UTC)',
            'End date (in UTC)',
            'Data de término (em UTC)',
            'Fecha de finalización (en UTC)',
          ],
          'date',
        ),
        col('account', ['Account Name', 'Account name', 'Nome da conta', 'Nombre de la cuenta', 'Kontoname']),
        col('campaign_group', [
          'Campaign Group Name',
          'Campaign group name',
          'Nome do grupo de campanhas',
          'Nombre del grupo de campañas',
        ]),
        col('campaign', [
          'Campaign Name',
          'Campaign name',
          'Nome da campanha',
          'Nombre de la campaña',
          'Kampagnenname',
        ]),
        col('campaign_id', ['Campaign ID', 'ID da campanha', 'ID de la campaña', 'Kampagnen-ID']),
        col('creative', [
          'Creative Name',
          'Creative name',
          'Ad Name',
          'Ad name',
          'Nome do criativo',
          'Nombre del contenido',
        ]),
        col('currency', ['Currency', 'Moeda', 'Moneda', 'Währung']),
        col('spend', [
          'Total Spent',
          'Total spent',
          'Amount Spent',
          'Valor total gasto',
          'Total gastado',
          'Importe total gastado',
          'Ausgaben gesamt',
        ]),
        col('impressions', ['Impressions', 'Impressões', 'Impresiones', 'Impressionen']),
        col('clicks', ['Clicks', 'Cliques', 'Clics', 'Klicks']),
        col('reach', ['Reach', 'Alcance', 'Reichweite']),
        col('conversions', ['Conversions', 'Conversões', 'Conversiones', 'Conversions (total)']),
        col('leads', ['Leads', 'Leads (total)']),
        col('conversion_value', ['Conversion Value', 'Conversion value', 'Valor de conversão']),
        col('video_views', [
          'Video Views',
          'Video views',
          'Visualizações de vídeo',
          'Reproducciones de vídeo',
        ]),
        col('video_completions', [
          'Video Completions',
          'Video completions',
          'Visualizações completas de vídeo',
        ]),
        col('average_ctr', ['Average CTR', 'Click Through Rate', 'CTR médio'], 'percent'),
      ],
    },
  ],
};
