// Web Locks between two import workers (as two tabs have), real Chromium: two re-parses of the same
// library started at once run one after the other, and the one that waited finds nothing left to do
// (it takes the other's result); two restores of one backup never interleave, and the second adds
// nothing. Progress messages give each job's span, so "one after the other" needs no timing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltPage, type BuiltPage } from '../support/built-page';
import { variantFiles } from '../support/tabs';

const SRC = join(import.meta.dirname, '../../src');
// Enough files that each job sends many progress messages: interleaved jobs could not hide.
const files = variantFiles(40, '锁').map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));

const MAIN = `
import { createImportClient } from '${SRC}/worker/client';
import { openLibrary } from '${SRC}/store/repo';
import { runTx } from '${SRC}/store/db';

/** Each job's progress events, numbered in arrival order across both jobs. */
function tracker() {
  let seq = 0;
  const spans = {};
  return {
    on: (name) => () => { const s = (spans[name] ??= { first: Infinity, last: -1 }); seq++; s.first = Math.min(s.first, seq); s.last = seq; },
    spans,
  };
}

async function importAll(dbName, list) {
  const client = createImportClient({ dbName });
  const picked = list.map((f) => new File([f.text], f.name, { type: 'text/plain' }));
  await client.importFiles(picked, () => undefined);
  client.dispose();
}

/** Marks every stored report as parsed by parser version 0, so a re-parse has work to do. */
async function age(dbName) {
  const db = await openLibrary(dbName);
  await runTx(db, ['reports', 'summaries'], 'readwrite', async (tx) => {
    for (const store of ['reports', 'summaries']) {
      const all = await tx.objectStore(store).getAll();
      await Promise.all(all.map((r) => tx.objectStore(store).put({ ...r, parserVersion: 0 })));
    }
  });
  db.close();
}

window.zb = {
  async reparseRace(list) {
    await importAll('zb-locks-reparse', list);
    await age('zb-locks-reparse');
    const t = tracker();
    const a = createImportClient({ dbName: 'zb-locks-reparse' });
    const b = createImportClient({ dbName: 'zb-locks-reparse' });
    const [ca, cb] = await Promise.all([a.reparse(t.on('a')), b.reparse(t.on('b'))]);
    return { counts: [ca, cb], spans: t.spans };
  },
  async restoreRace(list) {
    await importAll('zb-locks-source', list);
    const backup = await createImportClient({ dbName: 'zb-locks-source' }).exportBackup();
    const t = tracker();
    const a = createImportClient({ dbName: 'zb-locks-restored' });
    const b = createImportClient({ dbName: 'zb-locks-restored' });
    const [ca, cb] = await Promise.all([a.importBackup(backup.blob, t.on('a')), b.importBackup(backup.blob, t.on('b'))]);
    return { counts: [ca, cb], spans: t.spans };
  },
};
document.body.dataset.ready = 'true';
`;

let page: Page;
let built: BuiltPage | undefined;

beforeAll(async () => {
  built = await openBuiltPage('zb-locks-', MAIN, { 'index.html': '' });
  page = built.page;
});
afterAll(() => built?.close());

type Span = { first: number; last: number };
/** The two jobs' progress never interleaves: one span ends before the other begins. */
function apart(spans: Record<string, Span>): boolean {
  const list = Object.values(spans);
  if (list.length < 2) return true;
  const [x, y] = list as [Span, Span];
  return x.last < y.first || y.last < x.first;
}

describe('web locks between two workers', () => {
  it('two re-parses started at once: one does the work, the other finds it done', async () => {
    const { counts, spans } = await page.evaluate((l) => (window as any).zb.reparseRace(l), files);
    const reparsed = counts.map((c: { reparsed: number }) => c.reparsed).sort();
    expect(reparsed).toEqual([0, files.length]);
    expect(apart(spans)).toBe(true);
  });

  it('two restores of one backup at once: they never interleave and the second adds nothing', async () => {
    const { counts, spans } = await page.evaluate((l) => (window as any).zb.restoreRace(l), files);
    const added = counts.map((c: { added: number }) => c.added).sort();
    expect(added).toEqual([0, files.length]);
    expect(counts.every((c: { failed: number }) => c.failed === 0)).toBe(true);
    expect(Object.keys(spans)).toHaveLength(2);
    expect(apart(spans)).toBe(true);
  });
});
