// Where the reader is in a report's text: the paragraph at the top of the screen (just under the
// top bar while it is in view) and how far its top sits from there. The text's paragraphs are the children of
// .reading, in order, with ids p-<n>; a binary search keeps a look-up to a few layout reads.
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

export interface Place { para: number; offset: number }

/**
 * Where the text the reader sees begins: under the top bar while it is in view (sticky on a desktop;
 * on a phone it scrolls away with the page, and once it has, the screen's top edge).
 */
export function topbarBottom(): number {
  return Math.max(0, document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0);
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

/** The paragraph at the top of the screen, or null when the text starts lower (title and tools in sight). */
export function placeNow(): Place | null {
  const text = document.querySelector('.reading');
  const top = topbarBottom();
  if (!text || text.getBoundingClientRect().top >= top) return null;
  const i = firstBelow(text.children, top);
  const el = text.children[i];
  if (!el) return null;
  return { para: Number(el.id.slice(2)), offset: el.getBoundingClientRect().top - top };
}

/** Scrolls so that the place's paragraph sits where it sat, whatever moved above or inside it. */
export function restorePlace(place: Place): void {
  const el = document.getElementById(`p-${place.para}`);
  if (!el) return;
  // Twice: where the text begins on screen moves with the scroll while a top bar that scrolls away (a
  // phone's) leaves or comes into view, so the first scroll may land off by the part of it that moved.
  for (let step = 0; step < 2; step++) {
    const by = el.getBoundingClientRect().top - topbarBottom() - place.offset;
    if (Math.abs(by) < 1) break;
    window.scrollBy({ top: by, behavior: 'instant' });
  }
}

/** How long the page must rest for its top paragraph to count as read, not scrolled past. */
const DWELL_MS = 800;

/**
 * The place the reader last rested at in the text (reset when `key`, the report, changes). Tools above
 * the text (the script switch) are reached by scrolling up past what was read, so "where the reader
 * is" once there is where they stayed, not the paragraphs they passed on the way up; one who rests at
 * the top of the report is reading the top.
 */
export function useLastPlace(key: string): { readonly current: Place | null } {
  const last = useRef<Place | null>(null);
  useEffect(() => {
    last.current = null;
    let timer = 0;
    // Resting with the text's start in sight (placeNow null) is reading the top: nothing to go back to.
    const rest = () => { last.current = placeNow(); };
    const onScroll = () => { clearTimeout(timer); timer = window.setTimeout(rest, DWELL_MS); };
    addEventListener('scroll', onScroll, { passive: true });
    return () => { removeEventListener('scroll', onScroll); clearTimeout(timer); };
  }, [key]);
  return last;
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
