import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/parse/extract/html';
import { decodeEntities } from '../../src/parse/extract/html-entities';
import { extract } from '../../src/parse/extract';
import { fixtureLines, FIXTURES, pageTitle, toWebPage } from '../support/report-formats';
import { encode } from '../support/encodings';

const texts = (html: string) => extractHtml(html).map((b) => b.text);

describe('html: the article of a saved government page', () => {
  for (const name of FIXTURES) {
    it(`${name}: every fixture line comes back, nothing from navigation, widgets, scripts or footer`, () => {
      const lines = fixtureLines(name);
      const out = texts(toWebPage(lines));
      if (pageTitle(lines) !== null) {
        expect(out[0]).toBe(lines[0]);
        expect(out[1]).toBe('发布时间：2023-02-10 来源：本网');
        out.splice(1, 1);
      }
      expect(out).toEqual(lines);
      const all = out.join('\n');
      const own = lines.join('\n');
      const chrome = ['首页', '政务公开', '分享到', '扫一扫在手机', '相关文章', 'ICP备', '广告位', '热点新闻', '_hmt', 'text-indent'];
      for (const junk of chrome.filter((j) => !own.includes(j))) expect(all).not.toContain(junk);
    });
  }

  it('prefers <article> over everything else', () => {
    const html = `<div class="content">目录页面的说明文字很多很多很多很多很多很多很多很多很多</div>
      <article><h2>一、过去一年的主要工作</h2><p>一年来，市人大常委会紧紧围绕中心工作，依法履职。共召开会议9次。</p>
      <p>依法作出重大事项决定决议17项，任免国家机关工作人员154人次。</p></article>`;
    expect(texts(html)).toEqual(['一、过去一年的主要工作', '一年来，市人大常委会紧紧围绕中心工作，依法履职。共召开会议9次。', '依法作出重大事项决定决议17项，任免国家机关工作人员154人次。']);
  });

  it('a big sidebar of links inside the same named container does not drag the choice outward', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/${i}">关于进一步加强和改进第${i}项重点工作的实施意见通知</a></li>`).join('');
    const para = '市政协围绕中心、积极建言，交办提案302件，组织专题视察协商43次，报送调研视察报告38件。';
    const html = `<div class="main-content"><div class="list-content"><ul>${links}</ul></div><div class="article-content"><p>${para}</p><p>${para}</p></div></div>`;
    expect(texts(html)).toEqual([para, para]);
  });

  it('without any named container, takes the densest parent of Chinese paragraphs', () => {
    const para = '市政协围绕中心、积极建言，交办提案302件，组织专题视察协商43次。';
    const html = `<div><div><a>首页</a> <a>政务</a> <a>新闻中心栏目导航链接文字</a></div>
      <div><p>${para}</p><p>${para}</p><p>${para}</p></div><div><span>联系我们 网站地图</span></div></div>`;
    expect(texts(html)).toEqual([para, para, para]);
  });

  it('uses <title> as the heading when the article does not open with one, cutting the site name', () => {
    const html = `<html><head><title>临安市政协2012年上半年工作总结_临安新闻网</title></head><body>
      <div id="zoom"><p>上半年工作总结</p><p>按照市委的重大决策部署，上半年主要做了以下七个方面的工作。</p></div></body></html>`;
    expect(texts(html)[0]).toBe('临安市政协2012年上半年工作总结');
  });

  it('a CMS article title in <meta name="ArticleTitle"> beats a <title> cut short; zw/nr classes mark the text', () => {
    const html = `<html><head><title>首页 | 政务公开</title><meta name="ArticleTitle" content="某某市人民政府工作报告（2023年）"></head>
      <body><div class="zwgk-nav"><a>政务公开目录</a><a>机构职能说明</a></div><div class="txt_zw"><p>各位代表：现在，我代表市人民政府，向大会报告工作。</p></div></body></html>`;
    expect(texts(html)).toEqual(['某某市人民政府工作报告（2023年）', '各位代表：现在，我代表市人民政府，向大会报告工作。']);
  });

  it('an <svg><title> in the body does not become the page heading', () => {
    const html = '<html><head><title>市政协工作报告全文</title></head><body><svg><title>分享图标提示文字</title></svg><div class="content"><p>各位委员：我受常务委员会委托，向大会报告工作。</p></div></body></html>';
    expect(texts(html)[0]).toBe('市政协工作报告全文');
  });

  it('does not repeat the heading when the article already opens with it', () => {
    const html = `<title>政府工作报告 - 某某网</title><div class="article"><h1>政府工作报告</h1><p>各位代表：现在，我代表市人民政府，向大会报告工作。</p></div>`;
    expect(texts(html)).toEqual(['政府工作报告', '各位代表：现在，我代表市人民政府，向大会报告工作。']);
  });
});

