// Folding the smaller groups of a split chart into one "other" line: the largest groups stay apart,
// every year's rest adds up exactly (counts, lengths, reports), nothing is lost or counted twice.
import { describe, expect, it } from 'vitest';
import { OTHER_GROUP, foldGroups, legendGroups, topGroups } from '../../src/trends/chart-groups';

interface P { year: number; group: string; count: number; reports: string[] }
const add = (a: P, b: P): P => ({ ...a, count: a.count + b.count, reports: [...a.reports, ...b.reports] });
const pt = (year: number, group: string, count: number): P => ({ year, group, count, reports: [`${group}${year}`] });

describe('chart groups', () => {
  const points = [pt(2020, 'A', 5), pt(2020, 'B', 1), pt(2020, 'C', 2), pt(2021, 'A', 1), pt(2021, 'D', 9), pt(2021, 'C', 1)];

  it('keeps the groups with the largest totals, ties by name', () => {
    expect(topGroups(points, (p) => p.count, 2)).toEqual(['D', 'A']);
    expect(topGroups(points, () => 1, 2)).toEqual(['A', 'C']);
    expect(topGroups(points, (p) => p.count, 10)).toHaveLength(4);
  });

  it('adds the rest into one point per year, losing nothing', () => {
    const folded = foldGroups(points, ['D', 'A'], add);
    expect(folded.map((p) => [p.year, p.group, p.count])).toEqual([[2020, 'A', 5], [2020, OTHER_GROUP, 3], [2021, 'A', 1], [2021, 'D', 9], [2021, OTHER_GROUP, 1]]);
    expect(folded.reduce((n, p) => n + p.count, 0)).toBe(points.reduce((n, p) => n + p.count, 0));
    expect(folded.flatMap((p) => p.reports).sort()).toEqual(points.flatMap((p) => p.reports).sort());
    // The input points are left as they were.
    expect(points[1]).toEqual(pt(2020, 'B', 1));
  });

  it('lists the legend as the kept groups, then "other" only when something went into it', () => {
    expect(legendGroups(['D', 'A'], foldGroups(points, ['D', 'A'], add))).toEqual(['D', 'A', OTHER_GROUP]);
    expect(legendGroups(['A', 'B', 'C', 'D'], foldGroups(points, ['A', 'B', 'C', 'D'], add))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('changes nothing when every group is kept', () => {
    expect(foldGroups(points, ['A', 'B', 'C', 'D'], add).map((p) => p.group).sort()).toEqual(points.map((p) => p.group).sort());
  });
});
