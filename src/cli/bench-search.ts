// Search benchmark section (Node): synthetic libraries of 1,000, 5,000 and 20,000 reports made from
// the fixtures; body index build (as the worker builds it, in batches with segments to persist),
// query p50/p95 for queries people type, heap, postings size beside the folded text, cold load,
// beside a brute-force indexOf scan and MiniSearch (defaults, and bigrams over sections); the
// suggestion index (build, heap, JSON, restore, as-you-type p95); phrase precision/recall and hit
// counts against the brute-force scan. Run alone: tsx this file [sizes...].
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import { Converter } from 'opencc-js/cn2t';
import type { ParsedReport } from '../model/report';
import type { BenchSection } from './bench-parse';
import { parseReport } from '../parse/index';
import { createSuggestIndex, loadSuggestIndex, SearchIndex, SUGGEST_VERSION, suggestDoc, suggestReports } from '../search/index';
import { storedBytes } from '../search/persist';
import { TEXT_CACHE_BYTES } from '../search/texts';
import { FileTexts } from './bench-texts';
import { segmentBytes } from '../search/postings';
import { parseQuery } from '../search/query-parse';
import { occurrences } from '../search/match';
import { tokenize } from '../search/tokenize';
import { foldForMatch } from '../text/fold';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const LOCALITIES = ['义乌市', '衢州市柯城区', '鹰潭市', '余姚市', '台州市黄岩区', '温州市'];
const BODIES = ['cppcc', 'npc', 'government'] as const;

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Seed reports varied: a third of body paragraphs swapped for others, digits changed, a quarter in traditional. */
export function syntheticLibrary(count: number, seed = 7): { id: string; report: ParsedReport }[] {
  const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const r = parseReport(readFileSync(join(FIXTURES, f)), f);
    return r.ok ? [r.report] : [];
  });
  const pool = seeds.flatMap((r) => r.paragraphs.filter((p) => p.heading === undefined).map((p) => p.text));
  const cn2t = Converter({ from: 'cn', to: 'tw' });
  const rand = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length]!;
    const traditional = i % 4 === 1;
    const paragraphs = base.paragraphs.map((p) => {
      let text = p.heading === undefined && rand() < 0.33 ? pool[Math.floor(rand() * pool.length)]! : p.text;
      text = text.replace(/\d/g, (d) => (rand() < 0.3 ? String(Math.floor(rand() * 10)) : d));
      return { ...p, text: traditional ? cn2t(text) : text };
    });
    const year = 2015 + (i % 10);
    const report: ParsedReport = {
      ...base,
      fileName: `synthetic-${i}.txt`,
      locality: LOCALITIES[i % LOCALITIES.length]!,
      body: BODIES[i % BODIES.length]!,
      reviewYear: year,
      planYear: year + 1,
      paragraphs,
    };
    return { id: `r${i}`, report };
  });
}

