// jsdom lays nothing out, so a virtualised list (the lines of a payout batch) would draw no
// rows at all. This gives every box a phone screen's size and each row a height, so the
// virtualiser draws what a phone would. vi.restoreAllMocks() undoes it.
import { vi } from 'vitest';

export function layOutLikeAPhone(): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(96);
}
