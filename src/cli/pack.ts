// `npm run --silent pack -- PATH... --out FILE.zbk [--jobs N]`: a library file in the app's own
// backup format (store/backup.ts: checksummed manifest, then each original and its parsed report)
// from folders and zips. Files are parsed by worker threads: the library holds only reports the app
// can read, which it restores without parsing again; the others are listed on stderr (exit 1).
// Bad arguments exit 2.
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { backupHeader, type BackupEntry } from '../store/backup';
import { BACKUP_MAGIC, startsAsLibraryFile } from '../store/types';
import { checkedArgs, sha256 } from './dataset-run';
import { UsageError, type DatasetArgs } from './dataset-args';
import { createPool } from './dataset-pool';
import { newTally, startProgress, summary, type Tally } from './dataset-progress';
import { countFiles, walk } from './dataset-walk';

const USAGE = 'usage: npm run --silent pack -- PATH... --out FILE.zbk [--jobs N]\n';
const TYPES: Record<string, string> = {
  '.txt': 'text/plain', '.md': 'text/markdown', '.markdown': 'text/markdown', '.html': 'text/html', '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The library file and its scratch files, which may lie inside an input folder. */
const ownFiles = (args: DatasetArgs) => new Set(['', '.part', '.parsed.part'].map((ext) => resolve(args.out + ext)));

/** Parsed reports wait in a scratch file between the passes (never all in memory). */
interface Scratch { fd: number; size: number; at: Map<string, number> }

function keep(scratch: Scratch, id: string, bytes: Uint8Array): { size: number; sha256: string } {
  writeSync(scratch.fd, bytes, 0, bytes.length, scratch.size);
  scratch.at.set(id, scratch.size);
  scratch.size += bytes.length;
  return { size: bytes.length, sha256: sha256(bytes) };
}

/** Pass one: which files go in, in walk order (the order their bytes will follow the manifest). */
async function choose(args: DatasetArgs, tally: Tally, scratch: Scratch): Promise<{ entries: BackupEntry[]; failures: string[] }> {
  const pool = await createPool(args.jobs);
  const picked: (BackupEntry | undefined)[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  const jobs: Promise<void>[] = [];
  const importedAt = Date.now();
  // A path met twice (a file given twice) that cannot be read is left out, and named, once.
  const unread = new Set<string>();
  const leaveOut = (path: string, error: string) => {
    tally.done++;
    if (unread.has(path)) { tally.duplicates++; return; }
    unread.add(path);
    failures.push(`${path}: ${error}`);
    tally.failed++;
  };
  try {
    for await (const src of walk(args.inputs, { skip: ownFiles(args), onZip: (n) => { tally.total += n - 1; } })) {
      const bytes = await src.read();
      if (!(bytes instanceof Uint8Array)) { leaveOut(src.path, bytes.error); continue; }
      const id = sha256(bytes);
      tally.bytes += bytes.byteLength;
      if (seen.has(id)) { tally.duplicates++; tally.done++; continue; }
      seen.add(id);
      const at = picked.push(undefined) - 1;
      const entry: BackupEntry = { id, fileName: src.fileName, type: TYPES[extname(src.fileName).toLowerCase()] ?? '', size: bytes.byteLength, importedAt };
      await pool.ready();
      jobs.push(pool.run([{ id, path: src.path, fileName: src.fileName, bytes, mode: 'report' }]).then((answers) => {
        const a = answers[0]!;
        if (a.ok && a.report) { picked[at] = { ...entry, parsed: keep(scratch, id, a.report) }; tally.written++; } else { failures.push(`${src.path}: ${a.ok ? 'no report' : a.error}`); tally.failed++; }
        tally.done++;
      }));
    }
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
  return { entries: picked.filter((e): e is BackupEntry => e !== undefined), failures };
}

/** Pass two: the header, then each chosen original (read again in the same order and checked) and its parse. */
async function write(args: DatasetArgs, entries: BackupEntry[], scratch: Scratch): Promise<void> {
  const part = `${args.out}.part`;
  const fd = openSync(part, 'w');
  try {
    for (const chunk of await backupHeader(entries, {})) writeSync(fd, chunk);
    const wanted = new Map(entries.map((e) => [e.id, e]));
    let next = 0;
    for await (const src of walk(args.inputs, { skip: ownFiles(args) })) {
      if (next === entries.length) break;
      const bytes = await src.read();
      if (!(bytes instanceof Uint8Array)) continue;
      const id = sha256(bytes);
      if (!wanted.delete(id)) continue;
      if (id !== entries[next]!.id) throw new Error(`${src.path} changed while packing; run pack again`);
      writeSync(fd, bytes);
      const parsed = Buffer.alloc(entries[next]!.parsed!.size);
      readSync(scratch.fd, parsed, 0, parsed.length, scratch.at.get(id)!);
      writeSync(fd, parsed);
      next++;
    }
    if (next !== entries.length) throw new Error('some files changed or went away while packing; run pack again');
  } finally {
    closeSync(fd);
  }
  renameSync(part, args.out);
}

/** The same file on disk, however spelled or linked (the output skips itself, so an input it is would be lost). */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [x, y] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })];
  return x.dev === y.dev && x.ino === y.ino;
}

