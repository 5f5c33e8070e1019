// Two parsing lanes in the import loop, and the helper parser's promise that a broken helper
// only slows an import down: every file it was handed is parsed locally instead.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { listSummaries, openLibrary } from '../../src/store/repo';
import { runImport } from '../../src/worker/import-core';
import { createRemoteParser } from '../../src/worker/parse-pool';
import type { FileProgress } from '../../src/worker/protocol';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const text = (i: number) => `${readFileSync(join(FIXTURES, names[i % names.length]!), 'utf8')}\n第${i}份`;

afterEach(() => vi.unstubAllGlobals());

describe('parsing lanes', () => {
  it('shares a batch between the local parser and the one elsewhere, saving every file once', async () => {
    const db = await openLibrary('lanes-1');
    const files = Array.from({ length: 20 }, (_, i) => ({ name: `r${i}.txt`, blob: new Blob([text(i)]) }));
    const local = vi.fn(parseReport);
    const elsewhere = vi.fn(async (bytes: Uint8Array, name: string) => {
      await new Promise((r) => setTimeout(r, 5));
      return parseReport(bytes, name);
    });
    const last = new Map<number, FileProgress>();
    const counts = await runImport(files, { db, parse: local, parseElsewhere: elsewhere, report: (c) => last.set(c.index, c), cancelled: () => false });
    expect(counts).toMatchObject({ total: 20, saved: 20, failed: 0 });
    expect(local.mock.calls.length).toBeGreaterThan(0);
    expect(elsewhere.mock.calls.length).toBeGreaterThan(0);
    expect(local.mock.calls.length + elsewhere.mock.calls.length).toBe(20);
    expect([...last.values()].every((p) => p.status === 'saved' && p.summary?.fileName === p.name)).toBe(true);
    expect(await listSummaries(db)).toHaveLength(20);
  });
});

describe('helper parser', () => {
  it('is not started where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    expect(createRemoteParser(parseReport)).toBeNull();
  });

  it('parses locally what a helper that failed to start was given', async () => {
    class BrokenWorker {
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      onmessage = null;
      onmessageerror = null;
      postMessage() { setTimeout(() => this.onerror?.({ preventDefault() {} }), 1); }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const local = vi.fn(parseReport);
    const helper = createRemoteParser(local)!;
    const bytes = new TextEncoder().encode(text(0));
    const [a, b] = await Promise.all([helper.parse(bytes, 'a.txt'), helper.parse(bytes, 'b.txt')]);
    expect(a.ok && b.ok).toBe(true);
    expect(local).toHaveBeenCalledTimes(2);
    expect((await helper.parse(bytes, 'c.txt')).ok).toBe(true);
    expect(local).toHaveBeenCalledTimes(3);
  });
});
