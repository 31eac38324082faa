import type { FormatDef, SectionRule } from '../types';
import { MEMBER_PRIVACY } from './helpers';
import { linkedinMemberConnections } from './linkedin-member-connections';
import { linkedinMemberInvitations } from './linkedin-member-invitations';
import { linkedinMemberMessages } from './linkedin-member-messages';

/** A section tied to its ZIP member (a CSV block inside it is `Connections.csv › table 2`). */
const member = (format: FormatDef, file: RegExp): SectionRule => ({ ...format.sections[0], sheet: file });

/**
 * The whole LinkedIn data download, `Basic_LinkedInDataExport_MM-DD-YYYY.zip` or
 * `Complete_LinkedInDataExport_…zip` (names per linkedin.com/help/linkedin/answer/a1339364 and
 * public fixtures): the three member formats above, read from their files at the ZIP root. The
 * other ~40 files (Profile, Skills, Positions, Comments…) are listed as not imported.
 */
export const linkedinMemberExport: FormatDef = {
  id: 'linkedin-member-export',
  name: 'LinkedIn member export (ZIP)',
  platform: 'linkedin',
  description:
    'Your whole LinkedIn data download ZIP: connections, invitations and messages (no text, names or e-mail addresses are imported).',
  evidence: 'seen',
  privacy: MEMBER_PRIVACY,
  fileName: /^(basic|complete)_linkedindataexport_/i,
  container: 'zip',
  sections: [
    member(linkedinMemberConnections, /^connections\.csv/i),
    member(linkedinMemberInvitations, /^invitations\.csv/i),
    member(linkedinMemberMessages, /^messages\.csv/i),
  ],
  notImported: [
    {
      sheet: /^profile\.csv/i,
      reason: 'profile details are private; the owner is found in messages.csv (in every conversation)',
    },
    {
      sheet: /^(?!(connections|invitations|messages)\.csv)/i,
      reason: 'not used by the social-selling KPIs (only Connections, Invitations and messages are read)',
    },
  ],
};
