// How alike a pair is, as a short bar and a percentage (the bar is decoration; the number is read).
import { t } from '../i18n';

export function ScoreBar({ score }: { score: number }) {
  const pct = Math.round(score * 100);
  return (
    <span class="cmp-score" title={t().cmp.similarity(pct)}>
      <span class="bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>
      <span class="pct">{pct}%</span>
    </span>
  );
}
