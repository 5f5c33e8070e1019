// A small set of UTF-16 units, filled while folding writes units in place of others: when it stays
// small (a simplified report: a few punctuation forms), the search index finds where the original
// differs by looking for those units only, instead of comparing every unit (search/original.ts).

/** Beyond this many distinct units the set stops listing them (a traditional text: the full walk is cheaper). */
export const UNIT_SET_MAX = 24;

export class UnitSet {
  private readonly seen = new Uint8Array(65536);
  readonly list: number[] = [];

  add(u: number): void {
    if (this.seen[u] !== 0) return;
    this.seen[u] = 1;
    if (this.list.length <= UNIT_SET_MAX) this.list.push(u);
  }

  /** The units written are not known (a converter that does not say): take() gives null. */
  spoil(): void {
    for (let u = 0; this.list.length <= UNIT_SET_MAX; u++) this.add(u);
  }

  /** The units, or null when there were more than UNIT_SET_MAX; the set is then empty for the next text. */
  take(): number[] | null {
    for (const u of this.list) this.seen[u] = 0;
    // Units past the cap were marked but not listed: clear every mark.
    if (this.list.length > UNIT_SET_MAX) this.seen.fill(0);
    const out = this.list.length > UNIT_SET_MAX ? null : [...this.list];
    this.list.length = 0;
    return out;
  }
}
