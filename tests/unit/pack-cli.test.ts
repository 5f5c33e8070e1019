// The pack command: a folder and a zip become one library file in the backup format, each original
// with its parsed report; what does not parse is left out and named (exit 1); the file restores every
// packed report into a fresh library without parsing again, and a parse it cannot trust is redone.
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { parseReport } from '../../src/parse/index';
import { importBackup, readManifest } from '../../src/store/backup';
import { getOriginal, getReport, listSummaries, openLibrary } from '../../src/store/repo';
import { storedParse } from '../../src/store/backup-parsed';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zb-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pack = (args: string[]) => spawnSync(process.execPath, ['src/cli/launch.mjs', 'pack', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run pack', () => {
  it('packs folders and zips into a backup the store restores completely', async () => {
    const corpus = buildCorpus(24, 11);
    mkdirSync(join(dir, 'in/sub'), { recursive: true });
    corpus.slice(0, 16).forEach((f) => writeFileSync(join(dir, 'in/sub', f.name), f.bytes));
    writeFileSync(join(dir, 'in/more.zip'), zipSync(Object.fromEntries(corpus.slice(16).map((f) => [f.name, f.bytes]))));
    writeFileSync(join(dir, 'in/copy.txt'), corpus[3]!.bytes);
    writeFileSync(join(dir, 'in/empty.txt'), '');
    const out = join(dir, 'library.zbk');
    const r = pack([join(dir, 'in'), '--out', out, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/left out .*empty\.txt: 文件为空/);

    const ids = new Set(corpus.map((f) => createHash('sha256').update(f.bytes).digest('hex')));
    const blob = new Blob([readFileSync(out)]);
    const { manifest } = await readManifest(blob);
    expect(new Set(manifest.reports.map((e) => e.id))).toEqual(ids);
    expect(manifest.reports).toHaveLength(ids.size);
    expect(manifest.version).toBe(2);
    expect(manifest.reports.every((e) => e.parsed && e.parsed.size > 0)).toBe(true);

    const db = await openLibrary('pack-test');
    let parses = 0;
    const counting = (bytes: Uint8Array, name: string) => { parses++; return parseReport(bytes, name); };
    const counts = await importBackup(db, blob, counting);
    expect(counts).toMatchObject({ added: ids.size, failed: 0 });
    expect(parses).toBe(0);
    const entry = manifest.reports[manifest.reports.length - 1]!;
    const sample = await getReport(db, entry.id);
    const fresh = parseReport(corpus.find((f) => createHash('sha256').update(f.bytes).digest('hex') === entry.id)!.bytes, entry.fileName);
    expect(fresh.ok && sample?.report).toEqual(fresh.ok ? fresh.report : null);
    expect(new Set((await listSummaries(db)).map((s) => s.id))).toEqual(ids);
    const first = corpus[0]!;
    const original = await getOriginal(db, createHash('sha256').update(first.bytes).digest('hex'));
    expect(original?.fileName).toBe(first.name);
    expect(new Uint8Array(original!.bytes)).toEqual(first.bytes);
  }, 120_000);

  it('trusts a stored parse only from this parser version and with the shape of a report', () => {
    const r = parseReport(buildCorpus(1, 2)[0]!.bytes, 'a.txt');
    if (!r.ok) throw new Error(r.error);
    const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    expect(storedParse(enc(r.report))).toEqual(r.report);
    expect(storedParse(enc({ ...r.report, parserVersion: r.report.parserVersion - 1 }))).toBeNull();
    expect(storedParse(enc({ ...r.report, paragraphs: 'x' }))).toBeNull();
    expect(storedParse(new TextEncoder().encode('{"parserVersion":'))).toBeNull();
  });

  it('refuses bad arguments with exit 2', () => {
    expect(pack([join(dir, 'missing'), '--out', join(dir, 'x.zbk')]).status).toBe(2);
    expect(pack([ROOT, '--out', dir]).status).toBe(2);
    expect(pack(['--out', join(dir, 'x.zbk')]).status).toBe(2);
  }, 60_000);
});
