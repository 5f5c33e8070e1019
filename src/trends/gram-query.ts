// One top-terms question over a set of coded texts: its alphabet (particles, stop words, then the
// texts' characters: the order ties are broken in), its frequency ids, the bigram counts, and the
// longer grams counted for a floor. How a candidate meets its neighbours (the Junction gram-context
// judges fragments by) is read from the bigram counts here.
import { EDGE_STOP_CHARS } from './stop-words';
import type { Candidate, Junction } from './gram-context';
import { B, codeOf, frequencyIds, QueryAlphabet, type CharProfile, type FrequencyIds } from './gram-codes';
import { BigramCounts, countLonger, type Longer } from './gram-count';

export class GramQuery {
  readonly abc = new QueryAlphabet();
  readonly ids: FrequencyIds;
  /** Particles by alphabet index and by id. */
  readonly edge = new Uint8Array(B);
  readonly edgeId: Uint8Array;
  /** Stop words by alphabet key, and those of two characters by id pair. */
  readonly stopKeys: ReadonlySet<number>;
  readonly stopPairs: ReadonlySet<number>;
  readonly bi: BigramCounts;
  readonly length: number;
  private longer: Longer | null = null;
  private longerFloor = Infinity;

  constructor(readonly texts: readonly CharProfile[], stop: ReadonlySet<string>) {
    const abc = this.abc;
    for (const ch of EDGE_STOP_CHARS) this.edge[abc.add(codeOf(ch.charCodeAt(0)))] = 1;
    this.edge[0] = 0;
    this.stopKeys = new Set([...stop].map((w) => abc.keyOf(w)).filter((k): k is number => k !== null));
    for (const t of texts) abc.addText(t);
    const ids = (this.ids = frequencyIds(abc, texts));
    this.edgeId = Uint8Array.from(ids.alphaOf, (alpha) => this.edge[alpha]!);
    this.stopPairs = new Set([...this.stopKeys].filter((k) => k < B * B).map((k) => ids.idOfAlpha[Math.floor(k / B)]! * B + ids.idOfAlpha[k % B]!));
    this.length = texts.reduce((n, t) => n + t.text.length, 0);
    this.bi = new BigramCounts(abc.chars.length, this.length);
    this.bi.add(texts, ids.idOf);
  }

  /** Whether a bigram (id key) is counted as a gram: neither end a particle. */
  counted(key: number): boolean {
    return !this.edgeId[Math.floor(key / B)] && !this.edgeId[key % B];
  }

  /** Longer grams counted for `floor`; counts made for a lower floor serve a higher one. */
  longerFor(floor: number): Longer {
    if (!this.longer || floor < this.longerFloor) {
      this.longer = countLonger(this.texts, this.ids.idOf, this.bi, this.edgeId, this.stopPairs, floor);
      this.longerFloor = floor;
    }
    return this.longer;
  }

  /** A gram key in frequency ids as the same gram's key in alphabet indices. */
  alphaKey(idKey: number, n: number): number {
    let key = 0;
    for (let k = n - 1; k >= 0; k--) key = key * B + this.ids.alphaOf[Math.floor(idKey / B ** k) % B]!;
    return key;
  }

  junction(cand: Candidate): Junction {
    const { edge, abc, bi, ids } = this;
    return {
      count(side, x) {
        const edgeChar = side ? cand.key % B : Math.floor(cand.key / B ** (cand.n - 1));
        const [a, b] = side ? [edgeChar, x] : [x, edgeChar];
        return edge[a] || edge[b] ? 0 : bi.raw(ids.idOfAlpha[a]!, ids.idOfAlpha[b]!);
      },
      holder(side, x) {
        const gram = abc.decode(cand.key, cand.n);
        return side ? gram + abc.chars[x]! : abc.chars[x]! + gram;
      },
    };
  }
}
