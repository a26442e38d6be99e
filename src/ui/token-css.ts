// Turns the design tokens into CSS custom properties keyed on the <html> attributes
// data-elder and data-text-size (see display-settings.ts). Generated from tokens.ts so
// the values the contrast test checks are the values on screen.
import {
  COLOR_TOKENS,
  KIOSK_SIZE_OVERRIDES,
  LINE_HEIGHT,
  PARAGRAPH_GAP_EM,
  SIZE_TOKENS,
  TEXT_SIZES,
  THEMES,
  type ColorTokens,
  type SizeTokens,
  type TextSize,
  type ThemeName,
} from './tokens';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const rem = (px: number): string => `${px / 16}rem`;

function colorDeclarations(colors: ColorTokens): string {
  return Object.entries(colors)
    .map(([name, value]) => `--color-${kebab(name)}: ${value};`)
    .join(' ');
}

function sizeDeclarations(sizes: SizeTokens): string {
  return (Object.entries(sizes) as [keyof SizeTokens, number][])
    .map(([name, px]) => {
      // Targets and focus rings stay in px: they are about fingers and visibility, not reading.
      const value =
        name === 'target' || name === 'targetGap' || name === 'focusWidth' ? `${px}px` : rem(px);
      return `--size-${kebab(name)}: ${value};`;
    })
    .join(' ');
}

function selector(theme: ThemeName, textSize: TextSize): string {
  return `:root[data-elder="${theme === 'elder'}"][data-text-size="${textSize}"]`;
}

/** The full token stylesheet: defaults on :root, then one rule per theme and text size. */
export function buildTokenCss(): string {
  const rules = [
    `:root { ${colorDeclarations(COLOR_TOKENS.standard)} ${sizeDeclarations(SIZE_TOKENS.standard.standard)} --line-height: ${LINE_HEIGHT}; --paragraph-gap: ${PARAGRAPH_GAP_EM}em; }`,
    `:root[data-elder="true"] { ${colorDeclarations(COLOR_TOKENS.elder)} }`,
  ];
  for (const theme of THEMES) {
    for (const textSize of TEXT_SIZES) {
      rules.push(
        `${selector(theme, textSize)} { ${sizeDeclarations(SIZE_TOKENS[theme][textSize])} }`,
      );
    }
  }
  // The kiosk's default size only; a resident who picks 大 or 特大 still gets that.
  const kioskSizes = { ...SIZE_TOKENS.elder.standard, ...KIOSK_SIZE_OVERRIDES };
  rules.push(
    `:root[data-kiosk="true"]${selector('elder', 'standard').slice(':root'.length)} { ${sizeDeclarations(kioskSizes)} }`,
  );
  return rules.join('\n');
}

/** Put the token stylesheet into <head> once; safe to call again. */
export function installDesignTokens(doc: Document = document): void {
  const id = 'design-tokens';
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = buildTokenCss();
  doc.head.prepend(style);
}
