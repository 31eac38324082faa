import { messagesPass } from '../linkedin-member';
import type { FormatDef } from '../types';
import { col, MEMBER_PRIVACY } from './helpers';

/**
 * LinkedIn member data export, `messages.csv` (seen in public parsers: the field names of
 * message_md's LinkedIn parser, the 12-column header in szabgab/linkedin-csv.rs):
 * `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,
 * SUBJECT,CONTENT,FOLDER` then, by era, `ATTACHMENTS`, `IS MESSAGE DRAFT`, `IS CONVERSATION DRAFT`;
 * `DATE` like `2025-03-04 10:00:00 UTC`; `RECIPIENT PROFILE URLS` comma-joined; `FOLDER` INBOX,
 * ARCHIVE, SPAM. Titles, names, subjects, text and attachments are private and not read.
 */
export const linkedinMemberMessages: FormatDef = {
  id: 'linkedin-member-messages',
  name: 'LinkedIn member export — Messages',
  platform: 'linkedin',
  description:
    'Your LinkedIn data download: messages.csv, counted as sent/received per conversation. Message text, subjects and names are not imported.',
  evidence: 'seen',
  privacy: MEMBER_PRIVACY,
  fileName: /messages/i,
  sections: [
    {
      id: 'messages',
      table: 'conversations',
      signature: ['conversation_id', 'sent_at', 'sender_url'],
      dates: 'iso',
      percent: 'fraction',
      private: true,
      finish: messagesPass,
      columns: [
        col('conversation_id', ['CONVERSATION ID'], 'id'),
        col('sender_url', ['SENDER PROFILE URL'], 'text'),
        col('recipient_urls', ['RECIPIENT PROFILE URLS'], 'text'),
        col('sent_at', ['DATE']),
        col('folder', ['FOLDER'], 'text'),
        col('draft', ['IS MESSAGE DRAFT'], 'text'),
      ],
    },
  ],
};
