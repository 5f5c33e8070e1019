// Category rules on the real figures of every gold file (seed and hold-out sets): each gold figure
// is found in its parsed report, categorised with its sentence, and compared with the category a
// reader wrote for it (trends-category-labels*.ts, written before the rules saw them). Prints the share per set and the misses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { categorize, sentenceBefore } from '../../src/trends/categorize';
import { CATEGORIES, UNCATEGORISED } from '../../src/trends/category-rules';
import { READER_LABELS } from './trends-category-labels';
import { READER_LABELS_HOLDOUT4 } from './trends-category-labels-holdout4';
import { READER_LABELS_HOLDOUT5 } from './trends-category-labels-holdout5';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SETS = ['.', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5'];
/** The holdout4 and holdout5 tables were written after the rules, by readers who had not seen them: unseen checks. */
const LABELS = { ...READER_LABELS, ...READER_LABELS_HOLDOUT4, ...READER_LABELS_HOLDOUT5 };

interface GoldFigure { text: string; unit: string }
interface Case { set: string; file: string; text: string; unit: string; before: string; expected: string | undefined }

/** Finds each gold figure, in order, in the parsed paragraphs and takes its sentence as context. */
function casesOf(set: string, dir: string, source: string): Case[] {
  const stem = source.replace(/\.[^.]+$/, '');
  const gold = JSON.parse(readFileSync(join(dir, 'gold', `${stem}.json`), 'utf8')) as { figures: GoldFigure[] };
  const parsed = parseReport(readFileSync(join(dir, source)), source);
  const paragraphs = parsed.ok ? parsed.report.paragraphs.map((p) => p.text.normalize('NFKC')) : [];
  const labels = [...(LABELS[stem] ?? [])];
  let para = 0;
  let from = 0;
  return gold.figures.map((f) => {
    const text = f.text.normalize('NFKC');
    let before = '';
    for (let i = para; i < paragraphs.length; i++) {
      const at = paragraphs[i]!.indexOf(text, i === para ? from : 0);
      if (at < 0) continue;
      before = sentenceBefore(paragraphs[i]!, at);
      [para, from] = [i, at + text.length];
      break;
    }
    const label = labels.findIndex(([t]) => t === f.text);
    const expected = label >= 0 ? labels.splice(label, 1)[0]![1] : undefined;
    return { set, file: stem, text: f.text, unit: f.unit, before, expected };
  });
}

function allCases(): Case[] {
  return SETS.flatMap((set) => {
    const dir = join(FIXTURES, set);
    const sources = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.mjs')).map((e) => e.name).sort();
    const golds = new Set(readdirSync(join(dir, 'gold')).map((g) => g.replace(/\.json$/, '')));
    return sources.filter((s) => golds.has(s.replace(/\.[^.]+$/, ''))).flatMap((s) => casesOf(set, dir, s));
  });
}

describe('figure categories on the gold figures', () => {
  const cases = allCases();

  it('every reader label names a known category', () => {
    for (const rows of Object.values(LABELS)) for (const [, c] of rows) expect(CATEGORIES).toContain(c);
  });

  it('puts >= 90% of the gold figures in the category a reader chose', () => {
    const labelled = cases.filter((c) => c.expected !== undefined);
    const misses = labelled.map((c) => ({ ...c, got: categorize(c, c.before) })).filter((c) => c.got !== c.expected);
    for (const m of misses) console.log(`miss ${m.file}: ${m.text} [${m.before.slice(-24)}] reader ${m.expected}, rules ${m.got}`);
    for (const set of SETS) {
      const n = labelled.filter((c) => c.set === set).length;
      const ok = n - misses.filter((c) => c.set === set).length;
      console.log(`category share ${set === '.' ? 'seed' : set}: ${ok}/${n} = ${((ok / n) * 100).toFixed(1)}%`);
    }
    const share = (labelled.length - misses.length) / labelled.length;
    console.log(`category share: ${labelled.length - misses.length}/${labelled.length} = ${(share * 100).toFixed(1)}% (${cases.length - labelled.length} gold figures without a reader label)`);
    expect(labelled.length).toBeGreaterThan(800);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('categorises simplified and traditional alike, and keeps unknown figures visible', () => {
    expect(categorize({ text: '辦理提案325件', unit: '件' })).toBe('提案');
    expect(categorize({ text: '8次', unit: '次' }, '全年召開常委會會議')).toBe('会议');
    expect(categorize({ text: '培训委员260余人次', unit: '人次' })).toBe('培训');
    expect(categorize({ text: '服务群众5800余人次', unit: '人次' })).toBe('人次');
    expect(categorize({ text: '引进帮扶资金860万元', unit: '元' })).toBe('资金');
    expect(categorize({ text: '地区生产总值612.4亿元', unit: '元' })).toBe('经济');
    expect(categorize({ text: '12个', unit: '个' }, '')).toBe(UNCATEGORISED);
    // The unit folded too: 105戶農戶 after 走訪了12個項目 counts households as 105户农户 does, not projects.
    expect(categorize({ text: '105戶農戶', unit: '戶' }, '走訪了12個項目、21個村和')).toBe(categorize({ text: '105户农户', unit: '户' }, '走访了12个项目、21个村和'));
    expect(categorize({ text: '105戶農戶', unit: '戶' }, '走訪了12個項目、21個村和')).not.toBe('项目');
    // Readings added after the unseen holdout4 check: output measures of a government report.
    expect(categorize({ text: '签约资金216亿元', unit: '元' })).toBe('经济');
    expect(categorize({ text: '新增甜柚种植面积1.2万亩', unit: '亩' })).toBe('经济');
    expect(categorize({ text: '新建高标准农田5万亩', unit: '亩' })).toBe('建设');
    expect(categorize({ text: '改造农村卫生户厕8600座', unit: '座' })).toBe('建设');
    expect(categorize({ text: '提出监督意见63条', unit: '条' })).toBe('监督');
    expect(categorize({ text: '新认定高新技术企业96家', unit: '家' })).toBe('企业');
    // holdout5: a breakdown counts what its sentence opened with; money won from above is funding.
    expect(categorize({ text: '67件', unit: '件' }, '从提案内容看,经济建设方面98件,城乡建设和生态环境方面')).toBe('提案');
    expect(categorize({ text: '争取中央预算内投资和专项债券资金9.3亿元', unit: '元' })).toBe('资金');
    expect(categorize({ text: '协议引资超过1200亿元', unit: '元' })).toBe('经济');
    // A count before its noun: the noun after the number says what was counted.
    expect(categorize({ text: '以大会发言、提案等多种方式报送了《关于…的建议》等16篇调研报告', unit: '篇' })).toBe('调研视察');
  });
});
