// A table of generic rows as CSV (UTF-8 BOM, RFC 4180) built row by row: columns are every field
// met, in order of first appearance, so a field the parser adds later still gets its column. Lists
// and objects (a heading path, warnings) are written as JSON text in their cell.
import { csvField, type Cell } from './csv';
import type { Row } from './dataset-tables';

const BOM = '\uFEFF';

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value as Cell;
}

export class CsvTable {
  private readonly columns = new Map<string, number>();
  /** Each row already as CSV text, with how many cells it has (later columns are padded at the end). */
  private readonly lines: { text: string; cells: number }[] = [];

  add(row: Row): void {
    for (const key of Object.keys(row)) if (row[key] !== undefined && !this.columns.has(key)) this.columns.set(key, this.columns.size);
    const cells: string[] = new Array<string>(this.columns.size).fill('');
    for (const [key, value] of Object.entries(row)) {
      const at = this.columns.get(key);
      if (at !== undefined) cells[at] = csvField(cell(value));
    }
    this.lines.push({ text: cells.join(','), cells: cells.length });
  }

  get size(): number {
    return this.lines.length;
  }

  /** The whole table; rows made before a column appeared get empty cells for it. */
  toString(): string {
    const width = this.columns.size;
    const header = [...this.columns.keys()].map(csvField).join(',');
    const body = this.lines.map((l) => (l.cells < width ? l.text + ','.repeat(width - l.cells) : l.text));
    return BOM + [header, ...body].join('\r\n') + '\r\n';
  }
}
