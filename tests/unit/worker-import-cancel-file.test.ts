// One file of an import cancelled alone: a waiting file is skipped, a large file under way goes to the
// isolated parser with its signal and is not saved once cancelled, and the rest of the batch is saved.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { listSummaries, openLibrary } from '../../src/store/repo';
import { ISOLATE_BYTES, runImport } from '../../src/worker/import-core';
import type { FileProgress, ImportFile } from '../../src/worker/protocol';
import { failure } from '../../src/parse/errors';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
const file = (name: string, bytes: Uint8Array | string): ImportFile => ({ name, blob: new Blob([bytes as BlobPart]) });
const fixtures = () => names.map((n) => file(n, new Uint8Array(readFileSync(join(FIXTURES, n)))));
/** A report padded past the isolation threshold: parsed by the isolated parser. */
const large = () => file('large.txt', `某县政协常委会工作报告\n\n一、工作回顾\n\n${'交办提案302件，办复率100%。\n'.repeat(Math.ceil(ISOLATE_BYTES / 30))}`);

describe('cancelling one file of an import', () => {
  it('skips a waiting file that was cancelled and saves the others', async () => {
    const db = await openLibrary('cancel-file-1');
    const aborts = new Map<number, AbortController>();
    const signal = (i: number) => (aborts.get(i) ?? aborts.set(i, new AbortController()).get(i)!).signal;
    aborts.set(1, new AbortController());
    aborts.get(1)!.abort();
    const last = new Map<number, FileProgress>();
    const counts = await runImport(fixtures(), { db, parse: parseReport, report: (c) => last.set(c.index, c), cancelled: () => false, fileSignal: signal });
    expect(counts).toMatchObject({ saved: 2, cancelled: 1, failed: 0 });
    expect(last.get(1)?.status).toBe('cancelled');
    expect((await listSummaries(db)).map((s) => s.fileName).sort()).toEqual([names[0], names[2]]);
  });

  it('hands a large file with its signal to the isolated parser; cancelled under way, it is not saved', async () => {
    const db = await openLibrary('cancel-file-2');
    const aborts = new Map<number, AbortController>();
    const signal = (i: number) => (aborts.get(i) ?? aborts.set(i, new AbortController()).get(i)!).signal;
    const isolatedCalls: string[] = [];
    // Stands in for the worker: the parse "runs" until the file is cancelled, then ends not ok.
    const parseIsolated = (_bytes: Uint8Array, fileName: string, s?: AbortSignal) => new Promise<ParseResult>((resolve) => {
      isolatedCalls.push(fileName);
      s?.addEventListener('abort', () => resolve({ ...failure('cancelled', {}), fileName }));
      queueMicrotask(() => aborts.get(0)!.abort()); // the user clicks the row's cancel meanwhile
    });
    const last = new Map<number, FileProgress>();
    const counts = await runImport([large(), ...fixtures()], {
      db, parse: parseReport, parseIsolated, report: (c) => last.set(c.index, c), cancelled: () => false, fileSignal: signal,
    });
    expect(isolatedCalls).toEqual(['large.txt']);
    expect(last.get(0)?.status).toBe('cancelled');
    expect(counts).toMatchObject({ saved: 3, cancelled: 1, failed: 0 });
    expect((await listSummaries(db)).map((s) => s.fileName)).not.toContain('large.txt');
  });
});
