import { invitationsPass } from '../linkedin-member';
import type { FormatDef } from '../types';
import { col, MEMBER_PRIVACY } from './helpers';

/**
 * LinkedIn member data export, `Invitations.csv` (seen in public parsers, e.g. the Python
 * `parse_linkedin_invitations_csv` tests and the fixture notes listing export eras):
 * `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl`, `Direction`
 * INCOMING / OUTGOING, `Sent At` like `3/5/26, 1:45 AM` (M/D/YY). Names and the invitation note
 * (`Message`) are private and not read; the partner is kept as a profile URL only.
 */
export const linkedinMemberInvitations: FormatDef = {
  id: 'linkedin-member-invitations',
  name: 'LinkedIn member export — Invitations',
  platform: 'linkedin',
  description:
    'Your LinkedIn data download: Invitations.csv (sent and received invitations). Names and invitation notes are not imported.',
  evidence: 'seen',
  privacy: MEMBER_PRIVACY,
  fileName: /invitations/i,
  sections: [
    {
      id: 'invitations',
      table: 'network',
      signature: ['invited_on', 'invitation', 'inviter_url|invitee_url'],
      dates: 'mdy',
      percent: 'fraction',
      private: true,
      finish: invitationsPass,
      valueMap: { invitation: { outgoing: 'sent', incoming: 'received' } },
      columns: [
        col('invited_on', ['Sent At'], 'date'),
        col('invitation', ['Direction']),
        col('inviter_url', ['inviterProfileUrl'], 'text'),
        col('invitee_url', ['inviteeProfileUrl'], 'text'),
      ],
    },
  ],
};
