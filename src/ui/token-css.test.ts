import { describe, expect, it } from 'vitest';
import { buildTokenCss, installDesignTokens } from './token-css';
import { LINE_HEIGHT, PARAGRAPH_GAP_EM, SIZE_TOKENS, TEXT_SIZES, THEMES } from './tokens';

describe('size tokens', () => {
  const all = THEMES.flatMap((theme) =>
    TEXT_SIZES.map((size) => ({ theme, size, ...SIZE_TOKENS[theme][size] })),
  );

  it.each(all)(
    '$theme/$size: body ≥ 16 px, targets ≥ 44 px and ≥ 8 px apart',
    ({ body, small, target, targetGap }) => {
      expect(body).toBeGreaterThanOrEqual(16);
      expect(small).toBeGreaterThanOrEqual(16);
      expect(target).toBeGreaterThanOrEqual(44);
      expect(targetGap).toBeGreaterThanOrEqual(8);
    },
  );

  it.each(TEXT_SIZES)('长辈模式 %s: every text ≥ 18 px, body ≥ 20 px, targets ≥ 60 px', (size) => {
    const tokens = SIZE_TOKENS.elder[size];
    expect(Math.min(tokens.body, tokens.small, tokens.h1, tokens.h2)).toBeGreaterThanOrEqual(18);
    expect(tokens.body).toBeGreaterThanOrEqual(20);
    expect(tokens.target).toBeGreaterThanOrEqual(60);
  });

  it('reaches 30 px main text at 特大 in both themes, and grows with each step', () => {
    for (const theme of THEMES) {
      const [standard, large, xlarge] = TEXT_SIZES.map((s) => SIZE_TOKENS[theme][s].body);
      expect(xlarge).toBeGreaterThanOrEqual(30);
      expect(large).toBeGreaterThan(standard ?? 0);
      expect(xlarge).toBeGreaterThan(large ?? 0);
    }
  });

  it('spaces lines at ≥ 1.5 and paragraphs at ≥ 1.3 × the line height', () => {
    expect(LINE_HEIGHT).toBeGreaterThanOrEqual(1.5);
    expect(PARAGRAPH_GAP_EM).toBeGreaterThanOrEqual(1.3 * LINE_HEIGHT);
  });
});

describe('buildTokenCss', () => {
  it('emits one rule per theme and text size, with the token values in rem', () => {
    const css = buildTokenCss();
    expect(css).toContain(':root[data-elder="true"][data-text-size="xlarge"] {');
    expect(css).toMatch(
      /:root\[data-elder="true"\]\[data-text-size="standard"\] \{[^}]*--size-body: 1.25rem;[^}]*--size-target: 60px;/,
    );
    expect(css).toMatch(
      /:root\[data-elder="false"\]\[data-text-size="standard"\] \{[^}]*--size-body: 1.0625rem;/,
    );
    expect(css).toMatch(/:root\[data-elder="true"\] \{[^}]*--color-text: #000000;/);
  });

  it('installs the stylesheet once', () => {
    installDesignTokens(document);
    installDesignTokens(document);
    expect(document.querySelectorAll('style#design-tokens')).toHaveLength(1);
  });
});
