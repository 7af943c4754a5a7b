/** Settings: time zone, currency, week start and the weekly digest, saved through the chat's own settings code. */
import type { DigestSendAt } from '../../core/digest/digest-send-at.ts';
import type { User } from '../../core/domain/user.ts';
import { type Html, html } from '../html.ts';

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface SettingsView {
  readonly user: User;
  readonly csrfToken: string;
  readonly sendAt: DigestSendAt;
  /** The user chose the digest time (else it is the deployment's). */
  readonly ownSendAt: boolean;
  readonly timeZones: ReadonlyArray<string>;
  readonly notice?: { readonly kind: 'saved' | 'error'; readonly message: string };
}

export function settingsMain(view: SettingsView): Html {
  const { user, sendAt } = view;
  const pad = (value: number) => String(value).padStart(2, '0');
  const weekdayOptions = (selected: number) =>
    weekdayNames.map(
      (name, index) =>
        html`<option value="${index + 1}"${index + 1 === selected ? html` selected` : ''}>${name}</option>`,
    );
  return html`<h1>Settings</h1>
${view.notice ? html`<p class="notice${view.notice.kind === 'error' ? ' error' : ''}" role="${view.notice.kind === 'error' ? 'alert' : 'status'}">${view.notice.message}</p>` : ''}
<form method="post" action="/dashboard/settings" class="settings-form">
  <input type="hidden" name="_csrf" value="${view.csrfToken}">
  <label>Time zone <input name="time_zone" list="time-zones" required value="${user.timeZone}" autocomplete="off"></label>
  <datalist id="time-zones">${view.timeZones.map((zone) => html`<option value="${zone}">`)}</datalist>
  <label>Currency <input name="currency" required maxlength="3" size="4" value="${user.currency}" autocomplete="off"></label>
  <label>Week starts on <select name="week_start">${weekdayOptions(user.weekStart)}</select></label>
  <fieldset>
    <legend>Weekly digest</legend>
    <label class="check"><input type="checkbox" name="digest_enabled" value="on"${user.digestEnabled ? html` checked` : ''}> Send me the weekly digest</label>
    <label>On <select name="digest_day">${weekdayOptions(sendAt.weekday)}</select></label>
    <label>At <input type="time" name="digest_time" required value="${pad(sendAt.hour)}:${pad(sendAt.minute)}"></label>
    ${view.ownSendAt ? '' : html`<p class="hint">This is the default time; saving a different one makes it yours.</p>`}
  </fieldset>
  <button type="submit" class="primary">Save settings</button>
</form>`;
}
