// The chart's SVG export and the axis helpers it shares with the on-screen chart: a well-formed
// document, one line per series through all its points, gaps where a year is missing, names
// escaped, whole-year and round-value ticks formatted with 万/亿.
import { describe, expect, it } from 'vitest';
import { chartSvg, formatValue, legendFlow, valueTicks, yearSpan, yearTicks, type ChartSeries } from '../../src/trends/chart-svg';

/** Well-formedness without a DOM: every tag closes in order, attributes are quoted, no bare & or <. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const text = body.replace(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, (_, close: string, name: string, _attrs, self: string) => {
    if (close) { if (stack.pop() !== name) stack.push('\u0000mismatch'); } else if (!self) stack.push(name);
    return '';
  });
  return stack.length === 0 && !/[<>]/.test(text) && !/&(?!(amp|lt|gt|quot|apos);)/.test(text);
}

const series: ChartSeries[] = [
  { name: '提案', color: 0, points: [2019, 2020, 2021, 2022].map((x, i) => ({ x, y: [3, 5, 8, 13][i]!, label: `提案 ${x}` })) },
  { name: 'R&D <新>', color: 1, dash: 1, points: [2020, 2021, 2022].map((x) => ({ x, y: 2, label: `R&D ${x}` })) },
  { name: '社情民意', color: 2, dash: 2, points: [{ x: 2019, y: 1, label: 'a' }, { x: 2020, y: 4, label: 'b' }, { x: 2022, y: 6, label: 'c' }] },
];

describe('chartSvg', () => {
  const svg = chartSvg({ title: '词语出现次数 & 每万字', yLabel: '次数', series, width: 720 });
  const groups = [...svg.matchAll(/<g class="series" data-name="([^"]*)">(.*?)<\/g>/g)];

  it('writes a well-formed standalone SVG document', () => {
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="\d+"/);
    expect(wellFormed(svg)).toBe(true);
    expect(wellFormed('<svg><g></svg></g>')).toBe(false);
    expect(wellFormed('<svg><text>a & b</text></svg>')).toBe(false);
  });

  it('draws one polyline per unbroken series through as many points as it has', () => {
    expect(groups).toHaveLength(3);
    for (const [k, g] of groups.slice(0, 2).entries()) {
      const lines = [...g[2]!.matchAll(/<polyline[^>]*points="([^"]*)"/g)];
      expect(lines).toHaveLength(1);
      expect(lines[0]![1]!.split(' ')).toHaveLength(series[k]!.points.length);
      expect(g[2]!.match(/<circle /g)).toHaveLength(series[k]!.points.length);
    }
  });

  it('breaks a line where a year is missing, keeping every point', () => {
    const g = groups[2]![2]!;
    const lines = [...g.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1]!.split(' ').length);
    expect(lines).toEqual([2]);
    expect(g.match(/<circle /g)).toHaveLength(3);
  });

  it('escapes names and the title, and keeps the dash of a group', () => {
    expect(svg).toContain('R&amp;D &lt;新&gt;');
    expect(svg).toContain('词语出现次数 &amp; 每万字');
    expect(svg).not.toContain('R&D <');
    expect(groups[1]![2]).toContain('stroke-dasharray="6 4"');
    expect(groups[0]![2]).not.toContain('stroke-dasharray');
  });

  it('labels the axes with the shared ticks', () => {
    const years = [...svg.matchAll(/class="x-tick"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(years).toEqual([2019, 2020, 2021, 2022]);
    const values = [...svg.matchAll(/class="y-tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(values).toEqual(valueTicks(13).map(formatValue));
  });
});

describe('axis helpers', () => {
  it('picks a round top and 1/2/5 steps', () => {
    expect(valueTicks(13)).toEqual([0, 5, 10, 15]);
    expect(valueTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(valueTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(valueTicks(100)).toEqual([0, 50, 100]);
  });

  it('formats with 万 and 亿', () => {
    expect(formatValue(12.345)).toBe('12.35');
    expect(formatValue(35000)).toBe('3.5万');
    expect(formatValue(125_000_000)).toBe('1.25亿');
  });

  it('puts only whole years on the x axis, thinned to fit', () => {
    expect(yearTicks(2019, 2021, 600)).toEqual([2019, 2020, 2021]);
    const thin = yearTicks(2000, 2024, 200);
    expect(thin.length).toBeLessThanOrEqual(5);
    expect(thin.every(Number.isInteger)).toBe(true);
    expect(thin.at(-1)).toBe(2024);
    expect(yearTicks(2012, 2022, 200)).toEqual([2013, 2016, 2019, 2022]);
    expect(yearSpan([{ name: 'a', points: [{ x: 2020, y: 1, label: '' }] }])).toMatchObject({ x0: 2020, x1: 2020, min: 2019, max: 2021 });
  });

  it('wraps the legend into rows within the width', () => {
    const flow = legendFlow(['一二三四五', '一二三四五', '一二三四五'], 200, (s) => s.length * 12);
    expect(flow.map((f) => f.row)).toEqual([0, 0, 1]);
    expect(flow[1]!.x).toBeGreaterThan(0);
  });
});
