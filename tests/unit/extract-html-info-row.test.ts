// Info rows (作者/来源/更新时间 lines) between a page's heading and its article container are kept
// as blocks before the article, so the publish date reaches metadata through the cleaner.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/parse/extract/html';
import { parseReport } from '../../src/parse/index';

const BODY = '<p>今年以来，市人大常委会围绕中心工作，依法履行职责，共召开常委会会议6次，审议报告12项。</p>'
  + '<p>一、上半年工作回顾</p><p>监督工作扎实开展，听取审议专项工作报告5个，开展执法检查3次。</p>'.repeat(3);

function page(heading: string, info: string): string {
  return `<html><head><title>某某市人大常委会2019年上半年工作总结</title></head><body>
    <table><tr><td class="nav"><a href="/">网站首页</a> | <a href="/l">人大动态</a></td></tr></table>
    <table><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; 正文</td></tr>
    ${heading}
    <tr><td class="f12">${info}</td></tr>
    <tr><td class="f14" id="zoom">${BODY}</td></tr></table>
    <div class="footer">版权所有 ICP备12345号</div></body></html>`;
}

const texts = (html: string) => extractHtml(html).map((b) => b.text);

describe('html: info rows between the heading and the article', () => {
  it('keeps the row under a heading set as a bold cell that repeats <title>', () => {
    const out = texts(page('<tr><td><b>某某市人大常委会2019年上半年工作总结</b></td></tr>', '作者：市人大办　来源：本站原创　更新时间：2019-7-8'));
    expect(out[0]).toBe('某某市人大常委会2019年上半年工作总结');
    expect(out[1]).toBe('作者：市人大办　来源：本站原创　更新时间：2019-7-8');
    expect(out[2]).toMatch(/^今年以来/);
  });

  it('keeps a labelled row when the page has no heading line, but not an unlabelled one', () => {
    expect(texts(page('', '发布日期：2019年7月8日'))[1]).toBe('发布日期：2019年7月8日');
    expect(texts(page('', '点此打印本页')).some((t) => t.includes('打印'))).toBe(false);
  });

  it('gives the publish date to the parsed report', () => {
    const html = page('<tr><td><b>某某市人大常委会2019年上半年工作总结</b></td></tr>', '作者：市人大办　更新时间：2019-7-8');
    const r = parseReport(new TextEncoder().encode(html), 'page.html');
    expect(r.ok && r.report.publishDate).toBe('2019-07-08');
  });
});
