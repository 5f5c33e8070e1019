// Character diff of two sections' text for the pair detail: computed on folded text (台灣/臺灣 is no
// change), reported over the original characters of each side, with shared phrases marked. Sections
// too far apart for a character diff are compared sentence by sentence instead.
import { foldWithMap, originalRange, type Folded } from '../text/fold';
import { myers, type Edit } from './myers';
import { pairFigures, type FigurePair, type SectionFigure } from './figures';

export interface DiffSegment {
  /** [start, end) over this side's original text. */
  start: number;
  end: number;
  op: 'equal' | 'delete' | 'insert';
  /** An equal run long enough to be a phrase the two sections share, not a coincidence. */
  shared?: boolean;
}

export interface SectionDiff {
  left: DiffSegment[];
  right: DiffSegment[];
  /** Share of folded characters the two texts keep in common, 0..1. */
  similarity: number;
  /** True when the texts differed too much for a character diff and whole sentences were compared. */
  coarse: boolean;
  figures: FigurePair[];
}

/** Equal runs of at least this many characters count as a shared phrase. */
export const SHARED_MIN = 4;
/** Character edits beyond which the diff falls back to sentences. */
const MAX_CHAR_EDITS = 1500;
/** Sentence edits beyond which two texts are simply shown as different throughout. */
const MAX_SENTENCE_EDITS = 2000;

function codes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Sentence boundaries of folded text ([start, end) pairs), ends kept with their sentence. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if ('。,;!?\n'.includes(text[i]!) || i === text.length - 1) { out.push([start, i + 1]); start = i + 1; }
  }
  return out;
}

/** Nothing in common worth showing: all of one side out, all of the other in. */
function wholesale(n: number, m: number): Edit[] {
  return [{ op: 'delete', aStart: 0, aEnd: n, bStart: 0, bEnd: 0 }, { op: 'insert', aStart: n, aEnd: n, bStart: 0, bEnd: m }];
}

/** Sentence-level edits, expanded back to character ranges. */
function sentenceEdits(a: string, b: string): Edit[] {
  const ids = new Map<string, number>();
  const intern = (t: string, r: Array<[number, number]>) => r.map(([s, e]) => {
    const key = t.slice(s, e);
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
  const ra = sentences(a), rb = sentences(b);
  const edits = myers(intern(a, ra), intern(b, rb), MAX_SENTENCE_EDITS) ?? wholesale(a.length, b.length);
  const pos = (r: Array<[number, number]>, i: number, len: number) => (i < r.length ? r[i]![0] : len);
  return edits.map((e) => ({
    op: e.op, aStart: pos(ra, e.aStart, a.length), aEnd: pos(ra, e.aEnd, a.length),
    bStart: pos(rb, e.bStart, b.length), bEnd: pos(rb, e.bEnd, b.length),
  }));
}

function segments(edits: Edit[], side: 'a' | 'b', f: Folded): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const e of edits) {
    const [s, t] = side === 'a' ? [e.aStart, e.aEnd] : [e.bStart, e.bEnd];
    if (s === t) continue;
    const op = e.op === 'equal' ? 'equal' : side === 'a' ? 'delete' : 'insert';
    const [start, end] = originalRange(f, s, t);
    const seg: DiffSegment = { start, end, op };
    if (op === 'equal' && t - s >= SHARED_MIN) seg.shared = true;
    out.push(seg);
  }
  return out;
}

/** Diff of two section texts; figures of each section (offsets in these texts) are paired and compared. */
export function sectionDiff(textA: string, textB: string, figures?: { a: SectionFigure[]; b: SectionFigure[] }): SectionDiff {
  const fa = foldWithMap(textA), fb = foldWithMap(textB);
  const chars = myers(codes(fa.text), codes(fb.text), MAX_CHAR_EDITS);
  const edits = chars ?? sentenceEdits(fa.text, fb.text);
  let same = 0;
  for (const e of edits) if (e.op === 'equal') same += e.aEnd - e.aStart;
  const total = fa.text.length + fb.text.length;
  return {
    left: segments(edits, 'a', fa),
    right: segments(edits, 'b', fb),
    similarity: total === 0 ? 1 : (2 * same) / total,
    coarse: chars === null,
    figures: figures ? pairFigures(figures.a, figures.b) : [],
  };
}
