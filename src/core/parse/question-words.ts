/** The words a spending question is made of, besides its period, category and currency; and their common typos. */
import { isKnownCategory } from './category.ts';
import { editDistance } from './edit-distance.ts';

/** Words around the category: "how much did I spend on | groceries | so far", "what have I spent on | takeaways". */
export const questionWords = new Set(
  `how much many did do does have has had i i've ive we we've my our me you your spend spent spending spendings spends
  spend's summarize summarise summary sum up add total totals expenses expense expenditure expenditures outgoings
  what what's whats about show tell give let know see check of on for in at during the a an all so far till until
  now overall altogether is was were are be been money just only and ok okay also then please pls went go gone going
  goes paid pay pays buy bought buying purchase purchased purchases get got getting order ordered take took had
  blow blew splash splashed shell shelled fork forked out cost costs costing there any did i'd earlier far whole
  entire roughly exactly approx approximately about around amount amounts cash dosh bucks rs kharcha kharch kitna
  hua kiya hai tha yet to date up lot same as well too hey hi finbot bot can could would
  you'd u ur pls plz kindly damage most cost me which am size single one overall
  make made making do done doing take taken taking use used using put grab grabbed pick picked visit visited fill
  filled refuel refuelled refueled look looks looking like want wanted need it that this them those these things
  stuff right currently quick quickly overview rundown ka ki ke ko pe par mein mai maine mera mere meri kya kitne kitni
  kharche kul paisa paise gaya gaye lagaya lagaye`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words typed often enough in questions to be worth correcting ("spnding", "yesterdy", "avergae", "novmber"). */
const correctable =
  `spend spent spending expense expenses expenditure average biggest largest highest expensive category
  categories total breakdown compare compared versus yesterday today month week weekly daily monthly weekend purchase
  purchases transaction transactions summary summarise summarize january february march april june july august
  september october november december monday tuesday wednesday thursday friday saturday sunday fortnight`
    .split(/\s+/)
    .filter(Boolean);
const correctableSet = new Set(correctable);

/** Short chat spellings and slips too short for the edit distance: "hw much", "wat did i spend", "this wknd". */
const chatSpellings = new Map<string, string>(
  Object.entries({
    hw: 'how',
    hwo: 'how',
    howm: 'how',
    wat: 'what',
    wht: 'what',
    waht: 'what',
    whta: 'what',
    wut: 'what',
    mch: 'much',
    muc: 'much',
    mcuh: 'much',
    muhc: 'much',
    mnay: 'many',
    amny: 'many',
    spnt: 'spent',
    spnd: 'spend',
    spen: 'spend',
    thsi: 'this',
    tihs: 'this',
    lsat: 'last',
    lst: 'last',
    wknd: 'weekend',
    wkend: 'weekend',
    tdy: 'today',
    tday: 'today',
    '2day': 'today',
    ystrdy: 'yesterday',
  }),
);

/**
 * Fixes one-letter slips in question words of four letters or more ("spnd" → "spend"), never in a word that
 * names a category, so "cafe" or "taxi" stay as written; and the short chat spellings above.
 */
export function fixQuestionTypos(text: string): string {
  const spelled = text.replace(/(?<![\p{L}\d'])[\p{L}\d]{2,6}(?![\p{L}\d'])/gu, (word) => {
    const fixed = chatSpellings.get(word.toLowerCase());
    return fixed === undefined || isKnownCategory(word.toLowerCase()) ? word : fixed;
  });
  return spelled.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (correctableSet.has(lower) || questionWords.has(lower) || isKnownCategory(lower)) return word;
    const limit = lower.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of correctable) {
      const distance = editDistance(lower, candidate, limit);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best ?? word;
  });
}
