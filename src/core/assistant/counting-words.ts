/** Whether a number is a count: followed by a counting noun ("3 expenses", "2 times", "3 coffee expenses"). */

const countingNouns = new Set(
  [
    // English
    'expense expenses entry entries item items transaction transactions time times day days week weeks month months',
    'year years category categories purchase purchases payment payments record records receipt receipts bill bills',
    'order orders visit visits trip trips ride rides meal meals person people occasion occasions hour hours minute minutes',
    // German, French, Dutch, Spanish
    'ausgabe ausgaben eintrag einträge buchung buchungen mal tag tage tagen woche wochen monat monate monaten',
    'kategorie kategorien kauf käufe zahlung zahlungen posten',
    'dépense dépenses fois jour jours semaine semaines mois catégorie catégories achat achats paiement paiements',
    'uitgave uitgaven keer keren dag dagen weken maand maanden categorie categorieën aankoop aankopen betaling betalingen',
    'gasto gastos vez veces día días semana semanas mes meses categoría categorías compra compras pago pagos',
  ]
    .join(' ')
    .split(' '),
);

/** Words that may stand between a count and its noun: "3 more expenses", "2 of your purchases". */
const qualifiers = new Set(
  (
    'of your the these those my more fewer other separate different individual new recent latest last biggest ' +
    'largest smallest highest lowest top big large small recorded logged similar single consecutive previous ' +
    'weitere andere autres nouvelles otros otras'
  ).split(' '),
);

const followingWords = /^(?:[ \u00a0\u202f]+(\p{L}[\p{L}'\u2019-]*)){1,3}/u;
const wordPattern = /\p{L}[\p{L}'\u2019-]*/gu;

/**
 * True when the words right after `text[numberEnd]` are a counting noun, possibly after up to two qualifiers or
 * words of `extraQualifiers` (the user's category names: "3 coffee expenses").
 */
export function isFollowedByCountingNoun(
  text: string,
  numberEnd: number,
  extraQualifiers: ReadonlySet<string>,
): boolean {
  const following = followingWords.exec(text.slice(numberEnd, numberEnd + 120))?.[0] ?? '';
  const words = [...following.matchAll(wordPattern)].map((match) => match[0].toLowerCase());
  for (const [index, word] of words.entries()) {
    if (countingNouns.has(word)) return true;
    if (index === 0 && word === 'of' && /^(?:them|these|those)$/.test(words[1] ?? '')) return true;
    if (!qualifiers.has(word) && !extraQualifiers.has(word)) return false;
  }
  return false;
}
