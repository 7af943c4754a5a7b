/**
 * What an inline button carries back when tapped (Telegram allows 64 bytes): a core command, and whether its answer
 * edits the message the button sat on (`e|undo #12`: the message shows what happened to its expense) or comes as
 * a new message (`r|set currency USD`).
 */

export interface ButtonAction {
  readonly command: string;
  readonly after: 'edit' | 'reply';
}

export const callbackDataLimitBytes = 64;

/** The callback data for `action`, or undefined when it does not fit in 64 bytes. */
export function encodeButton(action: ButtonAction): string | undefined {
  const data = `${action.after === 'edit' ? 'e' : 'r'}|${action.command}`;
  return Buffer.byteLength(data, 'utf8') <= callbackDataLimitBytes ? data : undefined;
}

/** Reads callback data back; undefined for data this bot never wrote (or an older format). */
export function decodeButton(data: string): ButtonAction | undefined {
  const separator = data.indexOf('|');
  if (separator !== 1) return undefined;
  const mode = data[0];
  const command = data.slice(2);
  if ((mode === 'e' || mode === 'r') && command.trim() !== '')
    return { command, after: mode === 'e' ? 'edit' : 'reply' };
  return undefined;
}
