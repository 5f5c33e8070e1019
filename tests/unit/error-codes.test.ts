// Every way a file can fail — in the parser, in unpacking a zip, in the import loop — carries a known
// code with its parameters and a readable sentence, and the interface words every code in Chinese
// and in English, each in its own language; plain sentences stored by older versions still show.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file';
import { MAX_PDF_PAGES } from '../../src/parse/extract/pdf-read';
import { ERROR_CODES, parseError } from '../../src/parse/errors';
import { WORDED_CODES, errorText } from '../../src/ui/error-text';
import { openLibrary } from '../../src/store/repo';
import { BACKUP_MAGIC } from '../../src/store/types';
import { runImport } from '../../src/worker/import-core';
import type { FileProgress, ImportFile } from '../../src/worker/protocol';
import type { ErrorCode, ParseError } from '../../src/model/errors';
import { makeDeclaredBomb, makeDocx, makeZip, para, patchDeclaredSize } from '../support/make-docx';
import { makeDoc } from '../support/make-doc';
import { makePdf, SHAPES_ONLY } from '../support/make-pdf';
import { nodeOcrData } from '../../src/cli/ocr-data';
import type { ParseFileOptions } from '../../src/parse/extract/ocr-types';

const PDF = join(import.meta.dirname, '../fixtures/pdf');
const bytes = (s: string) => new TextEncoder().encode(s);
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Sets a flag in every central-directory header (bit 0: encrypted) or the compression method. */
function patchDirectory(zip: Uint8Array, field: 'flags' | 'method', value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + (field === 'flags' ? 8 : 10), value, true);
  }
  return out;
}

/** A Compound File without a WordDocument stream (another kind of .wps). */
function notWord(): Uint8Array {
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, 'WksContents', Uint8Array.from([1, 2, 3]));
  return Uint8Array.from(CFB.write(c, { type: 'array' }) as number[]);
}

/** Random bytes, so a stored member's ratio looks sane. */
const noise = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);

/** Inputs the parser refuses, each with the code it must give. */
function parserCases(): [string, Uint8Array, ErrorCode, ParseFileOptions?][] {
  const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
  const cfb = new Uint8Array(2048); cfb.set(CFB_MAGIC);
  return [
    ['big.txt', big, 'too-large'],
    ['photo.gif', new TextEncoder().encode('GIF89a\u0001\u0000'), 'unsupported-format'],
    ['photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'ocr-needed'],
    ['table.xls', cfb, 'unsupported-format'],
    ['report.pdf', bytes('just text under a PDF name'), 'not-pdf'],
    ['old.wps', Uint8Array.from([1, 0, 2, 0, 3, 0, 0, 0]), 'doc-unrecognised'],
    ['data.bin', noise(4096).map((b) => b | 1).fill(0, 100, 400), 'binary'],
    ['noise.txt', Uint8Array.from([0xff, 0xfe, ...noise(4096)]), 'unknown-encoding'],
    ['no-body.docx', makeZip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }), 'docx-no-document'],
    ['cut.docx', makeDocx([para('正文')]).slice(0, 300), 'docx-damaged'],
    ['bomb.docx', makeDeclaredBomb(), 'docx-bomb'],
    ['locked.docx', patchDirectory(makeDocx([para('正文')]), 'flags', 1), 'docx-encrypted'],
    ['locked.pdf', new Uint8Array(readFileSync(join(PDF, 'locked-user.pdf'))), 'pdf-password'],
    ['broken.pdf', bytes('%PDF-1.4\n' + 'x'.repeat(500)), 'pdf-damaged'],
    ['scan.pdf', makePdf([SHAPES_ONLY, SHAPES_ONLY]), 'ocr-needed'],
    ['yearbook.pdf', makePdf(new Array(MAX_PDF_PAGES + 1).fill('')), 'pdf-pages'],
    ['cut.doc', makeDoc([{ text: '报告\r' }]).slice(0, 700), 'doc-damaged'],
    ['sheet.doc', notWord(), 'doc-not-word'],
    ['locked.doc', makeDoc([{ text: '报告\r' }], { encrypted: true }), 'doc-encrypted'],
    ['blank.txt', bytes('\n\n   \n'), 'no-text'],
    // OCR offered, but the image's header is cut short: nothing for the engine to read.
    ['cut.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'ocr-failed', { ocr: { data: nodeOcrData(), script: 'auto' } }],
  ];
}

