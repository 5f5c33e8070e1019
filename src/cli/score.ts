// Scores parser output against hand-checked gold files, the way the parser issue measures it:
// outline F1 by title with punctuation removed (optional gold headings count neither way),
// level accuracy over matched headings, metadata fields right, figures recall.
import type { ParsedReport } from '../model/report';

export interface GoldHeading { level: number; number: string | null; title: string; optional?: boolean }
export interface GoldFigure { text: string; value: number; unit: string }
export interface Gold { [field: string]: unknown; outline: GoldHeading[]; figures: GoldFigure[] }

export const META_FIELDS = [
  'title', 'body', 'script', 'locality', 'session', 'meetingDate', 'publishDate',
  'speaker', 'speakerPost', 'reviewYear', 'planYear',
] as const;

export interface Score {
  tp: number; fp: number; fn: number; levelRight: number;
  metaRight: number; metaTotal: number; metaWrong: string[];
  figuresFound: number; figuresTotal: number; figuresMissed: string[];
  headingsMissed: string[]; headingsExtra: string[];
  /** Headings matched by title but at another level, as "title: want N got M". */
  levelsWrong: string[];
}

/** Keys for matching: punctuation, spaces and symbols removed. */
export function titleKey(s: string): string {
  return s.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '');
}

export function scoreReport(report: ParsedReport, gold: Gold): Score {
  const s: Score = {
    tp: 0, fp: 0, fn: 0, levelRight: 0, metaRight: 0, metaTotal: 0, metaWrong: [],
    figuresFound: 0, figuresTotal: 0, figuresMissed: [], headingsMissed: [], headingsExtra: [], levelsWrong: [],
  };
  const pool = gold.outline.map((g) => ({ g, key: titleKey(g.title), used: false }));
  for (const h of report.outline) {
    const key = titleKey(h.title);
    const hit = pool.find((p) => !p.used && p.key === key);
    if (!hit) { s.fp++; s.headingsExtra.push(h.title); continue; }
    hit.used = true;
    if (hit.g.optional) continue;
    s.tp++;
    if (hit.g.level === h.level) s.levelRight++;
    else s.levelsWrong.push(`${h.title}: want ${hit.g.level} got ${h.level}`);
  }
  for (const p of pool) if (!p.used && !p.g.optional) { s.fn++; s.headingsMissed.push(p.g.title); }
  for (const f of META_FIELDS) {
    if (!(f in gold)) continue;
    s.metaTotal++;
    const want = gold[f];
    const got = (report as unknown as Record<string, unknown>)[f];
    const same = typeof want === 'string' && typeof got === 'string' ? titleKey(want) === titleKey(got) : want === got;
    if (same) s.metaRight++; else s.metaWrong.push(`${f}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
  for (const gf of gold.figures) {
    s.figuresTotal++;
    const found = report.figures.some((f) => f.value === gf.value && titleKey(f.unit) === titleKey(gf.unit)
      && (titleKey(f.text).includes(titleKey(gf.text)) || titleKey(gf.text).includes(titleKey(f.text))));
    if (found) s.figuresFound++; else s.figuresMissed.push(gf.text);
  }
  return s;
}

export function summarise(scores: Score[]) {
  const sum = (k: keyof Score) => scores.reduce((a, s) => a + (s[k] as number), 0);
  const tp = sum('tp'), fp = sum('fp'), fn = sum('fn');
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return {
    outlineF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    levelAccuracy: sum('levelRight') / Math.max(1, tp),
    metadata: sum('metaRight') / Math.max(1, sum('metaTotal')),
    figuresRecall: sum('figuresFound') / Math.max(1, sum('figuresTotal')),
  };
}
