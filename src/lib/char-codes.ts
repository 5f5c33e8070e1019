// Strings made from character codes held in typed arrays: UTF-16 units (folding, unpacking a
// report's text, rebuilding its original) or bytes (packing it).

/** Codes a string is made of at once (fromCharCode takes so many arguments at most). */
const CHUNK = 8192;
/** A plain array to apply: a typed array is first copied into a new argument list, 8 bytes a code. */
const chunk: number[] = new Array<number>(CHUNK).fill(0);

/**
 * codes[0, n) as a string, a chunk at a time, each through a plain array (the last, shorter one its
 * own): packing a report's text allocated a third of what indexing it did in those argument lists,
 * and this is 35-40% faster than applying the typed array (strings of 3,000-30,000 codes, Node).
 */
export function codesToString(codes: Uint8Array | Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    const args = m === CHUNK ? chunk : new Array<number>(m);
    for (let j = 0; j < m; j++) args[j] = codes[i + j]!;
    out += String.fromCharCode.apply(null, args);
  }
  return out;
}

/** A Uint16Array is little-endian on every platform browsers run on; a leading U+FEFF is text, not a mark. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The string of units[0, n): decoded natively (one flat string) unless it holds a surrogate, which the
 * decoder would replace when lone. `surrogate`: whether it does, when the caller knows (else it is looked for).
 */
export function unitsToString(units: Uint16Array, n: number, surrogate?: boolean): string {
  // Short texts (titles, query words, a sentence of the parser): a call to the decoder costs more.
  if (n <= 512) return codesToString(units, n);
  surrogate ??= hasSurrogate(units, n);
  return surrogate ? codesToString(units, n) : utf16.decode(units.subarray(0, n));
}

/** Whether units[0, n) holds a surrogate (lone or paired). */
export function hasSurrogate(units: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if ((units[i]! & 0xf800) === 0xd800) return true;
  return false;
}
