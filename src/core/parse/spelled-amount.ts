/**
 * Rewrites amounts people spell out or decorate into plain figures before they are read: "twenty bucks" →
 * "20 bucks", "a tenner" → "10", "1 250 €" → "1250 €", "£950pcm" → "£950", "$45ish" → "$45".
 */

const units = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const valueOfWord = new Map<string, number>([
  ...units.map((word, value) => [word, value] as const),
  ...tens.map((word, at) => [word, at * 10] as const).filter(([word]) => word !== ''),
  ['a', 1],
  ['an', 1],
]);
const numberWord = [...valueOfWord.keys()].filter((word) => word !== 'a' && word !== 'an').join('|');
const moneyWord = '(?:bucks?|dollars?|quid|pounds?|euros?|rupees?|rs|usd|eur|gbp|inr)';
/** "twenty bucks", "a hundred bucks", "forty-five dollars", "two hundred euros". */
const spelled = new RegExp(
  String.raw`(?<!\w)((?:a|an|${numberWord})(?:[\s-](?:${numberWord}))?)(?:\s+(hundred|thousand|grand))?(?=\s+${moneyWord}(?!\w))`,
  'giu',
);
/** "eight euro fifty", "a buck fifty", "ten pounds twenty": the words after the money word are the cents. */
const withCents = new RegExp(
  String.raw`(?<!\w)(\d+)\s+(${moneyWord})\s+((?:${numberWord})(?:[\s-](?:${numberWord}))?)(?!\w)`,
  'giu',
);
/** Slang for notes: "a tenner", "fiver", "a grand". */
const slang = new Map<string, string>([
  ['tenner', '10'],
  ['fiver', '5'],
  ['grand', '1000'],
  ['twenty quid', '20 quid'],
]);
const slangWords = /(?<!\w)(?:a\s+|one\s+)?(tenner|fiver|(?<=\ba\s)grand)(?!\w)/giu;
/** Per-period and rough-value decorations glued to a figure: "/month", "pcm", "ish". */
const decoration = /(?<=\d|[$€£₹])(?:\/(?:month|mo|mth|m|year|yr|y|week|wk|w|night|day)|pcm|p\/m|-?ish)(?!\w)/giu;
/** "1 250 €", "€ 1 150": thousands grouped with a space beside a currency sign. */
const spaceGrouped =
  /(?<=(?:^|\s)(?:[$€£₹]\s?)?)(\d{1,3})\s(\d{3})(?=(?:[,.]\d{1,2})?\s?(?:[$€£₹]|eur|euro)|(?<=[$€£₹]\s?\d{1,3}\s\d{3}))/giu;

export function unspellAmounts(text: string): string {
  return text
    .replace(decoration, '')
    .replace(spaceGrouped, '$1$2')
    .replace(slangWords, (_, word: string) => slang.get(word.toLowerCase()) ?? word)
    .replace(spelled, (_, number: string, scale: string | undefined) => {
      const factor = scale === undefined ? 1 : scale.toLowerCase() === 'hundred' ? 100 : 1000;
      return String(wordsValue(number) * factor);
    })
    .replace(withCents, (whole, figure: string, money: string, cents: string) => {
      const value = wordsValue(cents);
      return value > 0 && value < 100 ? `${figure}.${String(value).padStart(2, '0')} ${money}` : whole;
    });
}

/** "forty-five" → 45, "a" → 1. */
function wordsValue(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]/)
    .reduce((sum, word) => sum + (valueOfWord.get(word) ?? 0), 0);
}
