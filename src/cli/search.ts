// `npm run --silent search -- --query "<q>" FILE...`: parses the files, indexes them as the app does,
// and prints a JSON array of hits, best first: { fileName, id, score, section, snippet, para }.
// Files that cannot be read or parsed are reported on stderr and make the exit code 1.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../parse/parse-file';
import { SearchIndex } from '../search/index';

function parseArgs(argv: string[]): { query: string | null; files: string[] } {
  const files: string[] = [];
  let query: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a === '--query' || a === '-q') query = argv[++i] ?? null;
    else if (a.startsWith('--query=')) query = a.slice('--query='.length);
    else files.push(a);
  }
  return { query, files };
}

/** Sets the exit code instead of calling process.exit(), which cut output still draining into a pipe. */
async function main(): Promise<number> {
  const { query, files } = parseArgs(process.argv.slice(2));
  if (query === null || files.length === 0) {
    process.stderr.write('usage: npm run --silent search -- --query "<q>" FILE...\n');
    return 2;
  }
  const index = new SearchIndex();
  let failed = false;
  for (const file of files) {
    try {
      const bytes = readFileSync(file);
      const id = createHash('sha256').update(bytes).digest('hex');
      const parsed = await parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file));
      if (parsed.ok) index.add(id, parsed.report);
      else throw new Error(parsed.error);
    } catch (err) {
      failed = true;
      process.stderr.write(`${basename(file)}: ${(err as Error).message}\n`);
    }
  }
  const result = index.query(query, { maxReports: Infinity, hitsPerReport: Infinity });
  const hits = result.reports.flatMap((r, rank) => r.hits.map((h, i) => ({ r, h, rank, i })));
  hits.sort((a, b) => b.h.score - a.h.score || a.rank - b.rank || a.i - b.i);
  const out = hits.map(({ r, h }) => ({
    fileName: r.fileName,
    id: r.id,
    score: h.score,
    section: h.path.join(' > '),
    snippet: h.snippet.text,
    para: h.para,
  }));
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
