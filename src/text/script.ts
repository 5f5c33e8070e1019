// Script detection: simplified, traditional or mixed, judged only from characters that one script
// uses and the other does not (OpenCC's character tables, ~60 KB; the phrase tables are not needed).
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Script } from '../model/report';

/** Below this share of script-specific characters the minority script counts as stray (聯系 in traditional text). */
const MIXED_SHARE = 0.2;
/** With fewer marked characters than this the text is too short to call; simplified is the common case. */
const MIN_MARKED = 3;

let tables: { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } | null = null;

function sources(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) out.set(from, to);
  }
  return out;
}

/** A character is script-specific when it converts away in one direction and is never kept in the other. */
function loadTables() {
  if (tables) return tables;
  const st = sources(STCharacters);
  const ts = sources(TSCharacters);
  const simplifiedOnly = new Set([...st.keys()].filter((c) => !ts.has(c)));
  const traditionalOnly = new Set([...ts.keys()].filter((c) => !st.has(c)));
  tables = { simplifiedOnly, traditionalOnly };
  return tables;
}

export interface ScriptCounts { simplified: number; traditional: number }

export function countScriptChars(text: string): ScriptCounts {
  const { simplifiedOnly, traditionalOnly } = loadTables();
  const counts = { simplified: 0, traditional: 0 };
  for (const ch of text) {
    if (simplifiedOnly.has(ch)) counts.simplified++;
    else if (traditionalOnly.has(ch)) counts.traditional++;
  }
  return counts;
}

export function detectScript(text: string): Script {
  const { simplified, traditional } = countScriptChars(text);
  const marked = simplified + traditional;
  if (marked < MIN_MARKED) return traditional > simplified ? 'traditional' : 'simplified';
  const minority = Math.min(simplified, traditional) / marked;
  if (minority >= MIXED_SHARE) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}
