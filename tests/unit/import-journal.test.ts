// The import journal and the library sweep on fake-indexeddb: which files of an interrupted import
// are left to import again (settled ones and ones saved after the job began are not), journals kept
// apart from other settings, and a sweep that removes half records and rebuilds a missing summary.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { deleteJournal, readJournals, sweepLibrary, unfinishedFiles, writeJournal, type ImportJournal } from '../../src/store/import-journal';
import { listSummaries, openLibrary, saveReport, setCorrections, setSetting, type LibraryDB } from '../../src/store/repo';
import { runTx } from '../../src/store/db';
import { sha256Hex } from '../../src/store/hash';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
let n = 0;

async function seed(db: LibraryDB): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names.slice(0, 3)) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const parsed = parseReport(bytes, name);
    if (!parsed.ok) throw new Error(parsed.error);
    const id = await sha256Hex(bytes);
    await saveReport(db, { id, fileName: name, bytes, report: parsed.report });
    ids.push(id);
  }
  return ids;
}

const journal = (patch: Partial<ImportJournal> = {}): ImportJournal => ({
  key: 'k1', startedAt: 1000, names: ['a.zip/a.txt', 'b.txt', 'c.txt', 'd.txt'], fileNames: ['a.txt', 'b.txt', 'c.txt', 'd.txt'], settled: [], ...patch,
});

describe('import journal', () => {
  it('lists the files neither settled nor saved since the job began', () => {
    const stored = [{ fileName: 'c.txt', importedAt: 1500 }, { fileName: 'd.txt', importedAt: 10 }];
    // b settled (say, failed and reported); c saved just before the last journal update; d is an older copy.
    expect(unfinishedFiles(journal({ settled: [1] }), stored)).toEqual(['a.zip/a.txt', 'd.txt']);
    expect(unfinishedFiles(journal({ settled: [0, 1, 2, 3] }), stored)).toEqual([]);
  });

  it('keeps journals under their own keys, apart from other settings', async () => {
    const db = await openLibrary(`journal-${++n}`);
    await setSetting(db, 'lastBackupAt', 5);
    await writeJournal(db, journal());
    await writeJournal(db, journal({ key: 'k2' }));
    expect((await readJournals(db)).map((j) => j.key).sort()).toEqual(['k1', 'k2']);
    await deleteJournal(db, 'k1');
    expect((await readJournals(db)).map((j) => j.key)).toEqual(['k2']);
    db.close();
  });
});

describe('library sweep', () => {
  it('finds nothing to do in a library written by saves', async () => {
    const db = await openLibrary(`sweep-${++n}`);
    await seed(db);
    expect(await sweepLibrary(db)).toEqual({ orphans: 0, halves: 0, rebuilt: 0 });
    db.close();
  });

  it('removes a report without its original and records without their report, and rebuilds a lost summary', async () => {
    const db = await openLibrary(`sweep-${++n}`);
    const [x, y, z] = await seed(db);
    await setCorrections(db, z!, { locality: '更正市' });
    await runTx(db, ['reports', 'originals', 'summaries'], 'readwrite', async (tx) => {
      await tx.objectStore('originals').delete(x!); // x: a report without its original
      await tx.objectStore('reports').delete(y!); // y: original and summary without their report
      await tx.objectStore('summaries').delete(z!); // z: a report whose list record was lost
    });
    expect(await sweepLibrary(db)).toEqual({ orphans: 3, halves: 1, rebuilt: 1 });
    const left = await listSummaries(db);
    expect(left.map((s) => s.id)).toEqual([z]);
    expect(left[0]).toMatchObject({ locality: '更正市', corrected: true });
    const keys = await runTx(db, ['originals', 'reports'], 'readonly', async (tx) => [await tx.objectStore('originals').getAllKeys(), await tx.objectStore('reports').getAllKeys()]);
    expect(keys).toEqual([[z], [z]]);
    db.close();
  });
});
