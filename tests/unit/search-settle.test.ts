// Settling a word's count in a section from key counts (settle.ts) against a plain count of the
// text: random sections over a small alphabet (so inner units are often, but not always, met only
// inside the word), words of 3-6 units from the text, in both scripts; a decided count must be the
// exact non-overlapping count, and words that can overlap themselves are never settled.
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { BodyIndex } from '../../src/search/body-index';
import { candidates, prepareTerm } from '../../src/search/candidates';
import { indexDoc } from '../../src/search/doc';
import { occurrences } from '../../src/search/match';
import { PostingList } from '../../src/search/postings';
import { parseQuery } from '../../src/search/query-parse';
import { settle, settleKeys, settleWordStart } from '../../src/search/settle';
import { isTrigramKey, trigramKey } from '../../src/search/trigrams';
import type { NewDoc } from '../../src/search/doc';

const toTrad = Converter({ from: 'cn', to: 'tw' });

/** The folded text of body-index section `sec` of an indexed report. */
function sectionText(d: NewDoc, sec: number): string {
  const i = sec - d.secBase;
  return d.folded.slice(d.paraStart[d.secStart[i]!]!, d.paraStart[d.secStart[i + 1]!]! - 1);
}

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function report(paragraphs: string[]): ParsedReport {
  return {
    fileName: 'r.txt', title: null, body: 'cppcc', kind: 'work-report', locality: null, reviewYear: 2020, planYear: null,
    meetingDate: null, publishDate: null, session: null, speaker: null, speakerPost: null, figures: [],
    outline: paragraphs.map((t, p) => ({ level: 1, number: null, title: t.slice(0, 4), para: p, span: [p, p + 1] })),
    paragraphs: paragraphs.map((text, p) => ({ text, heading: p })),
  } as unknown as ParsedReport;
}

