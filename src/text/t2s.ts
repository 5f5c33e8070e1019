// Traditional -> simplified with OpenCC's own t2s tables (opencc-js/t2cn), giving exactly what its
// Converter({ from: 't', to: 'cn' }) gives, several times faster: a flag per UTF-16 unit says where
// any dictionary key can start, so the unflagged bulk of a report (plain simplified Han) is copied in
// runs instead of walking OpenCC's Map trie at every character. Same rules as OpenCC's Trie.convert:
// normalisation chain first, then each conversion group in turn, longest key at each position,
// unmatched ideographic description sequences (U+2FF0-2FFF) copied whole.
import { Converter, Locale } from 'opencc-js/t2cn';

type Dict = string | string[][];

/**
 * One dictionary group. kind per UTF-16 unit: 0 no key starts here; 1 a one-unit key with a one-unit
 * value and no longer key (`single` holds the value); 2 anything else (phrases, astral, IDS), looked
 * up in `keys`: keys by their first code point, longest first (the longest match wins).
 */
interface Group {
  kind: Uint8Array;
  single: Uint16Array;
  keys: Map<number, [string, string][]>;
}

const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;

function makeGroup(dicts: Dict[]): Group {
  // OpenCC loads a group's dictionaries last to first, so for a key in two of them the first wins.
  const entries = new Map<string, string>();
  for (const dict of [...dicts].reverse()) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [from, to] of pairs) if (from && to !== undefined) entries.set(from, to);
  }
  const kind = new Uint8Array(65536);
  const single = new Uint16Array(65536);
  for (let c = IDS_FIRST; c <= IDS_LAST; c++) kind[c] = 2;
  const keys = new Map<number, [string, string][]>();
  for (const [from, to] of entries) {
    const cp = from.codePointAt(0)!;
    const unit = from.charCodeAt(0);
    const simple = from.length === 1 && to.length === 1;
    if (simple && kind[unit] === 0) {
      kind[unit] = 1;
      single[unit] = to.charCodeAt(0);
    } else if (!simple) kind[unit] = 2;
    const list = keys.get(cp) ?? [];
    list.push([from, to]);
    keys.set(cp, list);
  }
  for (const list of keys.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { kind, single, keys };
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

const width = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** End of the description sequence starting at i, or 0 when there is none (as opencc-js counts it). */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + width(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + width(s, end);
  }
  return end;
}

let scratch = new Uint16Array(1 << 16);

function decode(buf: Uint16Array, n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return out;
}

function longestKey(g: Group, s: string, i: number): [string, string] | undefined {
  const list = g.keys.get(s.codePointAt(i)!);
  if (list) for (const entry of list) if (s.startsWith(entry[0], i)) return entry;
  return undefined;
}

/** OpenCC's Trie.convert over one group, into code units (values may be longer in units, never more than twice). */
function convertGroup(g: Group, s: string): string {
  const n = s.length;
  if (scratch.length < 2 * n + 8) scratch = new Uint16Array(2 * n + 8);
  const buf = scratch;
  let pos = 0;
  let changed = false;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    const kind = g.kind[c]!;
    if (kind === 0) {
      buf[pos++] = c;
      i++;
    } else if (kind === 1) {
      buf[pos++] = g.single[c]!;
      i++;
      changed = true;
    } else {
      const match = longestKey(g, s, i);
      let next: number;
      if (match) {
        for (let k = 0; k < match[1].length; k++) buf[pos++] = match[1].charCodeAt(k);
        next = i + match[0].length;
        changed = true;
      } else {
        const end = idsEnd(s, i);
        next = end > i ? end : i + width(s, i);
        for (let k = i; k < next; k++) buf[pos++] = s.charCodeAt(k);
      }
      i = next;
    }
  }
  return changed ? decode(buf, pos) : s;
}

interface Config { conversionChain: Dict[][]; normalizationChain?: Dict[][]; segmentation?: unknown }

function build(): (s: string) => string {
  const config = (Locale as unknown as { configs?: Record<string, Config> }).configs?.t2s;
  const shaped = (chain: unknown): chain is Dict[][] =>
    Array.isArray(chain) && chain.every((g) => Array.isArray(g) && g.every((d) => typeof d === 'string' || Array.isArray(d)));
  // A future opencc-js with another layout (segmentation, other chains) keeps its own converter.
  if (!config || config.segmentation || !shaped(config.conversionChain) || !shaped(config.normalizationChain ?? [])) {
    return Converter({ from: 't', to: 'cn' });
  }
  const groups = [...(config.normalizationChain ?? []), ...config.conversionChain].map(makeGroup);
  return (s) => groups.reduce((text, g) => convertGroup(g, text), s);
}

let t2s: ((s: string) => string) | null = null;

/** Traditional (any variant) to mainland simplified, identical to OpenCC's t2cn Converter. */
export function toSimplifiedFast(s: string): string {
  t2s ??= build();
  return t2s(s);
}
