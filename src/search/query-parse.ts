// The query language people already know: words separated by spaces must all match, "a quoted
// phrase" matches exactly as written (spaces included), -word or -"phrase" excludes. The query is
// folded first, so full-width spaces, 「」 and “” work as separators and quotes too.
import { foldForMatch, foldWithMap, originalRange } from '../text/fold';
import { startsWord } from './match';

export interface Term {
  /** Folded text to find. */
  text: string;
  /** Quoted: plain substring (like Ctrl+F). Unquoted: a leading Latin word or number must start a word. */
  phrase: boolean;
}

export interface ParsedQuery {
  include: Term[];
  exclude: Term[];
}

function readToken(q: string, i: number): { text: string; phrase: boolean; next: number } {
  if (q[i] === '"') {
    const close = q.indexOf('"', i + 1);
    const end = close < 0 ? q.length : close;
    return { text: q.slice(i + 1, end), phrase: true, next: end + 1 };
  }
  let j = i;
  while (j < q.length && !/\s/.test(q[j]!)) j++;
  return { text: q.slice(i, j), phrase: false, next: j };
}

/** Whether the text holds a unit above U+0020 that is not a space: something the body index keys. */
function visible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20 && !/\s/.test(text[i]!)) return true;
  return false;
}

/**
 * A 破折号 (——, or an en dash or horizontal bar) opening a word is punctuation pasted with it
 * (——2024年3月5日在…, a report's subtitle), not the minus of an exclusion, though folding makes every
 * dash '-'. It is held as a control character (which folding keeps and no query types) until the
 * word is read, then is a dash of the word again.
 */
const DASH_LEAD = /(^|\s)([\u2013\u2014\u2015]+)/gu;
const DASH_HELD = '\u0001';

/** A word of the query as read: its term, whether it excludes, and where its text is in the folded query. */
interface Token {
  term: Term;
  negative: boolean;
  /** The folded query's [from, to) the word was read from (inside its quotes, if quoted). */
  from: number;
  to: number;
}

/** The query's dashes held (see DASH_LEAD), unit for unit: offsets in it are offsets in the raw query. */
function holdDashes(raw: string): { text: string; held: boolean } {
  // A query that holds the control character itself (none is typed) keeps its dashes as they fold.
  const held = !raw.includes(DASH_HELD);
  return { text: held ? raw.replace(DASH_LEAD, (_, space: string, dashes: string) => space + DASH_HELD.repeat(dashes.length)) : raw, held };
}

/** The words of a folded query, each once, in order (see parseQuery). */
function readWords(q: string, held: boolean): Token[] {
  const out: Token[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < q.length) {
    if (/\s/.test(q[i]!)) {
      i++;
      continue;
    }
    const negative = q[i] === '-' && i + 1 < q.length && !/\s/.test(q[i + 1]!);
    const at = negative ? i + 1 : i;
    const token = readToken(q, at);
    i = token.next;
    // A line break inside a paragraph is indexed as a space, and paragraphs end at one: a quoted
    // one (pasted) is a space too, so a phrase never spans paragraphs, nor sections.
    let text = token.phrase ? token.text.replace(/\n/g, ' ') : token.text.replace(/^"|"$/g, '');
    if (held) text = text.replaceAll(DASH_HELD, '-');
    // Quoting changes nothing for a word that does not start with a Latin letter or digit: "政府" is 政府.
    const key = `${negative ? '-' : '+'}${startsWord({ text, phrase: token.phrase }) ? 'w' : 'p'}${text}`;
    // A lone '-' is an exclusion still being typed (search runs as you type), not a search for dashes.
    // A word of nothing visible (spaces, or control characters, which the body index does not key) finds nothing.
    if (!visible(text) || (!token.phrase && text === '-') || seen.has(key)) continue;
    seen.add(key);
    const from = token.phrase ? at + 1 : at;
    out.push({ term: { text, phrase: token.phrase }, negative, from, to: from + token.text.length });
  }
  return out;
}

export function parseQuery(raw: string): ParsedQuery {
  const { text, held } = holdDashes(raw);
  const include: Term[] = [];
  const exclude: Term[] = [];
  for (const { term, negative } of readWords(foldForMatch(text), held)) (negative ? exclude : include).push(term);
  return { include, exclude };
}

/**
 * The query with its exclusions left out: each word it asks for as the user wrote it (the raw text it
 * was read from: folding is not always the same twice, 乾縣 folds to 乾县 and 乾县 to 干县), so the text
 * parses to the very words asked for. A quoted word keeps its quotes only where they change what is
 * found (a space, a leading dash, a Latin word's start): "民主監督" is offered as 民主監督. Null when
 * there is nothing to leave out, or nothing left.
 */
export function withoutExclusions(raw: string): string | null {
  const { text, held } = holdDashes(raw);
  const folded = foldWithMap(text);
  const words = readWords(folded.text, held);
  if (!words.some((w) => w.negative) || words.every((w) => w.negative)) return null;
  return words.filter((w) => !w.negative).map(({ term, from, to }) => {
    const [a, b] = originalRange(folded, from, to);
    const written = raw.slice(a, b);
    const quoted = term.phrase && (/[\s"]/.test(term.text) || term.text.startsWith('-') || startsWord({ text: term.text, phrase: false }));
    return quoted ? `"${written}"` : written;
  }).join(' ');
}