/** Queries people type: substrings from mid-sentence (2-6 chars), 1-2 chars, numbers and Latin with Han, two words, phrases. */
export function sampleQueries(texts: string[], n: number, seed = 11): { q: string; kind: string }[] {
  const rand = rng(seed);
  const pick = (len: number) => {
    for (;;) {
      const t = texts[Math.floor(rand() * texts.length)]!;
      const at = Math.floor(rand() * Math.max(1, t.length - len));
      const s = t.slice(at, at + len);
      if (!/[\s"“”「」]/.test(s) && s.length === len) return s;
    }
  };
  const latin = () => {
    for (;;) {
      const t = texts[Math.floor(rand() * texts.length)]!;
      const m = [...t.matchAll(/[0-9A-Za-z]+[\u4e00-\u9fff]{1,2}/g)];
      if (m.length) return m[Math.floor(rand() * m.length)]![0];
    }
  };
  const makers: [string, () => string][] = [
    ['mid 2-6', () => pick(2 + Math.floor(rand() * 5))],
    ['1-2 chars', () => pick(1 + Math.floor(rand() * 2))],
    ['latin+han', latin],
    ['two words', () => `${pick(2)} ${pick(3)}`],
    ['phrase', () => `"${pick(3 + Math.floor(rand() * 4))}"`],
  ];
  return Array.from({ length: n }, (_, i) => ({ kind: makers[i % makers.length]![0], q: makers[i % makers.length]![1]() }));
}

/** timeEach for async work (a query that reads texts): its awaits count in its time. */
async function timeEachAsync<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<ReturnType<typeof timeEach> & { wall: number[] }> {
  const warm = Math.ceil(items.length / 10);
  for (const item of items.slice(0, warm)) await run(item);
  const wall: number[] = [];
  const cpu: number[] = new Array<number>(warm).fill(NaN);
  for (const item of items.slice(warm)) {
    const c = process.cpuUsage();
    const t = performance.now();
    await run(item);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ...percentiles([...wall]), cpuP95: percentiles(cpu.filter((x) => !Number.isNaN(x))).p95, cpu, wall };
}

/**
 * The wall p95 of each timed item's fastest of `first` (timeEachAsync's pass) and `passes` more: what
 * the code costs with the neighbours' load and the collector's pauses mostly taken out, beside the
 * single pass the targets are read from.
 */
async function fastestP95<T>(items: T[], first: number[], run: (item: T) => Promise<unknown>, passes = 2): Promise<number> {
  const timed = items.slice(items.length - first.length);
  const best = [...first];
  for (let pass = 0; pass < passes; pass++) {
    for (let k = 0; k < timed.length; k++) {
      const t = performance.now();
      await run(timed[k]!);
      best[k] = Math.min(best[k]!, performance.now() - t);
    }
  }
  return percentiles(best).p95;
}

function percentiles(ms: number[]): { p50: number; p95: number } {
  ms.sort((a, b) => a - b);
  const at = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]! * 100) / 100;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Wall-clock and CPU-time percentiles; the first tenth of the items only warms the JIT up. The
 * machine is shared, so CPU time (this process only) is the steadier of the two. */
function timeEach<T>(items: T[], run: (item: T) => void): { p50: number; p95: number; cpuP95: number; cpu: number[] } {
  const warm = Math.ceil(items.length / 10);
  items.slice(0, warm).forEach(run);
  const wall: number[] = [];
  const cpu: number[] = new Array<number>(warm).fill(NaN);
  for (const item of items.slice(warm)) {
    const c = process.cpuUsage();
    const t = performance.now();
    run(item);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ...percentiles(wall), cpuP95: percentiles(cpu.filter((x) => !Number.isNaN(x))).p95, cpu };
}

/** CPU p95 per query kind (timed queries only): which kinds make the overall p95. */
function byKind(queries: { kind: string }[], cpu: number[]): Record<string, number> {
  const kinds = new Map<string, number[]>();
  queries.forEach(({ kind }, i) => { if (!Number.isNaN(cpu[i]!)) kinds.set(kind, [...(kinds.get(kind) ?? []), cpu[i]!]); });
  return Object.fromEntries([...kinds].map(([kind, ms]) => [kind, percentiles(ms).p95]));
}

/** A real collection before each heap reading, without asking for node --expose-gc on the command line. */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap plus typed-array memory (postings live outside the JS heap), after a full collection. */
function heapMB(): number {
  gc();
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.arrayBuffers) / 1e6);
}

/**
 * heapMB after a turn of the event loop: the memory of buffers freed by a collection is given back
 * in callbacks that run after it, and without them the heap after a build read ~70 MB high at 5,000.
 */
async function settledHeapMB(): Promise<number> {
  gc();
  await new Promise((r) => setTimeout(r, 100));
  return heapMB();
}

/** The reference: fold everything once, then indexOf over every report for every word (report-level AND). */
function bruteForce(folded: string[], q: string): { docs: Set<number>; hits: number } {
  const { include, exclude } = parseQuery(q);
  const docs = new Set<number>();
  let hits = 0;
  folded.forEach((text, d) => {
    const counts = include.map((t) => occurrences(text, t).length);
    if (counts.some((c) => c === 0) || exclude.some((t) => occurrences(text, t).length > 0)) return;
    docs.add(d);
    hits += counts.reduce((a, b) => a + b, 0);
  });
  return { docs, hits };
}

/** Bytes of texts the index keeps: the worker's, unless SEARCH_TEXT_CACHE_MB says otherwise (to measure the trade). */
const CACHE_BYTES = Number(process.env.SEARCH_TEXT_CACHE_MB ?? 0) * 1e6 || TEXT_CACHE_BYTES;

