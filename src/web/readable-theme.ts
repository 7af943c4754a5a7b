/**
 * Telegram's theme colours, made readable: a text colour that has less than 4.5:1 contrast (WCAG AA) with a
 * background it is drawn on is moved toward black or white until it has it. Colours that already read well are
 * kept as Telegram sent them, so the dashboard still looks like the chat app.
 */
export const minimumContrast = 4.5;

/** The theme colours this looks at, as #rrggbb (Telegram's names; theme-params.ts reads them). */
export interface ThemeColours {
  bg_color?: string;
  secondary_bg_color?: string;
  text_color?: string;
  hint_color?: string;
  link_color?: string;
  destructive_text_color?: string;
  button_color?: string;
  button_text_color?: string;
}

export function readableTheme<Theme extends ThemeColours>(theme: Theme): Theme {
  const backgrounds = [theme.bg_color, theme.secondary_bg_color].filter((colour) => colour !== undefined);
  const readable: Theme = { ...theme };
  if (backgrounds.length > 0) {
    for (const name of ['text_color', 'hint_color', 'link_color', 'destructive_text_color'] as const) {
      const colour = theme[name];
      if (colour) readable[name] = readableOn(colour, backgrounds);
    }
  }
  // The button colour is a background (chosen periods, main buttons) behind the button text colour.
  if (theme.button_color && theme.button_text_color) {
    readable.button_color = readableOn(theme.button_color, [theme.button_text_color]);
  }
  return readable;
}

/** `colour`, moved as little as it takes toward black or white to reach `minimumContrast` against every background. */
export function readableOn(colour: string, backgrounds: ReadonlyArray<string>): string {
  const worst = (candidate: string) =>
    Math.min(...backgrounds.map((background) => contrastRatio(candidate, background)));
  if (worst(colour) >= minimumContrast) return colour;
  // Whichever end reads better against these backgrounds; one of the two always reaches 4.5:1 against one background.
  const end = worst('#000000') >= worst('#ffffff') ? '#000000' : '#ffffff';
  for (let step = 1; step < 20; step++) {
    const mixed = mix(colour, end, step / 20);
    if (worst(mixed) >= minimumContrast) return mixed;
  }
  return end;
}

/** WCAG's contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const [red, green, blue] = channels(hex).map((value) => {
    const share = value / 255;
    return share <= 0.04045 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function mix(hex: string, toward: string, share: number): string {
  const target = channels(toward);
  return `#${channels(hex)
    .map((value, index) =>
      Math.round(value + ((target[index] ?? value) - value) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
}
