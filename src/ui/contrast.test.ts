import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, relativeLuminance } from './contrast';
import { COLOR_TOKENS, CONTRAST_PAIRS, MIN_CONTRAST, THEMES } from './tokens';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#fff', '#000', 21],
    // Published reference values: #767676 is the lightest grey passing 4.5:1 on white.
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
  ])('%s on %s is %d:1', (foreground, background, expected) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(expected, 1);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#9b1b1b', '#ffffff')).toBe(contrastRatio('#ffffff', '#9b1b1b'));
  });

  it('computes luminance from sRGB and refuses what is not a hex colour', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(parseHexColor('#0a0B0c')).toEqual([10, 11, 12]);
    expect(() => parseHexColor('red')).toThrow();
  });
});

describe('design tokens', () => {
  const cases = THEMES.flatMap((theme) =>
    CONTRAST_PAIRS.map((pair) => ({
      theme,
      ...pair,
      minimum: MIN_CONTRAST[theme][pair.kind],
      ratio: contrastRatio(
        COLOR_TOKENS[theme][pair.foreground],
        COLOR_TOKENS[theme][pair.background],
      ),
    })),
  );

  it.each(cases)(
    '$theme: $foreground on $background ($kind) reaches $minimum:1',
    ({ ratio, minimum }) => {
      expect(ratio).toBeGreaterThanOrEqual(minimum);
    },
  );

  it('holds text to WCAG AA and body text to 7:1 in both themes, 长辈模式 all text to 7:1', () => {
    for (const theme of THEMES) {
      expect(MIN_CONTRAST[theme].body).toBeGreaterThanOrEqual(7);
      expect(MIN_CONTRAST[theme].text).toBeGreaterThanOrEqual(4.5);
      expect(MIN_CONTRAST[theme]['non-text']).toBeGreaterThanOrEqual(3);
    }
    expect(MIN_CONTRAST.elder.text).toBeGreaterThanOrEqual(7);
  });

  it('checks every colour token in at least one pair', () => {
    const used = new Set(CONTRAST_PAIRS.flatMap((p) => [p.foreground, p.background]));
    expect([...used].sort()).toEqual(Object.keys(COLOR_TOKENS.standard).sort());
  });
});
