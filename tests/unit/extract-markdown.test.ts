import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/parse/extract/markdown';
import { extractText } from '../../src/parse/extract/text';
import { extract } from '../../src/parse/extract';
import { fixtureLines, fixtureText, toMarkdown, FIXTURES } from '../support/report-formats';

const enc = (s: string) => new TextEncoder().encode(s);

describe('markdown', () => {
  it('fixture 003 (Markdown saved as .txt): headings normalised from # and bold leads measured', () => {
    const r = extract('md', enc(fixtureText('003_26a1485d52dc385d')));
    if (!r.ok) throw new Error(r.error);
    const headings = r.blocks.filter((b) => b.markupLevel !== undefined);
    expect(headings.slice(0, 4).map((b) => [b.text, b.markupLevel])).toEqual([
      ['中国人民政治协商会议', 1], ['第四届衢州市柯城区委员会常务委员会工作报告(摘要)', 2],
      ['一、2019年工作回顾', 3], ['(一)始终坚持党的领导,致力把牢正确的政治方向', 4],
    ]);
    const lead = r.blocks.find((b) => b.text.startsWith('把思想理论武装摆在首位。'))!;
    expect(lead.boldLead).toBe('把思想理论武装摆在首位。'.length);
    expect(r.blocks.some((b) => /\*\*|^#/.test(b.text))).toBe(false);
  });

  it('levels are renumbered so the shallowest heading used is 1', () => {
    const r = extract('md', enc('### 一、工作回顾\n\n正文\n\n#### （一）强化理论武装\n'));
    expect(r.ok && r.blocks.filter((b) => b.markupLevel).map((b) => b.markupLevel)).toEqual([1, 2]);
  });

  it('inline markup is removed: emphasis, links, images, code, HTML tags, escapes', () => {
    const out = extractMarkdown('这是*强调*和__加粗__，[链接文字](http://x.cn/a)与![图](a.png)图片，`代码`，<span class="x">标签</span>，\\*星号\\*，~~删除~~，<https://example.cn>');
    expect(out[0]!.text).toBe('这是强调和加粗，链接文字与图片，代码，标签，*星号*，删除，https://example.cn');
  });

  it('bullets are list items without their marker; numbered lines keep their numbers', () => {
    const out = extractMarkdown('- 中文名:臨安市政協\n* 時間:2012年\n+ 類別:地方法規\n1. 强化政治引领。\n');
    expect(out.slice(0, 3).map((b) => [b.text, b.listItem])).toEqual([['中文名:臨安市政協', true], ['時間:2012年', true], ['類別:地方法規', true]]);
    expect(out[3]).toEqual({ text: '1. 强化政治引领。' });
  });

  it('blockquotes, rules, setext headings, closing hashes, fences and tables', () => {
    const md = ['工作报告', '====', '', '> 引用的一段话', '> > 再深一层', '', '---', '', '## 一、回顾 ##', '',
      '```', '# 不是标题 **原样**', '```', '', '| 项目 | 数量 |', '| :--- | ---: |', '| 提案 | 302件 |', '', '下半年打算', '-----'];
    const out = extractMarkdown(md.join('\n')).filter((b) => b.text !== '');
    expect(out).toEqual([
      { text: '工作报告', markupLevel: 1 }, { text: '引用的一段话' }, { text: '再深一层' }, { text: '一、回顾', markupLevel: 2 },
      { text: '# 不是标题 **原样**' }, { text: '项目 数量' }, { text: '提案 302件' }, { text: '下半年打算', markupLevel: 2 },
    ]);
  });

  it('YAML front matter is dropped; a rule that merely opens the text is not front matter', () => {
    expect(extractMarkdown('---\ntitle: 工作报告\ndate: 2023-02-10\n---\n# 工作报告\n').map((b) => b.text)).toEqual(['工作报告', '']);
    expect(extractMarkdown('---\n各位委员：\n我受委托。\n---\n').map((b) => b.text).filter(Boolean)).toEqual(['各位委员：', '我受委托。']);
  });

  it('headings written without the space after # still count (common in Chinese Markdown)', () => {
    expect(extractMarkdown('##二、2023年工作任务')[0]).toEqual({ text: '二、2023年工作任务', markupLevel: 2 });
  });

  for (const name of FIXTURES.filter((n) => !n.startsWith('003'))) {
    it(`${name}: escaped Markdown of a plain report gives back its lines`, () => {
      const lines = fixtureLines(name);
      const out = extractMarkdown(toMarkdown(lines)).map((b) => b.text).filter((t) => t !== '');
      expect(out).toEqual(lines);
    });
  }

  it('a hostile 2 MB line of brackets and asterisks stays linear', () => {
    const line = '![[*_`<a '.repeat(250_000);
    const t0 = performance.now();
    extractMarkdown(line);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('text', () => {
  it('one block per line, any line ending, blanks kept, nothing trimmed', () => {
    expect(extractText('  各位委员：\r\n\r\n我受委托\r第三行\f第四行\u2029末行').map((b) => b.text))
      .toEqual(['  各位委员：', '', '我受委托', '第三行', '第四行', '末行']);
  });
});
