/** The short help every adapter shows: what finbot does, with examples to copy. */
export const helpText = [
  'I keep track of your spending. Try:',
  '• "250 groceries", "₹55 snacks yesterday", "spent 1,250.50 on fuel"',
  '• "how much did I spend this week?", then "how about just groceries?"',
  '• "biggest expense this month", "average daily spend", "this week vs last week"',
  '• "rent 15000 every month on the 1st", "netflix 649 monthly", then "recurring" or "stop recurring rent"',
  '• "list", "undo", "delete 12", "edit 12 300", "settings"',
  '• "budget groceries 5000 monthly", "budgets"',
  '• "export november as xlsx" for a file, "report november" for a PDF report',
].join('\n');

export const notUnderstoodText = `Sorry, I didn't get that.\n${helpText}`;

/** Why nothing was recorded, for a message with a number that is not spending. */
export const asideText: Readonly<Record<'question' | 'chat', string>> = {
  question:
    "I didn't record anything: that reads like a question, and I answer only questions about your own spending.",
  chat: 'I didn\'t record anything: I couldn\'t see what was paid for. Write it like "lunch 250".',
};
