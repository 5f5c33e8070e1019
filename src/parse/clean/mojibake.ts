// Mojibake detection: text decoded with the wrong charset somewhere upstream (GBK bytes read as
// UTF-8 and re-encoded leave "?" inside Han text: “拉家?!狈绞脚c”; U+FFFD; Latin-1 garbage such as
// Ã¤Â¸Â; 锟斤拷; private-use characters). Reported with counts and places, never "repaired".

import type { MojibakePlace, ParseWarning } from '../../model/warnings';
import { warning } from '../warnings';

/** An ASCII "?" wedged into Han text and followed by ASCII debris ("?!狈", "?;I", "?s小"). */
const WEDGED_QUESTION = /[\p{Script=Han}“”‘’、，。][?](?=[!;"'A-Za-z])|[“‘][?]/gu;
/**
 * "?" straight before a Han character is garbage only where the author types full-width
 * punctuation (a writer using half-width marks may well write "停车难?我们…").
 */
const HAN_QUESTION = /[\p{Script=Han}”’、][?](?=\p{Script=Han})/gu;
const REPLACEMENT = /\uFFFD+/gu;
const LATIN1_GARBAGE = /[\u00c2-\u00ef][\u0080-\u00bf\u00a0-\u00bf]{1,2}(?:[\u00c2-\u00ef][\u0080-\u00bf]{1,2})+/gu;
const KNOWN_GARBAGE = /锟斤拷|烫烫烫|屯屯屯|鎷烽敓/gu;
const PRIVATE_USE = /[\ue000-\uf8ff]+/gu;
/**
 * Each pattern with a cheap test for a character it cannot match without (a string search for a
 * single character, a one-range class otherwise): a clean paragraph costs a few fast scans instead
 * of every pattern's full search.
 */
const LATIN1 = /[\u00c2-\u00ef]/u;
const PRIVATE = /[\ue000-\uf8ff]/u;
type Gate = (text: string) => boolean;
const hasQuestion: Gate = (t) => t.includes('?');
const PATTERNS: [RegExp, Gate][] = [
  [WEDGED_QUESTION, hasQuestion],
  [REPLACEMENT, (t) => t.includes('\uFFFD')],
  [LATIN1_GARBAGE, (t) => LATIN1.test(t)],
  [KNOWN_GARBAGE, (t) => t.includes('锟') || t.includes('烫') || t.includes('屯') || t.includes('鎷')],
  [PRIVATE_USE, (t) => PRIVATE.test(t)],
];
const WITH_HAN_QUESTION: [RegExp, Gate][] = [...PATTERNS, [HAN_QUESTION, hasQuestion]];
const MAX_PLACES = 3;

export type { MojibakePlace };
export interface MojibakeReport { count: number; places: MojibakePlace[] }

function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 6);
  const to = Math.min(text.length, at + 8);
  return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
}

export function findMojibake(texts: string[]): MojibakeReport {
  const report: MojibakeReport = { count: 0, places: [] };
  texts.forEach((text, i) => {
    const patterns = text.includes('，') ? WITH_HAN_QUESTION : PATTERNS;
    for (const [re, needs] of patterns) {
      if (!needs(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        report.count++;
        if (report.places.length < MAX_PLACES && report.places.at(-1)?.paragraph !== i + 1) {
          report.places.push({ paragraph: i + 1, excerpt: excerpt(text, m.index) });
        }
      }
    }
  });
  return report;
}

export function mojibakeWarning(report: MojibakeReport): ParseWarning | null {
  return report.count === 0 ? null : warning('mojibake', { count: report.count, places: report.places });
}
