// Rows as JSON Lines in UTF-8 bytes, the form a `dataset` worker hands the main thread. Each row's JSON
// is encoded straight into one scratch buffer the thread keeps between files, then copied out once at
// its size: no per-table string joined from the rows' JSON and re-encoded (a copy of every section's
// text fewer per file, and the largest allocation the worker made besides the parse itself).
const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 20);

/** Room for `need` bytes, keeping the first `used`. */
function ensure(need: number, used: number): void {
  if (need <= scratch.length) return;
  const grown = new Uint8Array(Math.max(need, scratch.length * 2));
  grown.set(scratch.subarray(0, used));
  scratch = grown;
}

/** `rows.map((r) => JSON.stringify(r) + '\n').join('')`, UTF-8 encoded, in a buffer of its own (transferable). */
export function jsonLines(rows: readonly unknown[]): Uint8Array {
  let used = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 for 2); one more for the line break.
    ensure(used + json.length * 3 + 1, used);
    used += encoder.encodeInto(json, scratch.subarray(used)).written;
    scratch[used++] = 0x0a;
  }
  return scratch.slice(0, used);
}
