// Background re-parse: every report stored by an older parser version is parsed again from its
// original bytes; the user's corrections stay (they live apart and are re-applied to the summary).
import type { ParseResult } from '../model/report';
import { PARSER_VERSION } from '../parse/index';
import { runTx, type LibraryDB } from './db';
import { summarize } from './summary';
import type { ReparseCounts, TaskProgress } from './types';

export interface ReparseOptions {
  /** The version reports are brought up to (the running parser's by default). */
  version?: number;
  cancelled?: () => boolean;
}

async function outdatedIds(db: LibraryDB, version: number): Promise<string[]> {
  const all = await runTx(db, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').getAll());
  return all.filter((s) => s.parserVersion < version).map((s) => s.id);
}

/** Re-parses one report; false when the new parser refuses a file the old one accepted (kept as is). */
async function reparseOne(db: LibraryDB, id: string, parse: (bytes: Uint8Array, name: string) => ParseResult | Promise<ParseResult>): Promise<boolean> {
  const original = await runTx(db, ['originals'], 'readonly', (tx) => tx.objectStore('originals').get(id));
  if (!original) return false;
  const parsed = await parse(new Uint8Array(original.bytes), original.fileName);
  if (!parsed.ok) return false;
  return runTx(db, ['reports', 'corrections', 'summaries'], 'readwrite', async (tx) => {
    const [stored, corr] = await Promise.all([tx.objectStore('reports').get(id), tx.objectStore('corrections').get(id)]);
    if (!stored) return false;
    const next = { ...stored, report: parsed.report, format: parsed.report.format, parserVersion: parsed.report.parserVersion };
    await Promise.all([tx.objectStore('reports').put(next), tx.objectStore('summaries').put(summarize(next, corr?.patch))]);
    return true;
  });
}

export async function reparseOutdated(
  db: LibraryDB, parse: (bytes: Uint8Array, name: string) => ParseResult | Promise<ParseResult>,
  onProgress?: (p: TaskProgress) => void, options: ReparseOptions = {},
): Promise<ReparseCounts> {
  const ids = await outdatedIds(db, options.version ?? PARSER_VERSION);
  const counts: ReparseCounts = { total: ids.length, reparsed: 0, failed: 0 };
  for (const [i, id] of ids.entries()) {
    if (options.cancelled?.()) break;
    if (await reparseOne(db, id, parse)) counts.reparsed++; else counts.failed++;
    onProgress?.({ done: i + 1, total: ids.length });
  }
  return counts;
}
