/**
 * Messages with an amount that are not spending: money coming in, refunds, loans, plans and reminders,
 * prices and quotes. Each gets a short reason, so the user knows why nothing was stored.
 */

interface Rule {
  readonly pattern: RegExp;
  readonly reason: string;
  /** False for rules a plain "paid …" or "bought …" overrides: "paid the maid her salary" is spending. */
  readonly evenIfPaid: boolean;
}

const recordHint = 'Once you have paid for something, tell me like "lunch 250".';

const incomeReason = `That sounds like money coming in. I keep track of spending only, so I didn't record it. ${recordHint}`;
const priceReason = `That reads like a price rather than something you paid, so I didn't record it. ${recordHint}`;

const rules: ReadonlyArray<Rule> = [
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:refund(?:ed|s)?|money\s+back|returned\s+(?:the|my|it|them)|(?<!(?:day|peak)\s)return(?=\s+[₹$€£]?\d)|returned\s+(?!from|home|back)\S+\s+[₹$€£]?\d[\d,.]*|sent\s+back|reversed|reversal|chargeback|charge\s+back|rebate|compensat(?:ed|ion)|delay\s+repay|tax\s+(?:back|refund)|deposit\s+(?:of\s+\S+\s+)?back|(?:got|gave\s+me|giving\s+me|get)\s+(?:my\s+)?(?:[₹$€£]?\d[\d,.]*\s*(?:bucks|quid|euros?|rupees|dollars)?|it|money|cash|the\s+money|refund)\s+back|paid\s+(?:me|us)\s+back)(?![\p{L}\p{N}_])/iu,
    reason: `That sounds like money back, which isn't spending, so I didn't record it. To take back an expense you recorded, say "undo" or "delete 12".`,
    evenIfPaid: true,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:credited|received|recieved|got\s+paid|get\s+paid|(?:paid|sent|gave|transferred|venmo(?:ed)?|venmo'?d|owes?|sending)\s+(?:me|us)|invoice\s+paid|payday|pay\s*check|paycheque|venmo\s+from|zelle\s+from|tikkie\s+from|bizum\s+(?:de|from)|gifted\s+me|direct\s+deposit|deposited|got\s+(?:\S+\s+){0,3}as\s+(?:a\s+)?(?:birthday\s+)?gift|birthday\s+money|(?:mom|mum|dad|papa|mummy|parents|grandma|nani|dadi)\s+(?:sent|transferred|gave|gifted)|found\s+[₹$€£]?\d[\d,.]*)(?![\p{L}\p{N}_])/iu,
    reason: incomeReason,
    evenIfPaid: true,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:(?<!(?:maid|cook|driver|nanny|helper|staff|servant|guard|watchman|cleaner|maid's|cook's|driver's|bai|maali|mali)\s+)(?:salary|salaries|wages?)|pay\s+day|stipend|(?<!\s)income(?!\s+tax)|earned|earnings|cash\s*back|dividends?|(?<!(?:card|loan|emi|late|overdue)\s+)interest|reimburs(?:ed|ement)|freelance|invoice|bonus|sold|(?<![\d,.]\s?)won|winnings|tips\s+(?:tonight|today)|from\s+(?:mom|mum|dad|papa|mummy|parents|nani|dadi)|kindergeld|benefits?|came\s+in|allowance|pocket\s+money|shagun\s+from)(?![\p{L}\p{N}_])/iu,
    reason: incomeReason,
    evenIfPaid: false,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:saved|savings|put\s+(?:\S+\s+){0,3}in(?:to)?\s+(?:my\s+)?(?:savings|fd|rd|isa|sip)|paid\s+by\s+(?:the\s+)?(?:office|company|work|boss|dad|mom|mum|my\s+\w+)|(?:boss|office|company|friend|dad|mom|mum)\s+paid|paid\s+for\s+my|free\s+(?:lunch|dinner|coffee|breakfast)|treated\s+me)(?![\p{L}\p{N}_])/iu,
    reason: `That doesn't sound like money you spent (saved, or paid by someone else), so I didn't record it. ${recordHint}`,
    evenIfPaid: true,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:lent|lend|loaned|loan\s+to|borrowed|borrow|owe|owes|debt|iou|fronted|gave\s+(?:\S+\s+){0,3}(?:a\s+)?loan|as\s+a\s+loan|pay\s+me\s+back|waiting\s+(?:on|for)\s+[₹$€£]?\d[\d,.]*)(?![\p{L}\p{N}_])/iu,
    reason: `That sounds like a loan, not spending, so I didn't record it. ${recordHint}`,
    evenIfPaid: true,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to|gotta|must|should|will|shall|going\s+to|gonna|plan(?:ning)?\s+to|planning|want|wanna|thinking\s+of|remind(?:\s+me)?|reminder|to-?do|tomorrow|tmrw|tmr|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)|due|upcoming|later\s+today|budget(?:ing)?|saving|save\s+up|expect(?:ed|ing)?|estimate[ds]?|renews|renewing|if|don'?t\s+let\s+me|sending|i'll|we'll)(?![\p{L}\p{N}_])/iu,
    reason: `That sounds like a plan or a reminder, not something you've paid yet, so I didn't record it. ${recordHint}`,
    evenIfPaid: true,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:quot(?:e|es|ed|ing)|asking|asked\s+for|a\s+gallon|per\s+gallon|spend\s+like|usually\s+spend|showing|says\s+[₹$€£]?\d[\d,.]*|saw|didn'?t\s+buy|left\s+it|put\s+it\s+back|not\s+buying|went\s+up|going\s+up|raising|last\s+(?:time\s+)?i\s+checked|\d[\d,.]*\s+for\s+[₹$€£]\s?\d|per\s+(?:plate|person|head|kg|kilo|litre|liter|dozen|piece|hour|night))(?![\p{L}\p{N}_])/iu,
    reason: priceReason,
    evenIfPaid: false,
  },
  {
    // "petrol is 106 today", "tomatoes at 80 a kg", "eggs are like 6 bucks now": a price, not a purchase.
    pattern:
      /(?<![\p{L}\p{N}_])(?:(?:is|are|'s|’s|costs|goes\s+for|going\s+for|sells\s+for|selling\s+at)\s+(?:still\s+|now\s+|like\s+|about\s+|around\s+|only\s+|just\s+)?(?:[₹$€£]\s*)?\d[\d,.]*\+?\s*(?:\S+\s+){0,3}(?:now|today|these\s+days|nowadays|here|there|a\s+\w+|per\s+\w+|each|at\s+\w+)|\d[\d,.]*\s*(?:a|per|\/)\s*(?:kg|kilo|litre|liter|ltr|dozen|piece|pc|hour|hr)|price\s+(?:of|is|for)|prices?\s+(?:went|are|is|have)|rate\s+is|mrp|(?:is|are|'s)\s+(?:like\s+|about\s+|around\s+|only\s+|now\s+|still\s+)?[₹$€£]?\s?\d[\d,.]*)(?![\p{L}\p{N}_])/iu,
    reason: priceReason,
    evenIfPaid: false,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_])(?:balance|limit|otp|pin|zip|postcode|post\s+code|order\s+(?:(?:no\.?|number|#)\s*\d+|\d{5,})|shipped|tracking|flight\s+(?!rs\b)[a-z]{2}\s?\d{2,4}(?![\d,.])|withdrew|withdrawal|took\s+out|atm|moved\s+.*\s+to\s+(?:my\s+)?(?:fd|savings|rd|ppf|isa)|transferred\s+.*\s+to\s+(?:savings|my)|invested|is\s+late|running\s+late|number\s+is|turns|turned|flat\s+(?:no\.?\s*)?\d+\s*,?\s*(?:tower|block|wing|floor|building|bldg)|overs|score)(?![\p{L}\p{N}_])/iu,
    reason: `That doesn't look like spending, so I didn't record anything. ${recordHint}`,
    evenIfPaid: false,
  },
];

/** Why `text` is not spending, or undefined when nothing says so. `paid`: the text says money was paid. */
export function notSpendingReason(text: string, paid: boolean): string | undefined {
  for (const rule of rules) if ((rule.evenIfPaid || !paid) && rule.pattern.test(text)) return rule.reason;
  return undefined;
}
