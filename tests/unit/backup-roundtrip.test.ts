// Backup export and restore on fake-indexeddb: a full round trip into a fresh library (originals,
// corrections, import dates), a second import adding nothing, and damaged files refused whole.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { exportBackup, importBackup, LAST_BACKUP_KEY, readManifest } from '../../src/store/backup';
import { getOriginal, getReport, getSetting, listSummaries, openLibrary, saveReport, setCorrections, type LibraryDB } from '../../src/store/repo';
import { sha256Hex } from '../../src/store/hash';
import { BackupError } from '../../src/store/types';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
let n = 0;
const open = () => openLibrary(`backup-test-${++n}`);

async function filled(): Promise<{ db: LibraryDB; ids: string[] }> {
  const db = await open();
  const ids: string[] = [];
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const parsed = parseReport(bytes, name);
    if (!parsed.ok) throw new Error(parsed.error);
    const id = await sha256Hex(bytes);
    await saveReport(db, { id, fileName: name, bytes, report: parsed.report, type: 'text/plain' });
    ids.push(id);
  }
  await setCorrections(db, ids[1]!, { title: '备份中的更正', planYear: 2030 });
  return { db, ids };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('backup', () => {
  it('round-trips the whole library into a fresh one, with corrections and import dates', async () => {
    const { db, ids } = await filled();
    const progress: number[] = [];
    const blob = await exportBackup(db, (p) => progress.push(p.done));
    expect(progress).toEqual(files.map((_, i) => i + 1));
    expect(await getSetting<number>(db, LAST_BACKUP_KEY)).toBeGreaterThan(0);
    const { manifest } = await readManifest(blob);
    expect(manifest).toMatchObject({ format: 'zhengbao-backup', version: 1 });
    const fresh = await open();
    const counts = await importBackup(fresh, blob, parseReport);
    expect(counts).toEqual({ added: files.length, skipped: 0, failed: 0, errors: [] });
    const before = await listSummaries(db);
    const after = await listSummaries(fresh);
    expect(after).toEqual(before);
    for (const id of ids) expect(new Uint8Array((await getOriginal(fresh, id))!.bytes)).toEqual(new Uint8Array((await getOriginal(db, id))!.bytes));
    expect((await getReport(fresh, ids[1]!))!.report).toMatchObject({ title: '备份中的更正', planYear: 2030 });
  });

  it('adds nothing when the same backup is imported twice, or into the library it came from', async () => {
    const { db } = await filled();
    const blob = await exportBackup(db);
    expect(await importBackup(db, blob, parseReport)).toEqual({ added: 0, skipped: files.length, failed: 0, errors: [] });
    const fresh = await open();
    await importBackup(fresh, blob, parseReport);
    expect(await importBackup(fresh, blob, parseReport)).toMatchObject({ added: 0, skipped: files.length });
    expect(await listSummaries(fresh)).toHaveLength(files.length);
  });

  it('refuses a damaged backup whole: a flipped byte in the manifest or in a report, or a cut file', async () => {
    const { db } = await filled();
    const good = await bytesOf(await exportBackup(db));
    const text = new TextDecoder().decode(good.subarray(0, 200));
    const inManifest = text.indexOf('"format"') + 3;
    const damaged = [
      Object.assign(good.slice(), { [inManifest]: good[inManifest]! ^ 1 }),
      Object.assign(good.slice(), { [good.length - 100]: good[good.length - 100]! ^ 0x20 }),
      good.slice(0, good.length - 10),
    ];
    for (const bytes of damaged) {
      const fresh = await open();
      const err = await importBackup(fresh, new Blob([bytes]), parseReport).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(/备份文件已损坏/);
      expect(await listSummaries(fresh)).toEqual([]);
    }
  });

  it('says when a file is not a backup, or comes from a newer app', async () => {
    const fresh = await open();
    await expect(importBackup(fresh, new Blob(['hello, not a backup']), parseReport)).rejects.toThrow(/不是政报通备份/);
    await expect(importBackup(fresh, new Blob(['ZHENGBAO-BACKUP 9\n2\n{}\n']), parseReport)).rejects.toThrow(/更新版本/);
  });

  it('exports an empty library as a valid, empty backup', async () => {
    const db = await open();
    const blob = await exportBackup(db);
    expect(await importBackup(await open(), blob, parseReport)).toEqual({ added: 0, skipped: 0, failed: 0, errors: [] });
  });
});
