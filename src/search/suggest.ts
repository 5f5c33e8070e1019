// Suggestions as the user types, from MiniSearch: one fielded document per report (title, place,
// body, session, speaker, years, headings, what figures counted and indicators), ranked by BM25 with field
// boosts, prefix search on every term and fuzzy matching for Latin words and numbers. Han text is
// folded (t2cn) and cut into bigrams, short fields are also kept whole. The exact body-text index
// answers the full search; this one answers "which report did I mean" within a keystroke.
import MiniSearch, { type Options, type SearchOptions, type SearchResult, type Suggestion } from 'minisearch';
import type { Body, ParsedReport } from '../model/report';
import { foldForMatch } from '../text/fold';
import { memoize } from '../lib/memo';
import { tokenize } from './tokenize';

/** Bump when fields, tokenizing or folding change: a stored suggestion index of another version is rebuilt. */
export const SUGGEST_VERSION = 3;

const BODY_NAMES: Record<Body, string> = { cppcc: '政协', npc: '人大', government: '政府', party: '党委', other: '' };
const FIELDS = ['title', 'place', 'body', 'session', 'speaker', 'years', 'headings', 'figures'] as const;
type Field = (typeof FIELDS)[number];
/** Fields short enough to be kept whole as one more token, so 义乌市 matches as typed. */
const WHOLE: ReadonlySet<string> = new Set(['place', 'body', 'session', 'speaker', 'years']);
const BOOST: Partial<Record<Field, number>> = { title: 3, place: 3, speaker: 2, session: 1.5, years: 1.5, headings: 1.2, body: 1.5, figures: 0.6 };

export type SuggestDoc = { id: string } & Record<Field, string>;

/** Characters of what a figure counted that are kept: the few words before its number. */
const COUNTED_CHARS = 12;

/**
 * What a figure counted, as people type it: the last words before its number (交办提案 of
 * 交办提案302件), from the start of their clause, at most COUNTED_CHARS. A figure's phrase may run
 * from the start of a long sentence (a tenth are over 25 characters); the body search finds those
 * words, and here they cost a third of the index. A lone character (有, 对) says nothing.
 */
export function countedPhrase(text: string): string {
  const before = text.replace(/[\d０-９].*$/u, '');
  const clause = [...before.split(/[，,；;。：:！？!?\s]/u).pop()!];
  return clause.length < 2 ? '' : clause.slice(-COUNTED_CHARS).join('');
}

/** The suggestion document of a report. */
export function suggestDoc(id: string, report: ParsedReport): SuggestDoc {
  const years = new Set<number>();
  for (const y of [report.reviewYear, report.planYear]) if (y) years.add(y);
  const figures = new Set(report.figures.map((f) => `${countedPhrase(f.text)} ${f.indicator ?? ''}`.trim()));
  return {
    id,
    title: report.title ?? report.fileName,
    place: report.locality ?? '',
    body: BODY_NAMES[report.body] ?? '',
    session: report.session ?? '',
    speaker: [report.speaker, report.speakerPost].filter(Boolean).join(' '),
    years: [...years].join(' '),
    // The top two levels: deeper headings are lead sentences, long and many.
    headings: report.outline.filter((h) => h.level <= 2).map((h) => h.title).join('\n'),
    figures: [...figures].join('\n'),
  };
}

/** Folding one term at a time through OpenCC is slow; a library repeats the same few thousand terms. */
const foldTerm = memoize(foldForMatch, 50_000);

function tokenizeField(text: string, field?: string): string[] {
  const terms = tokenize(foldForMatch(text));
  if (field && WHOLE.has(field)) for (const part of text.split(/\s+/)) if (part.length > 2 && part.length <= 12) terms.push(part);
  return terms;
}

const isWordTerm = (t: string) => /^[0-9a-z]{3,}$/.test(t);

export const SUGGEST_OPTIONS: Options<SuggestDoc> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: tokenizeField,
  processTerm: (term) => foldTerm(term) || null,
  searchOptions: {
    tokenize: (text) => tokenize(foldForMatch(text), true),
    boost: BOOST,
    // A lone Han character would expand to every pair it starts: prefixes from two characters on. Two
    // digits typed alone expand to every year and count in the library (20: 2015, 2023, 200...), and
    // one report is as good as another for them: alone, a number expands from three digits. After
    // other words (宁波市海曙区人民政府20, a title typed up to its year) two digits expand as well.
    prefix: (term, _i, terms) => term.length >= (/^\d+$/.test(term) && terms.length === 1 ? 3 : 2),
    fuzzy: (term) => (isWordTerm(term) ? 0.2 : false),
    combineWith: 'AND',
  },
};

export function createSuggestIndex(): MiniSearch<SuggestDoc> {
  return new MiniSearch<SuggestDoc>(SUGGEST_OPTIONS);
}

/** A saved index back (MiniSearch.loadJSONAsync), or null when it is of another version or damaged. */
export async function loadSuggestIndex(saved: { v: number; json: string } | undefined): Promise<MiniSearch<SuggestDoc> | null> {
  if (!saved || saved.v !== SUGGEST_VERSION || typeof saved.json !== 'string') return null;
  try {
    return await MiniSearch.loadJSONAsync<SuggestDoc>(saved.json, SUGGEST_OPTIONS);
  } catch {
    return null;
  }
}