describe('settling counts from key counts', () => {
  it('decides only exact counts, and decides many', () => {
    const rand = rng(12);
    const alphabet = [...'政协工作会议提案民主，。'];
    const body = new BodyIndex();
    const docs = Array.from({ length: 30 }, (_, i) => {
      const paras = Array.from({ length: 6 }, () => Array.from({ length: 5 + Math.floor(rand() * 60) }, () => alphabet[Math.floor(rand() * alphabet.length)]!).join(''));
      const doc = indexDoc(`r${i}`, report(i % 2 ? paras.map((p) => toTrad(p)) : paras));
      body.add(i, doc);
      return doc;
    });
    body.commit();
    let decided = 0;
    let open = 0;
    for (let q = 0; q < 1000; q++) {
      const doc = docs[Math.floor(rand() * docs.length)]!;
      const at = Math.floor(rand() * (doc.folded.length - 6));
      const word = doc.folded.slice(at, at + 3 + Math.floor(rand() * 4));
      if (/\n/.test(word)) continue;
      const term = prepareTerm(parseQuery(`"${word}"`).include[0]!);
      const list = candidates(body, term, (sec) => body.owner[sec]! >= 0);
      const known = settle(body, term.settle, () => 0, list);
      if (!known) { expect(term.settle, word).toBeNull(); continue; }
      for (let p = 0; p < list.n; p++) {
        if (known[p]! < 0) { open++; continue; }
        decided++;
        const sec = list.secs[p]!;
        const d = docs[body.owner[sec]!]!;
        const text = sectionText(d, sec);
        expect(known[p], `${word} in ${text}`).toBe(occurrences(text, term).length);
      }
    }
    expect(decided).toBeGreaterThan(100);
    expect(open).toBeGreaterThan(10);
  });

  it('settles a word of listed trigrams where its pairs alone would not', () => {
    const body = new BodyIndex();
    // 政协工作 once in each; the second also holds 政协工 and 协工作 apart, which no bound tells from it.
    body.add(0, indexDoc('r0', report(['政协工作，协商工作', '政协工作，政协工，协工作'])));
    body.commit();
    const term = prepareTerm(parseQuery('"政协工作"').include[0]!);
    expect(term.keys.every(isTrigramKey)).toBe(true);
    const list = candidates(body, term, () => true);
    expect([...list.secs.subarray(0, list.n)]).toEqual([0, 1]);
    expect([...settle(body, term.settle, () => 0, list)!.subarray(0, 2)]).toEqual([1, -1]);
    // By its pairs and inner units, the first is undecided too (协 also stands in 协商, 工 in 工作).
    const pairs = { keys: [0x653f534f, 0x534f5de5, 0x5de54f5c], overlaps: [0x534f, 0x5de5] };
    expect([...settle(body, pairs, () => 0, list)!.subarray(0, 2)]).toEqual([-1, -1]);
  });

  it('settles past a sample only a word the sample settles often, exactly, over many segments', () => {
    const rand = rng(14);
    // 协商委员's inner units also stand in 协商 and 委托 in most sections (and none of its trigrams
    // is listed); 民主监督's only in it.
    const tokens = ['协商委员', '协商', '委托', '民主监督', '工作', '，', '。'];
    const body = new BodyIndex();
    const docs = Array.from({ length: 160 }, (_, i) => {
      const paras = Array.from({ length: 8 }, () => Array.from({ length: 4 + Math.floor(rand() * 20) }, () => tokens[Math.floor(rand() * tokens.length)]!).join(''));
      const doc = indexDoc(`r${i}`, report(i % 3 ? paras : paras.map((p) => toTrad(p))));
      body.add(i, doc);
      if (i % 7 === 6) body.commit();
      return doc;
    });
    body.commit();
    expect(body.segments.length).toBeGreaterThan(1);
    const past: Record<string, number> = {};
    for (const word of ['协商委员', '民主监督']) {
      const term = prepareTerm(parseQuery(`"${word}"`).include[0]!);
      const list = candidates(body, term, (sec) => body.owner[sec]! >= 0);
      expect(list.n, word).toBeGreaterThan(512);
      const known = settle(body, term.settle, () => 0, list)!;
      past[word] = 0;
      for (let p = 0; p < list.n; p++) {
        if (known[p]! < 0) continue;
        if (p >= 256) past[word]++;
        const sec = list.secs[p]!;
        const text = sectionText(docs[body.owner[sec]!]!, sec);
        expect(known[p], `${word} in ${text}`).toBe(occurrences(text, term).length);
      }
    }
    expect(past['协商委员']).toBe(0);
    expect(past['民主监督']).toBeGreaterThan(200);
  });

  it('counts a lone letter or digit only where a word starts, from the postings alone', () => {
    const rand = rng(13);
    const alphabet = [...'政协a3b0zé9，。 ', '2023', 'covid19'];
    const body = new BodyIndex();
    const docs = Array.from({ length: 20 }, (_, i) => {
      const paras = Array.from({ length: 5 }, () => Array.from({ length: 3 + Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]!).join(''));
      const doc = indexDoc(`r${i}`, report(paras));
      body.add(i, doc);
      return doc;
    });
    body.commit();
    for (const unit of ['3', '0', 'a', 'z', '9']) {
      const term = prepareTerm(parseQuery(unit).include[0]!);
      const list = candidates(body, term, (sec) => body.owner[sec]! >= 0);
      const known = settleWordStart(body, term, list)!;
      let starts = 0;
      for (let p = 0; p < list.n; p++) {
        const sec = list.secs[p]!;
        const text = sectionText(docs[body.owner[sec]!]!, sec);
        const want = occurrences(text, term).length;
        expect(known[p], `${unit} in ${text}`).toBe(want);
        starts += want;
      }
      // Some occurrences of the unit stand inside a word and some at its start.
      expect(starts, unit).toBeGreaterThan(0);
      expect(starts, unit).toBeLessThan(list.counts.subarray(0, list.n).reduce((a, b) => a + b, 0));
    }
    expect(settleWordStart(body, prepareTerm(parseQuery('政').include[0]!), new PostingList())).toBeNull();
  });

  it('leaves words that can overlap themselves, Latin prefixes and short words to the text', () => {
    const keys = (q: string) => settleKeys(parseQuery(q).include[0]!);
    expect(keys('"政协政"')).toBeNull();
    expect(keys('"工作工作"')).toBeNull();
    expect(keys('covid')).toBeNull();
    expect(keys('"协商"')).toBeNull();
    expect(keys('"政 协"')).toBeNull();
    // Pairs overlap by a unit; listed trigrams (政协工, 协工作) by a pair; a trigram and a pair by a unit.
    expect(keys('"协商委员"')).toEqual({ keys: [0x534f5546, 0x554659d4, 0x59d45458], overlaps: [0x5546, 0x59d4] });
    expect(keys('"政协工作"')).toEqual({ keys: [trigramKey(0x653f, 0x534f, 0x5de5), trigramKey(0x534f, 0x5de5, 0x4f5c)], overlaps: [0x534f5de5] });
    expect(keys('"政协工作报"')).toEqual({ keys: [trigramKey(0x653f, 0x534f, 0x5de5), trigramKey(0x534f, 0x5de5, 0x4f5c), trigramKey(0x5de5, 0x4f5c, 0x62a5)], overlaps: [0x534f5de5, 0x5de54f5c] });
  });
});
