// Where the reader is in a report's text. Elements of the text are looked up by binary search
// (they are in document order), so a look-up costs a few layout reads, not one per paragraph.
import { signal } from '@preact/signals';

/** The bottom of the sticky top bar: what lies above it is hidden (it is taller on a phone). */
export function topbarBottom(): number {
  return document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
}

/** The first element in `els` (in document order) whose bottom is below y, or els.length. */
export function firstBelow(els: ArrayLike<Element>, y: number): number {
  let lo = 0;
  let hi = els.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid]!.getBoundingClientRect().bottom > y) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/**
 * The paragraph the view last landed on (a section, a figure, a search hit) and the scroll position
 * it left: the outline marks that paragraph's section, not the one at the top of the screen (a hit is
 * centred), until the reader scrolls away.
 */
export const landed = signal<{ para: number; y: number } | null>(null);

export function landOn(el: Element | null): void {
  const para = el?.closest('.reading > [id^="p-"]')?.id.slice(2);
  landed.value = para === undefined ? null : { para: Number(para), y: window.scrollY };
}
