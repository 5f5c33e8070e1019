// The query language people already know: words separated by spaces must all match, "a quoted
// phrase" matches exactly as written (spaces included), -word or -"phrase" excludes. The query is
// folded first, so full-width spaces, 「」 and “” work as separators and quotes too.
import { foldForMatch } from '../text/fold';

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

export function parseQuery(raw: string): ParsedQuery {
  const q = foldForMatch(raw);
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
    const text = token.phrase ? token.text : token.text.replace(/^"|"$/g, '');
    const key = `${negative ? '-' : '+'}${token.phrase ? 'p' : 'w'}${text}`;
    // A lone '-' is an exclusion still being typed (search runs as you type), not a search for dashes.
    if (text.trim() === '' || (!token.phrase && text === '-') || seen.has(key)) continue;
    seen.add(key);
    (negative ? exclude : include).push({ text, phrase: token.phrase });
  }
  return { include, exclude };
}
