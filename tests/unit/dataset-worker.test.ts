// The dataset worker's own steps, run in this thread: it reads and hashes the files of a batch itself,
// asks once before parsing and skips what it is told to, and names the reason when a file cannot be read.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerBatch, type IdQuestion, type ParseAnswer, type ParseJob } from '../../src/cli/dataset-worker';

const FIXTURE = join(import.meta.dirname, '../fixtures/000_19b4022d2904f987.txt');
const dir = mkdtempSync(join(tmpdir(), 'zb-dsworker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = (file: string): ParseJob => ({ path: file, fileName: 'report.txt', file, mode: 'tables' });
/** One file as a batch of one, the main thread answering with `wanted`. */
const answer = async (j: ParseJob, wanted: (q: IdQuestion) => Promise<boolean[]>): Promise<ParseAnswer> => (await answerBatch({ seq: 7, jobs: [j], ask: true }, wanted))[0]!;

describe('dataset worker', () => {
  it('hashes the file it reads, asks with that id, and parses when told to', async () => {
    const bytes = readFileSync(FIXTURE);
    const asked: IdQuestion[] = [];
    const a = await answer(job(FIXTURE), async (q) => { asked.push(q); return [true]; });
    const id = createHash('sha256').update(bytes).digest('hex');
    expect(asked).toEqual([{ seq: 7, question: true, ids: [id], sizes: [bytes.byteLength] }]);
    expect(a.ok && a.id).toBe(id);
    if (!a.ok) throw new Error(a.error);
    const report = JSON.parse(new TextDecoder().decode(a.lines.reports)) as { id: string; bytes: number };
    expect(report).toMatchObject({ id, bytes: bytes.byteLength });
    expect(a.counts.sections).toBeGreaterThan(0);
  });

  it('skips the parse when the main thread says the id is not wanted', async () => {
    const a = await answer(job(FIXTURE), async () => [false]);
    expect(a).toMatchObject({ ok: false, skipped: true, size: readFileSync(FIXTURE).byteLength });
    expect('lines' in a).toBe(false);
  });

  it('answers without an id, and with the reason, for a file it cannot read or that is empty', async () => {
    const missing = await answer(job(join(dir, 'gone.txt')), async () => [true]);
    expect(missing).toMatchObject({ ok: false, id: null });
    expect(!missing.ok && missing.error).toMatch(/无法读取文件 \(cannot read the file\).*gone\.txt/);
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = await answer(job(join(dir, 'empty.txt')), async () => { throw new Error('must not ask'); });
    expect(empty).toMatchObject({ ok: false, id: null, error: '文件为空 (the file is empty)' });
  });

  it('asks once per batch, with the ids in its order, and answers each file in that order', async () => {
    const other = join(import.meta.dirname, '../fixtures/001_da7eefc472fc5678.txt');
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    const asked: IdQuestion[] = [];
    const jobs = [job(FIXTURE), job(join(dir, 'gone.txt')), job(other)];
    const answers = await answerBatch({ seq: 3, jobs, ask: true }, async (q) => { asked.push(q); return [false, false, true]; });
    expect(asked.map((q) => q.ids)).toEqual([[sha(FIXTURE), null, sha(other)]]);
    expect(answers.map((a) => [a.ok, a.id, !a.ok && a.skipped === true])).toEqual([[false, sha(FIXTURE), true], [false, null, false], [true, sha(other), false]]);
  });
});
