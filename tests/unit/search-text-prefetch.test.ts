// The cold start's early read of the text packs (prefetchTextPacks, fake-indexeddb): rows read before
// anyone drains them are kept (up to a byte budget, past which the scan stops), handed over in key
// order with the rows read after, and a taker that declines ends the scan.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/db';
import { PACK } from '../../src/store/search-packs';
import { prefetchTextPacks } from '../../src/store/search-store';
import type { StoredText } from '../../src/search/index';

let n = 0;

/** A library whose 'searchTexts' holds `packs` pack rows of `per` texts of 100 units each (and one report's own row). */
async function library(packs: number, per: number) {
  const db = await openLibrary(`prefetch-${++n}`);
  const tx = db.transaction('searchTexts', 'readwrite');
  for (let p = 0; p < packs; p++) {
    const texts = Array.from({ length: per }, (_, i) => ({ id: `r${p}-${i}`, folded: 'x'.repeat(100) }) as unknown as StoredText);
    void tx.store.put({ id: `${PACK}p${String(p).padStart(3, '0')}`, stamp: '', texts });
  }
  void tx.store.put({ id: 'own-row', stamp: 's', pack: `${PACK}p000` });
  await tx.done;
  return db;
}

const bytesOf = (t: StoredText) => t.folded.length;

async function drained(prefetch: ReturnType<typeof prefetchTextPacks>, keep = () => true) {
  const got: string[] = [];
  await prefetch.drain((pack, texts) => { got.push(`${pack.slice(PACK.length)}:${texts.length}`); return keep(); });
  return got;
}

describe('prefetchTextPacks', () => {
  it('hands over every pack row in key order, whether drained before or after the scan ends', async () => {
    const db = await library(25, 3);
    const want = Array.from({ length: 25 }, (_, p) => `p${String(p).padStart(3, '0')}:3`);
    const late = prefetchTextPacks(db, 1e9, bytesOf);
    await late.scanned;
    expect(await drained(late)).toEqual(want);
    expect(await drained(prefetchTextPacks(db, 1e9, bytesOf))).toEqual(want);
  });

  it('stops reading once the rows kept pass the budget; queries read the rest', async () => {
    const db = await library(25, 3);
    const prefetch = prefetchTextPacks(db, 1000, bytesOf);
    await prefetch.scanned;
    // 300 units a row: the fourth row passes 1,000 and ends the scan.
    expect(await drained(prefetch)).toHaveLength(4);
  });

  it('ends the scan when the taker declines', async () => {
    const db = await library(25, 3);
    let calls = 0;
    expect(await drained(prefetchTextPacks(db, 1e9, bytesOf), () => ++calls < 12)).toHaveLength(12);
  });
});
