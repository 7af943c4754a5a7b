/**
 * What an inline button carries back when tapped (Telegram allows 64 bytes). A button either sends a core
 * command and then edits the message it sits on (`e|undo #12`: the message shows what happened to its
 * expense), sends a command and answers with a new message (`r|set currency USD`), or cancels (`x|`).
 */

export type ButtonAction =
  | { readonly kind: 'command'; readonly command: string; readonly after: 'edit' | 'reply' }
  | { readonly kind: 'cancel' };

export const callbackDataLimitBytes = 64;

/** The callback data for `action`, or undefined when it does not fit in 64 bytes. */
export function encodeButton(action: ButtonAction): string | undefined {
  const data = action.kind === 'cancel' ? 'x|' : `${action.after === 'edit' ? 'e' : 'r'}|${action.command}`;
  return Buffer.byteLength(data, 'utf8') <= callbackDataLimitBytes ? data : undefined;
}

/** Reads callback data back; undefined for data this bot never wrote (or an older format). */
export function decodeButton(data: string): ButtonAction | undefined {
  const separator = data.indexOf('|');
  if (separator !== 1) return undefined;
  const mode = data[0];
  const rest = data.slice(2);
  if (mode === 'x') return { kind: 'cancel' };
  if ((mode === 'e' || mode === 'r') && rest.trim() !== '') {
    return { kind: 'command', command: rest, after: mode === 'e' ? 'edit' : 'reply' };
  }
  return undefined;
}
