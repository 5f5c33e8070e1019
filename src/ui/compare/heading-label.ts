// One spelling of a heading for the compare view's cells, cards, lists and accessible names.
import type { HeadingRef } from '../../compare';

export function headingLabel(h: HeadingRef): string {
  return h.number ? `${h.number} ${h.title}` : h.title;
}
