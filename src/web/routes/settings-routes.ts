/** The settings page; a save goes through the chat's own settings command, in one transaction. */
import type { DigestSendAt } from '../../core/digest/digest-send-at.ts';
import { isKnownCurrency } from '../../core/money/currency.ts';
import type { SettingsChanges } from '../../core/parse/intent.ts';
import { changeSettings } from '../../core/service/commands/change-settings.ts';
import { isValidTimeZone, type Weekday } from '../../core/time/period.ts';
import { signedInPage } from '../pages/layout.ts';
import { type SettingsView, settingsMain } from '../pages/settings-page.ts';
import type { FormFields } from '../read-form.ts';
import { sendHtml } from '../web-response.ts';
import { pageFrame } from './page-frame.ts';
import type { SignedInContext } from './route-context.ts';

const timeZones: ReadonlyArray<string> = Intl.supportedValuesOf('timeZone');

export async function showSettings(ctx: SignedInContext, status = 200, notice?: SettingsView['notice']): Promise<void> {
  const user = (await ctx.deps.store.findUserById(ctx.signedIn.user.id)) ?? ctx.signedIn.user;
  const own = await ctx.deps.store.findDigestSendAt(user.id);
  const main = settingsMain({
    user,
    csrfToken: ctx.signedIn.session.csrfToken,
    sendAt: own ?? ctx.deps.settings.digestSendAt,
    ownSendAt: own !== undefined,
    timeZones,
    ...(notice ? { notice } : {}),
  });
  sendHtml(ctx.response, status, signedInPage(pageFrame(ctx, 'settings', 'Settings', main)));
}

export async function saveSettings(ctx: SignedInContext, form: FormFields): Promise<void> {
  const { deps } = ctx;
  const user = ctx.signedIn.user;
  const read = readSettingsForm(form);
  if (!read.ok) return showSettings(ctx, 422, { kind: 'error', message: read.error });
  const wanted = read.value;
  const own = await deps.store.findDigestSendAt(user.id);
  const current = own ?? deps.settings.digestSendAt;
  const sameTime =
    wanted.sendAt.weekday === current.weekday &&
    wanted.sendAt.hour === current.hour &&
    wanted.sendAt.minute === current.minute;
  const changes: SettingsChanges = {
    ...(wanted.timeZone !== user.timeZone ? { timeZone: wanted.timeZone } : {}),
    ...(wanted.currency !== user.currency ? { currency: wanted.currency } : {}),
    ...(wanted.weekStart !== user.weekStart ? { weekStart: wanted.weekStart } : {}),
    ...(wanted.digestEnabled !== user.digestEnabled ? { digestEnabled: wanted.digestEnabled } : {}),
    ...(sameTime ? {} : { digestSendAt: wanted.sendAt }),
  };
  if (Object.keys(changes).length > 0) {
    await deps.store.transaction(async (store) => {
      const now = deps.clock.now().toISOString();
      const thread = await store.getThread(user.id);
      const result = await changeSettings(
        { store, settings: deps.settings, user, thread, today: ctx.today, now, messageKey: `web:${now}` },
        changes,
      );
      const events = (result.events ?? []).map((content) => ({
        role: 'event' as const,
        content: `${content} (in the dashboard)`,
        createdAt: now,
      }));
      if (events.length > 0) await store.appendThreadMessages(thread.id, events);
    });
  }
  await showSettings(ctx, 200, { kind: 'saved', message: 'Saved.' });
}

interface SettingsForm {
  readonly timeZone: string;
  readonly currency: string;
  readonly weekStart: Weekday;
  readonly digestEnabled: boolean;
  readonly sendAt: DigestSendAt;
}

function readSettingsForm(form: FormFields): { ok: true; value: SettingsForm } | { ok: false; error: string } {
  const timeZone = (form.get('time_zone') ?? '').trim();
  if (!isValidTimeZone(timeZone))
    return { ok: false, error: `"${timeZone}" is not a time zone, like Asia/Kolkata or Europe/London.` };
  const currency = (form.get('currency') ?? '').trim().toUpperCase();
  if (!isKnownCurrency(currency))
    return { ok: false, error: `"${currency}" is not a currency code, like INR, USD or EUR.` };
  const weekStart = weekday(form.get('week_start'));
  const digestDay = weekday(form.get('digest_day'));
  if (weekStart === undefined || digestDay === undefined) return { ok: false, error: 'Choose a day of the week.' };
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec((form.get('digest_time') ?? '').trim());
  if (!time) return { ok: false, error: 'Choose the digest’s time, like 09:00.' };
  return {
    ok: true,
    value: {
      timeZone,
      currency,
      weekStart,
      digestEnabled: form.get('digest_enabled') === 'on',
      sendAt: { weekday: digestDay, hour: Number(time[1]), minute: Number(time[2]) },
    },
  };
}

function weekday(text: string | undefined): Weekday | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 7 ? (value as Weekday) : undefined;
}
