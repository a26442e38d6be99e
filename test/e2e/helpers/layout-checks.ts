// Measurements of what a user sees, run inside the page: text sizes, touch-target sizes and
// horizontal overflow. Each returns the offending elements so a failing test says which text
// or which control is too small, not just "false".
// The page functions declare no named inner functions: tsx (used by bench/) compiles those
// with a __name() helper that does not exist inside the browser.
import type { Page } from 'playwright-core';

export interface SmallText {
  text: string;
  fontSizePx: number;
}

export interface SmallTarget {
  element: string;
  widthPx: number;
  heightPx: number;
}

/** Every visible text node below minPx inside the elements matching rootSelector (default body). */
export function findSmallText(
  page: Page,
  minPx: number,
  rootSelector = 'body',
): Promise<SmallText[]> {
  return page.evaluate(
    ({ minPx, rootSelector }) => {
      const roots = [...document.querySelectorAll(rootSelector)];
      if (roots.length === 0) throw new Error(`no element matches ${rootSelector}`);
      const offenders: { text: string; fontSizePx: number }[] = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const parent = node.parentElement;
          if (!text || !parent || parent.closest('script, style, noscript, option')) continue;
          if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
            continue;
          // Screen-reader-only text (1 px clip) and skip links parked off-screen are not seen.
          const rect = parent.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1 || rect.right <= 0 || rect.bottom <= 0) continue;
          const fontSizePx = parseFloat(getComputedStyle(parent).fontSize);
          if (fontSizePx < minPx) offenders.push({ text: text.slice(0, 40), fontSizePx });
        }
      }
      return offenders;
    },
    { minPx, rootSelector },
  );
}

/**
 * Every visible control smaller than minPx × minPx. A native radio or checkbox is measured by
 * its label, because the label is what a finger taps.
 */
export function findSmallTargets(page: Page, minPx: number): Promise<SmallTarget[]> {
  return page.evaluate((minPx) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="link"]',
      '[role="switch"]',
      '[role="radio"]',
      '[role="checkbox"]',
      '[role="tab"]',
      '[role="menuitem"]',
      '[role="option"]',
    ].join(', ');
    const offenders: { element: string; widthPx: number; heightPx: number }[] = [];
    const measured = new Set<Element>();
    for (const control of document.querySelectorAll(selector)) {
      let target: Element = control;
      if (control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type)) {
        target = control.labels?.[0] ?? control;
      }
      if (measured.has(target)) continue;
      measured.add(target);
      if (!target.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = target.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || rect.right <= 0 || rect.bottom <= 0) continue;
      if (rect.width < minPx - 0.5 || rect.height < minPx - 0.5) {
        const name =
          target.getAttribute('aria-label') ??
          (target as HTMLElement).innerText?.trim() ??
          target.getAttribute('name') ??
          '';
        offenders.push({
          element: `<${target.tagName.toLowerCase()}> ${name.slice(0, 30)}`,
          widthPx: Math.round(rect.width),
          heightPx: Math.round(rect.height),
        });
      }
    }
    return offenders;
  }, minPx);
}

/** How many CSS pixels the page is wider than the viewport (0 when it reflows). */
export function horizontalOverflowPx(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The font size most of the visible text inside rootSelector is set in, weighted by characters:
 * what a reader would call "the text size" of the page, leaving headings and hints aside.
 */
export function dominantFontSizePx(page: Page, rootSelector: string): Promise<number> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`no element matches ${rootSelector}`);
    const charactersBySize = new Map<number, number>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent?.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      charactersBySize.set(size, (charactersBySize.get(size) ?? 0) + text.length);
    }
    let dominant = 0;
    let most = -1;
    for (const [size, count] of charactersBySize) {
      if (count > most) [dominant, most] = [size, count];
    }
    return dominant;
  }, rootSelector);
}

export interface WideElement {
  element: string;
  rightPx: number;
}

/**
 * The elements that reach past the right edge of the viewport while the page scrolls
 * sideways, innermost first (the ones to fix), so a failing reflow check names them.
 * Elements inside a box that scrolls on its own (a wide table in its scroller) are fine.
 */
export function findWideElements(page: Page): Promise<WideElement[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const offenders: { element: string; rightPx: number }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) continue;
      let scroller = element.parentElement;
      let isInScroller = false;
      for (; scroller && scroller !== document.body; scroller = scroller.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(scroller).overflowX)) {
          isInScroller = true;
          break;
        }
      }
      if (isInScroller) continue;
      // Only the innermost: an ancestor that is wide only because of this one is not listed.
      if ([...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
        continue;
      const classes = typeof element.className === 'string' ? element.className : '';
      offenders.push({
        element: `<${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}> ${(element.textContent ?? '').trim().slice(0, 30)}`,
        rightPx: Math.round(rect.right),
      });
    }
    return offenders;
  });
}

// Text cut off by its box (overflow hidden, ellipsis, fixed height) has a file of its own.
export { findClippedText, type ClippedText } from './clipped-text';
