// Word's text stream -> lines: paragraph marks, line and page breaks end a line; a field keeps its
// result and drops its code ({ HYPERLINK "…" }, { PAGE }); table cells are joined by a space and each
// row becomes a line; pictures, note references and other control marks are not text.
import type { Block } from '../blocks';

const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
const CELL = 0x07;

export function wordText(text: string): Block[] {
  const lines: string[] = [];
  let line = '';
  // One entry per open field: true once its separator is passed (its result is showing).
  const fields: boolean[] = [];
  let hidden = 0; // open fields still in their code part
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === FIELD_BEGIN) { fields.push(false); hidden++; continue; }
    if (c === FIELD_SEPARATOR) { if (fields.length && !fields[fields.length - 1]) { fields[fields.length - 1] = true; hidden--; } continue; }
    if (c === FIELD_END) { if (fields.length && !fields.pop()) hidden--; continue; }
    if (hidden > 0) continue;
    if (c === 0x0d || c === 0x0b || c === 0x0c || c === 0x0e) { lines.push(line); line = ''; continue; }
    if (c === CELL) {
      // A cell's end mark followed by the row's own end mark closes the row.
      if (text.charCodeAt(i + 1) === CELL) { lines.push(line); line = ''; i++; } else line += ' ';
      continue;
    }
    if (c === 0x09) line += '\t';
    else if (c === 0x1e) line += '-'; // non-breaking hyphen
    else if (c === 0xa0) line += ' ';
    else if (c >= 0x20 && c !== 0x1f && !(c >= 0xf000 && c <= 0xf0ff)) line += text[i];
  }
  if (line) lines.push(line);
  return lines.map((l) => ({ text: l.replace(/[ \t]+$/, '') }));
}
