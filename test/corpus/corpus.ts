/** Loads the understanding corpus: labelled expense messages and messages that are not expenses, per region. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseContext } from '../../src/core/parse/intent.ts';

export interface ExpenseCase {
  readonly region: string;
  readonly message: string;
  /** Decimal in major units, as labelled ("4.20"). */
  readonly amount: string;
  readonly currency: string;
  readonly category: string;
  readonly date: string;
  readonly kind: string;
}

export interface NotExpenseCase {
  readonly region: string;
  readonly message: string;
  readonly kind: string;
}

const folder = import.meta.dirname;
/** Every corpus is read on Wednesday 25 Nov 2026, as its labels assume. */
export const corpusToday = '2026-11-25';
const regions: Readonly<Record<string, { currency: string; locale: string }>> = {
  in: { currency: 'INR', locale: 'en-IN' },
  uk: { currency: 'GBP', locale: 'en-GB' },
  us: { currency: 'USD', locale: 'en-US' },
  eu: { currency: 'EUR', locale: 'en-IE' },
};

/** The parser context a user of `region` has. */
export function regionContext(region: string): ParseContext {
  const settings = regions[region];
  if (!settings) throw new Error(`unknown corpus region ${region}`);
  return {
    today: corpusToday,
    defaultCurrency: settings.currency,
    locale: settings.locale,
    weekStart: 1,
    maxAmountMajor: 10_000_000,
  };
}

/** The main corpus, or `holdout`: a second set kept out of tuning, to see how the parser does on unseen messages. */
export type CorpusSet = 'main' | 'holdout';

export function loadExpenseCases(set: CorpusSet = 'main'): ExpenseCase[] {
  return corpusFiles(set, 'expenses-').flatMap(({ region, rows }) =>
    rows.map(([message = '', amount = '', currency = '', category = '', date = '', kind = '']) => ({
      region,
      message,
      amount,
      currency,
      category,
      date,
      kind,
    })),
  );
}

export function loadNotExpenseCases(set: CorpusSet = 'main'): NotExpenseCase[] {
  // The held-out set keeps all regions in one file, the region in the first column.
  if (set === 'holdout') {
    return corpusFiles(set, 'not-expenses').flatMap(({ rows }) =>
      rows.map(([region = '', message = '', kind = '']) => ({ region, message, kind })),
    );
  }
  return corpusFiles(set, 'not-expenses-').flatMap(({ region, rows }) =>
    rows.map(([message = '', kind = '']) => ({ region, message, kind })),
  );
}

function corpusFiles(set: CorpusSet, prefix: string): Array<{ region: string; rows: string[][] }> {
  const where = set === 'main' ? folder : join(folder, 'holdout');
  return readdirSync(where)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.tsv'))
    .sort()
    .map((name) => ({
      region: name.slice(prefix.length, -'.tsv'.length),
      rows: readFileSync(join(where, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'))
        .map((line) => line.split('\t').map(decodeEscapes)),
    }));
}

/** Invisible characters are written as \uXXXX in the files, so a reader can see them. */
function decodeEscapes(field: string): string {
  return field.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
