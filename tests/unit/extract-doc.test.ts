import { describe, expect, it } from 'vitest';
import * as CFB from 'cfb';
import iconv from 'iconv-lite';
import { extractDoc } from '../../src/parse/extract/doc';
import { failure } from '../../src/parse/errors';
import { wordText } from '../../src/parse/extract/doc-text';
import { parseFile } from '../../src/parse/parse-file';
import { makeDoc } from '../support/make-doc';

const lines = (bytes: Uint8Array) => {
  const r = extractDoc(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.blocks.map((b) => b.text);
};

describe('.doc: the piece table', () => {
  it('reads UTF-16 pieces in order, one line per paragraph mark', () => {
    const doc = makeDoc([{ text: '一、2022年工作回顾\r交办提案' }, { text: '302件。\r' }]);
    expect(lines(doc)).toEqual(['一、2022年工作回顾', '交办提案302件。']);
    expect(extractDoc(doc)).toMatchObject({ encoding: 'utf-16le' });
  });
  it('reads 8-bit pieces as GBK in a Chinese document and as cp1252 otherwise', () => {
    const gbk = new Uint8Array(iconv.encode('各位委员：\r', 'gbk'));
    expect(lines(makeDoc([{ text: '', eightBit: gbk }]))).toEqual(['各位委员：']);
    const latin = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x93, 0x51, 0x94, 0x0d]);
    expect(lines(makeDoc([{ text: '', eightBit: latin }], { lid: 0x0409 }))).toEqual(['Café“Q”']);
  });
  it('reads only the main story: footnotes, headers and comments after ccpText stay out', () => {
    const main = '正文一段。\r';
    expect(lines(makeDoc([{ text: main + '脚注文字\r页眉\r' }], { ccpText: main.length }))).toEqual(['正文一段。']);
  });
  it('finds the piece table after property runs and in either table stream', () => {
    expect(lines(makeDoc([{ text: '报告\r' }], { prc: true, table: '0Table' }))).toEqual(['报告']);
  });
});

describe('.doc: Word marks inside the text', () => {
  it('keeps field results, drops field codes, nested ones included', () => {
    const t = '见\u0013 HYPERLINK "http://x" \u0014政府网站\u0015，第\u0013 PAGE \u00143\u0015页\u0013 IF \u0013 DATE \u00142023\u0015 = 1 "a" \u0014是\u0015\r';
    expect(wordText(t).map((b) => b.text)).toEqual(['见政府网站，第3页是']);
  });
  it('joins table cells with a space and ends a line at each row', () => {
    expect(wordText('项目\u0007数量\u0007\u0007提案\u0007302件\u0007\u0007').map((b) => b.text)).toEqual(['项目 数量', '提案 302件']);
  });
  it('breaks lines at manual breaks and drops pictures, note marks and optional hyphens', () => {
    expect(wordText('甲\u000b乙\u0001丙\u0002\u001f丁\u000c戊\u001e己').map((b) => b.text)).toEqual(['甲', '乙丙丁', '戊-己']);
  });
});

describe('.doc: files that cannot be read say why', () => {
  it('an encrypted document needs a password', () => {
    expect(extractDoc(makeDoc([{ text: '报告\r' }], { encrypted: true }))).toEqual(failure('doc-encrypted', {}));
  });
  it('a compound file without a WordDocument stream (a .wps of another kind, a spreadsheet) is not Word', () => {
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, 'WksContents', Uint8Array.from([1, 2, 3]));
    const bytes = Uint8Array.from(CFB.write(c, { type: 'array' }) as number[]);
    expect(extractDoc(bytes)).toEqual(failure('doc-not-word', {}));
  });
  it('a damaged container or piece table is damaged, never binary noise', async () => {
    const doc = makeDoc([{ text: '报告\r' }]);
    const cut = doc.slice(0, 700);
    expect(extractDoc(cut)).toMatchObject({ ok: false });
    const r = await parseFile(cut, '坏文件.doc');
    expect(r).toMatchObject({ ok: false, fileName: '坏文件.doc' });
  });
  it('a .wps in the Word container parses as a report', async () => {
    const r = await parseFile(makeDoc([{ text: '政府工作报告\r各位代表：\r一、2022年工作回顾\r全年交办提案302件。\r' }]), '报告.wps');
    expect(r.ok && r.report.format).toBe('doc');
  });
});
