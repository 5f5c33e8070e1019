// The inputs of `dataset` and `pack`, one at a time: files of folders walked depth-first in name
// order, and the members of .zip files through the app's own zip reader (worker/expand.ts: the same
// bomb limits, GBK names, a .docx kept whole). Nothing is read before it is asked for.
import { openAsBlob, readFileSync, statSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { MAX_INPUT_BYTES, tooLargeError } from '../parse/limits';

export interface Source {
  /** Where the file is: a path, or "archive.zip/member/path.txt" for a zip member. */
  path: string;
  /** The name the parser sees (its extension helps format detection). */
  fileName: string;
  /** The bytes, or a sentence saying why they cannot be had. */
  read(): Promise<Uint8Array | { error: string }>;
  /** A file on disk, which a worker thread may read itself (readLocal, as read() does). */
  local?: string;
}

const failing = (path: string, error: string): Source => ({ path, fileName: basename(path), read: async () => ({ error }) });

async function fromBlob(blob: Blob): Promise<Uint8Array | { error: string }> {
  if (blob.size > MAX_INPUT_BYTES) return { error: tooLargeError(blob.size) };
  if (blob.size === 0) return { error: '文件为空 (the file is empty)' };
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * A file read where it is needed (a worker thread, for `dataset`): size checked first, then one plain
 * read (a Blob over the file costs several thread-pool round trips per file, a read one).
 */
export function readLocal(path: string): Uint8Array | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) return { error: tooLargeError(size) };
    if (size === 0) return { error: '文件为空 (the file is empty)' };
    return readFileSync(path);
  } catch (err) {
    return { error: `无法读取文件 (cannot read the file): ${(err as Error).message}` };
  }
}

const fileSource = (path: string): Source => ({ path, fileName: basename(path), local: path, read: async () => readLocal(path) });

/** A zip's members (or the zip itself when it is a Word document); one zip is open at a time. */
async function* zipSources(path: string, hooks: WalkHooks): AsyncGenerator<Source> {
  // Loaded on the first zip: the zip and Word readers cost a start-up that a folder of files never needs.
  const { expandFiles } = await import('../worker/expand');
  const members = await expandFiles([{ name: path, blob: await openAsBlob(path) }]);
  hooks.onZip?.(members.length);
  for (const e of members) {
    if (e.failure || !e.blob) yield failing(e.name, `${e.name}: ${e.failure?.error ?? '无法读取 (cannot read)'}`);
    else { const blob = e.blob; yield { path: e.name, fileName: e.fileName, read: () => fromBlob(blob) }; }
  }
}

function hidden(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX';
}

export interface WalkHooks {
  /** A zip turned out to hold this many members (the count of files to do grows by members - 1). */
  onZip?(members: number): void;
  /** Absolute paths not to read: the command's own output, when it lies inside an input folder. */
  skip?: ReadonlySet<string>;
}

type Kind = 'dir' | 'file' | { error: string };

/** A folder entry's kind from readdir (no stat per file); a link or a top-level path is stat'ed. */
async function kindOf(path: string, entry?: Dirent): Promise<Kind> {
  if (entry?.isDirectory()) return 'dir';
  if (entry?.isFile()) return 'file';
  try { return (await stat(path)).isDirectory() ? 'dir' : 'file'; } catch (err) {
    return { error: `无法读取 (cannot read): ${(err as Error).message}` };
  }
}

/** A folder's visible entries in name order. */
async function entries(path: string): Promise<Dirent[]> {
  const all = (await readdir(path, { withFileTypes: true })).filter((e) => !hidden(e.name));
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function* walkPath(path: string, entry: Dirent | undefined, hooks: WalkHooks): AsyncGenerator<Source> {
  if (hooks.skip?.has(resolve(path))) return;
  const kind = await kindOf(path, entry);
  if (typeof kind !== 'string') yield failing(path, kind.error);
  else if (kind === 'dir') for (const e of await entries(path)) yield* walkPath(join(path, e.name), e, hooks);
  else if (/\.zip$/i.test(path)) yield* zipSources(path, hooks);
  else yield fileSource(path);
}

export async function* walk(paths: readonly string[], hooks: WalkHooks = {}): AsyncGenerator<Source> {
  for (const path of paths) yield* walkPath(path, undefined, hooks);
}

async function countPath(path: string, entry: Dirent | undefined, skip?: ReadonlySet<string>): Promise<number> {
  if (skip?.has(resolve(path))) return 0;
  if ((await kindOf(path, entry)) !== 'dir') return 1;
  let n = 0;
  for (const e of await entries(path)) n += await countPath(join(path, e.name), e, skip);
  return n;
}

/** How many files the inputs hold, a zip counting as one until it is opened (for the ETA). */
export async function countFiles(paths: readonly string[], skip?: ReadonlySet<string>): Promise<number> {
  let n = 0;
  for (const path of paths) n += await countPath(path, undefined, skip);
  return n;
}
