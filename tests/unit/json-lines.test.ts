// The dataset worker's JSON Lines encoder: byte for byte what encoding the joined JSON of the rows
// gives, for any rows (astral characters, lone surrogates, control characters), past the size of its
// scratch buffer, and each result a buffer of its own that a later call does not overwrite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/cli/json-lines';

const naive = (rows: unknown[]) => new TextEncoder().encode(rows.map((r) => JSON.stringify(r) + '\n').join(''));
/** Byte equality without a deep diff of megabytes. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

describe('jsonLines', () => {
  it('gives the bytes of the rows joined as JSON Lines, for any rows', () => {
    const row = fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ unit: 'grapheme' }))));
    fc.assert(fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
      expect(same(jsonLines(rows), naive(rows))).toBe(true);
    }), { numRuns: 300 });
  });

  it('gives nothing for no rows, and a lone surrogate as JSON escapes it', () => {
    expect(jsonLines([]).byteLength).toBe(0);
    expect(new TextDecoder().decode(jsonLines([{ t: 'a\ud800b' }]))).toBe('{"t":"a\\ud800b"}\n');
  });

  it('grows past its scratch buffer, and a later call leaves an earlier result alone', () => {
    const big = [{ text: '政'.repeat(700_000) }, { text: '报'.repeat(10) }];
    const first = jsonLines(big);
    expect(same(first, naive(big))).toBe(true);
    const copy = first.slice();
    jsonLines([{ text: '通'.repeat(1000) }]);
    expect(same(first, copy)).toBe(true);
    expect(first.buffer.byteLength).toBe(first.byteLength);
  });
});
