/** Every KPI tab template, in the order the sidebar's picker shows them. */
import { growth } from './growth';
import { linkedinAds } from './linkedin-ads';
import { linkedinPage } from './linkedin-page';
import { socialOverview } from './social-overview';
import { socialSelling } from './social-selling';
import type { KpiTemplate } from './types';

export const TEMPLATES: readonly KpiTemplate[] = [
  linkedinPage,
  linkedinAds,
  socialOverview,
  socialSelling,
  growth,
];

/** The template with this id; throws a message listing the valid ids. */
export function getTemplate(id: string): KpiTemplate {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t)
    throw new Error(`Unknown template "${id}". Choose one of: ${TEMPLATES.map((x) => x.id).join(', ')}.`);
  return t;
}
