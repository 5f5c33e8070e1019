// Folding of single code points: NFKC (full-width forms, compatibility ideographs, circled numbers),
// one form per punctuation family, lowercase Latin. Returns null for code points that stay as they
// are, so callers can copy unchanged runs wholesale; results of the slow path are cached.

/** Punctuation that differs between scripts, fonts and input methods, folded after NFKC. */
const PUNCT: Record<string, string> = {};
for (const [to, from] of [
  ['"', '“”„‟〝〞〟「」『』﹁﹂﹃﹄＂'],
  ["'", '‘’‚‛′‵'],
  ['-', '‐‑‒–—―−﹘─━'],
  ['·', '・•‧∙⋅･'],
  ['[', '【〔〖［'],
  [']', '】〕〗］'],
] as const) {
  for (const ch of from) PUNCT[ch] = to;
}

const cache = new Map<number, string | null>();

function slowFold(cp: number): string | null {
  const ch = String.fromCodePoint(cp);
  let out = ch.normalize('NFKC');
  out = [...out].map((c) => PUNCT[c] ?? c).join('');
  out = out.toLowerCase();
  return out === ch ? null : out;
}

/** The folded form of one code point, or null when it folds to itself. */
export function foldCodePoint(cp: number): string | null {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : null;
  }
  // CJK Unified Ideographs and Extension A are NFKC-stable and caseless.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return null;
  let hit = cache.get(cp);
  if (hit === undefined) {
    hit = slowFold(cp);
    cache.set(cp, hit);
  }
  return hit;
}
