import { connectionsPass } from '../linkedin-member';
import type { FormatDef } from '../types';
import { col, MEMBER_PRIVACY } from './helpers';

/**
 * LinkedIn member data export, `Connections.csv` (seen in public parsers: szabgab/linkedin-csv.rs
 * skips the preamble; Sohum-Kapoor/cirql PR 137 and saberistic-team/agent-web issue 268 quote it;
 * a public fixture set documents the 2020–2026 variants). A `Notes:` line, a quoted sentence about
 * missing e-mail addresses and a blank line come before
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; `Connected On` is
 * `07 Dec 2025`. The URL column exists since mid-2023; rows with only a date are hidden profiles.
 * Names and e-mail addresses are private: only the profile URL (the key), company, position and
 * date are read.
 */
export const linkedinMemberConnections: FormatDef = {
  id: 'linkedin-member-connections',
  name: 'LinkedIn member export — Connections',
  platform: 'linkedin',
  description:
    'Your LinkedIn data download (Settings → Data privacy → Get a copy of your data): Connections.csv. Names and e-mail addresses are not imported.',
  evidence: 'seen',
  privacy: MEMBER_PRIVACY,
  fileName: /connections/i,
  sections: [
    {
      id: 'connections',
      table: 'network',
      signature: ['connected_on', 'position', 'company'],
      dates: 'text',
      percent: 'fraction',
      private: true,
      finish: connectionsPass,
      columns: [
        col('profile_url', ['URL'], 'text'),
        col('company', ['Company']),
        col('position', ['Position']),
        col('connected_on', ['Connected On']),
      ],
    },
  ],
};