/**
 * An --out that may be overwritten: none yet, an empty file, or an earlier library. Any other file
 * (a report inside an input folder, which the walk skips as the output) would be lost.
 */
function replaceable(out: string): boolean {
  if (!existsSync(out)) return true;
  const head = Buffer.alloc(BACKUP_MAGIC.length);
  let n: number;
  try {
    const fd = openSync(out, 'r');
    try { n = readSync(fd, head, 0, head.length, 0); } finally { closeSync(fd); }
  } catch (err) {
    throw new UsageError(`cannot read --out ${out} to see what it is: ${(err as Error).message}`);
  }
  return n === 0 || startsAsLibraryFile(head.subarray(0, n));
}

/**
 * The scratch file, opened before any work: its folder made as `dataset` makes its own, and a --out
 * that cannot be written (a file on its path, no permission) a bad argument, not a stack trace.
 */
function openScratch(path: string): number {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    return openSync(path, 'w+');
  } catch (err) {
    throw new UsageError(`cannot write next to --out: ${(err as Error).message}`);
  }
}

async function main(): Promise<void> {
  let args: DatasetArgs;
  let scratch: Scratch;
  const scratchPath = () => `${args.out}.parsed.part`;
  try {
    args = checkedArgs(process.argv.slice(2), { jobs: true, shard: false });
    if (existsSync(args.out) && statSync(args.out).isDirectory()) throw new UsageError(`--out ${args.out} is a folder, not a file`);
    if (args.inputs.some((p) => sameFile(p, args.out))) throw new UsageError(`--out ${args.out} is one of the inputs; packing would overwrite it`);
    if (!replaceable(args.out)) throw new UsageError(`--out ${args.out} exists and is not a library file; packing would overwrite it`);
    scratch = { fd: openScratch(scratchPath()), size: 0, at: new Map() };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`pack: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  for (const note of args.notes) process.stderr.write(`pack: ${note}\n`);
  const tally = newTally(await countFiles(args.inputs, ownFiles(args)));
  const progress = startProgress('pack', tally);
  try {
    const { entries, failures } = await choose(args, tally, scratch);
    progress.stop();
    await write(args, entries, scratch);
    report(args, tally, progress.seconds(), entries.length, failures);
  } finally {
    closeSync(scratch.fd);
    rmSync(scratchPath(), { force: true });
  }
}

function report(args: DatasetArgs, tally: Tally, seconds: number, packed: number, failures: string[]): void {
  for (const f of failures) process.stderr.write(`pack: left out ${f}\n`);
  process.stderr.write(summary('pack', tally, seconds));
  process.stderr.write(`pack: ${packed} report(s) in ${args.out}\n`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

await main();
