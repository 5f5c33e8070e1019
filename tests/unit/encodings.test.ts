import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { encode, representable } from '../support/encodings';
import { fixtureText, FIXTURES } from '../support/report-formats';

const TRADITIONAL = new Set(['001_da7eefc472fc5678', '002_c03ab7e96b8452e8', '004_f64846c7cd9f58cb']);

function parsed(bytes: Uint8Array, fileName: string): ParsedReport {
  const r = parseReport(bytes, fileName);
  if (!r.ok) throw new Error(r.error);
  return r.report;
}

function withoutEncoding(r: ParsedReport) {
  const { encoding, ...rest } = r;
  void encoding;
  return rest;
}

describe('the same report in any encoding parses to the same result', () => {
  for (const name of FIXTURES) {
    const file = `${name}.txt`;
    const text = fixtureText(name);
    const original = parsed(encode(text, 'utf-8'), file);
    const variants = [
      ['gb18030', encode(text, 'gb18030')], ['utf-16le', encode(text, 'utf-16le', true)],
      ['utf-16be', encode(text, 'utf-16be', true)], ['utf-16le', encode(text, 'utf-16le')],
    ] as const;
    for (const [encoding, bytes] of variants) {
      it(`${name} as ${encoding}${bytes[0] === 0xff || bytes[0] === 0xfe ? ' with BOM' : ''}`, () => {
        const report = parsed(bytes, file);
        expect(report.encoding).toBe(encoding);
        expect(withoutEncoding(report)).toEqual(withoutEncoding(original));
        expect(report.paragraphs.length).toBeGreaterThan(10);
      });
    }
    if (TRADITIONAL.has(name)) {
      it(`${name} as Big5`, () => {
        const big5Text = representable(text, 'big5');
        const report = parsed(encode(big5Text, 'big5'), file);
        expect(report.encoding).toBe('big5');
        expect(withoutEncoding(report)).toEqual(withoutEncoding(parsed(encode(big5Text, 'utf-8'), file)));
      });
    }
  }
});
