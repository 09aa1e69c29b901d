// Every colour in package.json `contributes.colors`, in light, dark and high-contrast themes, against the default
// editor backgrounds (Dark Modern / Light Modern / High Contrast, VS Code 1.90):
// - colours drawn as lines or marks on the text (speaker tints, the uncertain underline, high-contrast borders):
//   WCAG AA for text, 4.5:1 against the editor background;
// - overview-ruler marks: WCAG non-text contrast, 3:1;
// - highlight backgrounds (translucent, blended over the editor background): a visible difference (CIE76 ΔE ≥ 12,
//   where ~2 is just noticeable) while the editor's text on them keeps 4.5:1.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Rgba = [number, number, number, number];
type ThemeKind = 'dark' | 'light' | 'highContrast' | 'highContrastLight';

const repo = resolve(__dirname, '..', '..', '..');
const THEMES: Record<ThemeKind, { background: string; foreground: string }> = {
  dark: { background: '#1F1F1F', foreground: '#CCCCCC' },
  light: { background: '#FFFFFF', foreground: '#3B3B3B' },
  highContrast: { background: '#000000', foreground: '#FFFFFF' },
  highContrastLight: { background: '#FFFFFF', foreground: '#292929' },
};

function parse(hex: string): Rgba {
  const h = hex.replace('#', '');
  const full = h.length === 6 ? `${h}FF` : h.length === 3 ? `${[...h].map((c) => c + c).join('')}FF` : h;
  return [0, 2, 4, 6].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgba;
}

const linear = (c: number): number => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgba): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG contrast ratio, 1..21. */
function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `fg` with its alpha painted over the opaque `bg`. */
function over(fg: Rgba, bg: Rgba): Rgba {
  const a = fg[3] / 255;
  return [0, 1, 2].map((i) => Math.round(fg[i] * a + bg[i] * (1 - a))).concat(255) as Rgba;
}

function lab(c: Rgba): [number, number, number] {
  const [r, g, b] = [linear(c[0]), linear(c[1]), linear(c[2])];
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [
    (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047,
    r * 0.2126 + g * 0.7152 + b * 0.0722,
    (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883,
  ];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: Rgba, b: Rgba): number => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

interface ColorContribution {
  id: string;
  defaults: Partial<Record<ThemeKind, string | null>>;
}

const colors = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { contributes: { colors: ColorContribution[] } }
).contributes.colors;

test("contrast: the formula gives WCAG's reference values", () => {
  assert.equal(contrast(parse('#000000'), parse('#FFFFFF')).toFixed(0), '21');
  assert.equal(contrast(parse('#777777'), parse('#FFFFFF')).toFixed(2), '4.48');
});

for (const color of colors) {
  test(`theme colour ${color.id}: visible in every theme`, () => {
    for (const [kind, theme] of Object.entries(THEMES) as Array<[ThemeKind, (typeof THEMES)[ThemeKind]]>) {
      const value = color.defaults[kind];
      assert.ok(value !== undefined, `${kind}: a default is given (null for none)`);
      if (value === null) continue;
      const bg = parse(theme.background);
      const c = parse(value);
      if (c[3] === 0) continue; // transparent on purpose (borders outside high contrast)
      const shown = over(c, bg);
      if (color.id.endsWith('Background')) {
        assert.ok(deltaE(shown, bg) >= 12, `${kind} ${value}: ΔE ${deltaE(shown, bg).toFixed(1)} < 12 (too faint)`);
        const text = contrast(parse(theme.foreground), shown);
        assert.ok(text >= 4.5, `${kind} ${value}: text on it ${text.toFixed(2)}:1 < 4.5:1`);
      } else {
        const need = color.id.endsWith('Ruler') ? 3 : 4.5;
        const ratio = contrast(shown, bg);
        assert.ok(ratio >= need, `${kind} ${value}: ${ratio.toFixed(2)}:1 < ${need}:1`);
      }
    }
  });
}
