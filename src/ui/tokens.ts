// Design tokens: every colour and size the interface uses, for the standard look and
// for 长辈模式 (high contrast, larger text, bigger touch targets). The values live here,
// in TypeScript, so the contrast test checks exactly what the CSS uses: token-css.ts
// turns them into CSS custom properties at startup. Components never use raw values.

export const THEMES = ['standard', 'elder'] as const;
export type ThemeName = (typeof THEMES)[number];

export const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ColorTokens {
  page: string;
  surface: string;
  text: string;
  textMuted: string;
  link: string;
  error: string;
  success: string;
  border: string;
  focus: string;
  headerBg: string;
  headerText: string;
  headerFocus: string;
  buttonBg: string;
  buttonText: string;
  bannerBg: string;
  bannerText: string;
}

export const COLOR_TOKENS: Record<ThemeName, ColorTokens> = {
  standard: {
    page: '#ffffff',
    surface: '#f3f2f1',
    text: '#1b1b1b',
    textMuted: '#4a4a4a',
    link: '#0b4f9c',
    error: '#b00020',
    success: '#0b6b2f',
    border: '#616161',
    focus: '#1d4ed8',
    headerBg: '#9b1b1b',
    headerText: '#ffffff',
    headerFocus: '#ffdd00',
    buttonBg: '#9b1b1b',
    buttonText: '#ffffff',
    bannerBg: '#fff4d6',
    bannerText: '#1b1b1b',
  },
  // High contrast for older eyes: every text pair reaches 7:1.
  elder: {
    page: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    textMuted: '#1b1b1b',
    link: '#00308a',
    error: '#8a0000',
    success: '#004d1a',
    border: '#000000',
    focus: '#00308a',
    headerBg: '#6b0000',
    headerText: '#ffffff',
    headerFocus: '#ffd400',
    buttonBg: '#6b0000',
    buttonText: '#ffffff',
    bannerBg: '#fff4d6',
    bannerText: '#000000',
  },
};

/** body: running text (aim 7:1); text: any other text (4.5:1); non-text: borders, focus (3:1). */
export type ContrastKind = 'body' | 'text' | 'non-text';

/** Every foreground/background combination the interface actually paints. */
export const CONTRAST_PAIRS: readonly {
  foreground: keyof ColorTokens;
  background: keyof ColorTokens;
  kind: ContrastKind;
}[] = [
  { foreground: 'text', background: 'page', kind: 'body' },
  { foreground: 'text', background: 'surface', kind: 'body' },
  { foreground: 'bannerText', background: 'bannerBg', kind: 'body' },
  { foreground: 'textMuted', background: 'page', kind: 'text' },
  { foreground: 'textMuted', background: 'surface', kind: 'text' },
  { foreground: 'link', background: 'page', kind: 'text' },
  { foreground: 'link', background: 'surface', kind: 'text' },
  { foreground: 'link', background: 'bannerBg', kind: 'text' },
  { foreground: 'error', background: 'page', kind: 'text' },
  { foreground: 'error', background: 'surface', kind: 'text' },
  { foreground: 'success', background: 'page', kind: 'text' },
  { foreground: 'success', background: 'surface', kind: 'text' },
  { foreground: 'headerText', background: 'headerBg', kind: 'text' },
  { foreground: 'buttonText', background: 'buttonBg', kind: 'text' },
  { foreground: 'border', background: 'page', kind: 'non-text' },
  { foreground: 'border', background: 'surface', kind: 'non-text' },
  { foreground: 'border', background: 'bannerBg', kind: 'non-text' },
  { foreground: 'focus', background: 'page', kind: 'non-text' },
  { foreground: 'focus', background: 'surface', kind: 'non-text' },
  { foreground: 'focus', background: 'bannerBg', kind: 'non-text' },
  { foreground: 'headerFocus', background: 'headerBg', kind: 'non-text' },
  { foreground: 'buttonBg', background: 'page', kind: 'non-text' },
  { foreground: 'buttonBg', background: 'surface', kind: 'non-text' },
  { foreground: 'buttonBg', background: 'bannerBg', kind: 'non-text' },
];

/** Minimum contrast per kind and theme: 长辈模式 holds all text to 7:1. */
export const MIN_CONTRAST: Record<ThemeName, Record<ContrastKind, number>> = {
  standard: { body: 7, text: 4.5, 'non-text': 3 },
  elder: { body: 7, text: 7, 'non-text': 3 },
};

/** Sizes in CSS px at the browser's default 16 px root; emitted as rem so browser zoom settings still apply. */
export interface SizeTokens {
  /** running text */
  body: number;
  /** hints, footer, small print */
  small: number;
  h1: number;
  h2: number;
  /** minimum width and height of anything tappable */
  target: number;
  /** minimum gap between tappable things */
  targetGap: number;
  focusWidth: number;
}

/**
 * At 特大 the small print is as large as the body: the largest setting exists for people
 * who cannot read anything smaller, and the main text must reach 30 px.
 */
export const SIZE_TOKENS: Record<ThemeName, Record<TextSize, SizeTokens>> = {
  standard: {
    standard: { body: 17, small: 16, h1: 28, h2: 22, target: 44, targetGap: 8, focusWidth: 3 },
    large: { body: 20, small: 18, h1: 32, h2: 25, target: 48, targetGap: 10, focusWidth: 3 },
    xlarge: { body: 30, small: 30, h1: 38, h2: 33, target: 60, targetGap: 12, focusWidth: 4 },
  },
  // 长辈模式: nothing under 18 px, 20 px body by default, 60 × 60 px targets.
  elder: {
    standard: { body: 20, small: 18, h1: 30, h2: 24, target: 60, targetGap: 12, focusWidth: 4 },
    large: { body: 24, small: 22, h1: 34, h2: 28, target: 60, targetGap: 12, focusWidth: 4 },
    xlarge: { body: 30, small: 30, h1: 38, h2: 33, target: 64, targetGap: 14, focusWidth: 4 },
  },
};

/** Line height for all text, and the gap after a paragraph (≥ 1.3 × line height). */
export const LINE_HEIGHT = 1.5;
export const PARAGRAPH_GAP_EM = 2;

/** The village kiosk is read by older residents standing at arm's length: 24 px body by default. */
export const KIOSK_SIZE_OVERRIDES: Partial<SizeTokens> = { body: 24, small: 20, h1: 34, h2: 28 };
