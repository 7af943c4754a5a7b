/** The few replies the Telegram adapter writes itself (everything else comes from the core). */

export const failureText = 'Something went wrong on my side and nothing was saved. Please try again in a moment.';

export const textOnlyText =
  'I can only read text messages. Send what you spent, like "250 groceries", or ask "how much did I spend this week?". /help shows more.';

export function tooLongText(limit: number): string {
  return `That message is longer than I can read (${limit} characters at most). Send one expense or one question at a time, like "250 groceries" or "how much this week?".`;
}

export const editedText =
  'I only read new messages, not edits. To change an expense, send /edit 12 300 (the number is in /list).';

export const groupHelpText =
  'I work in private chats only, so nobody’s spending is shown to a group. Open a direct chat with me and send /start.';

export const staleButtonText = 'That button no longer works. Send /help to see what I can do.';
