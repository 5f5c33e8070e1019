// Neighbours of four-character grams, collected while they are counted (gram-count.ts), for those
// that can be listed; the five-character grams they would need are never counted. Tallies keep the
// order the texts show neighbours in: when two neighbours hold a four-character gram equally, the
// first seen is the one its junction is judged by.
import { B } from './gram-codes';
import { GramTable, mix } from './gram-table';
import { tallyAdd } from './gram-context';
import type { Counted } from './gram-count';

export class QuadNeighbours {
  /** (ordinal of the quad * 2 + side) * B + neighbour id → occurrences. */
  private readonly tally = new GramTable(1 << 12);
  /** Those keys in the order first seen. */
  private readonly order: number[] = [];

  /** One occurrence of neighbour id `x` on a side (0 left, 1 right) of the quad with this ordinal. */
  add(ordinal: number, side: number, x: number): void {
    const before = this.tally.size;
    this.tally.addHashed((ordinal * 2 + side) * B + x, mix(x, ordinal * 2 + side));
    if (this.tally.size > before) this.order.push((ordinal * 2 + side) * B + x);
  }

  /** Tallies (as alphabet indices) of the four-character candidates; `quad` numbers the quads. */
  apply(cands: readonly Counted[], quad: GramTable, alphaOf: Uint16Array): void {
    const byOrdinal = new Map<number, Counted>();
    for (const c of cands) if (c.n === 4) byOrdinal.set(quad.ordinalOf(c.idKey), c);
    if (!byOrdinal.size) return;
    for (const key of this.order) {
      const cand = byOrdinal.get(Math.floor(key / (2 * B)));
      if (!cand) continue;
      const x = key % B;
      const side = Math.floor(key / B) % 2;
      tallyAdd(side ? cand.right : cand.left, alphaOf[x]!, this.tally.getHashed(key, mix(x, Math.floor(key / B))));
    }
  }
}
