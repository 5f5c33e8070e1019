// Merging postings segments of adjacent section runs into one, dropping dead sections. A segment
// with no dead section needs no decoding: each key's postings are copied byte for byte except the
// first, whose delta now counts from the previous segment's last section (the bytes come out the
// same as decoding and re-encoding, since varints are written in their shortest form).
import { decodeInto, PostingList, PostingWriter, type Segment } from './postings';

/** Where the last readVarint stopped (a variable, not a returned pair: this runs per posting). */
let next = 0;

function readVarint(data: Uint8Array, at: number): number {
  let b = data[at++]!;
  let v = b & 0x7f;
  for (let scale = 128; b & 0x80; scale *= 128) {
    b = data[at++]!;
    v += (b & 0x7f) * scale;
  }
  next = at;
  return v;
}

/** Writes the postings of seg.keys[i] into w after section `prev`; returns the last section written. */
function copyPostings(seg: Segment, i: number, w: PostingWriter, prev: number): number {
  const { data } = seg;
  const end = seg.offs[i + 1]!;
  const v = readVarint(data, seg.offs[i]!);
  const count = (v & 3) === 3 ? 4 + readVarint(data, next) : (v & 3) + 1;
  let sec = seg.firstSec + Math.floor(v / 4);
  let at = next;
  w.posting(sec - prev, count);
  w.copy(data, at, end);
  // The last section: the sum of the remaining deltas (count continuations skipped).
  while (at < end) {
    const b = data[at]!;
    if (b < 0x80) {
      sec += b >> 2;
      at++;
    } else {
      sec += Math.floor(readVarint(data, at) / 4);
      at = next;
    }
    if ((b & 3) === 3) {
      readVarint(data, at);
      at = next;
    }
  }
  return sec;
}

function allDistinctKeys(segs: readonly Segment[]): Uint32Array {
  const all = new Uint32Array(segs.reduce((n, s) => n + s.keys.length, 0));
  let at = 0;
  for (const s of segs) { all.set(s.keys, at); at += s.keys.length; }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** One segment from segments of adjacent section runs (oldest first), keeping live sections only. */
export function mergeSegments(segs: readonly Segment[], live: (sec: number) => boolean): Segment {
  const firstSec = segs[0]!.firstSec;
  const endSec = segs[segs.length - 1]!.endSec;
  const clean = segs.map((s) => { for (let sec = s.firstSec; sec < s.endSec; sec++) if (!live(sec)) return false; return true; });
  const keys: number[] = [];
  const offs: number[] = [];
  const ptr = new Int32Array(segs.length);
  const list = new PostingList();
  const w = new PostingWriter();
  for (const key of allDistinctKeys(segs)) {
    const start = w.len;
    let prev = firstSec;
    for (let j = 0; j < segs.length; j++) {
      const s = segs[j]!;
      const at = ptr[j]!;
      if (s.keys[at] !== key) continue;
      ptr[j] = at + 1;
      if (clean[j]) {
        prev = copyPostings(s, at, w, prev);
        continue;
      }
      list.n = 0;
      decodeInto(s, at, list, live);
      for (let p = 0; p < list.n; p++) {
        w.posting(list.secs[p]! - prev, list.counts[p]!);
        prev = list.secs[p]!;
      }
    }
    if (w.len === start) continue;
    keys.push(key);
    offs.push(start);
  }
  offs.push(w.len);
  return { firstSec, endSec, keys: Uint32Array.from(keys), offs: Uint32Array.from(offs), data: w.bytes() };
}
