// Web boilerplate: dropped from the text, kept in `removed` (metadata lives there), in both scripts,
// without touching report text that merely mentions the same words.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import type { Block } from '../../src/parse/blocks';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ text }));
const BODY = '一年来，市政协围绕中心、服务大局，交办提案302件，组织专题视察协商43次，报送社情民意等38件，取得了积极成效。';
const BODY_T = '一年來，市政協圍繞中心、服務大局，辦理提案325件，報送社情民意145篇，委員參與政協各類活動3000余人次。';

function run(lines: string[]) {
  const r = clean(blocks(lines));
  return { kept: r.blocks.map((b) => b.text), removed: r.removed };
}

describe('web furniture', () => {
  it.each([
    ['breadcrumb', '您当前的位置 : 中国义乌网>义乌新闻>政务 正文'],
    ['breadcrumb, traditional', '當前位置：首頁 > 政務公開 > 工作報告'],
    ['home path', '首页 > 新闻中心 > 政协要闻'],
    ['share prompt', '扫一扫加中国义乌网为好友'],
    ['share prompt, traditional', '掃一掃在手機打開當前頁'],
    ['share bar', '分享到：微信 微博 QQ空间'],
    ['font size', '【字体：大 中 小】'],
    ['buttons', '【打印】【关闭】'],
    ['print/close', '打印本页 关闭窗口'],
    ['editor', '编辑: 楼菲莉'],
    ['editor, traditional', '責任編輯：應曉燕'],
    ['publisher, traditional', '信息發布:黃曉強'],
    ['source', '来源：衢州日报'],
    ['views', '浏览次数：1024'],
    ['copyright', 'Copyright © 2019 中国义乌网 All Rights Reserved'],
    ['ICP', '浙ICP备12345678号'],
    ['public security record', '浙公网安备 33078202001318号'],
    ['rights reserved, traditional', '版權所有：臨安市政協辦公室'],
    ['related entries, traditional', '相關詞條'],
    ['hot entries', '热门词条'],
    ['previous article', '上一篇：市政协召开主席会议'],
    ['pipes only', '||||||||||||'],
    ['forum timestamp', 'GMT+8, 2024-10-24 03:22'],
    ['bare time', '03:22'],
    ['page number', '- 12 -'],
    ['page of pages', '第3页 共10页'],
    ['link bar', '网站简介 | 义乌宣传片 | 版权声明 | 广告刊登 | 联系我们'],
  ])('drops %s', (_, line) => {
    const r = run([BODY, line, BODY_T]);
    expect(r.kept).toEqual([BODY, BODY_T]);
    expect(r.removed).toEqual([line]);
  });

  it('keeps a byline that carries metadata in removed, whole', () => {
    const byline = '发布时间: 2019-01-23 09:26:19 来源: 中国义乌网·义乌商报 作者: 义乌市政协主席 葛国庆';
    const r = run(['中国人民政治协商会议第十三届义乌市委员会常务委员会工作报告', byline, '各位委员、同志们:', BODY]);
    expect(r.removed).toEqual([byline]);
    expect(r.kept).toContain('各位委员、同志们:');
  });

  it('keeps report text that mentions the same words', () => {
    const lines = [
      '来源广泛的意见建议得到党委政府重视，编辑出版《政协文史资料》第十二辑，技术支持企业创新发展取得新成效。',
      '作者协会、文联等界别委员积极参与，分享到基层一线的经验做法，相关信息及时报送市委。',
      BODY,
    ];
    expect(run(lines).kept).toEqual(lines);
  });

  it('drops everything after a footer that follows the last prose', () => {
    const r = run([BODY, BODY_T, '信息發布:黃曉強', '相關詞條', '臨安市政協2013年工作總結', '熱門詞條', '聯絡我們']);
    expect(r.kept).toEqual([BODY, BODY_T]);
    expect(r.removed).toHaveLength(5);
  });

  it('does not open a footer zone before the report text ends', () => {
    const r = run(['相关信息', BODY, BODY_T]);
    expect(r.kept).toEqual([BODY, BODY_T]);
    expect(r.removed).toEqual(['相关信息']);
  });

  it('never treats the first half of a text as its footer, even without full stops', () => {
    const lines = ['市政协围绕中心服务大局', '相关信息', '交办提案302件', '组织专题视察协商43次', '报送社情民意38件', '市党政领导批示28次'];
    expect(run(lines).kept).toEqual(lines.filter((l) => l !== '相关信息'));
  });

  it('drops an encyclopedia info box, header and key:value bullets', () => {
    const r = run([
      '臨安市政協2012年上半年工作總結與下半年工作打算', '基本介紹',
      '• 中文名:臨安市政協2012年上半年工作總結與下半年工作打算', '• 時間:2012年', '• 類別:地方法規',
      '臨安市政協2012年上半年工作總結與下半年工作打算', '編者按:', BODY_T,
    ]);
    expect(r.kept).toEqual(['臨安市政協2012年上半年工作總結與下半年工作打算', '編者按:', BODY_T]);
    expect(r.removed).toContain('• 時間:2012年');
  });

  it('matches full-width and half-width forms alike', () => {
    const r = run([BODY, '責任編輯：王明', '编辑:王明', BODY_T]);
    expect(r.kept).toEqual([BODY, BODY_T]);
  });
});
