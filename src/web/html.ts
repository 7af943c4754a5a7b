/** HTML built by a tagged template that escapes every value unless it is already HTML (`Html`). */

/** A piece of markup that is already safe: made by `html`, or by `raw` from a constant. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | ReadonlyArray<Value>;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${userText}</p>`: values are escaped (attribute-safe too), nested `html` and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: ReadonlyArray<Value>): Html {
  let text = strings[0] ?? '';
  for (let index = 0; index < values.length; index++) text += render(values[index]) + (strings[index + 1] ?? '');
  return new Html(text);
}

/** Markup from a constant of the program's own; never from input. */
export function raw(text: string): Html {
  return new Html(text);
}
