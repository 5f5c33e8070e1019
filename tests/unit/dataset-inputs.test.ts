// Awkward inputs of `dataset` and `pack`: a symlink loop, a folder given twice, names that are not
// UTF-8, a file given twice, an --out that is a file's child, is the input folder itself or holds
// someone else's files, --jobs beyond the cores. Each walks every file once, names what failed once,
// or is refused with exit 2 and a sentence, never a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/dataset-args';
import { countFiles, walk, type Source } from '../../src/cli/dataset-walk';
import { answerBatch } from '../../src/cli/dataset-worker';
import { readManifest } from '../../src/store/backup';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const REPORT = join(FIXTURES, '000_19b4022d2904f987.txt');
const OTHER = join(FIXTURES, '001_da7eefc472fc5678.txt');
const dir = mkdtempSync(join(tmpdir(), 'zb-dsinputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (name: 'dataset' | 'pack', args: string[]) => spawnSync(process.execPath, ['src/cli/launch.mjs', name, ...args], { cwd: ROOT, encoding: 'utf8' });
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
async function walked(paths: string[], skip?: Set<string>): Promise<Source[]> {
  const all: Source[] = [];
  for await (const s of walk(paths, { skip })) all.push(s);
  return all;
}
/** A folder of its own under the test's temporary folder. */
const folder = (name: string) => { const p = join(dir, name); mkdirSync(p, { recursive: true }); return p; };

describe('walking awkward folders', () => {
  it('walks a folder once through a symlink loop, and a folder given twice or inside another input once', async () => {
    const root = folder('loop');
    copyFileSync(REPORT, join(root, 'a.txt'));
    mkdirSync(join(root, 'sub'));
    copyFileSync(OTHER, join(root, 'sub/b.txt'));
    symlinkSync('..', join(root, 'sub/up'));
    const paths = (await walked([root])).map((s) => s.path);
    expect(paths).toEqual([join(root, 'a.txt'), join(root, 'sub/b.txt')]);
    expect(await countFiles([root])).toBe(2);
    expect((await walked([root, join(root, 'sub'), root])).map((s) => s.path)).toEqual(paths);
  });

  it('skips the output folder reached through a symlink inside an input, as it skips it in place', async () => {
    const root = folder('linked');
    copyFileSync(REPORT, join(root, 'a.txt'));
    const out = folder('linked-out');
    writeFileSync(join(out, 'reports.jsonl'), '{"id":"x"}\n');
    symlinkSync(out, join(root, 'out-link'));
    expect((await walked([root], new Set([out]))).map((s) => s.path)).toEqual([join(root, 'a.txt')]);
  });

  it('reads files and folders whose names are GBK bytes, naming them in Chinese', async () => {
    const root = folder('gbk');
    const gbk = (text: string) => Buffer.from(gbkBytes(text));
    const sub = Buffer.concat([Buffer.from(`${root}/`), gbk('子目录')]);
    mkdirSync(sub);
    copyFileSync(REPORT, Buffer.concat([sub, Buffer.from('/'), gbk('报告.txt')]));
    const [src, ...rest] = await walked([root]);
    expect(rest).toEqual([]);
    expect(src!.path).toBe(join(root, '子目录/报告.txt'));
    expect(src!.fileName).toBe('报告.txt');
    const bytes = await src!.read();
    expect(bytes instanceof Uint8Array && Buffer.from(bytes).equals(readFileSync(REPORT))).toBe(true);
    // A worker is handed the path's bytes (as a structured clone turns a Buffer into) and reads them.
    const local = Uint8Array.from(src!.local as Uint8Array);
    const [answer] = await answerBatch({ seq: 1, jobs: [{ path: src!.path, fileName: src!.fileName, file: local, mode: 'tables' }], ask: false });
    expect(answer!.ok, answer!.ok ? '' : answer!.error).toBe(true);
  });

  // Permissions do not bind root: run as another user to see these fail (and pass).
  it.skipIf(process.getuid?.() === 0)('names a folder it cannot list and a zip it cannot read instead of stopping', async () => {
    const root = folder('locked');
    copyFileSync(REPORT, join(root, 'a.txt'));
    const locked = folder('locked/no');
    const zip = join(root, 'z.zip');
    writeFileSync(zip, zipSync({ 'b.txt': readFileSync(OTHER) }));
    spawnSync('chmod', ['000', locked, zip]);
    try {
      const sources = await walked([root]);
      expect(sources.map((s) => s.path)).toEqual([join(root, 'a.txt'), locked, zip]);
      expect(await sources[1]!.read()).toMatchObject({ error: expect.stringMatching(/cannot read the folder/) });
      expect(await sources[2]!.read()).toMatchObject({ error: expect.stringMatching(/EACCES/) });
    } finally {
      spawnSync('chmod', ['755', locked, zip]);
    }
  });
});

/** GBK bytes of the few characters used here (TextEncoder only writes UTF-8); ASCII as it is. */
function gbkBytes(text: string): number[] {
  const table: Record<string, number[]> = {
    子: [0xd7, 0xd3], 目: [0xc4, 0xbf], 录: [0xc2, 0xbc], 报: [0xb1, 0xa8], 告: [0xb8, 0xe6],
  };
  return [...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]);
}

describe('arguments', () => {
  it('takes --jobs and --shard as digits only, and no more jobs than cores', () => {
    const parse = (...flags: string[]) => parseArgs(['in', '--out', 'out', ...flags], { jobs: true, shard: true });
    for (const bad of [['--jobs', '1e3'], ['--jobs', '0x10'], ['--jobs', ' 2'], ['--shard', '1/1e1']]) {
      expect(() => parse(...bad), bad.join(' ')).toThrow(UsageError);
    }
    const many = parse('--jobs', '1000');
    expect(many.jobs).toBe(availableParallelism());
    expect(many.notes.join()).toMatch(/--jobs 1000: using \d+/);
    expect(parse('--jobs', '1')).toMatchObject({ jobs: 1, notes: [] });
  });
});

describe('npm run dataset with awkward inputs', () => {
  it('lists a file given twice once, and counts copies of a failed file as duplicates on every run', () => {
    const root = folder('twice');
    writeFileSync(join(root, 'empty.txt'), '');
    const binary = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256);
    writeFileSync(join(root, 'bin1.txt'), binary);
    writeFileSync(join(root, 'bin2.txt'), binary);
    const out = join(dir, 'twice-out');
    const args = [root, join(root, 'empty.txt'), root, '--out', out, '--jobs', '1'];
    for (const run of [1, 2]) {
      const r = cli('dataset', args);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr, `run ${run}`).toMatch(/ 2 failed, .* 2 duplicates/);
      expect(lines(join(out, 'errors.jsonl')).map((e) => e.fileName).sort()).toEqual(['bin1.txt', 'empty.txt']);
    }
  }, 60_000);

  it('writes its tables into the input folder itself when told to, reading the reports there', () => {
    const root = folder('self');
    copyFileSync(REPORT, join(root, 'a.txt'));
    for (const run of [1, 2]) {
      const r = cli('dataset', [root, '--out', root, '--jobs', '1']);
      expect(r.status, r.stderr).toBe(0);
      expect(lines(join(root, 'reports.jsonl')).map((l) => l.fileName), `run ${run}`).toEqual(['a.txt']);
    }
  }, 60_000);

  it('refuses an --out it cannot make, or one holding files it did not write, with exit 2', () => {
    const root = folder('refuse');
    copyFileSync(REPORT, join(root, 'a.txt'));
    writeFileSync(join(dir, 'plain-file'), 'x');
    const under = cli('dataset', [root, '--out', join(dir, 'plain-file/out')]);
    expect(under.status).toBe(2);
    expect(under.stderr).toMatch(/cannot make the --out folder/);
    const foreign = folder('foreign');
    writeFileSync(join(foreign, 'reports.jsonl'), 'not json\n');
    const r = cli('dataset', [root, '--out', foreign]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/reports\.jsonl line 1 is not a line this command wrote/);
    expect(r.stderr).not.toMatch(/ at /);
    expect(readFileSync(join(foreign, 'reports.jsonl'), 'utf8')).toBe('not json\n');
  }, 60_000);
});

