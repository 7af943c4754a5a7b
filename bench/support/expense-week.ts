/** The cost benchmarks' ledger: a busy week of one user's expenses with merchants as notes, the same on every run. */
import { addDays } from '../../src/core/time/period.ts';

export interface WeekExpense {
  readonly spentOn: string;
  readonly category: string;
  /** Minor units of `currency`. */
  readonly minor: number;
  readonly currency: string;
  readonly note: string | null;
}

/** Per category: the merchants its notes name and the range of an amount in minor units. */
const categories: ReadonlyArray<{ name: string; merchants: ReadonlyArray<string>; minor: [number, number] }> = [
  { name: 'groceries', merchants: ['BigBasket', 'DMart', 'Zepto', 'Blinkit'], minor: [8_000, 350_000] },
  { name: 'food', merchants: ['Swiggy', 'Zomato', "Domino's", 'Haldiram'], minor: [12_000, 180_000] },
  { name: 'coffee', merchants: ['Starbucks', 'Blue Tokai', 'Third Wave'], minor: [15_000, 60_000] },
  { name: 'transport', merchants: ['Uber', 'Ola', 'Rapido', 'metro card'], minor: [3_000, 90_000] },
  { name: 'fuel', merchants: ['Indian Oil', 'HP petrol pump'], minor: [50_000, 400_000] },
  { name: 'shopping', merchants: ['Amazon', 'Flipkart', 'Myntra'], minor: [30_000, 900_000] },
  { name: 'entertainment', merchants: ['Netflix', 'BookMyShow', 'Spotify'], minor: [11_900, 150_000] },
  { name: 'bills', merchants: ['Jio recharge', 'Airtel broadband', 'electricity'], minor: [20_000, 300_000] },
  { name: 'health', merchants: ['Apollo pharmacy', 'PharmEasy', 'gym'], minor: [10_000, 250_000] },
  { name: 'snacks', merchants: ['samosa', 'chips', 'ice cream'], minor: [2_000, 20_000] },
];

/**
 * `count` expenses spread over the seven days from `firstDay`, in `currency`. Pseudo-random from `seed`, so a
 * re-run asks about exactly the same rows; every fifth expense has no note, as people often leave it out.
 */
export function expenseWeek(firstDay: string, count: number, currency: string, seed: number): WeekExpense[] {
  const next = mulberry32(seed);
  const rows: WeekExpense[] = [];
  for (let index = 0; index < count; index++) {
    const category = categories[Math.floor(next() * categories.length)] ?? categories[0];
    if (!category) throw new Error('no categories');
    const [low, high] = category.minor;
    rows.push({
      spentOn: addDays(firstDay, index % 7),
      category: category.name,
      minor: low + Math.floor(next() * (high - low)),
      currency,
      note: index % 5 === 4 ? null : (category.merchants[Math.floor(next() * category.merchants.length)] ?? null),
    });
  }
  return rows;
}

/** A small seeded generator (mulberry32): enough spread for test data, identical on every platform. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
