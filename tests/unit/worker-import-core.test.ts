// The import loop over real fixtures and bad inputs on fake-indexeddb: each bad file fails alone
// with its reason, zips are expanded (and bombs refused), duplicates are recognised, a full disk
// stops the batch, cancel stops after the current file; the handler batches its progress.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { MAX_INPUT_BYTES } from '../../src/parse/limits';
import { listSummaries, openLibrary } from '../../src/store/repo';
import { runImport, type ImportEnv } from '../../src/worker/import-core';
import { createHandler } from '../../src/worker/handler';
import type { FileProgress, ImportFile, WorkerResponse } from '../../src/worker/protocol';
import type { LibraryDB } from '../../src/store/db';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const file = (name: string, bytes: Uint8Array | string): ImportFile => ({ name, blob: new Blob([bytes as BlobPart]) });
let n = 0;
const open = () => openLibrary(`import-core-${++n}`);

function docx(text: string): Uint8Array {
  const body = text.split('\n').map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

async function run(db: LibraryDB, files: ImportFile[], cancelled: () => boolean = () => false) {
  const last = new Map<number, FileProgress>();
  const env: ImportEnv = { db, parse: parseReport, report: (c) => last.set(c.index, c), cancelled };
  const counts = await runImport(files, env);
  return { counts, last: [...last.values()].sort((a, b) => a.index - b.index) };
}

afterEach(() => vi.restoreAllMocks());

describe('import core', () => {
  it('imports the fixtures while an empty, a binary and a damaged .doc file each fail alone with their reason', async () => {
    const db = await open();
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const doc = new Uint8Array(2048); doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const files = [
      file('empty.txt', new Uint8Array(0)), ...names.map((f) => file(f, fixture(f))), file('data.bin', binary), file('old.doc', doc),
    ];
    const { counts, last } = await run(db, files);
    expect(counts).toEqual({ total: files.length, saved: names.length, duplicate: 0, failed: 3, cancelled: 0 });
    expect(last[0]).toMatchObject({ name: 'empty.txt', status: 'failed', error: 'empty.txt: 文件为空 (the file is empty)' });
    expect(last.slice(1, 1 + names.length).every((p) => p.status === 'saved' && p.summary?.fileName === p.name)).toBe(true);
    expect(last[names.length + 1]!.error).toMatch(/^data\.bin: .+/);
    expect(last[names.length + 2]!.error).toMatch(/^old\.doc: .*Word.*damaged/);
    expect(await listSummaries(db)).toHaveLength(names.length);
  });

  it('names beside a saved file the warning that puts it in doubt, the most serious first, and nothing beside a sound report', async () => {
    const db = await open();
    const report = new TextDecoder().decode(fixture(names[0]!));
    const garbled = report.replace(/。/, '。以“拉家?!狈绞脚c报送。');
    const { last } = await run(db, [
      file('greeting.txt', '你好'), file('garbled.txt', garbled), file('twice.txt', `${garbled}\n打印本页\n${garbled}`), file(names[3]!, fixture(names[3]!)),
    ]);
    expect(last.map((p) => [p.name, p.status, p.doubt?.code])).toEqual([
      ['greeting.txt', 'saved', 'little-chinese'], ['garbled.txt', 'saved', 'mojibake'], ['twice.txt', 'saved', 'mojibake'], [names[3], 'saved', undefined],
    ]);
    // Printed twice alone: the second copy left out is said.
    const { last: again } = await run(await open(), [file('twice.txt', `${report}\n打印本页\n${report}`)]);
    expect(again[0]!.doubt?.code).toBe('second-copy');
  });

  it('recognises duplicates, within a batch and against the library, with the stored summary', async () => {
    const db = await open();
    await run(db, [file(names[0]!, fixture(names[0]!))]);
    const { counts, last } = await run(db, [file('copy.txt', fixture(names[0]!)), file(names[1]!, fixture(names[1]!)), file('again.txt', fixture(names[1]!))]);
    expect(counts).toMatchObject({ saved: 1, duplicate: 2 });
    expect(last.map((p) => p.status)).toEqual(['duplicate', 'saved', 'duplicate']);
    expect(last[0]!.summary?.fileName).toBe(names[0]);
  });

  it('expands a zip of reports into its members, keeping a docx inside as one report', async () => {
    const db = await open();
    const members: Record<string, Uint8Array> = { '__MACOSX/._x': new Uint8Array(3), 'sub/': new Uint8Array(0) };
    for (const f of names) members[`sub/${f}`] = fixture(f);
    members['word-report.docx'] = docx('某市政协常委会工作报告\n一、过去一年的工作\n全年交办提案302件。');
    members['inner.zip'] = zipSync({ 'a.txt': strToU8('x') });
    const { counts, last } = await run(db, [file('reports.zip', zipSync(members))]);
    expect(counts).toMatchObject({ total: names.length + 2, saved: names.length + 1, failed: 1 });
    expect(last.find((p) => p.name === `reports.zip/sub/${names[0]}`)?.summary?.fileName).toBe(names[0]);
    expect(last.find((p) => p.name === 'reports.zip/word-report.docx')?.status).toBe('saved');
    expect(last.find((p) => p.name === 'reports.zip/inner.zip')?.error).toMatch(/压缩包内的压缩包/);
  });

  it('reads member names a Chinese Windows zip stored in GBK without the UTF-8 flag', async () => {
    const db = await open();
    const gbk = Uint8Array.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
    const zip = zipSync({ 'QQQQ.txt': fixture(names[0]!) });
    for (let i = 0; i + 8 <= zip.length; i++) {
      if (String.fromCharCode(...zip.subarray(i, i + 8)) === 'QQQQ.txt') zip.set(gbk, i);
    }
    const { last } = await run(db, [file('下载.zip', zip)]);
    expect(last[0]).toMatchObject({ name: '下载.zip/报告.txt', status: 'saved' });
    expect(last[0]!.summary?.fileName).toBe('报告.txt');
  });

  it('treats a .zip that is a Word document as one report', async () => {
    const db = await open();
    const { counts, last } = await run(db, [file('report.zip', docx('某县人大常委会工作报告\n一、主要工作\n审议议案12件。'))]);
    expect(counts).toMatchObject({ total: 1 });
    expect(last[0]!.name).toBe('report.zip');
  });

  it('refuses a zip bomb from its declared sizes, and a damaged zip, without stopping the batch', async () => {
    const db = await open();
    const bomb = zipSync({ 'big.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const { counts, last } = await run(db, [file('bomb.zip', bomb), file('broken.zip', 'PK\u0003\u0004 not really'), file(names[2]!, fixture(names[2]!))]);
    expect(counts).toMatchObject({ total: 3, saved: 1, failed: 2 });
    expect(last[0]!.error).toMatch(/^bomb\.zip: .*(压缩炸弹|文件过大)/);
    expect(last[1]!.error).toMatch(/^broken\.zip: 压缩包已损坏/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const db = await open();
    const huge = new Blob([new Uint8Array(MAX_INPUT_BYTES + 1)]);
    const read = vi.spyOn(huge, 'arrayBuffer');
    const { last } = await run(db, [{ name: 'huge.txt', blob: huge }]);
    expect(last[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^huge\.txt: 文件过大/) });
    expect(read).not.toHaveBeenCalled();
  });

  it('stops after the current file when cancelled', async () => {
    const db = await open();
    let seen = 0;
    const { counts, last } = await run(db, names.map((f) => file(f, fixture(f))), () => ++seen > 2);
    expect(counts).toMatchObject({ saved: 2, cancelled: names.length - 2 });
    expect(last.slice(2).every((p) => p.status === 'cancelled')).toBe(true);
  });

  it('stops the batch when the disk is full, saying so for every file left', async () => {
    const db = await open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    const files = Array.from({ length: 12 }, (_, i) => file(`r${i}.txt`, `${new TextDecoder().decode(fixture(names[i % names.length]!))}\n第${i}份`));
    const { counts, last } = await run(db, files);
    expect(counts).toMatchObject({ saved: 0, failed: 12, error: { kind: 'quota' } });
    expect(last.every((p) => /存储空间已满/.test(p.error ?? ''))).toBe(true);
    // Saves already under way fail on their own; the files after them are not even tried.
    expect(last.at(-1)!.error).toMatch(/^r11\.txt: 未导入：存储空间已满/);
  });
});

describe('worker handler', () => {
  it('takes files in chunks and batches progress: far fewer messages than status changes, the last state of each file', async () => {
    const posted: WorkerResponse[] = [];
    const handle = createHandler((res) => posted.push(res));
    const files = Array.from({ length: 60 }, (_, i) => file(`r${i}.txt`, `${new TextDecoder().decode(fixture(names[i % names.length]!))}\n第${i}份`));
    const done = new Promise<void>((resolve) => {
      const timer = setInterval(() => { if (posted.some((r) => r.type === 'import-done')) { clearInterval(timer); resolve(); } }, 20);
    });
    // Files arrive in chunks, as the client sends them; the job starts once the last chunk is in.
    handle({ type: 'import', jobId: 7, dbName: `handler-${++n}`, files: files.slice(0, 25), more: true });
    handle({ type: 'import-more', jobId: 7, files: files.slice(25, 50), more: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(posted).toEqual([]);
    handle({ type: 'import-more', jobId: 7, files: files.slice(50), more: false });
    await done;
    const progress = posted.filter((r): r is Extract<WorkerResponse, { type: 'progress' }> => r.type === 'progress');
    const final = new Map<number, FileProgress>();
    for (const p of progress) for (const f of p.files) final.set(f.index, f);
    expect(final.size).toBe(60);
    expect([...final.values()].every((f) => f.status === 'saved')).toBe(true);
    expect(progress.length).toBeLessThan(60);
    expect(posted.at(-1)).toMatchObject({ type: 'import-done', jobId: 7, counts: { saved: 60 } });
  });

  it('answers a damaged backup with a job error of kind backup', async () => {
    const posted: WorkerResponse[] = [];
    const handle = createHandler((res) => posted.push(res));
    handle({ type: 'import-backup', jobId: 3, dbName: `handler-${++n}`, blob: new Blob(['nope']) });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ type: 'job-error', jobId: 3, error: { kind: 'backup' } });
  });
});
