// OCR rows of the benchmark (`npm run bench -- ocr`): A4 pages at 200 dpi drawn from fixture text
// (ocr-pages.ts), read in Node through parseFile as an image-only PDF, with each
// language data folder the registry ships: seconds per page (wall and CPU: tesseract.js works in
// a worker thread, whose CPU process.cpuUsage counts), character error rate and the RSS peak.
// Run alone: `npx tsx src/cli/bench-ocr.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFile } from '../parse/parse-file';
import { releaseOcr } from '../parse/extract/ocr-engine';
import type { BenchRow, BenchSection } from './bench-parse';
import { ROOT } from './bench-chromium';
import { nodeOcrData, OCR_DATA_FOLDER } from './ocr-data';
import { A4, cer, drawPages, fixtureParagraphs, pageImage } from './ocr-pages';
import { openPdf } from '../parse/extract/pdf';
import { makeImagePdf } from './make-image-pdf';

const PAGES = 2;
const TARGET_S_PER_PAGE = 8;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function scannedReport(): { pdf: Uint8Array; text: string } {
  const pages = drawPages(fixtureParagraphs(readFileSync(join(ROOT, 'tests/fixtures/000_19b4022d2904f987.txt'), 'utf8')), PAGES);
  const pdf = makeImagePdf(pages.map((p) => ({ jpeg: pageImage(p.canvas, { jpegQuality: 90 }), width: A4.width, height: A4.height })));
  return { pdf, text: pages.map((p) => p.text).join('\n') };
}

async function measure(folder: string, pdf: Uint8Array, text: string): Promise<Record<string, number | string>> {
  const ocr = { data: nodeOcrData(folder), script: 'simplified' as const };
  const t0 = performance.now(), c0 = process.cpuUsage();
  const r = await parseFile(pdf, 'scan.pdf', { ocr });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  await releaseOcr();
  if (!r.ok) throw new Error(`${folder}: ${r.error}`);
  const read = r.report.paragraphs.map((p) => p.text).join('\n');
  return {
    data: folder, pages: PAGES, sPerPage: round(wall / PAGES), cpuSPerPage: round((cpu.user + cpu.system) / 1e6 / PAGES),
    cerPercent: round(cer(text, read) * 100), confidence: r.report.ocr?.confidence ?? 0,
  };
}

export async function ocrSection(): Promise<BenchSection> {
  const { pdf, text } = scannedReport();
  // pdf.js loads before timing (text PDFs pay for it too); each data folder's run pays for starting
  // the engine and loading its data, as the first scan of a session does.
  const warm = await openPdf(pdf);
  if (warm.ok) await warm.doc.destroy();
  const rssBeforeMb = round(process.resourceUsage().maxRSS / 1024, 0);
  const rows: Record<string, number | string>[] = [];
  for (const folder of [OCR_DATA_FOLDER, '4.0.0']) rows.push(await measure(folder, pdf, text));
  const rssPeakMb = round(process.resourceUsage().maxRSS / 1024, 0);
  const chosen = rows[0]!;
  const json = {
    data: chosen.data, sPerPage: chosen.sPerPage, cpuSPerPage: chosen.cpuSPerPage, cerPercent: chosen.cerPercent,
    rssPeakMb, rssBeforeOcrMb: rssBeforeMb, targetSPerPage: TARGET_S_PER_PAGE, dpi: A4.dpi, alternatives: rows.slice(1),
  };
  const tableRows: BenchRow[] = rows.map((r) => ({ ...r, target: `≤ ${TARGET_S_PER_PAGE} s` }));
  tableRows.push({ data: 'RSS peak (MB)', pages: '', sPerPage: rssPeakMb }, { data: 'RSS before OCR (MB)', pages: '', sPerPage: rssBeforeMb });
  return { name: `OCR in Node: A4 at ${A4.dpi} dpi, chi_sim`, rows: tableRows, json };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await ocrSection();
  console.table(s.rows);
  console.log(JSON.stringify({ ocr: s.json }));
}
