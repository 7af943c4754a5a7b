/**
 * Messages with an amount that are not spending: money coming in, refunds, loans, plans and reminders,
 * prices and quotes. Each gets a short reason, so the user knows why nothing was stored.
 */

interface Rule {
  readonly pattern: RegExp;
  readonly reason: string;
}

const recordHint = 'Once you have paid for something, tell me like "lunch 250".';

const rules: ReadonlyArray<Rule> = [
  {
    pattern:
      /(?<!\w)(?:refund(?:ed|s)?|money\s+back|returned\s+(?:the|my|it|them)|reversed|reversal|chargeback|charge\s+back)(?!\w)/i,
    reason: `That sounds like a refund, which isn't spending, so I didn't record it. To take back an expense you recorded, say "undo" or "delete 12".`,
  },
  {
    pattern:
      /(?<!\w)(?:salary|salaries|pay\s*check|paycheque|payday|pay\s+day|stipend|wages?|income|earned|earnings|credited|received|recieved|got\s+paid|cash\s*back|dividends?|interest\s+(?:credited|earned|received)|reimburs(?:ed|ement)|freelance\s+payment|bonus|sold|won|winnings|(?:paid|sent|gave|transferred|venmo(?:ed)?|owes?)\s+me|from\s+(?:mom|mum|dad|papa|mummy|parents)|got\s+(?:[₹$€£]?\d\S*|it|money|cash)\s+back|venmo\s+from|zelle\s+from|gifted\s+me)(?!\w)/i,
    reason: `That sounds like money coming in. I keep track of spending only, so I didn't record it. ${recordHint}`,
  },
  {
    pattern: /(?<!\w)(?:lent|lend|loaned|loan\s+to|borrowed|borrow|owe|owes|debt|iou)(?!\w)/i,
    reason: `That sounds like a loan, not spending, so I didn't record it. ${recordHint}`,
  },
  {
    pattern:
      /(?<!\w)(?:need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to|gotta|must|should|will|shall|going\s+to|gonna|plan(?:ning)?\s+to|planning|want\s+to|wanna|thinking\s+of|remind(?:\s+me)?|reminder|to-?do|tomorrow|tmrw|tmr|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)|due|upcoming|later\s+today|budget(?:ing)?|saving\s+up|save\s+up|expect(?:ed|ing)?|estimate[ds]?|quote[ds]?)(?!\w)/i,
    reason: `That sounds like a plan or a reminder, not something you've paid yet, so I didn't record it. ${recordHint}`,
  },
  {
    // "petrol is 106 today", "tomatoes at 80 a kg", "eggs are like 6 bucks now": a price, not a purchase.
    pattern:
      /(?<!\w)(?:(?:is|are|'s|’s|costs|goes\s+for|going\s+for|sells\s+for|selling\s+at)\s+(?:now\s+|like\s+|about\s+|around\s+|only\s+|just\s+)?(?:[₹$€£]\s*)?\d[\d,.]*\s*(?:[a-z$€£₹]{0,6}\s+)?(?:now|today|these\s+days|nowadays|here|there|a\s+\w+|per\s+\w+|each|at\s+\w+)|(?:a|per|\/)\s*(?:kg|kilo|litre|liter|ltr|dozen|piece|pc|hour|hr)|price\s+(?:of|is|for)|prices?\s+(?:went|are|is|have)|rate\s+is|mrp)(?!\w)/i,
    reason: `That reads like a price rather than something you paid, so I didn't record it. ${recordHint}`,
  },
];

/** Why `text` is not spending, or undefined when nothing says so. */
export function notSpendingReason(text: string): string | undefined {
  for (const rule of rules) if (rule.pattern.test(text)) return rule.reason;
  return undefined;
}
