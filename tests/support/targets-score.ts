// Scores parsed figures against the hand-written targets gold (tests/fixtures/targets/gold): target
// and result recall (indicator key, value, unit, role and year all right), role confusion (a gold
// figure found by key, value and unit but given another role) and the explicit absences.
import type { ParsedReport } from '../../src/model/report';

export interface GoldRate {
  text: string; indicatorKey: string | null; indicator: string; value: number; valueHigh: number | null;
  unit: string; role: 'target' | 'result' | 'period-target' | null; year: number | null; modifier: string | null;
}
export interface TargetsGold { fileName: string; figures: GoldRate[]; absences: Array<{ indicatorKey: string; year: number }> }

export interface TargetsScore {
  targets: number; targetsFound: number; results: number; resultsFound: number; periods: number; periodsFound: number;
  compared: number; confused: number; modifiersRight: number; absences: number; absencesFound: number; misses: string[];
}

const UNIT_FOLD: Record<string, string> = { 噸: '吨' };
const sameUnit = (a: string, b: string) => (UNIT_FOLD[a] ?? a) === (UNIT_FOLD[b] ?? b);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export function emptyScore(): TargetsScore {
  return { targets: 0, targetsFound: 0, results: 0, resultsFound: 0, periods: 0, periodsFound: 0, compared: 0, confused: 0, modifiersRight: 0, absences: 0, absencesFound: 0, misses: [] };
}

export function scoreTargets(report: ParsedReport, gold: TargetsGold, s: TargetsScore): void {
  const used = new Set<number>();
  for (const g of gold.figures) {
    const same = report.figures.map((f, i) => ({ f, i })).filter(({ f, i }) => !used.has(i) && close(f.value, g.value) && sameUnit(f.unit, g.unit) && (f.indicatorKey ?? null) === g.indicatorKey);
    const exact = same.find(({ f }) => (f.role ?? null) === g.role && (g.role === null || (f.year ?? null) === g.year) && (f.valueHigh ?? null) === g.valueHigh);
    const hit = exact ?? same[0];
    if (hit) { used.add(hit.i); s.compared++; if ((hit.f.role ?? null) !== g.role) s.confused++; }
    if (exact && (exact.f.modifier ?? null) === g.modifier) s.modifiersRight++;
    const tally = g.role === 'target' ? 'targets' : g.role === 'result' ? 'results' : g.role === 'period-target' ? 'periods' : null;
    if (!tally) continue;
    s[tally]++;
    if (exact) s[`${tally}Found` as const]++;
    else s.misses.push(`${gold.fileName}: ${g.role} ${g.text} ${hit ? `(got ${hit.f.role} ${hit.f.year})` : '(not found)'}`);
  }
  for (const a of gold.absences) {
    s.absences++;
    if ((report.absences ?? []).some((x) => x.indicatorKey === a.indicatorKey && x.year === a.year)) s.absencesFound++;
    else s.misses.push(`${gold.fileName}: absence ${a.indicatorKey} ${a.year}`);
  }
  // A target or result the gold does not list for this key and value is confusion too (a comparison read as a result).
  for (const [i, f] of report.figures.entries()) {
    if (used.has(i) || !f.indicatorKey || (f.role !== 'target' && f.role !== 'result')) continue;
    const listed = gold.figures.some((g) => g.indicatorKey === f.indicatorKey && close(g.value, f.value) && sameUnit(g.unit, f.unit));
    if (!listed && gold.figures.some((g) => g.indicatorKey === f.indicatorKey)) { s.compared++; s.confused++; s.misses.push(`${gold.fileName}: extra ${f.role} ${f.text}`); }
  }
}
