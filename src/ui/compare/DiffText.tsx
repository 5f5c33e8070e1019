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
  const inner = piece.op === 'delete' ? <del class="cmp-del">{s}</del>
    : piece.op === 'insert' ? <ins class="cmp-ins">{s}</ins>
      : piece.shared ? <mark class="cmp-shared">{s}</mark>
        : <>{s}</>;
  return piece.flagged ? <span class="cmp-fig" title={t().cmp.figureDiffers}>{inner}</span> : inner;
}

export function DiffText({ text, segments, flagged, label }: Props) {
  const pieces = diffPieces(text.length, segments, flagged);
  return (
    <div class="cmp-text" role="region" aria-label={label} tabIndex={0}>
      {pieces.map((p) => <PieceEl key={p.start} text={text} piece={p} />)}
    </div>
  );
}
