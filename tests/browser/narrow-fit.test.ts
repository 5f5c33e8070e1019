// Nothing scrolls sideways on a 360 px phone: every fixture and hold-out report (the longest
// government reports among them) imported into one library, each opened in the report view, and
// the library, search, compare, figures and trends views over the longest ones.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, importResult, openApp, ROOT, type AppHarness } from '../e2e/helpers';
import { appViews, showView } from '../support/app-views';

const WIDTH = 360;
const SHOTS = '/tmp/shots';

function reportFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gold' || name === 'src' ? [] : reportFiles(path);
    return /\.(txt|md|html?|docx)$/.test(name) ? [path] : [];
  });
}

/** Longest first, with the report's id (the SHA-256 of its bytes). */
const FILES = reportFiles(join(ROOT, 'tests/fixtures'))
  .map((path) => { const bytes = readFileSync(path); return { path, bytes, id: createHash('sha256').update(bytes).digest('hex') }; })
  .sort((a, b) => b.bytes.length - a.bytes.length);
const GOVERNMENT = FILES.filter((f) => /gov|政府/.test(basename(f.path)));

/** The page's overflow, and what sticks out, for a readable failure. */
async function overflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate((width) => ({
    scrollWidth: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .slice(0, 4).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).replace(/\s+/g, '.')} → ${Math.round(e.getBoundingClientRect().right)}`),
  }), WIDTH);
}

let h: AppHarness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp(undefined, { width: WIDTH, height: 740 });
  await h.page.setInputFiles('#file-input', FILES.map((f) => ({ name: basename(f.path), mimeType: 'application/octet-stream', buffer: f.bytes })));
  const rows = await importResult(h.page, 300_000);
  expect(rows.filter((r) => r.status === 'saved').length).toBe(new Set(FILES.map((f) => f.id)).size);
}, 360_000);
afterAll(async () => { await closeApp(h); });

describe(`at ${WIDTH} px nothing scrolls sideways`, () => {
  it('in the report view, for every imported report', async () => {
    const over: string[] = [];
    for (const f of FILES) {
      await showView(h.page, { name: 'report', hash: `#/report/${f.id}`, ready: ['.report-view .reading', '.report-view .panels'] });
      const o = await overflow(h.page);
      if (o.scrollWidth > WIDTH) over.push(`${basename(f.path)}: ${o.scrollWidth} px (${o.wide.join('; ')})`);
      // Nor does the figures table hide a column to the right inside its card.
      const inner = await h.page.$eval('.panels', (el) => [...el.querySelectorAll('.fig-scroll')].map((s) => s.scrollWidth - s.clientWidth)[0] ?? 0);
      if (inner > 1) over.push(`${basename(f.path)}: figures table ${inner} px wider than its card`);
    }
    expect(over).toEqual([]);
    await h.page.locator('.panels').screenshot({ path: join(SHOTS, 'narrow-report-panels.png') });
  });

  it('in every view over the longest government reports', async () => {
    expect(GOVERNMENT.length).toBeGreaterThan(1);
    const [a, b] = GOVERNMENT;
    const over: string[] = [];
    for (const view of appViews(a!.id, b!.id, '经济', ['经济', '项目'])) {
      await showView(h.page, view);
      const o = await overflow(h.page);
      if (o.scrollWidth > WIDTH) over.push(`${view.name}: ${o.scrollWidth} px (${o.wide.join('; ')})`);
      await h.page.screenshot({ path: join(SHOTS, `narrow-${view.name}.png`) });
    }
    // The whole figures table of the library, not only one category.
    await showView(h.page, { name: 'all figures', hash: '#/figures', ready: ['.figures-view .figure-table tbody tr'] });
    const o = await overflow(h.page);
    if (o.scrollWidth > WIDTH) over.push(`all figures: ${o.scrollWidth} px (${o.wide.join('; ')})`);
    expect(over).toEqual([]);
  });
});
