// A searchable list of the library in a dialog: picks the report to compare with (from the report
// view, or to change one side of a comparison). Filters as one types, by title, file, place, year.
import { useState } from 'preact/hooks';
import { summaries } from '../../state/library';
import type { ReportSummary } from '../../store/types';
import { yearsLabel } from '../../lib/format';
import { Dialog } from '../Dialog';
import { t } from '../i18n';
import { reportTitle } from '../../lib/report-title';

interface Props {
  open: boolean;
  title: string;
  /** Reports that cannot be picked (the one already on screen). */
  exclude: readonly string[];
  onPick: (id: string) => void;
  onClose: () => void;
}

const LIMIT = 100;

function haystack(s: ReportSummary): string {
  return [s.title, s.fileName, s.locality, s.session, yearsLabel(s.reviewYear, s.planYear)].filter(Boolean).join(' ').toLowerCase();
}

export function matchSummaries(all: readonly ReportSummary[], query: string, exclude: readonly string[]): ReportSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return all.filter((s) => !exclude.includes(s.id) && words.every((w) => haystack(s).includes(w)));
}

export function ReportPicker({ open, title, exclude, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  const d = t();
  const found = open ? matchSummaries(summaries.value, query, exclude) : [];
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <label>{d.cmp.pickSearch}
        <input type="search" value={query} autoFocus onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {found.length === 0 ? <p class="muted">{d.cmp.pickNone}</p> : (
        <ul class="cmp-picker" aria-label={title}>
          {found.slice(0, LIMIT).map((s) => (
            <li key={s.id}>
              <button type="button" data-id={s.id} onClick={() => onPick(s.id)}>
                <strong>{reportTitle(s)}</strong>
                <span class="muted">{[d.body[s.body], s.locality, yearsLabel(s.reviewYear, s.planYear)].filter((x) => x && x !== '—').join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {found.length > LIMIT && <p class="muted">{d.moreFiles(found.length - LIMIT)}</p>}
    </Dialog>
  );
}
