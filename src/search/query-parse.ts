// The query language people already know: words separated by spaces must all match, "a quoted
// phrase" matches exactly as written (spaces included), -word or -"phrase" excludes. The query is
// folded first, so full-width spaces, 「」 and “” work as separators and quotes too.
import { foldForMatch } from '../text/fold';
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

export function parseQuery(raw: string): ParsedQuery {
  // A query that holds the control character itself (none is typed) keeps its dashes as they fold.
  const held = !raw.includes(DASH_HELD);
  const q = foldForMatch(held ? raw.replace(DASH_LEAD, (_, space: string, dashes: string) => space + DASH_HELD.repeat(dashes.length)) : raw);
  const include: Term[] = [];
  const exclude: Term[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < q.length) {
    if (/\s/.test(q[i]!)) {
      i++;
      continue;
    }
    const negative = q[i] === '-' && i + 1 < q.length && !/\s/.test(q[i + 1]!);
    const token = readToken(q, negative ? i + 1 : i);
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
    (negative ? exclude : include).push({ text, phrase: token.phrase });
  }
  return { include, exclude };
}

/**
 * The query with its exclusions left out, as query text that parses to the same include words (folded):
 * what to offer when the exclusions leave nothing. A word opening with a dash (a pasted 破折号, held as
 * a word) is written with em dashes, as typed, so it is not read as an exclusion; a quoted word is written
 * without its quotes where they change nothing ("民主监督" is 民主监督). Null when there is
 * nothing to leave out, or nothing left.
 */
export function withoutExclusions(raw: string): string | null {
  const { include, exclude } = parseQuery(raw);
  if (exclude.length === 0 || include.length === 0) return null;
  return include.map((t) => {
    // Quotes are kept only where they change what is found: a space, a leading dash, or a Latin word's start.
    if (t.phrase) return /[\s"]/.test(t.text) || t.text.startsWith('-') || startsWord({ text: t.text, phrase: false }) ? `"${t.text}"` : t.text;
    // parseQuery drops one closing quote of an unquoted word: one more keeps a quote that ends it.
    const word = t.text.replace(/^-+/, (dashes) => '\u2014'.repeat(dashes.length));
    return word.endsWith('"') ? `${word}"` : word;
  }).join(' ');
}