/** Our index as the worker runs it: texts written to a file (its store) once persisted, at most CACHE_BYTES kept. */
export async function measureOurs(lib: ReturnType<typeof syntheticLibrary>, queries: { q: string }[]) {
  const before = await settledHeapMB();
  let t = performance.now();
  const cpu0 = process.cpuUsage();
  const texts = new FileTexts();
  const index = new SearchIndex();
  index.setTextSource(texts, CACHE_BYTES);
  let bytes = 0;
  // As the search worker does: batches of 20 reports, each followed by the records, texts and segments to persist.
  for (let from = 0; from < lib.length; from += 20) {
    const batch = lib.slice(from, from + 20);
    for (const { id, report } of batch) {
      index.add(id, report);
      const text = index.exportText(id)!;
      bytes += storedBytes(index.exportDoc(id)!, text);
      texts.write(text);
    }
    bytes += index.takeChanges().put.reduce((n, s) => n + segmentBytes(s), 0);
    index.stored(batch.map(({ id }) => id));
  }
  // As the worker does once an import's batches are indexed.
  index.trim();
  const buildMs = Math.round(performance.now() - t);
  const cpu = process.cpuUsage(cpu0);
  // CPU time of the build (this process): on a shared machine the wall clock also measures the neighbours.
  const buildCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const heap = (await settledHeapMB()) - before;
  const read0 = texts.readCount;
  const query = await timeEachAsync(queries, ({ q }) => index.queryAsync(q, { maxReports: 20, hitsPerReport: 3 }));
  const readPerQuery = Math.round((texts.readCount - read0) / queries.length);
  // After queries too: ranking many reports joins every title and heading once (heads.ts), and texts read stay cached.
  const heapAfterQueries = (await settledHeapMB()) - before;
  const p95Fastest = await fastestP95(queries, query.wall, ({ q }) => index.queryAsync(q, { maxReports: 20, hitsPerReport: 3 }));
  const cached = Math.round(index.textStats().cachedBytes / 1e6);
  const stats = index.stats();
  const { docs, segments } = index.export();
  t = performance.now();
  // Structured clone stands in for reading the records (no texts) back from IndexedDB.
  const loaded = new SearchIndex();
  loaded.setTextSource(texts, CACHE_BYTES);
  loaded.load(structuredClone(docs), structuredClone(segments));
  await loaded.queryAsync(queries[0]!.q);
  const coldMs = Math.round(performance.now() - t);
  const mb = (n: number) => Math.round(n / 1e5) / 10;
  return { index, texts, buildMs, buildCpuMs, heap, heapAfterQueries, cached, readPerQuery, query, p95Fastest, writtenMB: mb(bytes), postingsMB: mb(stats.postingsBytes), foldedMB: mb(stats.foldedBytes), segments: stats.segments, coldMs };
}

function measureBrute(lib: ReturnType<typeof syntheticLibrary>, queries: { q: string }[]) {
  const t = performance.now();
  const folded = lib.map(({ report }) => foldForMatch(report.paragraphs.map((p) => p.text).join('\n')));
  const buildMs = Math.round(performance.now() - t);
  return { folded, buildMs, query: timeEach(queries, ({ q }) => bruteForce(folded, q)) };
}

/** MiniSearch with default options, one document per report. Phrase recall is what defaults give Chinese. */
function measureMiniDefaults(lib: ReturnType<typeof syntheticLibrary>, queries: { q: string }[], truth: Map<string, Set<number>>) {
  const before = heapMB();
  const t = performance.now();
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(lib.map(({ report }, id) => ({ id, text: report.paragraphs.map((p) => p.text).join('\n') })));
  const buildMs = Math.round(performance.now() - t);
  const heap = heapMB() - before;
  const query = timeEach(queries, ({ q }) => ms.search(q));
  const phrases = [...truth.keys()];
  const found = phrases.reduce((n, q) => n + [...truth.get(q)!].filter((d) => ms.search(q).some((r) => r.id === d)).length, 0);
  const total = phrases.reduce((n, q) => n + truth.get(q)!.size, 0);
  return { buildMs, heap, query, phraseRecall: total ? Math.round((found / total) * 1000) / 1000 : 1 };
}

/** The design the issue proposed: MiniSearch over sections with our bigram tokenizer, per-section deduplicated, AND of bigrams. */
function measureMiniBigrams(lib: ReturnType<typeof syntheticLibrary>, queries: { q: string }[]) {
  const before = heapMB();
  const t = performance.now();
  const ms = new MiniSearch<{ id: number; terms: string }>({ fields: ['terms'], tokenize: (s) => s.split(' '), processTerm: (s) => s });
  ms.addAll(lib.map(({ report }, id) => ({ id, terms: [...new Set(tokenize(foldForMatch(report.paragraphs.map((p) => p.text).join('\n'))))].join(' ') })));
  const buildMs = Math.round(performance.now() - t);
  const heap = heapMB() - before;
  const query = timeEach(queries, ({ q }) => ms.search(tokenize(foldForMatch(q)).join(' '), { combineWith: 'AND', tokenize: (s) => s.split(' ') }));
  return { buildMs, heap, query };
}

