// The inputs of `dataset` and `pack`, one at a time: files of folders walked depth-first in name
// order, and the members of .zip files through the app's own zip reader (worker/expand.ts: the same
// bomb limits, GBK names, a .docx kept whole). Nothing is read before it is asked for.
import { constants, openAsBlob, readFileSync, statSync, type Dirent } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { MAX_INPUT_BYTES, tooLargeError } from '../parse/limits';
import { nameText } from '../lib/name-text';

/**
 * Where a file is for the filesystem: a path, or the path's bytes when a name on the way is not UTF-8
 * (a Chinese archive unpacked by a tool that kept its GBK names): as a string such a name would
 * turn into U+FFFD and name no file at all. Bytes cross to a worker thread as a Uint8Array.
 */
export type FsPath = string | Uint8Array;

const pathLike = (p: FsPath): string | Buffer => (typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength));

export interface Source {
  /** Where the file is: a path, or "archive.zip/member/path.txt" for a zip member. */
  path: string;
  /** The name the parser sees (its extension helps format detection). */
  fileName: string;
  /** The bytes, or a sentence saying why they cannot be had. */
  read(): Promise<Uint8Array | { error: string }>;
  /** A file on disk, which a worker thread may read itself (readLocal, as read() does). */
  local?: FsPath;
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
export function readLocal(path: FsPath): Uint8Array | { error: string } {
  try {
    const size = statSync(pathLike(path)).size;
    if (size > MAX_INPUT_BYTES) return { error: tooLargeError(size) };
    if (size === 0) return { error: '文件为空 (the file is empty)' };
    return readFileSync(pathLike(path));
  } catch (err) {
    return { error: `无法读取文件 (cannot read the file): ${(err as Error).message}` };
  }
}

/** A place in the walk: the path shown in the tables and the one the filesystem takes. */
interface At { path: string; fs: FsPath }

const fileSource = (at: At): Source => ({ path: at.path, fileName: basename(at.path), local: at.fs, read: async () => readLocal(at.fs) });

/** A zip's members (or the zip itself when it is a Word document); one zip is open at a time. */
async function* zipSources(at: At, hooks: WalkHooks): AsyncGenerator<Source> {
  // Loaded on the first zip: the zip and Word readers cost a start-up that a folder of files never needs.
  const { expandFiles } = await import('../worker/expand');
  let members: Awaited<ReturnType<typeof expandFiles>>;
  try {
    // Checked first: a Blob over a file it cannot read says only "The blob could not be read".
    await access(pathLike(at.fs), constants.R_OK);
    members = await expandFiles([{ name: at.path, blob: await openAsBlob(pathLike(at.fs)) }]);
  } catch (err) {
    // A zip that cannot be opened or read (no permission, gone) is one failure, as a file would be.
    yield failing(at.path, `无法读取文件 (cannot read the file): ${(err as Error).message}`);
    return;
  }
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
  /**
   * Absolute paths not to read: the command's own output, when it lies inside an input folder. A
   * folder given as an input itself is walked all the same (its own output files can be listed here).
   */
  skip?: ReadonlySet<string>;
}

type Kind = 'dir' | 'file' | { error: string };

/** A folder entry's kind from readdir (no stat per file); a link or a top-level path is stat'ed. */
async function kindOf(at: At, entry?: Dirent<Buffer>): Promise<Kind> {
  if (entry?.isDirectory()) return 'dir';
  if (entry?.isFile()) return 'file';
  try { return (await stat(pathLike(at.fs))).isDirectory() ? 'dir' : 'file'; } catch (err) {
    return { error: `无法读取 (cannot read): ${(err as Error).message}` };
  }
}

const lenient = new TextDecoder('gb18030');

/** A name's bytes as text (src/lib/name-text.ts); bytes that read as neither are shown as GB18030 would replace them. */
const nameOf = (bytes: Buffer) => nameText(bytes) ?? { text: lenient.decode(bytes), utf8: false };

/** A folder's child: joined as text while every name is UTF-8, as bytes from the first that is not. */
function child(at: At, name: Buffer): At {
  const { text, utf8: ok } = nameOf(name);
  const fs = ok && typeof at.fs === 'string' ? join(at.fs, text) : Buffer.concat([Buffer.from(pathLike(at.fs)), Buffer.from('/'), name]);
  return { path: join(at.path, text), fs };
}

/** A folder's visible entries in name order. */
async function entries(at: At): Promise<{ at: At; entry: Dirent<Buffer> }[]> {
  const all = (await readdir(pathLike(at.fs), { withFileTypes: true, encoding: 'buffer' }))
    .map((entry) => ({ at: child(at, entry.name), entry }))
    .filter((e) => !hidden(basename(e.at.path)));
  return all.sort((a, b) => (a.at.path < b.at.path ? -1 : a.at.path > b.at.path ? 1 : 0));
}

/** What the walk finds: a file (a zip still closed) or a path it cannot read, and why. */
type Leaf = { at: At; error?: string };

/**
 * `visited`: folders walked so far. A folder is walked once per run, however it is reached: a symlink
 * to a folder above it (a loop) would otherwise be followed until the path is too long, every file
 * read and listed dozens of times; a folder given twice, or inside another input, is walked once.
 * `skipFolders`: the skipped folders (the output) by identity too, so a symlink to them is skipped as well.
 */
interface WalkState { skip?: ReadonlySet<string>; skipFolders: Set<string>; visited: Set<string> }

/** A folder's identity. As bigints: a 64-bit inode number rounded to a double could match another folder's. */
async function folderKey(fs: FsPath): Promise<string> {
  const s = await stat(pathLike(fs), { bigint: true });
  return `${s.dev}:${s.ino}`;
}

async function* leavesOf(at: At, entry: Dirent<Buffer> | undefined, state: WalkState): AsyncGenerator<Leaf> {
  const skipped = typeof at.fs === 'string' && state.skip?.has(resolve(at.fs));
  const kind = await kindOf(at, entry);
  // The command's own output is skipped, unless the user named that very folder as an input.
  if (skipped && (entry || kind !== 'dir')) return;
  if (typeof kind !== 'string') { yield { at, error: kind.error }; return; }
  if (kind === 'file') { yield { at }; return; }
  let children: Awaited<ReturnType<typeof entries>>;
  try {
    const key = await folderKey(at.fs);
    if (state.visited.has(key) || (entry && state.skipFolders.has(key))) return;
    state.visited.add(key);
    children = await entries(at);
  } catch (err) {
    // One folder that cannot be listed is one failure, not the end of the run.
    yield { at, error: `无法读取文件夹 (cannot read the folder): ${(err as Error).message}` };
    return;
  }
  for (const c of children) yield* leavesOf(c.at, c.entry, state);
}

/** Every input's leaves, each folder once. */
async function* leaves(paths: readonly string[], skip?: ReadonlySet<string>): AsyncGenerator<Leaf> {
  const skipFolders = new Set<string>();
  for (const p of skip ?? []) {
    try { if ((await stat(p)).isDirectory()) skipFolders.add(await folderKey(p)); } catch { /* not there yet: nothing to skip */ }
  }
  const state: WalkState = { skip, skipFolders, visited: new Set() };
  for (const path of paths) yield* leavesOf({ path, fs: path }, undefined, state);
}

export async function* walk(paths: readonly string[], hooks: WalkHooks = {}): AsyncGenerator<Source> {
  for await (const { at, error } of leaves(paths, hooks.skip)) {
    if (error !== undefined) yield failing(at.path, error);
    else if (/\.zip$/i.test(at.path)) yield* zipSources(at, hooks);
    else yield fileSource(at);
  }
}

/** How many files the inputs hold, a zip counting as one until it is opened (for the ETA). */
export async function countFiles(paths: readonly string[], skip?: ReadonlySet<string>): Promise<number> {
  let n = 0;
  for await (const _ of leaves(paths, skip)) n++;
  return n;
}
