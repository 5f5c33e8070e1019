// Merging postings segments of adjacent section runs into one, dropping dead sections. A segment
// with no dead section needs no decoding: each key's postings are copied byte for byte except the
// first, whose delta now counts from the previous segment's last section (the bytes come out the
// same as decoding and re-encoding, since varints are written in their shortest form). Keys come
// in order from a walk over the parts' sorted keys; output arrays are sized once from the inputs.
// A unit's full list (FULL_UNIT + unit) must count it in every section of its segment: it is kept
// only when every part has one (the merged segment then counts the unit from its pairs).
import { decodeInto, FULL_UNIT, PostingList, PostingWriter, type Segment } from './postings';
import { lastSections, setLastSections } from './segment-lasts';

/** Writes the postings of seg.keys[i] into w after section `prev`; returns the last section written (from `lasts` when known). */
function copyPostings(seg: Segment, i: number, w: PostingWriter, prev: number, lasts: Uint32Array | undefined): number {
  const { data } = seg;
  const end = seg.offs[i + 1]!;
  let at = seg.offs[i]!;
  // The first posting's gap, rebased; its count part (two low bits, then any count varint) stays as it is.
  let b = data[at++]!;
  let v = b & 0x7f;
  for (let scale = 128; b & 0x80; scale *= 128) v += ((b = data[at++]!) & 0x7f) * scale;
  let sec = seg.firstSec + Math.floor(v / 4);
  w.varint((sec - prev) * 4 + (v % 4));
  w.copy(data, at, end);
  if (lasts) return lasts[i]!;
  // The last section: the sum of the gaps (count varints skipped).
  if (v % 4 === 3) while (data[at++]! & 0x80);
  while (at < end) {
    b = data[at++]!;
    v = b & 0x7f;
    for (let scale = 128; b & 0x80; scale *= 128) v += ((b = data[at++]!) & 0x7f) * scale;
    sec += Math.floor(v / 4);
    if ((v & 3) === 3) while (data[at++]! & 0x80);
  }
  return sec;
}

/** The smallest key at the parts' read positions, or -1 when every part is read to its end. */
function nextKey(segs: readonly Segment[], ptr: Int32Array): number {
  let key = -1;
  for (let j = 0; j < segs.length; j++) {
    const keys = segs[j]!.keys;
    const at = ptr[j]!;
    if (at < keys.length && (key < 0 || keys[at]! < key)) key = keys[at]!;
  }
  return key;
}

/** One segment from segments of adjacent section runs (oldest first), keeping live sections only. */
export function mergeSegments(segs: readonly Segment[], live: (sec: number) => boolean): Segment {
  // Merging copies postings bytes as they are: every part must be read in whole (BodyIndex.commit waits).
  if (segs.some((s) => s.unread)) throw new Error('a segment to merge is not read in whole');
  const firstSec = segs[0]!.firstSec;
  const endSec = segs[segs.length - 1]!.endSec;
  const clean = segs.map((s) => { for (let sec = s.firstSec; sec < s.endSec; sec++) if (!live(sec)) return false; return true; });
  const lasts = segs.map(lastSections);
  // Keys come in order by a k-way walk over the parts' sorted keys; arrays sized for all of them, cut at the end.
  const most = segs.reduce((n, s) => n + s.keys.length, 0);
  const keys = new Uint32Array(most);
  const offs = new Uint32Array(most + 1);
  const outLasts = new Uint32Array(most);
  let nKeys = 0;
  const ptr = new Int32Array(segs.length);
  const list = new PostingList();
  // A rebased first gap takes at most 4 more bytes than it did.
  const w = new PostingWriter(segs.reduce((n, s) => n + s.data.length + 4 * s.keys.length, 0));
  for (let key = nextKey(segs, ptr); key >= 0; key = nextKey(segs, ptr)) {
    if (key >= FULL_UNIT && key < 2 * FULL_UNIT && !segs.every((s, j) => s.keys[ptr[j]!] === key)) {
      segs.forEach((s, j) => { if (s.keys[ptr[j]!] === key) ptr[j]!++; });
      continue;
    }
    const start = w.len;
    let prev = firstSec;
    for (let j = 0; j < segs.length; j++) {
      const s = segs[j]!;
      const at = ptr[j]!;
      if (s.keys[at] !== key) continue;
      ptr[j] = at + 1;
      if (clean[j]) {
        prev = copyPostings(s, at, w, prev, lasts[j]);
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
    keys[nKeys] = key;
    outLasts[nKeys] = prev;
    offs[nKeys++] = start;
  }
  offs[nKeys] = w.len;
  const merged = { firstSec, endSec, keys: nKeys === keys.length ? keys : keys.slice(0, nKeys), offs: nKeys === keys.length ? offs : offs.slice(0, nKeys + 1), data: w.bytes(), unread: null };
  setLastSections(merged, nKeys === most ? outLasts : outLasts.slice(0, nKeys));
  return merged;
}
