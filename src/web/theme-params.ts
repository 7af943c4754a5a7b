/**
 * Telegram's theme colours (Telegram.WebApp.themeParams, or tgWebAppThemeParams in the Mini App's URL fragment),
 * kept only as #rrggbb values of the names the dashboard uses, and written out as CSS custom properties.
 */
import { readableTheme } from './readable-theme.ts';

const themeNames = [
  'bg_color',
  'text_color',
  'hint_color',
  'link_color',
  'button_color',
  'button_text_color',
  'secondary_bg_color',
  'destructive_text_color',
] as const;

export type ThemeParams = Partial<Record<(typeof themeNames)[number], string>>;

export function readThemeParams(value: unknown): ThemeParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const theme: ThemeParams = {};
  for (const name of themeNames) {
    const colour = (value as Record<string, unknown>)[name];
    if (typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour)) theme[name] = colour.toLowerCase();
  }
  return Object.keys(theme).length > 0 ? theme : undefined;
}

/** `:root { --tg-bg-color: #…; … }` from a stored theme, made readable; empty when there is none or it is unreadable. */
export function themeCss(stored: string | null): string {
  if (!stored) return '';
  let theme: ThemeParams | undefined;
  try {
    theme = readThemeParams(JSON.parse(stored));
  } catch {
    return '';
  }
  if (!theme) return '';
  const lines = Object.entries(readableTheme(theme)).map(
    ([name, colour]) => `  --tg-${name.replace(/_/g, '-')}: ${colour};`,
  );
  return `:root {\n${lines.join('\n')}\n}\n`;
}