/**
 * autoSuggest joins matched terms with spaces; Han bigrams read better joined: overlapping ones (义乌
 * 乌市: 义乌市), and, as a query asks for bigrams that do not overlap, ones typed side by side (`typed`,
 * folded: 委员 会工 工作 of 委员会工作).
 */
export function joinBigrams(suggestion: string, typed = ''): string {
  const out: string[] = [];
  const terms = [...new Set(suggestion.split(' '))];
  const han = (t: string) => /^\p{Script=Han}+$/u.test(t);
  // A term inside another (义乌 in 义乌市) adds nothing to the query.
  for (const term of terms.filter((t) => !terms.some((o) => o !== t && o.includes(t)))) {
    const last = out[out.length - 1];
    if (last && han(last) && han(term) && typed.includes(last + term)) out[out.length - 1] = last + term;
    else if (last && term.length === 2 && han(term) && last.endsWith(term[0]!)) out[out.length - 1] = last + term[1];
    else out.push(term);
  }
  return out.join(' ');
}

/**
 * autoSuggest is MiniSearch's search grouped by the terms each result matched: run it once and keep that
 * search's results for the report ids, so a keystroke pays for one search (a place or title word that
 * matches most of 20,000 reports costs 100-200 ms a search), not two.
 */
function searchAndSuggest(ms: MiniSearch<SuggestDoc>, text: string, options: SearchOptions): { results: SearchResult[]; suggestions: Suggestion[] } {
  let results: SearchResult[] | null = null;
  const own = ms.search;
  ms.search = (query, opts) => (results = own.call(ms, query, opts));
  let suggestions: Suggestion[];
  try {
    suggestions = ms.autoSuggest(text, options);
  } finally {
    delete (ms as { search?: unknown }).search;
  }
  // Should autoSuggest one day stop going through search, the ids still come from a search of their own.
  return { results: results ?? ms.search(text, options), suggestions };
}

/**
 * Longer text is pasted, not typed: every bigram of it is required, so nothing short matches it, and
 * each costs a pass (4,000 characters: 2.4 s of the worker at 5,000 reports, the full search waiting).
 * A report's whole title fits.
 */
const MAX_TYPED = 64;

const isWord = (t: string) => !/\p{Script=Han}/u.test(t);

/**
 * The completions of one autoSuggest suggestion, each naming one term per word typed. A number or Latin
 * word typed once may match several terms of one report (202: its years 2022 and 2023, or 212 and 2012
 * by fuzzy matching), which autoSuggest joins as if all were typed: each of them is a completion of its own.
 */
function completionsOf(terms: string[], typedWords: number): string[][] {
  const words = terms.filter(isWord);
  if (words.length <= typedWords) return [terms];
  if (typedWords !== 1) return [];
  const han = terms.filter((t) => !isWord(t));
  return words.map((w) => [...han, w]);
}

/** Whether a report's title, headings or place hold every folded word typed, as written (SearchIndex.holdsWords). */
export type Holds = (id: string, words: readonly string[]) => boolean;

/** Results weighed for `holds` at most: the report holding what was typed is nearly always among them. */
const POOL = 40;

/**
 * The first `limit` results, those whose report holds every word typed as written (`holds`: in its
 * title, headings or place) before those holding only its bigrams apart (堅持 黨的 領導 for 堅持黨的領導),
 * each group in MiniSearch's order.
 */
function firstHolding(results: SearchResult[], limit: number, holds: Holds | undefined, words: readonly string[]): SearchResult[] {
  if (!holds) return results.slice(0, limit);
  const pool = results.slice(0, POOL);
  const yes = pool.filter((r) => holds(String(r.id), words));
  return [...yes, ...pool.filter((r) => !yes.includes(r))].slice(0, limit);
}

/** Report ids best matching what was typed so far, and completions of the query (autoSuggest). */
export function suggestReports(ms: MiniSearch<SuggestDoc>, q: string, limit: number, holds?: Holds): { ids: { id: string; score: number; terms: string[] }[]; queries: string[] } {
  const text = q.trim();
  if (!text || text.length > MAX_TYPED) return { ids: [], queries: [] };
  // The search's own prefix rule: autoSuggest's default (prefix on the last term, whatever its
  // length) expands a lone last character to every term it starts: 300 ms at 20,000 reports.
  const { results, suggestions } = searchAndSuggest(ms, text, { prefix: SUGGEST_OPTIONS.searchOptions!.prefix });
  const folded = foldForMatch(text);
  const ids = firstHolding(results, limit, holds, folded.split(/\s+/).filter(Boolean)).map((h) => ({ id: String(h.id), score: h.score, terms: h.terms }));
  const typedWords = tokenize(folded).filter(isWord);
  // Completions that extend what was typed (202: 2022) before fuzzy neighbours (202: 212, 2012).
  const extending = new Set<string>();
  const other = new Set<string>();
  for (const { terms } of suggestions) {
    for (const completion of completionsOf(terms, typedWords.length)) {
      const query = joinBigrams(completion.join(' '), folded);
      if (foldForMatch(query) === folded) continue;
      const extendsTyped = completion.filter(isWord).every((w) => typedWords.some((t) => w.startsWith(t)));
      (extendsTyped ? extending : other).add(query);
    }
    if (extending.size >= 2) break;
  }
  return { ids, queries: [...extending, ...other].slice(0, 2) };
}
