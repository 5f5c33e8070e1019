// Repository behaviour on fake-indexeddb: verified saves, duplicates, list, corrections, delete
// with undo, corrections surviving a re-parse, and a full disk surfacing as a typed error.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReport, PARSER_VERSION } from '../../src/parse/index';
import {
  deleteReports, getOriginal, getReport, getSummary, listSummaries, openLibrary, restoreReports, saveReport,
  setCorrections, type LibraryDB,
} from '../../src/store/repo';
import { sha256Hex } from '../../src/store/hash';
import { reparseOutdated } from '../../src/store/reparse';
import { StoreError } from '../../src/store/types';
import type { ParseResult } from '../../src/model/report';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
let dbCount = 0;
const open = () => openLibrary(`repo-test-${++dbCount}`);

async function add(db: LibraryDB, name: string, parse: typeof parseReport = parseReport) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
  const parsed = parse(bytes, name);
  if (!parsed.ok) throw new Error(parsed.error);
  const id = await sha256Hex(bytes);
  return { id, bytes, status: await saveReport(db, { id, fileName: name, bytes, report: parsed.report, type: 'text/plain' }) };
}

afterEach(() => vi.restoreAllMocks());

describe('store repository', () => {
  it('saves a report with its original and summary, and refuses a second copy as duplicate', async () => {
    const db = await open();
    const first = await add(db, files[0]!);
    expect(first.status).toBe('saved');
    expect(first.id).toMatch(/^[0-9a-f]{64}$/);
    expect((await add(db, files[0]!)).status).toBe('duplicate');
    const original = await getOriginal(db, first.id);
    expect(new Uint8Array(original!.bytes)).toEqual(first.bytes);
    expect(original!.type).toBe('text/plain');
    const summary = await getSummary(db, first.id);
    expect(summary).toMatchObject({ id: first.id, fileName: files[0], size: first.bytes.byteLength, format: 'txt', corrected: false });
    expect(summary!.parserVersion).toBe(PARSER_VERSION);
  });

  it('refuses to report success when the stored bytes do not match the id, and leaves nothing behind', async () => {
    const db = await open();
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, files[0]!)));
    const parsed = parseReport(bytes, files[0]!);
    if (!parsed.ok) throw new Error(parsed.error);
    const wrongId = 'f'.repeat(64);
    await expect(saveReport(db, { id: wrongId, fileName: files[0]!, bytes, report: parsed.report })).rejects.toMatchObject({ kind: 'io' });
    expect(await getSummary(db, wrongId)).toBeUndefined();
    expect(await getOriginal(db, wrongId)).toBeUndefined();
  });

  it('lists every report newest first', async () => {
    const db = await open();
    const ids: string[] = [];
    for (const f of files) { ids.push((await add(db, f)).id); await new Promise((r) => setTimeout(r, 2)); }
    const list = await listSummaries(db);
    expect(list.map((s) => s.id)).toEqual([...ids].reverse());
  });

  it('applies corrections on read and in the summary, and can revert a field', async () => {
    const db = await open();
    const { id } = await add(db, files[1]!);
    const summary = await setCorrections(db, id, { locality: '测试市', reviewYear: 2001 });
    expect(summary).toMatchObject({ locality: '测试市', reviewYear: 2001, corrected: true });
    await setCorrections(db, id, { title: '改过的标题' });
    const opened = await getReport(db, id);
    expect(opened!.report).toMatchObject({ locality: '测试市', reviewYear: 2001, title: '改过的标题' });
    expect(opened!.corrections).toEqual({ locality: '测试市', reviewYear: 2001, title: '改过的标题' });
    await setCorrections(db, id, { locality: undefined, reviewYear: undefined, title: undefined });
    expect((await getReport(db, id))!.corrections).toEqual({});
    expect((await getSummary(db, id))!.corrected).toBe(false);
  });

  it('ignores keys that are not metadata in a correction', async () => {
    const db = await open();
    const { id } = await add(db, files[2]!);
    await setCorrections(db, id, { paragraphs: [] } as never);
    expect((await getReport(db, id))!.report.paragraphs.length).toBeGreaterThan(0);
  });

  it('deletes in one go and restores exactly on undo', async () => {
    const db = await open();
    const a = await add(db, files[0]!);
    const b = await add(db, files[1]!);
    await setCorrections(db, a.id, { speaker: '某人' });
    const removed = await deleteReports(db, [a.id, b.id, 'missing']);
    expect(removed).toHaveLength(2);
    expect(await listSummaries(db)).toEqual([]);
    expect(await getOriginal(db, a.id)).toBeUndefined();
    await restoreReports(db, removed);
    expect((await listSummaries(db)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await getReport(db, a.id))!.report.speaker).toBe('某人');
    expect(new Uint8Array((await getOriginal(db, b.id))!.bytes)).toEqual(b.bytes);
  });

  it('re-parses reports of an older parser version from their originals, keeping corrections', async () => {
    const db = await open();
    const old = (bytes: Uint8Array, name: string): ParseResult => {
      const r = parseReport(bytes, name);
      return r.ok ? { ok: true, report: { ...r.report, parserVersion: PARSER_VERSION - 1, paragraphs: r.report.paragraphs.slice(0, 1) } } : r;
    };
    const a = await add(db, files[0]!, old);
    const b = await add(db, files[3]!);
    await setCorrections(db, a.id, { locality: '更正市' });
    const progress: number[] = [];
    const counts = await reparseOutdated(db, parseReport, (p) => progress.push(p.done));
    expect(counts).toEqual({ total: 1, reparsed: 1, failed: 0 });
    expect(progress).toEqual([1]);
    const opened = (await getReport(db, a.id))!;
    expect(opened.report.parserVersion).toBe(PARSER_VERSION);
    expect(opened.report.paragraphs.length).toBeGreaterThan(1);
    expect(opened.report.locality).toBe('更正市');
    expect((await getSummary(db, a.id))!).toMatchObject({ locality: '更正市', parserVersion: PARSER_VERSION, corrected: true });
    expect((await getSummary(db, b.id))!.parserVersion).toBe(PARSER_VERSION);
    expect(await reparseOutdated(db, parseReport)).toEqual({ total: 0, reparsed: 0, failed: 0 });
  });

  it('turns a QuotaExceededError from put into a StoreError of kind quota, writing nothing', async () => {
    const db = await open();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await add(db, files[0]!).catch((e: unknown) => e);
    put.mockRestore();
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: 'quota' });
    expect((err as StoreError).message).toMatch(/存储空间已满/);
    expect(await listSummaries(db)).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
