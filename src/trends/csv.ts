// CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF
// line ends, every field quoted when it holds a comma, quote, or line break (RFC 4180). Text comes
// from files of unknown origin, so a text cell a spreadsheet would run as a formula (= + - @, tab,
// CR first) gets a leading apostrophe (CSV injection); numbers, negative ones too, stay numbers.

export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A text cell that is just a number ("-3.4") is data, not a formula: it stays as written. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/** The text as a spreadsheet will show it, never as something it runs. */
export function inertText(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : inertText(String(cell));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV text back into rows (BOM dropped): for tests and for round-trips. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
