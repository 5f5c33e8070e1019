// The set of UTF-16 units folding wrote in place of others. The search index finds where the original
// differs from the folded text from them (search/original.ts): by looking for those units only when
// they are few (a simplified report: a few punctuation forms), by skipping every other unit when they
// are many (a traditional report: hundreds of characters, still a minority of the text's units).

export class UnitSet {
  private readonly seen = new Uint8Array(65536);
  readonly list: number[] = [];
  private spoiled = false;

  add(u: number): void {
    if (this.seen[u] !== 0) return;
    this.seen[u] = 1;
    this.list.push(u);
  }

  /** The units written are not known (a converter that does not say): take() gives null. */
  spoil(): void {
    this.spoiled = true;
  }

  /** The distinct units in first-written order, or null when spoiled; the set is then empty for the next text. */
  take(): number[] | null {
    for (const u of this.list) this.seen[u] = 0;
    const out = this.spoiled ? null : [...this.list];
    this.list.length = 0;
    this.spoiled = false;
    return out;
  }
}
