// The inputs of `dataset` and `pack`, one at a time: files of folders walked depth-first in name
// order, and the members of .zip files through the app's own zip reader (worker/expand.ts: the same
// bomb limits, GBK names, a .docx kept whole). Nothing is read before it is asked for.
import { openAsBlob, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { expandFiles } from '../worker/expand';
import { MAX_INPUT_BYTES, tooLargeError } from '../parse/limits';

export interface Source {
  /** Where the file is: a path, or "archive.zip/member/path.txt" for a zip member. */
  path: string;
  /** The name the parser sees (its extension helps format detection). */
  fileName: string;
  /** The bytes, or a sentence saying why they cannot be had. */
  read(): Promise<Uint8Array | { error: string }>;
}

const failing = (path: string, error: string): Source => ({ path, fileName: basename(path), read: async () => ({ error }) });

async function fromBlob(blob: Blob): Promise<Uint8Array | { error: string }> {
  if (blob.size > MAX_INPUT_BYTES) return { error: tooLargeError(blob.size) };
  if (blob.size === 0) return { error: '文件为空 (the file is empty)' };
  return new Uint8Array(await blob.arrayBuffer());
}

/** A plain read: a Blob over the file costs several thread-pool round trips per file, a read one. */
function fileSource(path: string, size: number): Source {
  return {
    path, fileName: basename(path),
    read: async () => {
      if (size > MAX_INPUT_BYTES) return { error: tooLargeError(size) };
      if (size === 0) return { error: '文件为空 (the file is empty)' };
      try { return readFileSync(path); } catch (err) {
        return { error: `无法读取文件 (cannot read the file): ${(err as Error).message}` };
      }
    },
  };
}

/** A zip's members (or the zip itself when it is a Word document); one zip is open at a time. */
async function* zipSources(path: string, hooks: WalkHooks): AsyncGenerator<Source> {
  const entries = await expandFiles([{ name: path, blob: await openAsBlob(path) }]);
  hooks.onZip?.(entries.length);
  for (const e of entries) {
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

export async function* walk(paths: readonly string[], hooks: WalkHooks = {}): AsyncGenerator<Source> {
  for (const path of paths) {
    if (hooks.skip?.has(resolve(path))) continue;
    let info;
    try { info = await stat(path); } catch (err) {
      yield failing(path, `无法读取 (cannot read): ${(err as Error).message}`);
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !hidden(n)).sort();
      yield* walk(names.map((n) => join(path, n)), hooks);
    } else if (/\.zip$/i.test(path)) yield* zipSources(path, hooks);
    else yield fileSource(path, info.size);
  }
}

/** How many files the inputs hold, a zip counting as one until it is opened (for the ETA). */
export async function countFiles(paths: readonly string[], skip?: ReadonlySet<string>): Promise<number> {
  let n = 0;
  for (const path of paths) {
    if (skip?.has(resolve(path))) continue;
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) n += await countFiles((await readdir(path)).filter((f) => !hidden(f)).map((f) => join(path, f)), skip);
    else n++;
  }
  return n;
}
