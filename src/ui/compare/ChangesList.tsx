// The list of what changed between the two outlines (added, removed, moved, reworded); choosing one
// brings its row into view in both columns.
import type { Change } from '../../compare';
import { headingLabel } from './heading-label';
import { revealRow } from './reveal';
import { t } from '../i18n';

function what(c: Change): string {
  if (c.kind === 'added') return headingLabel(c.right!);
  if (c.kind === 'removed') return headingLabel(c.left!);
  const left = headingLabel(c.left!), right = headingLabel(c.right!);
  return left === right ? left : `${left} → ${right}`;
}

export function ChangesList({ changes, open }: { changes: readonly Change[]; open: boolean }) {
  const d = t().cmp;
  return (
    <details class="cmp-changes card" open={open}>
      <summary><h2>{d.changes} <span class="muted">({changes.length})</span></h2></summary>
      {changes.length === 0 ? <p class="muted">{d.noChanges}</p> : (
        <ul>
          {changes.map((c) => (
            <li key={c.row}>
              <button type="button" class="link" data-change-row={c.row} onClick={() => revealRow(c.row)}>
                <span class={`cmp-kind ${c.kind}`}>{d.kind[c.kind]}</span> {what(c)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
