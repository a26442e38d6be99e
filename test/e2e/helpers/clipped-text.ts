// Text a reader cannot read in full because a box cuts it off, measured inside the page at
// the largest text size and on the kiosk. Part of the layout checks (layout-checks.ts
// re-exports it); like them, the page function declares no named inner functions, since
// tsx (used by bench/) would compile those with a __name() helper the browser lacks.
import type { Page } from 'playwright-core';

export interface ClippedText {
  /** a short CSS path to the element whose box cuts the text */
  selector: string;
  text: string;
  /** how it is cut: overflow hidden/clip, an ellipsis or line clamp, or a fixed height */
  reason: string;
}

/**
 * Every visible text a reader cannot read in full because a box cuts it: text running past
 * an ancestor whose overflow is hidden or clip (sideways or at the bottom), text shortened
 * with an ellipsis or a line clamp, an element with overflow hidden whose content is taller
 * or wider than its box, and text spilling out of its own box, below a fixed height or
 * beside a fixed width (it then overlaps what follows or is cut by an outer box). Scroll boxes (overflow auto/scroll) are not
 * counted: their text is reachable. Visually hidden text (1 px boxes) is skipped.
 */
export function findClippedText(page: Page, rootSelector = 'body'): Promise<ClippedText[]> {
  return page.evaluate((rootSelector) => {
    const roots = [...document.querySelectorAll(rootSelector)];
    if (roots.length === 0) throw new Error(`no element matches ${rootSelector}`);
    // Rounding of sub-pixel layout, not a cut a reader would notice.
    const SLACK_PX = 2;
    const CLIPPING = ['hidden', 'clip'];
    const IGNORED = 'script, style, noscript, template, select';
    const found = new Map<Element, { text: string; reason: string }>();

    for (const root of roots) {
      // 1. Boxes that clip, shorten or clamp their own content.
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (!(element instanceof HTMLElement) || element.closest(IGNORED)) continue;
        if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const text = element.innerText?.trim() ?? '';
        if (!text) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        const style = getComputedStyle(element);
        const isWider = element.scrollWidth - element.clientWidth > SLACK_PX;
        const isTaller = element.scrollHeight - element.clientHeight > SLACK_PX;
        const clamp = style.getPropertyValue('-webkit-line-clamp');
        let reason = '';
        if (style.textOverflow === 'ellipsis' && isWider) reason = 'ellipsis';
        else if (clamp !== '' && clamp !== 'none' && isTaller) reason = 'line clamp';
        else if (CLIPPING.includes(style.overflowX) && isWider) reason = 'overflow-x hidden';
        else if (CLIPPING.includes(style.overflowY) && isTaller) reason = 'overflow-y hidden';
        if (reason && !found.has(element)) found.set(element, { text, reason });
      }

      // 2. Each text against its own box and every clipping box around it.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent || parent.closest(IGNORED)) continue;
        if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (lines.length === 0) continue;
        const textTop = Math.min(...lines.map((r) => r.top));
        const textBottom = Math.max(...lines.map((r) => r.bottom));
        const textLeft = Math.min(...lines.map((r) => r.left));
        const textRight = Math.max(...lines.map((r) => r.right));

        // Screen-reader-only text (inside a 1 px box that clips) is not meant to be seen.
        let isVisuallyHidden = false;
        for (
          let box: Element | null = parent;
          box && box !== document.documentElement && !isVisuallyHidden;
          box = box.parentElement
        ) {
          const rect = box.getBoundingClientRect();
          if (rect.width > 1 && rect.height > 1) continue;
          const style = getComputedStyle(box);
          isVisuallyHidden =
            CLIPPING.includes(style.overflowX) ||
            CLIPPING.includes(style.overflowY) ||
            style.clipPath !== 'none' ||
            style.clip !== 'auto';
        }
        if (isVisuallyHidden) continue;

        // A box of fixed height its own text runs out of at the bottom, or a word too long
        // for a fixed width running out at the side (over whatever is next to it).
        const own = getComputedStyle(parent);
        const ownBox = parent.getBoundingClientRect();
        if (!['inline', 'contents'].includes(own.display) && ownBox.height > 1) {
          let reason = '';
          if (textBottom - ownBox.bottom > SLACK_PX) reason = 'fixed height';
          else if (textRight - ownBox.right > SLACK_PX || ownBox.left - textLeft > SLACK_PX)
            reason = 'runs out at the side';
          if (reason) {
            if (!found.has(parent)) found.set(parent, { text, reason });
            continue;
          }
        }

        for (
          let box: Element | null = parent;
          box && box !== document.documentElement;
          box = box.parentElement
        ) {
          const style = getComputedStyle(box);
          const clipsX = CLIPPING.includes(style.overflowX);
          const clipsY = CLIPPING.includes(style.overflowY);
          if (!clipsX && !clipsY) continue;
          const outer = box.getBoundingClientRect();
          // Screen-reader-only boxes (1 px, clipped on purpose) are not meant to be seen.
          if (outer.width <= 1 || outer.height <= 1) break;
          const left = outer.left + box.clientLeft;
          const top = outer.top + box.clientTop;
          const isCutX =
            clipsX &&
            (left - textLeft > SLACK_PX || textRight - (left + box.clientWidth) > SLACK_PX);
          const isCutY =
            clipsY &&
            (top - textTop > SLACK_PX || textBottom - (top + box.clientHeight) > SLACK_PX);
          if (isCutX || isCutY) {
            if (!found.has(box))
              found.set(box, { text, reason: isCutX ? 'cut at the side' : 'cut at the bottom' });
            break;
          }
        }
      }
    }

    // A short CSS path per element, so a failure says where to look.
    const offenders: { selector: string; text: string; reason: string }[] = [];
    for (const [element, { text, reason }] of found) {
      const path: string[] = [];
      for (let e: Element | null = element; e && path.length < 4; e = e.parentElement) {
        const classes = [...e.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('');
        path.unshift(
          e.id ? `${e.tagName.toLowerCase()}#${e.id}` : e.tagName.toLowerCase() + classes,
        );
        if (e.id || e === document.body) break;
      }
      offenders.push({
        selector: path.join(' > '),
        text: text.replace(/\s+/g, ' ').slice(0, 60),
        reason,
      });
    }
    return offenders;
  }, rootSelector);
}
