/** Commands: undo, delete, edit, list, settings, digest on/off, help. A leading "/" is optional. */
import { isKnownCurrency } from '../money/currency.ts';
import { isValidTimeZone, type Weekday } from '../time/period.ts';
import { findAmount } from './amount.ts';
import { normalizeCategory } from './category.ts';
import { findDatePhrase } from './date-phrase.ts';
import type { Intent, ParseContext, SettingsChanges } from './intent.ts';
import { findPeriodPhrase } from './period-phrase.ts';
import { cutOut, tidy, trimFiller } from './text-tools.ts';

const helpWords = /^(?:help|\?|start|hi|hello|hey|menu|commands|what can you do)$/i;
const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Reads a command, or returns undefined when the text is not one. */
export function parseCommand(raw: string, ctx: ParseContext): Intent | undefined {
  // "/undo@finbot_bot 12" → "undo 12"
  const text = tidy(raw.replace(/^\/(\w+)@\w+/, '/$1').replace(/^\//, ''));
  const lower = text.toLowerCase();
  if (helpWords.test(lower)) return { kind: 'help' };

  let match = /^undo(?:\s+(?:last|#?\s*(\d+)))?$/i.exec(text);
  if (match) return { kind: 'undo', number: match[1] ? Number(match[1]) : null };

  match = /^(?:delete|del|remove|rm)(?:\s+#?\s*(\d+))?$/i.exec(text);
  if (match) {
    return match[1]
      ? { kind: 'delete', number: Number(match[1]) }
      : { kind: 'invalid', message: 'Which expense? Say "delete 12" with its number from "list".' };
  }

  match = /^(?:edit|change|fix)(?:\s+#?\s*(\d+))?\s*(.*)$/i.exec(text);
  if (match) {
    if (!match[1]) return { kind: 'invalid', message: 'Which expense? Say "edit 12 300" with its number from "list".' };
    return parseEdit(Number(match[1]), match[2] ?? '', ctx);
  }

  match = /^(?:list|recent|history|show (?:my )?(?:expenses|spending|entries))\b\s*(.*)$/i.exec(text);
  if (match) return parseList(match[1] ?? '', ctx);

  match = /^digest\s+(on|off)$/i.exec(text);
  if (match) return { kind: 'settings', changes: { digestEnabled: (match[1] ?? '').toLowerCase() === 'on' } };

  if (/^(?:settings|preferences|prefs|setup|config)$/i.test(text)) return { kind: 'settings', changes: {} };
  return parseSetting(text);
}

function parseEdit(number: number, rest: string, ctx: ParseContext): Intent {
  const changes: {
    amount?: import('../money/money.ts').Money;
    category?: string;
    spentOn?: string;
    note?: string | null;
  } = {};
  let text = tidy(rest.replace(/^to\s+/i, ''));
  const field = /^(amount|category|cat|date|day|note)\s+(?:to\s+)?(.+)$/i.exec(text);
  if (field) {
    const [name = '', value = ''] = [field[1]?.toLowerCase(), field[2]];
    if (name === 'note') return { kind: 'edit', number, changes: { note: tidy(value) } };
    if (name === 'category' || name === 'cat')
      return { kind: 'edit', number, changes: { category: normalizeCategory(trimFiller(value)) } };
    if (name === 'date' || name === 'day') {
      const date = findDatePhrase(value, ctx);
      if (!date)
        return {
          kind: 'invalid',
          message: `I couldn't read "${value}" as a date. Try "yesterday", "12 Nov" or 2026-11-20.`,
        };
      if (!date.result.ok) return { kind: 'invalid', message: date.result.message };
      return { kind: 'edit', number, changes: { spentOn: date.result.date } };
    }
    text = value;
  }
  const date = findDatePhrase(text, ctx);
  if (date) {
    if (!date.result.ok) return { kind: 'invalid', message: date.result.message };
    changes.spentOn = date.result.date;
    text = cutOut(text, date.index, date.length);
  }
  const amount = findAmount(text, ctx);
  if (amount) {
    if (!amount.result.ok) return { kind: 'invalid', message: amount.result.message };
    changes.amount = amount.result.money;
    text = cutOut(text, amount.index, amount.length);
  }
  const category = trimFiller(text);
  if (category && /\p{L}/u.test(category)) changes.category = normalizeCategory(category);
  return { kind: 'edit', number, changes };
}

function parseList(rest: string, ctx: ParseContext): Intent {
  let text = tidy(rest);
  let limit: number | null = null;
  const count = /(?:^|\s)(?:last\s+)?(\d{1,3})(?:\s+(?:expenses|entries|items))?$/i.exec(text);
  if (count && !/days?$/i.test(text)) {
    limit = Number(count[1]);
    text = tidy(text.slice(0, count.index));
  }
  const period = findPeriodPhrase(text, ctx);
  if (period && !period.result.ok) return { kind: 'invalid', message: period.result.message };
  if (period) text = cutOut(text, period.index, period.length);
  const category = trimFiller(text.replace(/\b(?:expenses|spending|entries)\b/gi, ''));
  return {
    kind: 'list',
    limit,
    period: period?.result.ok ? period.result.period : null,
    category: category ? normalizeCategory(category) : null,
  };
}

function parseSetting(text: string): Intent | undefined {
  let match = /^(?:set\s+)?(?:my\s+)?(?:time\s*zone|tz)\s+(?:to\s+|is\s+)?(\S+)$/i.exec(text);
  if (match) {
    const zone = canonicalZone(match[1] ?? '');
    return zone
      ? settings({ timeZone: zone })
      : {
          kind: 'invalid',
          message: `"${match[1]}" is not a time zone I know. Use a name like Asia/Kolkata, Europe/London or America/New_York.`,
        };
  }
  match = /^(?:set\s+)?(?:my\s+)?currency\s+(?:to\s+|is\s+)?([A-Za-z]{3})$/i.exec(text);
  if (match) {
    const code = (match[1] ?? '').toUpperCase();
    return isKnownCurrency(code)
      ? settings({ currency: code })
      : { kind: 'invalid', message: `"${code}" is not an ISO currency code. Try INR, USD, EUR or GBP.` };
  }
  match =
    /^(?:set\s+)?(?:my\s+)?(?:week\s*start(?:s)?(?:\s+on)?|start\s+(?:the\s+)?week\s+on|first day of (?:the )?week)\s+(?:to\s+|is\s+)?(\w+)$/i.exec(
      text,
    );
  if (match) {
    const index = weekdayNames.findIndex((day) => day.startsWith((match?.[1] ?? '').toLowerCase().slice(0, 3)));
    return index >= 0 && (match[1] ?? '').length >= 3
      ? settings({ weekStart: (index + 1) as Weekday })
      : { kind: 'invalid', message: 'Name a day for the week to start, like "set week start sunday".' };
  }
  match = /^(?:set\s+)?(?:my\s+)?(?:locale|language)\s+(?:to\s+|is\s+)?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/i.exec(
    text,
  );
  if (match) {
    const [locale] = Intl.NumberFormat.supportedLocalesOf(match[1] ?? '');
    return locale
      ? settings({ locale })
      : { kind: 'invalid', message: `"${match[1]}" is not a locale I can format for. Try en-IN, en-US or en-GB.` };
  }
  return undefined;
}

function settings(changes: SettingsChanges): Intent {
  return { kind: 'settings', changes };
}

/** "asia/kolkata" → "Asia/Kolkata"; undefined when no zone has that name. */
function canonicalZone(name: string): string | undefined {
  if (/^utc$/i.test(name)) return 'UTC';
  const capitalized = name.replace(/[A-Za-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  // Typed all in lower case, the capitalised spelling is the one to keep.
  for (const candidate of name === name.toLowerCase() ? [capitalized, name] : [name, capitalized]) {
    if (isValidTimeZone(candidate) && candidate.includes('/')) return candidate;
  }
  return undefined;
}
