/** Category names: common words and brands map to one canonical category; anything else is kept as written. */

const aliasGroups: Record<string, ReadonlyArray<string>> = {
  groceries: [
    'grocery',
    'groceries',
    'veggies',
    'veggie',
    'vegetable',
    'vegetables',
    'veg',
    'sabzi',
    'sabji',
    'fruit',
    'fruits',
    'kirana',
    'supermarket',
    'big basket',
    'bigbasket',
    'blinkit',
    'zepto',
    'instamart',
    'dmart',
    'd-mart',
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
    'local train',
    'taxi',
    'commute',
    'parking',
    'toll',
  ],
  fuel: ['fuel', 'petrol', 'diesel', 'gas', 'gasoline', 'cng'],
  food: [
    'food',
    'lunch',
    'dinner',
    'breakfast',
    'brunch',
    'meal',
    'restaurant',
    'dining',
    'dining out',
    'eating out',
    'takeout',
    'takeaway',
    'swiggy',
    'zomato',
  ],
  snacks: ['snack', 'snacks'],
  tea: ['tea', 'chai'],
  coffee: ['coffee', 'cafe', 'café', 'starbucks'],
  rent: ['rent', 'house rent', 'room rent'],
  bills: [
    'bill',
    'bills',
    'electricity',
    'electricity bill',
    'power',
    'power bill',
    'water',
    'water bill',
    'internet',
    'internet bill',
    'wifi',
    'wi-fi',
    'broadband',
    'phone bill',
    'mobile bill',
    'mobile recharge',
    'phone recharge',
    'recharge',
    'dth',
    'lpg',
    'gas cylinder',
    'utilities',
    'utility',
  ],
  health: [
    'health',
    'medicine',
    'medicines',
    'meds',
    'medical',
    'pharmacy',
    'chemist',
    'doctor',
    'dentist',
    'clinic',
    'hospital',
  ],
  entertainment: [
    'entertainment',
    'movie',
    'movies',
    'cinema',
    'netflix',
    'prime video',
    'hotstar',
    'spotify',
    'concert',
  ],
  shopping: ['shopping', 'clothes', 'clothing', 'amazon', 'flipkart', 'myntra'],
};

const canonicalByAlias = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(aliasGroups)) {
  for (const alias of aliases) canonicalByAlias.set(alias, canonical);
}

/** "Groceries", "grocery", "veggies" → "groceries"; "Board Games" stays "Board Games" (spaces tidied). */
export function normalizeCategory(raw: string): string {
  const written = raw.trim().replace(/\s+/g, ' ');
  return canonicalOf(written) ?? written;
}

/** True for words that name a known category (used to tell a question's category from other words). */
export function isKnownCategory(raw: string): boolean {
  return canonicalOf(raw.trim().replace(/\s+/g, ' ')) !== undefined;
}

function canonicalOf(written: string): string | undefined {
  const key = written.toLowerCase().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  for (const form of [key, ...singularForms(key)]) {
    const canonical = canonicalByAlias.get(form);
    if (canonical) return canonical;
  }
  return undefined;
}

/** Possible singulars, tried in turn: "movies" → "movy", "movie"; "buses" → "bus"; "cabs" → "cab". */
function singularForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}
