// The fast traditional -> simplified converter against OpenCC's own Converter applied until the text
// no longer changes (OpenCC's alone is not the same twice: 乾縣 gives 乾县, and 乾县 gives 干县):
// identical output on every fixture text (as it is and converted to traditional) and on random strings
// mixing scripts, phrase keys and their values, compatibility ideographs, astral characters and
// ideographic description sequences; and converting twice gives what converting once gives.
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../support/fixture-texts';
import { simplifyWith, toSimplifiedFast } from '../../src/text/t2s';
import { makeGroup, type Group } from '../../src/text/t2s-group';
import { toSimplified } from '../support/fold-reference';

const reference = toSimplified;
const FIXTURES = join(import.meta.dirname, '../fixtures');


/** Phrase keys and their first characters, so random strings hit longest-match cases often. */
function phrasePieces(): string[] {
  const group = Locale.configs!.t2s!.conversionChain[0]! as unknown as string[];
  const phrases = group.flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : []));
  return phrases.filter((p) => [...p].length > 1).filter((_, i) => i % 7 === 0).flatMap((p) => [p, [...p][0]!, p.slice(0, -1)]);
}

/** Keys whose value OpenCC would change again, and those values: where converting once and twice part. */
const UNSETTLED = ['乾縣', '乾县', '干县', '薴', '苧', '苎', '張昇', '张昇', '於潛', '於', '變徵', '徵', '蕓薹', '幺麼', '麼', '昇', '氾'];

describe('toSimplifiedFast', () => {
  it('equals OpenCC t2cn on every fixture text, in both scripts', () => {
    const all = fixtureTexts(FIXTURES);
    expect(all.length).toBeGreaterThan(50);
    const toTraditional = ToTraditional({ from: 'cn', to: 'tw' });
    for (const text of [...all, ...all.map(toTraditional)]) expect(toSimplifiedFast(text)).toBe(reference(text));
  });

  it('equals OpenCC t2cn on random strings of mixed scripts', () => {
    const phrases = phrasePieces();
    expect(phrases.length).toBeGreaterThan(100);
    const pieces = [...phrases, ...UNSETTLED, '協', '商', '會', '议', '乾', '隆', '豈', '更', '車', '𠀀', '𡚸', '⿰', '⿱', '⿲', '⿻', 'a', 'Z', '１', ' ', '\n', '「', '。', '\ud800', '\udc00', '著', '着', '髮', '發'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(toSimplifiedFast(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('converts text it converted to itself, so both scripts of a phrase convert alike', () => {
    expect(['乾縣', '乾县', '薴', '苧', '張昇', '张昇', '於潛', '于潜'].map(toSimplifiedFast)).toEqual(['干县', '干县', '苎', '苎', '张升', '张升', '于潜', '于潜']);
    const group = Locale.configs!.t2s!.conversionChain.flat() as unknown as (string | string[][])[];
    const entries = group.flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : d));
    expect(entries.length).toBeGreaterThan(1000);
    for (const [from, to] of entries) {
      for (const text of [from!, to!]) {
        const out = toSimplifiedFast(text);
        expect(toSimplifiedFast(out)).toBe(out);
      }
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...phrasePieces(), ...UNSETTLED, '縣', '县', '之', ' '), { maxLength: 20 }), (parts) => {
      const out = toSimplifiedFast(parts.join(''));
      expect(toSimplifiedFast(out)).toBe(out);
    }), { numRuns: 3000 });
  });

  it('equals OpenCC t2cn on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(toSimplifiedFast(text)).toBe(reference(text));
    }), { numRuns: 2000 });
  });
});

describe('simplifyWith (the chain in place)', () => {
  const run = (gs: Group[], text: string) => {
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const out = simplifyWith(gs, units, units.length);
    return { text: String.fromCharCode(...out.units.subarray(0, out.length)), changed: out.changed, same: out.units === units };
  };

  it('runs an earlier group again when a later one writes a unit its keys start with', () => {
    // Pass 1: the first group meets no key, the second writes A; pass 2: A starts a key of the first group.
    const gs = [makeGroup(['A B']), makeGroup(['C A'])];
    expect(run(gs, 'xCx')).toEqual({ text: 'xBx', changed: true, same: false });
    expect(run(gs, 'xyz')).toEqual({ text: 'xyz', changed: false, same: true });
  });

  it('finishes through a second buffer from a key whose value is of another length', () => {
    const gs = [makeGroup(['AB X|Q RS']), makeGroup(['X Y|R P'])];
    expect(run(gs, 'ABQAB-Q')).toEqual({ text: 'YPSY-PS', changed: true, same: false });
    expect(run(gs, 'zAB')).toEqual({ text: 'zY', changed: true, same: false });
  });

  it('keeps an identity key from counting as a change', () => {
    expect(run([makeGroup(['AB AB|A C'])], 'ABAB')).toEqual({ text: 'ABAB', changed: false, same: true });
    expect(run([makeGroup(['AB AB|A C'])], 'ABA')).toEqual({ text: 'ABC', changed: true, same: false });
  });
});

describe('simplifyWith against a plain longest-match converter', () => {
  // OpenCC's rules done plainly: each group in turn, the longest key at each position; passes until
  // the text changes no more, four at most.
  const plain = (dicts: [string, string][][], text: string): string => {
    let cur = text;
    for (let pass = 0; pass < 4; pass++) {
      const before = cur;
      for (const dict of dicts) {
        const entries = new Map(dict.map(([k, v]) => [k, v] as const));
        let out = '';
        for (let i = 0; i < cur.length; ) {
          let hit = '';
          for (const k of entries.keys()) if (k.length > hit.length && cur.startsWith(k, i)) hit = k;
          if (hit) {
            out += entries.get(hit)!;
            i += hit.length;
          } else out += cur[i++]!;
        }
        cur = out;
      }
      if (cur === before) break;
    }
    return cur;
  };
  const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEF'), minLength: min, maxLength: max });
  // Mostly values of the key's length (converted in place), a few of another (finished through a
  // second buffer), a third keys kept as they are (a phrase that protects its characters).
  const entry = fc.tuple(word(1, 5), fc.nat(9), word(1, 4)).chain(([k, r, other]) =>
    fc.string({ unit: fc.constantFrom(...'ABCDEF'), minLength: k.length, maxLength: k.length }).map((same) => [k, r === 0 ? other : r < 4 ? k : same] as [string, string]));
  const dict = fc.uniqueArray(entry, { selector: ([k]) => k, minLength: 1, maxLength: 8 });

  it('converts as the plain converter does, passes, phrases, identity keys and lengths included', () => {
    fc.assert(fc.property(fc.array(dict, { minLength: 1, maxLength: 2 }), fc.array(word(0, 60), { maxLength: 3 }), (dicts, texts) => {
      const gs = dicts.map((d) => makeGroup([d.map(([k, v]) => `${k} ${v}`).join('|')]));
      for (const text of texts) {
        const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
        const out = simplifyWith(gs, units, units.length);
        expect(String.fromCharCode(...out.units.subarray(0, out.length))).toBe(plain(dicts, text));
      }
    }), { numRuns: 4000 });
  });
});
