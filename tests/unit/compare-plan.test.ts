// Plan against delivery: which report plans the year the other reviews, and on a constructed pair
// (a report whose review part reports on some of another report's planned items) which planned
// items are answered, by what, and which nothing answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { Converter } from 'opencc-js';
import { ANSWER_MIN, planOrder, planVsDelivery } from '../../src/compare/plan';
import { partRole } from '../../src/compare/sections';
import { fromTree, reword, rng, SEEDS, seedTree, type Node } from '../support/variants';

const trees = SEEDS.map((name) => seedTree(name, 'parsed'));
const [y2018, y2022, , y2019] = trees.map((t) => t.report);

describe('partRole', () => {
  it('tells review parts from plan parts by their wording, in either script', () => {
    const review = ['2018年工作回顾', '一、2022年工作回顧', '過去一年的主要工作', '上半年工作總結', '上半年工作开展情况', '过去一年的工作'];
    const plan = ['2019年工作任务', '2023年工作安排', '2023年的主要任務', '下半年工作打算', '2023年工作建議', '2024年主要目标任务', '下半年工作思路'];
    expect(review.map(partRole)).toEqual(review.map(() => 'review'));
    expect(plan.map(partRole)).toEqual(plan.map(() => 'plan'));
    expect(partRole('存在的问题')).toBeNull();
    expect(partRole('加强政府自身建设')).toBeNull();
  });
});

describe('planOrder', () => {
  it('finds the report whose plan year is the other one\'s review year, either way round', () => {
    expect(y2018!.planYear).toBe(2019);
    expect(y2019!.reviewYear).toBe(2019);
    expect(planOrder(y2018!, y2019!)).toEqual([y2018, y2019]);
    expect(planOrder(y2019!, y2018!)).toEqual([y2018, y2019]);
    expect(planOrder(y2018!, y2022!)).toBeNull();
  });
});

describe('planVsDelivery', () => {
  it('refuses a pair whose years do not meet, saying why', () => {
    const r = planVsDelivery(y2018!, y2022!);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/2019.*2022/);
    // The code and years let the interface word the reason in either language.
    expect(r).toMatchObject({ ok: false, code: 'years', planYear: 2019, reviewYear: 2022 });
  });

  it('says which part is missing when the years meet but a report has no plan or review part', () => {
    const noHeadings = { ...y2019!, outline: [], paragraphs: y2019!.paragraphs.map((p) => ({ ...p, heading: undefined })) };
    const r = planVsDelivery({ ...noHeadings, planYear: 2019 }, { ...y2019!, reviewYear: 2019 });
    expect(r).toMatchObject({ ok: false, code: 'no-plan', planYear: 2019, reviewYear: 2019 });
  });

  it('takes the plan part of the first and the review part of the second (seeds 000 and 003)', () => {
    const r = planVsDelivery(y2018!, y2019!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.year).toBe(2019);
    expect(r.planPart.title).toMatch(/工作任务/);
    expect(r.reviewPart.title).toMatch(/工作回顾/);
    expect(r.items.map((i) => i.planned.title)).toEqual(y2018!.outline.filter((h) => h.level === 2).slice(-5).map((h) => h.title));
    for (const item of r.items) expect(item.score).toBeGreaterThanOrEqual(0), expect(item.score).toBeLessThanOrEqual(1);
  });

  it('on a constructed pair: answered items find what reported them, the others are listed as unanswered', () => {
    // Delivery: seed 003 (reviews 2019), its review part now reporting on three of the items seed 000
    // planned for 2019 (half their sentences plus some of its own text), in traditional script,
    // under reworded headings, among its own sections.
    const plan = trees[0]!, delivery = trees[3]!;
    const planned = plan.nodes.find((n) => /任务/.test(n.title))!.children;
    const toT = Converter({ from: 'cn', to: 'tw' });
    const r = rng(9);
    const nodes = structuredClone(delivery.nodes);
    const review = nodes.find((n) => /回顾/.test(n.title))!;
    // A report on a plan keeps some of its sentences, not all, and adds its own account.
    const everyOther = (text: string) => text.split(/(?<=[。；])/).filter((_, i) => i % 2 === 1).join('');
    const reported = [0, 2, 4].map((k): Node => {
      const n = structuredClone(planned[k]!);
      const own = review.children[k]!.paras[0] ?? '';
      const paras = [...[n.rest, ...n.paras].map(everyOther).filter((t) => t.length > 0), own].map(toT);
      return { ...n, level: 2, title: toT(reword(n.title, r)), rest: '', paras, children: [], origin: `plan:${k}` };
    });
    review.children.splice(1, 0, reported[0]!);
    review.children.splice(4, 0, reported[1]!, reported[2]!);
    const built = fromTree({ ...delivery, nodes }, 'delivery.txt').report;
    const result = planVsDelivery(plan.report, built);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    console.log('plan vs delivery scores', result.items.map((i) => `${i.planned.title.slice(0, 8)}→${i.reported?.title.slice(0, 8)} ${i.score}`).join('; '));
    expect(result.items.map((i) => i.answered)).toEqual([true, false, true, false, true]);
    expect([0, 2, 4].map((k) => result.items[k]!.reported?.title)).toEqual(reported.map((n) => n.title));
    expect(result.unanswered.map((h) => h.title)).toEqual([planned[1]!.title, planned[3]!.title]);
    for (const k of [1, 3]) expect(result.items[k]!.score).toBeLessThan(ANSWER_MIN);
  });
});

describe('plan against delivery: numbers first, the year\'s plan part', () => {
  const open = (f: string) => {
    const r = parseReport(readFileSync(join(import.meta.dirname, '../fixtures/targets', f)), f);
    if (!r.ok) throw new Error(r.error);
    return r.report;
  };
  it('pairs each target of the year with the result the next report gives', () => {
    const r = planVsDelivery(open('gov-deqing-2023.txt'), open('gov-deqing-2024.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const gdp = r.numbers.find((n) => n.indicatorKey === 'gdp' && n.unit === '%')!;
    expect([gdp.target.value, gdp.target.valueHigh, gdp.result?.value]).toEqual([6.5, 7, 7.3]);
    expect(r.numbers.find((n) => n.indicatorKey === 'budget-revenue' && n.unit === '%')!.result!.value).toBe(5.8);
    expect(r.numbers.every((n) => n.target.role === 'target' && n.target.year === 2023)).toBe(true);
  });
  it('takes the year\'s plan part over a part of five-year goals', () => {
    const r = planVsDelivery(open('gov-wenzhou-2022.md'), open('gov-deqing-2023.txt'));
    expect(r.ok && r.planPart.title).toBe('2022年工作安排');
  });
});
