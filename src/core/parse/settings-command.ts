/** Settings: show them, or change time zone, currency, week start, locale, or the weekly digest and when it comes. */
import { parseDigestSendAt } from '../digest/digest-send-at.ts';
import { isKnownCurrency } from '../money/currency.ts';
import { isValidTimeZone } from '../time/period.ts';
import { currencyOfWord } from './currency-word.ts';
import type { Intent, ParseContext, SettingsChanges } from './intent.ts';
import { tidy } from './text-tools.ts';
import { weekdayNumber, weekdayPattern } from './weekday.ts';

const show = /^(?:settings?|preferences|prefs|config|setup|(?:show\s+)?my\s+settings|show\s+settings)$/i;
const lead = String.raw`^(?:(?:settings?|set|change|update)\s+)?(?:my\s+|the\s+)?`;
const joint = String.raw`(?:\s*[=:]\s*|\s+(?:(?:to|is)\s+)?|$)`;
const digest = String.raw`${lead}(?:weekly\s+)?digests?\s+`;
const timeWord = String.raw`(?:(?:send\s+)?(?:time|day)|schedule)`;
const atWord = String.raw`(?:at|on|every)\s+`;

const fields: ReadonlyArray<{ regex: RegExp; read: (value: string, ctx: ParseContext) => Intent }> = [
  { regex: new RegExp(`${lead}(?:time\\s*zone|tz)${joint}(.*)$`, 'i'), read: readTimeZone },
  { regex: new RegExp(`${lead}(?:default\\s+)?currency${joint}(\\S*)$`, 'i'), read: readCurrency },
  {
    regex: new RegExp(
      `${lead}(?:week\\s*(?:starts?|begins?)(?:\\s+on)?|start\\s+of\\s+(?:the\\s+)?week|first\\s+day\\s+of\\s+(?:the\\s+)?week|start\\s+(?:the\\s+)?week\\s+on)${joint}(\\S*)$`,
      'i',
    ),
    read: readWeekStart,
  },
  { regex: new RegExp(`${lead}(?:locale|language|lang)${joint}(.*)$`, 'i'), read: readLocale },
  { regex: new RegExp(`${lead}(?:weekly\\s+)?digests?${joint}(\\S*)$`, 'i'), read: readDigest },
  // "digest at sunday 18:00", "set digest time to fri 7pm": a lead word says a time follows.
  { regex: new RegExp(`${digest}(?:${timeWord}${joint}(?:${atWord})?|${atWord})(.+)$`, 'i'), read: readDigestTime },
  // "digest sunday 18:00", "digest: friday at 7 pm", "set digest to 9am monday": no lead word, so it counts only
  // with a weekday and a number ("digest book 300" stays an expense).
  {
    regex: new RegExp(
      `${lead}(?:weekly\\s+)?digests?${joint}(${weekdayPattern}s?\\s+(?:at\\s+)?\\d.*|\\d.*\\s${weekdayPattern}s?)$`,
      'i',
    ),
    read: readDigestTime,
  },
  {
    regex: /^(?:turn\s+)?(on|off|enable|disable|stop|start|resume|pause)\s+(?:the\s+)?(?:weekly\s+)?digests?$/i,
    read: readDigest,
  },
  { regex: /^turn\s+(?:the\s+)?(?:weekly\s+)?digests?\s+(on|off)$/i, read: readDigest },
];

const digestOn = /^(?:on|yes|true|enable|enabled|start|resume|1|weekly)$/i;
const digestOff = /^(?:off|no|false|disable|disabled|stop|pause|never|0)$/i;
const digestDefaultTime = /^(?:default|reset|usual)$/i;
const digestTimeHint =
  'Say "digest on", "digest off", or when it should come, like "digest sunday 18:00" or "digest friday 7pm".';

/** Reads a settings command, or returns undefined when the text is not one. */
export function parseSettingsCommand(text: string, ctx: ParseContext): Intent | undefined {
  if (show.test(text)) return settings({});
  for (const { regex, read } of fields) {
    const match = regex.exec(text);
    if (match) return read(tidy(match[1] ?? ''), ctx);
  }
  return undefined;
}

function readTimeZone(value: string): Intent {
  if (value === '') return invalid('Which time zone? Say something like "set timezone Asia/Kolkata".');
  const zone = canonicalZone(value);
  return zone
    ? settings({ timeZone: zone })
    : invalid(`"${value}" is not a time zone I know. Use a name like Asia/Kolkata, Europe/London or America/New_York.`);
}

function readCurrency(value: string, ctx: ParseContext): Intent {
  if (value === '') return invalid('Which currency? Say something like "set currency USD".');
  // In a setting any ISO code counts, even ones that are also words ("try" is the Turkish lira).
  const code = currencyOfWord(value, ctx.defaultCurrency) ?? (isKnownCurrency(value) ? value.toUpperCase() : undefined);
  return code
    ? settings({ currency: code })
    : invalid(`"${value}" is not an ISO currency code I know. Try INR, USD, EUR or GBP.`);
}

function readWeekStart(value: string): Intent {
  const weekStart = weekdayNumber(value);
  return weekStart
    ? settings({ weekStart })
    : invalid('Name a day for the week to start, like "set week start sunday".');
}

function readLocale(value: string): Intent {
  if (value === '') return invalid('Which locale? Say something like "set locale en-US".');
  try {
    const [locale] = Intl.getCanonicalLocales(value.replace(/_/g, '-'));
    if (locale && Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0) return settings({ locale });
  } catch {
    // a malformed tag: refused below
  }
  return invalid(`"${value}" is not a locale I can format for. Try en-IN, en-US or en-GB.`);
}

function readDigest(value: string): Intent {
  if (value === '') return settings({});
  if (digestOn.test(value)) return settings({ digestEnabled: true });
  if (digestOff.test(value)) return settings({ digestEnabled: false });
  if (digestDefaultTime.test(value)) return settings({ digestSendAt: null });
  return invalid(digestTimeHint);
}

/** A chosen time turns the digest on too: asking for it at a time means wanting it. */
function readDigestTime(value: string): Intent {
  if (digestDefaultTime.test(value)) return settings({ digestSendAt: null });
  const sendAt = parseDigestSendAt(value);
  return sendAt ? settings({ digestEnabled: true, digestSendAt: sendAt }) : invalid(digestTimeHint);
}

/** "asia/kolkata" → "Asia/Kolkata", "utc" → "UTC"; undefined when no IANA zone has that name. */
function canonicalZone(name: string): string | undefined {
  if (/^(?:utc|gmt|etc\/utc)$/i.test(name)) return 'UTC';
  // Area/Location names only: abbreviations like "EST" or "IST" mean different things in different places.
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name) || !isValidTimeZone(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  // The runtime may answer with an older alias (Asia/Kolkata → Asia/Calcutta): keep the name the user chose,
  // only fixing its case when they typed it all in lower case.
  if (name !== name.toLowerCase()) return name;
  const capitalized = name.replace(/[a-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1));
  return isValidTimeZone(capitalized) ? capitalized : resolved;
}

function settings(changes: SettingsChanges): Intent {
  return { kind: 'settings', changes };
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
