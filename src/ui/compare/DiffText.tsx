// One side of a pair's full text with the diff drawn on it: shared phrases marked, this side's own
// characters highlighted, differing figures flagged. Built from elements, never innerHTML.
import type { DiffSegment } from '../../compare';
import { diffPieces, type Piece } from './diff-pieces';
import { t } from '../i18n';

interface Props {
  text: string;
  segments: readonly DiffSegment[];
  flagged: ReadonlyArray<readonly [number, number]>;
  label: string;
}

function PieceEl({ text, piece }: { text: string; piece: Piece }) {
  const s = text.slice(piece.start, piece.end);
  if (piece.op === 'delete') return <del class="cmp-del">{s}</del>;
  if (piece.op === 'insert') return <ins class="cmp-ins">{s}</ins>;
  return piece.shared ? <mark class="cmp-shared">{s}</mark> : <>{s}</>;
}

/** Consecutive pieces of one flagged figure share one frame, however the diff cuts through it. */
function runs(pieces: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.flagged && last[0]!.flagged) last.push(p);
    else out.push([p]);
  }
  return out;
}

export function DiffText({ text, segments, flagged, label }: Props) {
  const title = t().cmp.figureDiffers;
  return (
    <div class="cmp-text" role="region" aria-label={label} tabIndex={0}>
      {runs(diffPieces(text.length, segments, flagged)).map((run) => {
        const inner = run.map((p) => <PieceEl key={p.start} text={text} piece={p} />);
        return run[0]!.flagged ? <span key={run[0]!.start} class="cmp-fig" title={title}>{inner}</span> : inner;
      })}
    </div>
  );
}
