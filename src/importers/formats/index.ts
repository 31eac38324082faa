/**
 * The format registry: adding a format = one file in this folder + one line here.
 * Order matters only for ties in detection; `generic` stays last.
 */
import type { FormatDef } from '../types';
import { facebookLegacyPosts } from './facebook-legacy-posts';
import { ga4 } from './ga4';
import { generic } from './generic';
import { linkedinCampaignManager } from './linkedin-campaign-manager';
import { linkedinCreator } from './linkedin-creator';
import { linkedinMemberConnections } from './linkedin-member-connections';
import { linkedinMemberExport } from './linkedin-member-export';
import { linkedinMemberInvitations } from './linkedin-member-invitations';
import { linkedinMemberMessages } from './linkedin-member-messages';
import { linkedinPageContent } from './linkedin-page-content';
import { linkedinPageFollowers } from './linkedin-page-followers';
import { linkedinPageVisitors } from './linkedin-page-visitors';
import { metaInsights } from './meta-insights';
import { metaPosts } from './meta-posts';
import { tiktokStudio } from './tiktok-studio';
import { xAccountOverview } from './x-account-overview';
import { xTweetActivity } from './x-tweet-activity';
import { youtubeStudio } from './youtube-studio';

export const FORMAT_DEFS: FormatDef[] = [
  linkedinPageContent,
  linkedinPageFollowers,
  linkedinPageVisitors,
  linkedinCampaignManager,
  linkedinCreator,
  linkedinMemberExport,
  linkedinMemberConnections,
  linkedinMemberInvitations,
  linkedinMemberMessages,
  metaPosts,
  metaInsights,
  facebookLegacyPosts,
  xTweetActivity,
  xAccountOverview,
  youtubeStudio,
  tiktokStudio,
  ga4,
  generic,
];

export const GENERIC_ID = 'generic';

export function formatById(id: string): FormatDef | undefined {
  return FORMAT_DEFS.find((f) => f.id === id);
}
