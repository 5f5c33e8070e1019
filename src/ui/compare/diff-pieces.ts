// Cuts one side's section text into display pieces: the diff's segments (shared phrase, equal,
// deleted, inserted) further split where a differing figure starts or ends, so the view can build
// plain elements for each piece (report text never goes through innerHTML).
import type { DiffSegment } from '../../compare';

export type PieceOp = DiffSegment['op'] | 'plain';

export interface Piece {
  start: number;
  end: number;
  op: PieceOp;
  shared: boolean;
  flagged: boolean;
}

function cutPoints(length: number, segments: readonly DiffSegment[], flagged: ReadonlyArray<readonly [number, number]>): number[] {
  const cuts = new Set<number>([0, length]);
  for (const s of segments) { cuts.add(s.start); cuts.add(s.end); }
  for (const [s, e] of flagged) if (s >= 0 && e > s) { cuts.add(s); cuts.add(e); }
  return [...cuts].filter((x) => x >= 0 && x <= length).sort((a, b) => a - b);
}

/** Pieces covering [0, length) in order; text the diff does not cover (folded away) is plain. */
export function diffPieces(length: number, segments: readonly DiffSegment[], flagged: ReadonlyArray<readonly [number, number]> = []): Piece[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const points = cutPoints(length, sorted, flagged);
  const out: Piece[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!, end = points[i + 1]!;
    while (k < sorted.length && sorted[k]!.end <= start) k++;
    const seg = sorted[k];
    const covered = seg && seg.start <= start && seg.end >= end ? seg : null;
    const piece: Piece = {
      start, end, op: covered ? covered.op : 'plain', shared: !!covered?.shared,
      flagged: flagged.some(([s, e]) => s <= start && e >= end),
    };
    const last = out[out.length - 1];
    if (last && last.op === piece.op && last.shared === piece.shared && last.flagged === piece.flagged) last.end = end;
    else out.push(piece);
  }
  return out;
}
