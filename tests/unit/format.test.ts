import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/parse/format';
import { parseReport } from '../../src/parse/index';
import { makeDocx, makeZip, para } from '../support/make-docx';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(64).fill(0)]);

describe('detectFormat: accepted formats', () => {
  it.each([
    ['report.txt', 'txt'], ['report.TEXT', 'txt'], ['README', 'txt'], ['report.md', 'md'], ['notes.markdown', 'md'],
    ['page.html', 'html'], ['page.HTM', 'html'], ['page.xhtml', 'html'], ['page.shtml', 'html'], ['data.csv', 'txt'],
  ])('%s -> %s by its name', (name, format) => {
    expect(detectFormat(name, enc('各位委员：\n我受常务委员会的委托'))).toEqual({ ok: true, format });
  });
  it('a web page named .txt (or .doc, as some sites serve them) is read as HTML', () => {
    for (const head of ['<!DOCTYPE html><html>', '\uFEFF  <html lang="zh">', '<!-- saved from url -->\n<html>', '<?xml version="1.0"?>\n<html xmlns="x">']) {
      expect(detectFormat('report.txt', enc(head))).toEqual({ ok: true, format: 'html' });
      expect(detectFormat('report.doc', enc(head))).toEqual({ ok: true, format: 'html' });
    }
  });
  it('a UTF-16 web page is still recognised as HTML', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'<html>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectFormat('x', le)).toEqual({ ok: true, format: 'html' });
  });
  it('a .docx is a zip with word/document.xml, whatever its name', () => {
    const docx = makeDocx([para('工作报告')]);
    expect(detectFormat('report.docx', docx)).toEqual({ ok: true, format: 'docx' });
    expect(detectFormat('download.bin', docx)).toEqual({ ok: true, format: 'docx' });
  });
});

describe('detectFormat: PDF and the Word 97 container are read by their signature', () => {
  const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
  it.each([
    ['report.pdf', enc('%PDF-1.7\n%âãÏÓ'), 'pdf'], ['report.txt', enc('%PDF-1.4\n'), 'pdf'],
    ['download', enc('<!-- junk -->\r\n%PDF-1.5\n'), 'pdf'],
    ['report.doc', ole, 'doc'], ['report.wps', ole, 'doc'], ['attachment.bin', ole, 'doc'],
    // Photos and scans of pages are read by OCR; only these three kinds.
    ['scan.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image'], ['scan.txt', bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['a.webp', enc('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image'],
  ] as const)('%s -> %s', (name, data, format) => {
    expect(detectFormat(name, data)).toEqual({ ok: true, format });
  });
  it('a .pdf without the PDF header is damaged, not text', () => {
    const r = detectFormat('报告.pdf', enc('<h1>404 Not Found</h1> not a pdf'.repeat(3).replace(/^<h1>/, 'x')));
    expect(!r.ok && r.error).toMatch(/not a PDF/);
  });
});

describe('detectFormat: refused kinds say what they are and what to do', () => {
  const cases: [string, string, Uint8Array, RegExp][] = [
    ['legacy .xls', 'table.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /Excel/],
    ['GIF', 'a.gif', enc('GIF89a\u0001'), /图片.*images/],
    ['TIFF', 'scan.tif', bytes(0x49, 0x49, 0x2a, 0x00, 8, 0), /图片/],
    ['BMP', 'a.bmp', bytes(0x42, 0x4d, 0x36, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x36), /图片/],
    ['RTF', 'a.rtf', enc('{\\rtf1\\ansi\\ansicpg936'), /RTF/],
    ['ELF executable', 'a.txt', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), /可执行程序.*executable/],
    ['Windows executable', 'setup.exe', bytes(0x4d, 0x5a, 0x90, 0x00, 0x03), /可执行程序/],
    ['other zip', 'photos.zip', makeZip({ 'a.txt': 'hello' }), /压缩包.*archives/],
    ['zip with a neutral name', 'download.bin', makeZip({ 'a.txt': 'hello' }), /zip archives other than Word/],
    ['xlsx', 'book.xlsx', makeZip({ 'xl/workbook.xml': '<workbook/>' }), /Excel/],
    ['gzip', 'a.gz', bytes(0x1f, 0x8b, 0x08), /压缩包/],
    ['pptx by name', 'slides.pptx', enc('not really'), /PowerPoint/],
  ];
  it.each(cases)('%s', (_, name, data, message) => {
    const r = detectFormat(name, data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^不支持此文件格式：/);
      expect(r.error).toMatch(message);
    }
  });
  it('parseReport passes the refusal through, naming the file', () => {
    const r = parseReport(bytes(0x89, 0x50, 0x4e, 0x47), '扫描.png');
    expect(r).toMatchObject({ ok: false, fileName: '扫描.png' });
  });
  it('a .doc that is really text is read as text; a binary .doc without the OLE header is refused as unrecognised', () => {
    expect(detectFormat('报告.doc', enc('各位委员：\n我受委托，向大会报告工作。'))).toEqual({ ok: true, format: 'txt' });
    for (const name of ['报告.doc', '报告.wps']) {
      const r = detectFormat(name, bytes(0xdb, 0xa5, 0x2d, 0x00));
      expect(!r.ok && r.error).toMatch(/not the Word 97-2003 format/);
    }
  });
  it('a .docx that is really text is read as text; a binary one that is no zip is still a damaged Word file', () => {
    expect(detectFormat('报告.docx', enc('各位委员：\n我受委托，向大会报告工作。'))).toEqual({ ok: true, format: 'txt' });
    const r = parseReport(bytes(0x50, 0x4b, 0x00, 0x01, 0xff, 0x00), '报告.docx');
    expect(!r.ok && r.code).toBe('docx-damaged');
  });
  it('text of marks, digits and symbols alone holds no report', () => {
    for (const text of ['。，、！？……——\n（）《》\n。。。', '1234 5678\n2023', '★ ☆ ○ ●']) {
      const r = parseReport(enc(text), 'marks.txt');
      expect(!r.ok && r.code, text).toBe('no-text');
    }
    expect(parseReport(enc('一、工作回顾'), 'one.txt').ok).toBe(true);
  });
  it('a text line that merely starts with MZ or BM is still text', () => {
    expect(detectFormat('a.txt', enc('MZ市政协工作报告'))).toEqual({ ok: true, format: 'txt' });
    expect(detectFormat('a.txt', enc('BM工作报告，全年组织调研视察11项'))).toEqual({ ok: true, format: 'txt' });
  });
});