describe('html: structure and text', () => {
  it('headings become markup levels, normalised so the shallowest used is 1', () => {
    const html = '<div class="content"><h2>一、2022年工作回顾</h2><p>正文一段文字内容。</p><h3>（一）强化理论武装</h3><p>正文。</p></div>';
    const r = extract('html', new TextEncoder().encode(html));
    expect(r.ok && r.blocks.map((b) => [b.text, b.markupLevel])).toEqual([
      ['一、2022年工作回顾', 1], ['正文一段文字内容。', undefined], ['（一）强化理论武装', 2], ['正文。', undefined],
    ]);
  });

  it('a bold run opening a paragraph is a bold lead, measured in the output text', () => {
    const out = extractHtml('<p>&nbsp;&nbsp;<strong>思想武装<span>全面加强。</span></strong>坚持理论学习，召开学习会议28次。</p><p>正文<b>中间加粗</b>不算。</p>');
    expect(out[0]).toMatchObject({ text: '思想武装全面加强。坚持理论学习，召开学习会议28次。', boldLead: 9 });
    expect(out[1]!.boldLead).toBeUndefined();
  });

  it('entities, named and numeric, are decoded once', () => {
    expect(decodeEntities('&ldquo;最多跑一次&rdquo;&amp;lt; &#20013;&#x6587; &nbsp;&hellip;&unknown; &#0;')).toBe('“最多跑一次”&lt; 中文 \u00a0…&unknown; \ufffd');
  });

  it('block elements and <br> split blocks; inline elements and CJK line wraps do not', () => {
    const html = '<div class="text"><p>市政协<span>深入</span>\n一线，<a href="#">开展</a>调研。<br>第二行<br/>third line\n  wraps here</p><ul><li>条目一</li><li>条目二</ul></div>';
    const out = extractHtml(html);
    expect(out.map((b) => b.text)).toEqual(['市政协深入一线，开展调研。', '第二行', 'third line wraps here', '条目一', '条目二']);
    expect(out.slice(3).every((b) => b.listItem)).toBe(true);
  });

  it('an old layout-table page: the article is a cell with <br> lines', () => {
    const html = `<table><tr><td class="nav_bg"><a>首页</a> <a>机构概况</a></td></tr>
      <tr><td class="bt_content">中国人民政治协商会议某某市委员会常务委员会工作报告<br/>&nbsp;&nbsp;&nbsp;&nbsp;各位委员、同志们：<br>
      &nbsp;&nbsp;&nbsp;&nbsp;我受政协某某市委员会常务委员会的委托，向大会报告工作，请予审议。<br></td></tr>
      <tr><td>版权所有 某某市政协办公室</td></tr></table>`;
    expect(texts(html)).toEqual(['中国人民政治协商会议某某市委员会常务委员会工作报告', '各位委员、同志们：', '我受政协某某市委员会常务委员会的委托，向大会报告工作，请予审议。']);
  });

  it('table rows are one block each, cells joined by spaces', () => {
    const html = '<table class="detail"><tr><td>项目</td><td>数量</td></tr><tr><td>提案</td><td>302件</td></tr></table>';
    expect(texts(html)).toEqual(['项目 数量', '提案 302件']);
  });

  it('hidden elements, comments and unterminated markup are tolerated', () => {
    const html = '<p>第一段</p><!-- <p>注释</p> --><div style="display:none">隐藏</div><p hidden>也隐藏</p><p>第二段<p>第三段</div></span><p>末尾 < 5 <img src="x';
    expect(texts(html)).toEqual(['第一段', '第二段', '第三段', '末尾 < 5']);
  });

  it('100,000 nested elements neither overflow the stack nor take long', () => {
    const depth = 100_000;
    const html = '<div>'.repeat(depth) + '<p>深层正文内容。</p><p>' + '<span>'.repeat(depth) + '尾部'
      + '</div>'.repeat(depth) + '</i>'.repeat(depth);
    const t0 = performance.now();
    expect(texts(html)).toEqual(['深层正文内容。', '尾部']);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('an XML declaration names the charset of an XHTML page', () => {
    const page = '<?xml version="1.0" encoding="gb2312"?><html><body><p>报告</p></body></html>';
    const r = extract('html', encode(page, 'gb18030'));
    expect(r.ok && r.encoding).toBe('gb18030');
  });

  it('the declared charset is honoured when the bytes alone are ambiguous', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body><p>報告</p></body></html>';
    const r = extract('html', encode(page, 'big5'));
    expect(r.ok && r.encoding).toBe('big5');
    expect(r.ok && r.blocks.map((b) => b.text)).toEqual(['報告']);
  });
});
