// The tables t2s.ts converts with, one group per OpenCC dictionary group (built once, on first use),
// and the lookups that read UTF-16 units from a typed array as OpenCC reads code points from a string.
import { Locale } from 'opencc-js/t2cn';

export type Dict = string | string[][];

/**
 * One dictionary group. kind per UTF-16 unit: 0 no key starts here; 1 a one-unit key with a one-unit
 * value and no longer key (`single` holds the value); 2 anything else (phrases, astral, IDS), looked
 * up in `keys`: keys by their first code point, longest first (the longest match wins). For a kind-2
 * unit, `one` says what its own one-unit key is (0 none, 1 one unit in `single`, 2 anything else or
 * not a plain unit), and `prefix` holds the first two units of every longer key (open addressing,
 * 0 empty): where the next unit starts no key, the one-unit key is the only possible match.
 */
export interface Group {
  kind: Uint8Array;
  single: Uint16Array;
  one: Uint8Array;
  prefix: Int32Array;
  shift: number;
  keys: Map<number, [string, string][]>;
}

const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;
const hashOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

function prefixTable(keys: string[]): { prefix: Int32Array; shift: number } {
  let bits = 4;
  while (1 << bits < 2 * keys.length) bits++;
  const prefix = new Int32Array(1 << bits);
  for (const k of keys) {
    const key = (k.charCodeAt(0) << 16) | k.charCodeAt(1);
    let j = hashOf(key, 32 - bits);
    while (prefix[j] !== 0 && prefix[j] !== key) j = (j + 1) & (prefix.length - 1);
    prefix[j] = key;
  }
  return { prefix, shift: 32 - bits };
}

/** A group of dictionaries, each 'key value|key value' or [key, value] pairs, as opencc-js lays them out. */
export function makeGroup(dicts: Dict[]): Group {
  // OpenCC loads a group's dictionaries last to first, so for a key in two of them the first wins.
  const entries = new Map<string, string>();
  for (const dict of [...dicts].reverse()) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [from, to] of pairs) if (from && to !== undefined) entries.set(from, to);
  }
  const kind = new Uint8Array(65536);
  const single = new Uint16Array(65536);
  const one = new Uint8Array(65536);
  for (let c = IDS_FIRST; c <= IDS_LAST; c++) kind[c] = one[c] = 2;
  for (let c = 0xd800; c <= 0xdfff; c++) one[c] = 2;
  const keys = new Map<number, [string, string][]>();
  for (const [from, to] of entries) {
    const unit = from.charCodeAt(0);
    const simple = from.length === 1 && to.length === 1;
    if (simple && kind[unit] === 0) kind[unit] = 1;
    else if (!simple) kind[unit] = 2;
    if (from.length === 1) {
      if (simple) single[unit] = to.charCodeAt(0);
      one[unit] = simple ? Math.max(one[unit]!, 1) : 2;
    }
    const cp = from.codePointAt(0)!;
    const list = keys.get(cp) ?? [];
    list.push([from, to]);
    keys.set(cp, list);
  }
  for (const list of keys.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { kind, single, one, keys, ...prefixTable([...entries.keys()].filter((k) => k.length > 1)) };
}

/** Whether some key of two or more units starts with units a, b (b = -1: there is no next unit). */
export function mayStartPhrase(g: Group, a: number, b: number): boolean {
  if (b < 0) return false;
  const key = (a << 16) | b;
  if (key === 0) return true;
  const { prefix } = g;
  for (let j = hashOf(key, g.shift); ; j = (j + 1) & (prefix.length - 1)) {
    if (prefix[j] === key) return true;
    if (prefix[j] === 0) return false;
  }
}

/** The code point at units[i] as String.prototype.codePointAt reads it. */
export function cpAt(units: Uint16Array, n: number, i: number): number {
  const c = units[i]!;
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
    const d = units[i + 1]!;
    if (d >= 0xdc00 && d < 0xe000) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function startsWith(units: Uint16Array, n: number, i: number, key: string): boolean {
  if (i + key.length > n) return false;
  for (let k = 0; k < key.length; k++) if (units[i + k] !== key.charCodeAt(k)) return false;
  return true;
}

export function longestKey(g: Group, units: Uint16Array, n: number, i: number): [string, string] | undefined {
  const list = g.keys.get(cpAt(units, n, i));
  if (list) for (const entry of list) if (startsWith(units, n, i, entry[0])) return entry;
  return undefined;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the description sequence starting at i, or 0 when there is none (as opencc-js counts it). */
export function idsEnd(units: Uint16Array, n: number, i: number): number {
  const arity = idsArity(cpAt(units, n, i));
  if (arity === 0) return 0;
  const width = (at: number) => (cpAt(units, n, at) > 0xffff ? 2 : 1);
  let end = i + width(i);
  for (let k = 0; k < arity; k++) {
    if (end >= n) return 0;
    end = idsEnd(units, n, end) || end + width(end);
  }
  return end;
}

interface Config { conversionChain: Dict[][]; normalizationChain?: Dict[][]; segmentation?: unknown }

let built: Group[] | null | undefined;

/** The groups in the order they apply, or null for an opencc-js whose tables are laid out otherwise. */
export function groups(): Group[] | null {
  if (built !== undefined) return built;
  const config = (Locale as unknown as { configs?: Record<string, Config> }).configs?.t2s;
  const shaped = (chain: unknown): chain is Dict[][] =>
    Array.isArray(chain) && chain.every((g) => Array.isArray(g) && g.every((d) => typeof d === 'string' || Array.isArray(d)));
  // A future opencc-js with another layout (segmentation, other chains) keeps its own converter.
  if (!config || config.segmentation || !shaped(config.conversionChain) || !shaped(config.normalizationChain ?? [])) return (built = null);
  return (built = [...(config.normalizationChain ?? []), ...config.conversionChain].map(makeGroup));
}
