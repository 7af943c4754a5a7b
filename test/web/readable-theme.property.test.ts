/** Telegram theme colours are kept when readable and otherwise moved just far enough to reach 4.5:1. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { contrastRatio, minimumContrast, readableOn, readableTheme } from '../../src/web/readable-theme.ts';

const colour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`);

const worst = (text: string, backgrounds: ReadonlyArray<string>) =>
  Math.min(...backgrounds.map((background) => contrastRatio(text, background)));

test('on one background, every text colour and the button reach 4.5:1; readable colours are unchanged', () => {
  fc.assert(
    fc.property(colour, colour, colour, colour, colour, (bg, text, hint, button, buttonText) => {
      const theme = readableTheme({
        bg_color: bg,
        text_color: text,
        hint_color: hint,
        button_color: button,
        button_text_color: buttonText,
      });
      for (const [name, sent] of [
        ['text_color', text],
        ['hint_color', hint],
      ] as const) {
        const shown = theme[name] ?? '';
        assert.ok(contrastRatio(shown, bg) >= minimumContrast, `${name} ${sent} → ${shown} on ${bg}`);
        if (contrastRatio(sent, bg) >= minimumContrast) assert.equal(shown, sent);
      }
      assert.ok(contrastRatio(theme.button_color ?? '', buttonText) >= minimumContrast);
      assert.equal(theme.bg_color, bg, 'backgrounds are never changed');
      assert.equal(theme.button_text_color, buttonText);
    }),
    { numRuns: 2000 },
  );
});

test('on two backgrounds, a text colour reads as well as black or white would, up to 4.5:1', () => {
  fc.assert(
    fc.property(colour, fc.array(colour, { minLength: 2, maxLength: 2 }), (text, backgrounds) => {
      const best = Math.max(worst('#000000', backgrounds), worst('#ffffff', backgrounds));
      assert.ok(worst(readableOn(text, backgrounds), backgrounds) >= Math.min(minimumContrast, best));
    }),
    { numRuns: 2000 },
  );
});

test('Telegram’s dark theme: white on its violet button gets a darker violet; its link on black gets lighter', () => {
  const theme = readableTheme({
    bg_color: '#212121',
    secondary_bg_color: '#181818',
    link_color: '#8774e1',
    button_color: '#8774e1',
    button_text_color: '#ffffff',
  });
  assert.notEqual(theme.button_color, '#8774e1');
  assert.ok(contrastRatio(theme.button_color ?? '', '#ffffff') >= 4.5);
  assert.ok(contrastRatio(theme.link_color ?? '', '#212121') >= 4.5);
  assert.ok(contrastRatio(theme.link_color ?? '', '#181818') >= 4.5);
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
});
