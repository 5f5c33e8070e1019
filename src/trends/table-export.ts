// The library's tables as one zip for spreadsheets and engines: reports, sections and figures, each
// as JSON Lines (the fields of the `dataset` command) and as CSV (UTF-8 BOM). Reports arrive one at a
// time, so the caller can read them from storage as it goes; the zip is made once, at the end.
import { strToU8, zipSync } from 'fflate';
import type { ParsedReport } from '../model/report';
import { tableRows, TABLES, type TableName } from './dataset-tables';
import { CsvTable } from './table-csv';

export interface ExportedReport { id: string; fileName: string; size: number; report: ParsedReport }

export class TablesBuilder {
  private readonly jsonl: Record<TableName, string[]> = { reports: [], sections: [], figures: [] };
  private readonly csv: Record<TableName, CsvTable> = { reports: new CsvTable(), sections: new CsvTable(), figures: new CsvTable() };

  add({ id, fileName, size, report }: ExportedReport): void {
    const rows = tableRows(id, fileName, size, report);
    for (const t of TABLES) {
      for (const row of rows[t]) {
        this.jsonl[t].push(JSON.stringify(row));
        this.csv[t].add(row);
      }
    }
  }

  /** Rows per table so far. */
  counts(): Record<TableName, number> {
    return { reports: this.csv.reports.size, sections: this.csv.sections.size, figures: this.csv.figures.size };
  }

  /** reports.jsonl, sections.jsonl, figures.jsonl and the three .csv files, deflated. */
  zip(): Uint8Array {
    const files: Record<string, Uint8Array> = {};
    for (const t of TABLES) {
      const lines = this.jsonl[t];
      files[`${t}.jsonl`] = strToU8(lines.length ? lines.join('\n') + '\n' : '');
      files[`${t}.csv`] = strToU8(this.csv[t].toString());
    }
    return zipSync(files, { level: 6 });
  }
}

export function tablesFileName(date = new Date()): string {
  return `zhengbao-tables-${date.toISOString().slice(0, 10)}.zip`;
}
