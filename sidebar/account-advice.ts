/**
 * google.script.run failures caused by several Google accounts signed in to one browser: Apps
 * Script runs the call as the browser's default account, not the one that opened the sheet, and
 * reopening the sidebar does not help. Messages seen for it:
 *  - "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED."
 *    (github.com/enuchi/React-Google-Apps-Script/issues/46, google-marketing-solutions/feedgen/issues/38)
 *  - "Authorization is required to perform that action." (github.com/alexwforsythe/code-blocks/issues/53)
 * Google's tracker: issuetracker.google.com/issues/69270374.
 */
const SIGNATURES = [/PERMISSION_DENIED/, /Authorization is required to perform that action/i];

export const SEVERAL_ACCOUNTS_ADVICE =
  'This usually means several Google accounts are signed in to this browser. Sign out of the other ' +
  'accounts, or open the spreadsheet in a private (incognito) window signed in with one account, ' +
  'then open the sidebar again.';

/** The advice for a failure: the several-accounts one when the message says so, else `fallback`. */
export function adviceFor(message: string, fallback: string): string {
  return SIGNATURES.some((re) => re.test(message)) ? SEVERAL_ACCOUNTS_ADVICE : fallback;
}
