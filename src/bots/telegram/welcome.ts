/** The buttons under the introduction and the settings that pick a time zone, currency or digest time (each sends a core command). */
import type { ReplyButton } from '../../core/service/inbound-message.ts';

const timeZones: ReadonlyArray<[label: string, zone: string]> = [
  ['India', 'Asia/Kolkata'],
  ['UK', 'Europe/London'],
  ['Central Europe', 'Europe/Berlin'],
  ['US East', 'America/New_York'],
  ['US West', 'America/Los_Angeles'],
  ['Singapore', 'Asia/Singapore'],
];

const currencies: ReadonlyArray<string> = ['INR', 'USD', 'EUR', 'GBP'];

/** The usual choices; any other time is one message away ("digest friday 7pm"). */
const digestChoices: ReadonlyArray<ReplyButton> = [
  { label: '📬 Mon 09:00', command: 'digest monday 09:00' },
  { label: '📬 Sun 18:00', command: 'digest sunday 18:00' },
  { label: '🔕 No digest', command: 'digest off' },
];

/** Button rows: time zones two to a row, the currencies in one row, then when the weekly digest comes. */
export function settingsButtonRows(): ReplyButton[][] {
  const zoneButtons = timeZones.map(([label, zone]) => ({ label: `🕒 ${label}`, command: `set timezone ${zone}` }));
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < zoneButtons.length; i += 2) rows.push(zoneButtons.slice(i, i + 2));
  rows.push(currencies.map((code) => ({ label: code, command: `set currency ${code}` })));
  rows.push([...digestChoices]);
  return rows;
}
