// A tolerant, linear HTML tokenizer for text extraction (no DOM exists in a worker): start tags
// with their raw attribute text, end tags, text. Comments and declarations are skipped; raw-text
// elements (script, style, title…) are read to their end tag without looking for markup inside.

export interface TokenSink {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const endTagPatterns = new Map<string, RegExp>();

function endTagOf(name: string): RegExp {
  let re = endTagPatterns.get(name);
  if (!re) endTagPatterns.set(name, (re = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi')));
  return re;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function readName(html: string, from: number): number {
  let j = from;
  for (; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (!(isNameStart(c) || (c >= 48 && c <= 58) || c === 95 || c === 45)) break; // digits, ':', '_', '-'
  }
  return j;
}

/** End of a start tag: the first '>' outside a quoted attribute value; -1 when the file ends first. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (c === 62) return j; // >
    if ((c === 34 || c === 39) && afterEquals) {
      j = html.indexOf(html[j]!, j + 1);
      if (j < 0) return -1;
      afterEquals = false;
    } else if (c === 61) afterEquals = true; // =
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) afterEquals = false;
  }
  return -1;
}

function skipTo(html: string, marker: string, from: number): number {
  const k = html.indexOf(marker, from);
  return k < 0 ? html.length : k + marker.length;
}

export function tokenize(html: string, sink: TokenSink): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { sink.text(html.slice(i)); return; }
    if (lt > i) sink.text(html.slice(i, lt));
    const c = html.charCodeAt(lt + 1);
    if (c === 33) i = html.startsWith('<!--', lt) ? skipTo(html, '-->', lt + 4) : skipTo(html, '>', lt + 2); // !
    else if (c === 63) i = skipTo(html, '>', lt + 2); // ?
    else if (c === 47 && isNameStart(html.charCodeAt(lt + 2))) { // /
      const nameEnd = readName(html, lt + 2);
      sink.close(html.slice(lt + 2, nameEnd).toLowerCase());
      i = skipTo(html, '>', nameEnd);
    } else if (isNameStart(c)) i = startTag(html, lt, sink);
    else { sink.text('<'); i = lt + 1; }
  }
}

function startTag(html: string, lt: number, sink: TokenSink): number {
  const nameEnd = readName(html, lt + 1);
  const name = html.slice(lt + 1, nameEnd).toLowerCase();
  const end = tagEnd(html, nameEnd);
  if (end < 0) return html.length;
  const attrs = html.slice(nameEnd, end);
  const selfClosing = attrs.endsWith('/');
  sink.open(name, attrs, selfClosing);
  if (!RAW_TEXT.has(name) || selfClosing) return end + 1;
  const re = endTagOf(name);
  re.lastIndex = end + 1;
  const m = re.exec(html);
  const stop = m ? m.index : html.length;
  if (stop > end + 1) sink.text(html.slice(end + 1, stop));
  sink.close(name);
  return m ? skipTo(html, '>', stop) : html.length;
}