/** The suggestion index (MiniSearch, one fielded document per report): build, heap, saved JSON, restore, and as-you-type queries. */
async function measureSuggest(lib: ReturnType<typeof syntheticLibrary>, index: SearchIndex) {
  const before = heapMB();
  let t = performance.now();
  const ms = createSuggestIndex();
  for (const { id, report } of lib) ms.add(suggestDoc(id, report));
  const buildMs = Math.round(performance.now() - t);
  const heap = heapMB() - before;
  // What people type into the box, keystroke by keystroke: places, title words, years, heading words.
  const typed = lib.slice(0, 40).flatMap(({ report }, i) => {
    const word = [report.locality ?? '', (report.title ?? '').slice(4, 10), String(report.reviewYear ?? ''), report.outline[i % Math.max(1, report.outline.length)]?.title.slice(0, 4) ?? ''][i % 4]!;
    return [...word].map((_, k) => word.slice(0, k + 1));
  }).filter(Boolean);
  // As the search worker asks: reports holding the words typed as written (title, headings, place) first.
  const query = timeEach(typed, (q) => suggestReports(ms, q, 8, (id, words) => index.holdsWords(id, words)));
  const json = JSON.stringify(ms);
  t = performance.now();
  await loadSuggestIndex({ v: SUGGEST_VERSION, json });
  const loadMs = Math.round(performance.now() - t);
  return { buildMs, heap, query, jsonMB: Math.round(json.length / 1e5) / 10, loadMs };
}

/** Phrase queries against the brute-force scan: report-level precision and recall, equal hit counts. */
async function phraseAccuracy(index: SearchIndex, folded: string[], queries: { q: string; kind: string }[]) {
  let tp = 0, fp = 0, fn = 0, countsEqual = 0, phraseCount = 0;
  const truth = new Map<string, Set<number>>();
  for (const { q, kind } of queries) {
    if (kind !== 'phrase') continue;
    const want = bruteForce(folded, q);
    truth.set(q, want.docs);
    const got = await index.queryAsync(q, { maxReports: Infinity, hitsPerReport: 0 });
    const gotDocs = new Set(got.reports.map((r) => Number(r.id.slice(1))));
    tp += [...gotDocs].filter((d) => want.docs.has(d)).length;
    fp += [...gotDocs].filter((d) => !want.docs.has(d)).length;
    fn += [...want.docs].filter((d) => !gotDocs.has(d)).length;
    phraseCount++;
    if (got.hitCount === want.hits) countsEqual++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, countsEqual, phraseCount, truth };
}

export interface SearchBenchRow { [column: string]: string | number }

