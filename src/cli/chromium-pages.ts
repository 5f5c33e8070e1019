// Page images made by Chromium itself (ocr-pages.ts draws them with @napi-rs/canvas for Node), for the
// app's OCR browser test and in-app bench: report lines laid out like an official
// document on an A4 page (title, 黑体-like headings, indented 宋体-like body) and captured at a
// chosen resolution as PNG or JPEG, and an image-only PDF holding such a picture (no text layer).
import type { Page } from 'playwright-core';

const A4_CSS = { width: 794, height: 1123 }; // 210 × 297 mm at 96 CSS px per inch

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageHtml(lines: string[], zoom: number): string {
  const body = lines.map((l, i) => (i === 0 ? `<h1>${esc(l)}</h1>`
    : /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(l) && l.length < 40 ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`));
  return `<html><head><meta charset="utf-8"><style>
    html { zoom: ${zoom}; background: #fff; } body { margin: 0; padding: 37mm 26mm 35mm 28mm; color: #111; }
    body { font: 16pt/1.75 'Noto Serif CJK SC', serif; } p { text-indent: 2em; margin: 0; text-align: justify; }
    h1 { font: bold 22pt/1.5 'Noto Serif CJK SC', serif; text-align: center; margin: 0 0 1em; }
    h2 { font: 16pt/1.75 'Noto Sans CJK SC', sans-serif; text-indent: 2em; margin: 0; }
  </style></head><body>${body.join('')}</body></html>`;
}

/** One A4 page of `lines` at `dpi` (200 by default) in a tab of `page`'s context; the tab is closed after. */
export async function renderPageImage(page: Page, lines: string[], opts: { dpi?: number; type?: 'png' | 'jpeg'; quality?: number } = {}): Promise<Buffer> {
  const zoom = (opts.dpi ?? 200) / 96;
  const tab = await page.context().newPage();
  try {
    await tab.setViewportSize({ width: Math.round(A4_CSS.width * zoom), height: Math.round(A4_CSS.height * zoom) });
    await tab.setContent(pageHtml(lines, zoom));
    await tab.evaluate(() => document.fonts.ready.then(() => true));
    return await tab.screenshot({ type: opts.type ?? 'png', ...(opts.type === 'jpeg' ? { quality: opts.quality ?? 80 } : {}) });
  } finally {
    await tab.close();
  }
}

/** A PDF whose pages are only these pictures, one A4 page each: what a scanner makes. */
export async function imageOnlyPdf(page: Page, images: Buffer[], type: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const tab = await page.context().newPage();
  try {
    const imgs = images.map((b) => `<img src="data:image/${type};base64,${b.toString('base64')}">`).join('');
    await tab.setContent(`<html><head><style>@page { size: A4; margin: 0 } body { margin: 0 }
      img { display: block; width: 210mm; height: 297mm; page-break-after: always; }</style></head><body>${imgs}</body></html>`);
    await tab.evaluate(() => Promise.all([...document.images].map((i) => i.decode())).then(() => true));
    return await tab.pdf({ format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
  } finally {
    await tab.close();
  }
}
