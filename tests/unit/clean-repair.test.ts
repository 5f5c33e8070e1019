// Converter damage: pinyin notes removed (real parentheticals kept) and counted in a warning;
// mojibake reported with its count and place while the text stays exactly as it was.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { parseReport } from '../../src/parse/index';

const run = (lines: string[]) => clean(lines.map((text) => ({ text })));
const texts = (lines: string[]) => run(lines).blocks.map((b) => b.text);
/** Mojibake is reported by the whole parse, against the paragraphs the reader sees. */
function parsed(lines: string[]) {
  const r = parseReport(new TextEncoder().encode(lines.join('\n')), 'report.txt');
  if (!r.ok) throw new Error(r.error);
  return { texts: r.report.paragraphs.map((p) => p.text), warnings: r.report.warnings };
}

describe('pinyin notes', () => {
  it('removes toned notes glued after characters, in either bracket width', () => {
    const r = run(['義烏市人民代表大會常務(wù)委員會在市委的堅強領(lǐng)導(dǎo)下，經（jīng）濟穩進向好。']);
    expect(r.blocks[0]!.text).toBe('義烏市人民代表大會常務委員會在市委的堅強領導下，經濟穩進向好。');
    expect(r.warnings).toContainEqual({ code: 'pinyin-removed', count: 4, message: '已移除拼音注音 4 处 (removed 4 pinyin annotations)' });
  });

  it('removes tone-number notes', () => {
    expect(texts(['坚持党的领(ling3)导，推动经(jing1)济发展。'])).toEqual(['坚持党的领导，推动经济发展。']);
  });

  it('removes untoned notes only where a converter has clearly been at work', () => {
    const damaged = '務(wù)實(shí)管用，領(lǐng)導(dǎo)重視的(de)工作。';
    expect(texts([damaged])).toEqual(['務實管用，領導重視的工作。']);
    expect(texts(['市场主体的(de)数量增加。'])).toEqual(['市场主体的(de)数量增加。']);
  });

  it('keeps a bold lead\'s length right when notes inside it are removed', () => {
    const r = clean([{ text: '堅持黨的領(lǐng)導(dǎo)。正文內容，市政協全年召開會議12次。', boldLead: 18 }, { text: '務(wù)實(shí)。' }]);
    expect(r.blocks[0]!.text.slice(0, r.blocks[0]!.boldLead)).toBe('堅持黨的領導。');
  });

  it('keeps real parentheticals', () => {
    const lines = [
      '积极践行五(吾)带头，召开政协党组(扩大)学习会议22次。',
      '工作报告(摘要)', '(2023年2月2日在義烏市第十六屆人民代表大會第二次會議上)',
      '开发手机应用(app)和小程序(mini)。', '陈玮委员被评为优秀基层政协委员(全国仅评出30名)。',
    ];
    const r = run(lines);
    expect(r.blocks.map((b) => b.text)).toEqual(lines);
    expect(r.warnings.some((w) => w.code === 'pinyin-removed')).toBe(false);
  });
});

describe('mojibake', () => {
  it('reports "?" wedged into Han text with count, paragraph and excerpt, text untouched', () => {
    const lines = [
      '創新開展“政治家訪”活動，市政協黨組成員以“拉家?!狈绞脚c委員和家屬促膝談心。',
      '市政協工作獲省政協主要領導批示3次。',
      '《龍虎天下絕》品牌得到省委分管領導批示?!对谑袇^增設常態化核酸采樣點的建議》。',
    ];
    const r = parsed(lines);
    expect(r.texts).toEqual(lines);
    const found = r.warnings.find((x) => x.code === 'mojibake');
    expect(found).toMatchObject({ code: 'mojibake', count: 2, places: [{ paragraph: 1 }, { paragraph: 3 }] });
    const w = found!.message;
    expect(w).toContain('疑似乱码 2 处');
    expect(w).toContain('第1段');
    expect(w).toContain('第3段');
    expect(w).toContain('拉家?!狈');
  });

  it.each([
    ['replacement characters', '市政协召开\uFFFD\uFFFD会议，听取工作报告。'],
    ['Latin-1 garbage', '市政协Ã¤Â¸Â­Ã¥Â›Â½工作报告。'],
    ['锟斤拷', '市政协锟斤拷锟斤拷工作报告。'],
  ])('reports %s', (_, line) => {
    const context = Array.from({ length: 4 }, (_, i) => `全年组织专题调研${i + 2}次，报送调研报告和社情民意信息，得到市委市政府领导的重视。`);
    const w = parsed([line, ...context]).warnings.find((x) => x.code === 'mojibake');
    expect(w?.message).toMatch(/疑似乱码 \d+ 处/);
  });

  it('does not flag ordinary punctuation', () => {
    const r = parsed([
      '如何破解停车难?我们组织委员开展专题调研。', '“最多跑一次”改革成效明显!',
      '市政协组织“请你来协商”活动12次。', '时间是2019-01-23,地点在市民中心。',
    ]);
    expect(r.warnings.filter((x) => x.code === 'mojibake')).toEqual([]);
  });
});
