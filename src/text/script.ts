// Script detection: simplified, traditional or mixed, judged only from characters that one script
// uses and the other does not (OpenCC's character tables, ~60 KB; the phrase tables are not needed).
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Script } from '../model/report';

/** Below this share of script-specific characters the minority script counts as stray (聯系 in traditional text). */
const MIXED_SHARE = 0.2;
/** With fewer marked characters than this the text is too short to call; simplified is the common case. */
const MIN_MARKED = 3;

/** Per code point: 1 when only simplified text uses it, 2 when only traditional text does. */
let marks: Uint8Array | null = null;
const SIMPLIFIED = 1, TRADITIONAL = 2, HIGH_SURROGATE = 3;
let bmp: Uint8Array = new Uint8Array(0);

function sources(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) out.set(from, to);
  }
  return out;
}

/** A character is script-specific when it converts away in one direction and is never kept in the other. */
function loadMarks(): Uint8Array {
  if (marks) return marks;
  const st = sources(STCharacters);
  const ts = sources(TSCharacters);
  const table = new Uint8Array(0x40000);
  for (const c of st.keys()) if (!ts.has(c)) table[c.codePointAt(0)!] = SIMPLIFIED;
  for (const c of ts.keys()) if (!st.has(c)) table[c.codePointAt(0)!] = TRADITIONAL;
  marks = table;
  // The BMP part for the counting loop: nothing below U+3400 counts, and a high surrogate says
  // "read the code point" (one predictable test per character instead of range checks).
  bmp = table.slice(0, 0x10000);
  bmp.fill(0, 0, 0x3400);
  bmp.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  return table;
}

export interface ScriptCounts { simplified: number; traditional: number }

export function countScriptChars(text: string): ScriptCounts {
  const table = loadMarks();
  const units = bmp;
  // Counted per mark in a small array: one lookup and one increment per character.
  const counts = new Int32Array(4);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const mark = units[text.charCodeAt(i)]!;
    if (mark !== HIGH_SURROGATE) { counts[mark]!++; continue; }
    // The unit after a high surrogate is taken with it, paired or not (as codePointAt reads it).
    const cp = text.codePointAt(i++)!;
    counts[cp < table.length ? table[cp]! : 0]!++;
  }
  return { simplified: counts[SIMPLIFIED]!, traditional: counts[TRADITIONAL]! };
}

export function detectScript(text: string): Script {
  const { simplified, traditional } = countScriptChars(text);
  const marked = simplified + traditional;
  if (marked < MIN_MARKED) return traditional > simplified ? 'traditional' : 'simplified';
  const minority = Math.min(simplified, traditional) / marked;
  if (minority >= MIXED_SHARE) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}