/** The bench section: a table of rows and a JSON summary. sizes default to 1,000, 5,000 and 20,000 reports. */
export async function searchSection(sizes = [1000, 5000, 20000], queryCount = 220): Promise<BenchSection> {
  const rows: SearchBenchRow[] = [];
  const kindRows: SearchBenchRow[] = [];
  const json: Record<string, unknown> = {};
  for (const size of sizes) {
    const lib = syntheticLibrary(size);
    // The largest library is timed on half the queries and without MiniSearch's defaults: minutes otherwise on 2 cores.
    const large = size > 5000;
    const queries = sampleQueries(lib.map(({ report }) => report.paragraphs.map((p) => p.text).join('\n')), large ? queryCount / 2 : queryCount);
    const ours = await measureOurs(lib, queries);
    const brute = measureBrute(lib, queries);
    const { precision, recall, countsEqual, phraseCount, truth } = await phraseAccuracy(ours.index, brute.folded, queries);
    ours.texts.close();
    const mini = large ? null : measureMiniDefaults(lib, queries, truth);
    const bigram = size <= 1000 ? measureMiniBigrams(lib, queries) : null;
    const suggest = await measureSuggest(lib, ours.index);
    const oursKinds = byKind(queries, ours.query.cpu);
    const bruteKinds = byKind(queries, brute.query.cpu);
    for (const kind of Object.keys(oursKinds)) kindRows.push({ reports: size, kind, oursCpuP95: oursKinds[kind]!, bruteCpuP95: bruteKinds[kind]! });
    const speedup = Math.round((brute.query.cpuP95 / Math.max(0.01, ours.query.cpuP95)) * 10) / 10;
    rows.push({ design: 'ours: postings + verify', reports: size, buildMs: ours.buildMs, p50: ours.query.p50, p95: ours.query.p95, cpuP95: ours.query.cpuP95, heapMB: ours.heap, note: `build CPU ${ours.buildCpuMs} ms; postings ${ours.postingsMB} MB (${ours.segments} segments) for ${ours.foldedMB} MB folded text; ${ours.writtenMB} MB written; clone+load+1st query ${ours.coldMs} ms; heap after queries ${ours.heapAfterQueries} MB (texts cached ${ours.cached} of ${CACHE_BYTES / 1e6} MB, ${ours.readPerQuery} read per query); ${speedup}x brute (cpu p95); p95 of each query's fastest of 3 ${ours.p95Fastest} ms` });
    rows.push({ design: 'suggestions: MiniSearch fields', reports: size, buildMs: suggest.buildMs, p50: suggest.query.p50, p95: suggest.query.p95, cpuP95: suggest.query.cpuP95, heapMB: suggest.heap, note: `toJSON ${suggest.jsonMB} MB, loadJSONAsync ${suggest.loadMs} ms; prefixes as typed` });
    rows.push({ design: 'brute-force indexOf', reports: size, buildMs: brute.buildMs, p50: brute.query.p50, p95: brute.query.p95, cpuP95: brute.query.cpuP95, heapMB: '-', note: 'fold only' });
    if (mini) rows.push({ design: 'MiniSearch defaults', reports: size, buildMs: mini.buildMs, p50: mini.query.p50, p95: mini.query.p95, cpuP95: mini.query.cpuP95, heapMB: mini.heap, note: `phrase recall ${mini.phraseRecall}` });
    if (bigram) rows.push({ design: 'MiniSearch bigram sets (no verify)', reports: size, buildMs: bigram.buildMs, p50: bigram.query.p50, p95: bigram.query.p95, cpuP95: bigram.query.cpuP95, heapMB: bigram.heap, note: 'candidates only' });
    json[`search${size}`] = {
      buildMs: ours.buildMs, buildCpuMs: ours.buildCpuMs, buildCpuMsPer1000: Math.round((ours.buildCpuMs / size) * 1000), p95: ours.query.p95, p95FastestOf3: ours.p95Fastest, p50: ours.query.p50, cpuP95: ours.query.cpuP95, heapMB: ours.heap, heapAfterQueriesMB: ours.heapAfterQueries, textsCachedMB: ours.cached, textCacheMB: CACHE_BYTES / 1e6, textsReadPerQuery: ours.readPerQuery,
      postingsMB: ours.postingsMB, foldedMB: ours.foldedMB, postingsToFolded: Math.round((ours.postingsMB / ours.foldedMB) * 100) / 100, segments: ours.segments, writtenMB: ours.writtenMB, coldMs: ours.coldMs,
      phrasePrecision: precision, phraseRecall: recall, phraseHitCountsEqual: `${countsEqual}/${phraseCount}`,
      bruteP95: brute.query.p95, bruteCpuP95: brute.query.cpuP95, speedupCpuP95: speedup, cpuP95ByKind: oursKinds, bruteCpuP95ByKind: bruteKinds,
      suggestBuildMs: suggest.buildMs, suggestHeapMB: suggest.heap, suggestP95: suggest.query.p95, suggestJsonMB: suggest.jsonMB, suggestLoadMs: suggest.loadMs,
      ...(mini ? { miniDefaultsP95: mini.query.p95, miniDefaultsBuildMs: mini.buildMs, miniDefaultsPhraseRecall: mini.phraseRecall } : {}),
      ...(bigram ? { miniBigramBuildMs: bigram.buildMs, miniBigramP95: bigram.query.p95, miniBigramHeapMB: bigram.heap } : {}),
    };
  }
  return { name: 'search', rows, json, more: [{ name: 'search: CPU p95 by query kind (ms), ours beside brute force', rows: kindRows, json: {} }] };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const { rows, json, more } = await searchSection(sizes.length ? sizes : undefined);
  console.table(rows);
  for (const m of more ?? []) console.table(m.rows);
  console.log(JSON.stringify(json));
}
