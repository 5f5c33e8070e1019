import { describe, expect, it } from 'vitest';
import { decode } from '../../src/parse/decode';
import { MAX_INPUT_BYTES } from '../../src/parse/limits';
import { encode, representable } from '../support/encodings';
import { fixtureText } from '../support/report-formats';

const SIMPLIFIED = ['000_19b4022d2904f987', '003_26a1485d52dc385d'];
const TRADITIONAL = ['001_da7eefc472fc5678', '002_c03ab7e96b8452e8', '004_f64846c7cd9f58cb'];

function expectDecoded(bytes: Uint8Array, text: string, encoding: string) {
  const r = decode(bytes);
  if (!r.ok) throw new Error(r.error);
  expect(r.encoding).toBe(encoding);
  expect(r.text === text).toBe(true);
}

describe('decode: every encoding is detected and read back exactly', () => {
  for (const name of [...SIMPLIFIED, ...TRADITIONAL]) {
    const text = fixtureText(name);
    it(`${name}: UTF-8 with and without BOM`, () => {
      expectDecoded(encode(text, 'utf-8'), text, 'utf-8');
      expectDecoded(encode(text, 'utf-8', true), text, 'utf-8');
    });
    it(`${name}: GB18030`, () => expectDecoded(encode(text, 'gb18030'), text, 'gb18030'));
    it(`${name}: UTF-16 LE/BE with BOM, and without BOM`, () => {
      expectDecoded(encode(text, 'utf-16le', true), text, 'utf-16le');
      expectDecoded(encode(text, 'utf-16be', true), text, 'utf-16be');
      expectDecoded(encode(text, 'utf-16le'), text, 'utf-16le');
      expectDecoded(encode(text, 'utf-16be'), text, 'utf-16be');
    });
  }
  for (const name of TRADITIONAL) {
    it(`${name}: Big5 is read as Big5, not as GBK garbage`, () => {
      const text = representable(fixtureText(name), 'big5');
      expect(text.length).toBeGreaterThan(5000);
      expectDecoded(encode(text, 'big5'), text, 'big5');
    });
  }
  for (const name of SIMPLIFIED) {
    it(`${name}: GBK text is never taken for Big5, even in a short prefix`, () => {
      const text = fixtureText(name).slice(0, 300);
      expectDecoded(encode(text, 'gb18030'), text, 'gb18030');
    });
  }
  it('BOM-less UTF-16 of pure Chinese (hardly any NUL bytes) is still found', () => {
    const text = [...fixtureText(SIMPLIFIED[0]!)].filter((c) => c.charCodeAt(0) > 0xff && (c.charCodeAt(0) & 0xff) !== 0).join('').slice(0, 3000);
    expect(encode(text, 'utf-16le').includes(0)).toBe(false);
    expectDecoded(encode(text, 'utf-16le'), text, 'utf-16le');
    expectDecoded(encode(text, 'utf-16be'), text, 'utf-16be');
  });
  it('short traditional text in Big5 and GBK both come out right', () => {
    const text = '臨安市政協2012年上半年工作總結與下半年工作打算';
    expectDecoded(encode(text, 'big5'), text, 'big5');
    expectDecoded(encode(text, 'gb18030'), text, 'gb18030');
  });
});

describe('decode: what is not text is refused with a reason', () => {
  it('binary with NUL bytes and no UTF-16 pattern', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = decode(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^无法识别文件编码.*\(could not recognise the text encoding/);
  });
  it('valid UTF-8 that is mostly control characters', () => {
    const bytes = new Uint8Array(2000).map((_, i) => 1 + (i % 30));
    expect(decode(bytes).ok).toBe(false);
  });
  it('high bytes that read as neither GBK nor Big5 Chinese', () => {
    const bytes = new Uint8Array(3000).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    const r = decode(bytes);
    expect(r.ok).toBe(false);
  });
  it('a file over the limit, without reading it', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);
    const r = decode(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^文件过大.*too large/);
  });
  it('an empty file decodes to empty text', () => {
    expect(decode(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('decode: near misses', () => {
  it('UTF-8 cut in the middle of a character is still UTF-8', () => {
    const bytes = encode('中国人民政治协商会议', 'utf-8');
    const r = decode(bytes.subarray(0, bytes.length - 1));
    expect(r.ok && r.encoding).toBe('utf-8');
    expect(r.ok && r.text).toBe('中国人民政治协商会');
  });
  it('UTF-8 with a stray invalid byte stays UTF-8 and warns', () => {
    const text = fixtureText(SIMPLIFIED[0]!).slice(0, 2000);
    const good = encode(text, 'utf-8');
    const bytes = new Uint8Array(good.length + 1);
    bytes.set(good.subarray(0, 100));
    bytes[100] = 0xff;
    bytes.set(good.subarray(100), 101);
    const r = decode(bytes);
    expect(r.ok && r.encoding).toBe('utf-8');
    expect(r.ok && r.warnings?.map((w) => w.code)).toEqual(['invalid-utf8']);
  });
  it('a declared charset decides when detection is unsure', () => {
    const text = '报告'; // too short to score
    const gbk = encode(text, 'gb18030');
    expect(decode(gbk, { declared: 'gb2312' })).toMatchObject({ ok: true, text, encoding: 'gb18030' });
    const big5 = encode('報告', 'big5');
    expect(decode(big5, { declared: 'big5' })).toMatchObject({ ok: true, text: '報告', encoding: 'big5' });
  });
});
