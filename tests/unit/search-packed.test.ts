// The packed folded text the search keeps (packed.ts): every UTF-16 unit round-trips, the packed form
// is a one-byte string a third smaller than the UTF-16 one on real reports, and a packed word is met in
// packed text exactly where the word is met in the text: never inside a character.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack, packedLength, unitBefore, unpack } from '../../src/search/packed';
import { foldForMatch } from '../../src/text/fold';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const reports = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => foldForMatch(readFileSync(join(FIXTURES, f), 'utf8')));

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Non-overlapping occurrences, left to right, as Ctrl+F counts them. */
function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

describe('packed text', () => {
  it('gives back a text that starts with U+FEFF, long enough to be decoded natively', () => {
    const text = `\ufeff${'政协委员提案'.repeat(200)}`;
    expect(unpack(pack(text).packed)).toBe(text);
  });
  it('gives back every UTF-16 unit, lone surrogates included, as a one-byte string', () => {
    const all = String.fromCharCode(...Array.from({ length: 65536 }, (_, i) => i));
    const { packed } = pack(all);
    expect(/[^\u0000-\u00ff]/.test(packed)).toBe(false);
    expect(packed.length).toBe(packedLength(all));
    expect(unpack(packed)).toBe(all);
    for (const text of reports) expect(unpack(pack(text).packed)).toBe(text);
  });

  it('takes well under two bytes a character on the reports', () => {
    const chars = reports.reduce((n, t) => n + t.length, 0);
    const bytes = reports.reduce((n, t) => n + pack(t).packed.length, 0);
    expect(bytes / chars).toBeLessThan(1.5);
  });

  it('maps offsets of the text to offsets of the packed text, one past the end too', () => {
    const text = reports[0]!;
    const at = [0, 1, 17, 400, text.length - 1, text.length, text.length + 1];
    const { packed, offsets } = pack(text, at);
    at.forEach((a, k) => {
      if (a <= text.length) expect(unpack(packed, 0, offsets[k])).toBe(text.slice(0, a));
      else expect(offsets[k]).toBe(packed.length + (a - text.length));
    });
  });

  it('meets a packed word exactly as often as the word, in random text of common, rarer and unlisted characters', () => {
    const rand = rng(7);
    const common = '的委作政工建会协人大展民';
    const rarer = '璧瓒鄞衢婺';
    const unlisted = '\u4dc0\u9fa5\ue000\ud83d\ude00';
    const alphabet = [...common, ...rarer, ...unlisted, ...'0a \n'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(rand() * alphabet.length)]!).join('');
      const packed = pack(text).packed;
      for (let w = 0; w < 10; w++) {
        const from = Math.floor(rand() * 290);
        const word = text.slice(from, from + 1 + Math.floor(rand() * 3));
        expect(count(packed, pack(word).packed), JSON.stringify(word)).toBe(count(text, word));
      }
    }
  });

  it('reads the unit before a packed offset, of any width', () => {
    const text = '政\u9fa5a璧\ud83d\ude00';
    const { packed, offsets } = pack(text, [0, 1, 2, 3, 4, 5, 6]);
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    expect(Array.from(offsets, (o) => unitBefore(packed, o))).toEqual([-1, ...units]);
  });
});
