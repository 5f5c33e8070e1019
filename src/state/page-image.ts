// The page image beside a PDF or image report's text: open or closed, which page, and its picture.
// An image original is shown as itself; a PDF page is drawn by the page-render worker on demand
// (pdf.js never loads for it before the panel opens). The page follows the reading position.
import { signal } from '@preact/signals';
import type { ParsedReport } from '../model/report';
import { getOriginal } from '../store/repo';
import { library } from './db';
import { renderPage } from '../worker/page-client';

export interface PageView {
  id: string;
  open: boolean;
  page: number;
  /** Known once the original is read (an image has one). */
  pages: number | null;
  url: string | null;
  status: 'loading' | 'ready' | 'failed';
}

export const pageView = signal<PageView | null>(null);

/** Per open report: the original's bytes and the pictures made so far (object URLs, freed on leaving). */
let held: { id: string; format: 'image' | 'pdf'; bytes: Promise<ArrayBuffer | undefined>; urls: Map<number, string> } | null = null;

export function hasPageImages(report: ParsedReport): boolean {
  return report.format === 'image' || report.format === 'pdf';
}

function release(): void {
  for (const url of held?.urls.values() ?? []) URL.revokeObjectURL(url);
  held = null;
}

/** Called when a report opens: a report of another kind closes the panel and frees the pictures. */
export function followReport(id: string, report: ParsedReport | null): void {
  if (held?.id === id) return;
  release();
  pageView.value = null;
  if (!report || !hasPageImages(report)) return;
  const bytes = library().then((db) => getOriginal(db, id)).then((o) => o?.bytes);
  held = { id, format: report.format === 'image' ? 'image' : 'pdf', bytes, urls: new Map() };
}

export function togglePageView(): void {
  const view = pageView.value;
  if (!held) return;
  if (view?.id === held.id) { pageView.value = { ...view, open: !view.open }; return; }
  pageView.value = { id: held.id, open: true, page: 1, pages: held.format === 'image' ? 1 : null, url: null, status: 'loading' };
  void showPage(1);
}

/** The page holding paragraph `para`, by the report's page starts. */
export function pageOfPara(report: ParsedReport, para: number): number {
  let page = 1;
  for (const s of report.pages ?? []) if (s.para <= para) page = s.page;
  return page;
}

export async function showPage(page: number): Promise<void> {
  const h = held;
  const view = pageView.value;
  if (!h || !view || view.id !== h.id) return;
  if (view.page === page && view.status === 'ready') return;
  const cached = h.urls.get(page);
  pageView.value = { ...view, page, url: cached ?? view.url, status: cached ? 'ready' : 'loading' };
  if (cached) return;
  try {
    const bytes = await h.bytes;
    if (!bytes) throw new Error('original missing');
    const { blob, pages } = h.format === 'image'
      ? { blob: new Blob([bytes]), pages: 1 }
      : await renderPage(h.id, bytes, page);
    if (held !== h) return;
    const url = URL.createObjectURL(blob);
    h.urls.set(page, url);
    const now = pageView.value;
    if (now?.id === h.id && now.page === page) pageView.value = { ...now, pages, url, status: 'ready' };
  } catch {
    const now = pageView.value;
    if (held === h && now?.id === h.id && now.page === page) pageView.value = { ...now, status: 'failed' };
  }
}
