// Title and heading counts of every report from one scan of all headings (heads.ts), against each
// report's heading text scanned on its own: exact without caps, and with caps exactly the smaller of
// the cap and the count, though a report reaching its cap has the rest of its title or heads skipped.
import { describe, expect, it } from 'vitest';
import { headText, indexDoc, splitDoc } from '../../src/search/doc';
import { Heads } from '../../src/search/heads';
import { occurrences } from '../../src/search/match';
import { parseQuery } from '../../src/search/query-parse';
import { prepareQuery } from '../../src/search/scan';
import type { DocCore } from '../../src/search/types';
import { ALPHABET, randomReport, rng } from '../support/search-random';

/** Reports whose headings are whole paragraphs: long, and a word stands in them many times. */
function library(seed: number, size: number): (DocCore | null)[] {
  const rand = rng(seed);
  return Array.from({ length: size }, (_, i) => {
    if (i % 7 === 3) return null;
    const report = randomReport(rand, i);
    for (const h of report.outline) h.title = report.paragraphs[h.para]!.text;
    return splitDoc(indexDoc(`r${i}`, report)).core;
  });
}

function brute(doc: DocCore, q: string): { title: number; heading: number } {
  const text = headText(doc);
  const titleEnd = text.indexOf('\n');
  const at = occurrences(text, prepareQuery(parseQuery(q)).include[0]!).map(([s]) => s);
  return { title: at.filter((s) => s < titleEnd).length, heading: at.filter((s) => s > titleEnd).length };
}

describe('title and heading counts of all reports at once', () => {
  const slots = library(5, 90);
  const heads = new Heads();
  const words = [...ALPHABET.filter((w) => w.trim()), '委员会', '政协委', 'co', '会，', '2'];
  const caps = [{ title: 1, heading: 3 }, { title: 2, heading: 1 }, { title: Infinity, heading: Infinity }];

  for (const most of caps) {
    it(`counts each report's title and headings, up to ${most.title} and ${most.heading}`, () => {
      let capped = 0;
      for (const q of words) {
        const term = prepareQuery(parseQuery(q)).include[0]!;
        const got = heads.counts(slots, term, most);
        slots.forEach((doc, slot) => {
          const want = doc ? brute(doc, q) : { title: 0, heading: 0 };
          if (want.title > most.title || want.heading > most.heading) capped++;
          expect([got.title[slot], got.heading[slot]], `${q} in slot ${slot}`).toEqual([Math.min(most.title, want.title), Math.min(most.heading, want.heading)]);
        });
      }
      // The caps were reached often enough for the skipping to be tried.
      if (most.title < Infinity) expect(capped).toBeGreaterThan(100);
    });
  }
});