/** Zips and files the import refuses before or around the parser. */
function importCases(): [ImportFile, ErrorCode][] {
  const file = (name: string, data: Uint8Array): ImportFile => ({ name, blob: new Blob([data as BlobPart]) });
  const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`r${i}.txt`, new Uint8Array(1)]));
  const stored = zipSync({ 'a.txt': [noise(200_000), { level: 0 }] });
  const members = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`m${i}.txt`, [noise(200_000), { level: 0 }] as [Uint8Array, { level: 0 }]]));
  let total: Uint8Array = zipSync(members);
  for (let i = 0; i < 11; i++) total = patchDeclaredSize(total, `m${i}.txt`, 19 * 1024 * 1024);
  const gone: ImportFile = { name: 'gone.txt', blob: { size: 10, type: '', arrayBuffer: () => Promise.reject(new Error('NotFoundError')) } as unknown as Blob };
  return [
    [file('empty.txt', new Uint8Array(0)), 'empty-file'],
    [gone, 'file-gone'],
    [file('broken.zip', bytes('PK\u0003\u0004 not really')), 'archive-damaged'],
    [file('many.zip', zipSync(many)), 'archive-too-many'],
    [file('huge.zip', patchDeclaredSize(stored, 'a.txt', 21 * 1024 * 1024)), 'archive-member-too-large'],
    [file('ratio.zip', zipSync({ 'a.txt': new Uint8Array(2 * 1024 * 1024) }, { level: 9 })), 'archive-ratio'],
    [file('method.zip', patchDirectory(stored, 'method', 12)), 'archive-method'],
    [file('total.zip', total), 'archive-total'],
    [file('nested.zip', zipSync({ 'inner.zip': zipSync({ 'a.txt': bytes('正文') }) })), 'nested-archive'],
    [file('library.zip', zipSync({ 'lib.bin': bytes(`${BACKUP_MAGIC}{"format":"zhengbao-backup"}`) })), 'library-in-archive'],
  ];
}

/** Params to word codes no cheap input raises (a parser bug, a cancel, a full disk, a 200 MB zip). */
const OTHERS: ParseError[] = [
  parseError('parse-failed', { detail: 'boom' }), parseError('cancelled', {}), parseError('unreadable', {}),
  parseError('storage-full', {}), parseError('import-failed', { detail: 'boom' }),
  parseError('archive-too-large', { limit: 200 * 1024 * 1024 }), parseError('archive-unpack-failed', {}),
  // Stored by versions before OCR: a scanned or garbled PDF now fails with ocr-needed (or is read by OCR).
  parseError('pdf-garbled', {}), parseError('pdf-scan', {}),
];

function expectWorded(e: ParseError): void {
  const zh = errorText(e, 'zh'), en = errorText(e, 'en');
  expect(zh, e.code).toMatch(/\p{Script=Han}/u);
  // Chinese text holds Latin letters only for names of formats and products.
  expect(zh.replace(/「[^」]*」/g, '').replace(/Word|WPS|PDF|OCR|Excel|PowerPoint|OpenDocument|RTF|UTF|docx|zip|MB|boom/g, ''), e.code).not.toMatch(/[A-Za-z]{3,}/);
  expect(en.replace(/“[^”]*”/g, ''), e.code).not.toMatch(/\p{Script=Han}/u);
  expect(en, e.code).toMatch(/^[A-Z“]/);
  expect(`${zh}${en}${e.error}`, e.code).not.toMatch(/undefined|NaN|\$\{|\[object/);
  expect(e.error.length, e.code).toBeGreaterThan(5);
}

describe('parse failures', { timeout: 120_000 }, () => {
  it('every refused input gives its code, its parameters and a sentence, worded in both languages', async () => {
    for (const [name, data, code, options] of parserCases()) {
      const r = await parseFile(data, name, options);
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.code, `${name}: ${r.error}`).toBe(code);
      expect(r.fileName).toBe(name);
      expectWorded(r);
    }
  });

  it('carry the parameters their wording needs', async () => {
    const big = await parseFile(new Uint8Array(21 * 1024 * 1024), 'big.txt');
    expect(big).toMatchObject({ code: 'too-large', size: 21 * 1024 * 1024, limit: 20 * 1024 * 1024 });
    expect(!big.ok && errorText(big, 'en')).toBe('The file is too large: 21.0 MB; the limit is 20.0 MB.');
    expect(!big.ok && errorText(big, 'zh')).toBe('文件过大：21.0 MB，上限为 20.0 MB。');
    expect(await parseFile(Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0]), 'a.tif')).toMatchObject({ code: 'unsupported-format', kind: 'image' });
    expect(await parseFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.png')).toMatchObject({ code: 'ocr-needed', pages: 1 });
  });

  it('every failure of the import loop carries a code too, and the row keeps its sentence naming the file', async () => {
    const cases = importCases();
    const last = new Map<string, FileProgress>();
    const db = await openLibrary('error-codes');
    await runImport(cases.map(([f]) => f), { db, parse: (b, n) => parseFile(b, n), report: (c) => last.set(c.name.split('/')[0]!, c), cancelled: () => false });
    for (const [f, code] of cases) {
      const p = last.get(f.name);
      expect(p?.status, f.name).toBe('failed');
      expect(p?.failure?.code, `${f.name}: ${p?.error}`).toBe(code);
      expect(p?.error?.startsWith(`${f.name}`), p?.error).toBe(true);
      expectWorded(p!.failure!);
    }
  });

  it('the interface words every code the parser and the import know, and nothing else', () => {
    expect([...WORDED_CODES].sort()).toEqual([...ERROR_CODES].sort());
    const raised = new Set<ErrorCode>([...parserCases().map((c) => c[2]), ...importCases().map((c) => c[1]), ...OTHERS.map((e) => e.code)]);
    expect([...raised].sort()).toEqual([...ERROR_CODES].sort());
    for (const e of OTHERS) expectWorded(e);
  });

  it('a plain sentence stored by an older version, or a code from a newer one, shows as it is', () => {
    expect(errorText('旧版本的原因 (an old reason)', 'en')).toBe('旧版本的原因 (an old reason)');
    const future = { code: 'from-the-future', error: '新原因 (a new reason)' } as unknown as ParseError;
    expect(errorText(future, 'zh')).toBe('新原因 (a new reason)');
  });
});
