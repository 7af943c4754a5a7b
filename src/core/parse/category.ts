/** Category names: common words and brands map to one canonical category; anything else is kept as written. */

const aliasGroups: Record<string, ReadonlyArray<string>> = {
  groceries: [
    'grocery',
    'groceries',
    'veggies',
    'vegetable',
    'vegetables',
    'veg',
    'fruit',
    'fruits',
    'kirana',
    'supermarket',
    'big basket',
    'bigbasket',
    'blinkit',
    'zepto',
    'milk',
    'dairy',
  ],
  transport: [
    'transport',
    'cab',
    'uber',
    'ola',
    'rapido',
    'auto',
    'autorickshaw',
    'auto rickshaw',
    'rickshaw',
    'metro',
    'bus',
    'train',
    'taxi',
    'commute',
    'parking',
    'toll',
  ],
  fuel: ['fuel', 'petrol', 'diesel', 'gas', 'cng'],
  food: [
    'food',
    'lunch',
    'dinner',
    'breakfast',
    'brunch',
    'meal',
    'restaurant',
    'eating out',
    'takeout',
    'takeaway',
    'swiggy',
    'zomato',
  ],
  snacks: ['snack', 'snacks'],
  tea: ['tea', 'chai'],
  coffee: ['coffee', 'cafe', 'starbucks'],
  rent: ['rent'],
  bills: [
    'bill',
    'bills',
    'electricity',
    'power bill',
    'water bill',
    'internet',
    'wifi',
    'broadband',
    'phone bill',
    'mobile recharge',
    'recharge',
    'utilities',
  ],
  health: ['health', 'medicine', 'medicines', 'meds', 'pharmacy', 'chemist', 'doctor', 'hospital'],
  entertainment: ['entertainment', 'movie', 'movies', 'cinema', 'netflix', 'spotify', 'concert'],
  shopping: ['shopping', 'clothes', 'clothing', 'amazon', 'flipkart'],
};

const canonicalByAlias = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(aliasGroups)) {
  for (const alias of aliases) canonicalByAlias.set(alias, canonical);
}

/** "Groceries", "grocery", "veggies" → "groceries"; "Board Games" stays "Board Games". */
export function normalizeCategory(raw: string): string {
  const written = raw.trim().replace(/\s+/g, ' ');
  const lower = written.toLowerCase();
  return canonicalByAlias.get(lower) ?? canonicalByAlias.get(singular(lower)) ?? written;
}

/** True for words that name a known category (used to tell a question's category from other words). */
export function isKnownCategory(raw: string): boolean {
  const lower = raw.trim().toLowerCase();
  return canonicalByAlias.has(lower) || canonicalByAlias.has(singular(lower));
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
