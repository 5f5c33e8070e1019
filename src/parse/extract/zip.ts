// A guarded zip reader for .docx: reads the central directory itself, refuses archives whose declared
// sizes or ratios look like a zip bomb, and inflates the few members asked for in small steps,
// stopping as soon as the real output passes what the header promised (headers can lie).
import { Inflate } from 'fflate';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, ZIP_RATIO_FLOOR_BYTES } from '../limits';
import type { ParseError } from '../../model/errors';
import { failure } from '../errors';

export type ZipResult = { ok: true; files: Map<string, Uint8Array> } | ({ ok: false } & ParseError);

interface Entry { name: string; method: number; flags: number; packed: number; size: number; local: number }

type Why = 'docx-damaged' | 'docx-bomb' | 'docx-encrypted';
const DAMAGED: Why = 'docx-damaged';
const BOMB: Why = 'docx-bomb';
const ENCRYPTED: Why = 'docx-encrypted';
const STEP = 16384; // deflate expands at most ~1032x, so one step never yields more than ~16 MB

class Refused extends Error {
  constructor(readonly why: Why) { super(why); }
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): ZipResult {
  try {
    const entries = centralDirectory(bytes);
    let declared = 0;
    for (const e of entries) {
      declared += e.size;
      if (e.size > ZIP_RATIO_FLOOR_BYTES && e.size > MAX_ZIP_RATIO * Math.max(1, e.packed)) throw new Refused(BOMB);
    }
    if (declared > MAX_UNZIPPED_BYTES) throw new Refused(BOMB);
    const files = new Map<string, Uint8Array>();
    for (const e of entries) if (wanted(e.name)) files.set(e.name, member(bytes, e));
    return { ok: true, files };
  } catch (err) {
    return failure(err instanceof Refused ? err.why : DAMAGED, {});
  }
}

function centralDirectory(b: Uint8Array): Entry[] {
  let eocd = b.length - 22;
  const stop = Math.max(0, b.length - 22 - 65535);
  while (eocd >= stop && u32(b, eocd) !== 0x06054b50) eocd--;
  if (eocd < stop) throw new Refused(DAMAGED);
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Refused(DAMAGED); // zip64: never a real .docx
  const entries: Entry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new Refused(DAMAGED);
    const nameLen = u16(b, at + 28);
    entries.push({
      name: names.decode(b.subarray(at + 46, at + 46 + nameLen)),
      flags: u16(b, at + 8), method: u16(b, at + 10),
      packed: u32(b, at + 20), size: u32(b, at + 24), local: u32(b, at + 42),
    });
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

function member(b: Uint8Array, e: Entry): Uint8Array {
  if (e.flags & 1) throw new Refused(ENCRYPTED);
  if (e.local + 30 > b.length || u32(b, e.local) !== 0x04034b50) throw new Refused(DAMAGED);
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  if (start + e.packed > b.length) throw new Refused(DAMAGED);
  const data = b.subarray(start, start + e.packed);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new Refused(DAMAGED);
  return inflateBounded(data, e.size);
}

/** Inflates at most `limit` bytes; more output than the header declared means a lie, so refuse. */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new Refused(BOMB);
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += STEP) {
    inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