describe('npm run pack with awkward inputs', () => {
  it('names a file given twice once, makes the folder of --out, refuses one under a file', async () => {
    const root = folder('pack-in');
    copyFileSync(REPORT, join(root, 'a.txt'));
    writeFileSync(join(root, 'empty.txt'), '');
    const out = join(dir, 'pack-new/lib.zbk');
    const r = cli('pack', [root, join(root, 'empty.txt'), root, '--out', out, '--jobs', '1']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.match(/left out/g)).toHaveLength(1);
    const { manifest } = await readManifest(new Blob([readFileSync(out)]));
    expect(manifest.reports.map((e) => e.fileName)).toEqual(['a.txt']);
    writeFileSync(join(dir, 'pack-file'), 'x');
    const bad = cli('pack', [root, '--out', join(dir, 'pack-file/lib.zbk')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot write next to --out/);
  }, 60_000);

  it('never overwrites an input or a file that is not a library: exit 2, the file as it was', () => {
    const root = folder('pack-keep');
    const report = join(root, 'a.txt');
    copyFileSync(REPORT, report);
    const original = readFileSync(report);
    const lib = join(root, 'lib.zbk');
    expect(cli('pack', [root, '--out', lib, '--jobs', '1']).status).toBe(0);
    const library = readFileSync(lib);
    for (const [args, why] of [
      [[report, '--out', report], /is one of the inputs/],
      [[root, '--out', report], /is not a library file/],
      [[lib, '--out', lib], /is one of the inputs/],
    ] as const) {
      const r = cli('pack', [...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(why);
    }
    expect(readFileSync(report).equals(original)).toBe(true);
    expect(readFileSync(lib).equals(library)).toBe(true);
    // An earlier library is replaced, as before.
    expect(cli('pack', [root, '--out', lib, '--jobs', '1']).status).toBe(0);
  }, 60_000);
});
