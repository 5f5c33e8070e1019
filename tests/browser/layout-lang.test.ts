// The layout in both interface languages, measured in the built app: at 1280 px the header keeps to
// one row and its search placeholder fits, the library's body badge stays out of the place beside it;
// on a 360 px phone the header is compact, scrolls away while reading, keeps its touch targets, and
// each concordance line says where it comes from; English views show no Chinese interface labels.
// Screenshots go to /tmp/shots.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, fixtureFiles, importFiles, LIBRARY, openApp, ROOT, type AppHarness } from '../e2e/helpers';
import { showView } from '../support/app-views';

const SHOTS = '/tmp/shots';
// The seed reports are all CPPCC and congress ones; a government and a party report bring the longer badges.
const FILES = [
  ...fixtureFiles(),
  ...['gov-haishu-2022h1.txt', 'party-kaihua-2023h1.txt'].map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'tests/fixtures/holdout', name)) })),
];
const idOf = (name: string) => createHash('sha256').update(FILES.find((f) => f.name === name)!.buffer).digest('hex');
const GOV = idOf('gov-haishu-2022h1.txt');
const HAN = /\p{Script=Han}/u;

let h: AppHarness;

async function show(page: Page, lang: 'zh' | 'en', width: number): Promise<void> {
  await page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
  await page.evaluate((l) => { localStorage.setItem('zhengbao.lang', l); location.hash = '#/'; }, lang);
  await page.reload();
  await page.waitForSelector(`${LIBRARY} .report-row .title a`);
}

/** The header's visible controls: their boxes, and the header's. */
function headerBoxes(page: Page) {
  return page.$eval('header.topbar', (header) => {
    const box = (e: Element) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }; };
    const controls = [...header.querySelectorAll('a, button, input')].filter((e) => e.getBoundingClientRect().width > 0)
      .map((e) => ({ name: (e.textContent || e.getAttribute('aria-label') || '').trim(), ...box(e) }));
    return { header: box(header), controls };
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp();
  await importFiles(h.page, FILES);
}, 180_000);
afterAll(async () => { await closeApp(h); });

describe('at 1280 px', () => {
  it.each(['zh', 'en'] as const)('the header keeps to one row and its placeholder fits (%s)', async (lang) => {
    await show(h.page, lang, 1280);
    const { header, controls } = await headerBoxes(h.page);
    expect(controls.length).toBeGreaterThanOrEqual(10);
    const tops = controls.map((c) => c.top);
    expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(controls)).toBeLessThan(8);
    expect(header.height).toBeLessThan(64);
    // The placeholder in the input's own font, against the room inside its padding.
    const fit = await h.page.$eval('.search-box input', (input) => {
      const el = input as HTMLInputElement;
      const css = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${css.fontSize} ${css.fontFamily}`;
      return { text: ctx.measureText(el.placeholder).width, room: el.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    await h.page.screenshot({ path: join(SHOTS, `layout-header-1280-${lang}.png`) });
  });

  it('the library\'s body badge stays whole inside its column (English)', async () => {
    await show(h.page, 'en', 1280);
    const rows = await h.page.$$eval('.report-row:not(.head)', (lis) => lis.map((li) => {
      const pill = li.querySelector('.meta-cells .pill')!;
      const place = li.querySelector('.meta-cells > span:nth-child(2)')!;
      return { body: pill.textContent, right: pill.getBoundingClientRect().right, placeLeft: place.getBoundingClientRect().left, cut: pill.scrollWidth > pill.clientWidth };
    }));
    expect(rows.map((r) => r.body)).toContain('Government');
    for (const r of rows) {
      expect(r.right, r.body ?? '').toBeLessThanOrEqual(r.placeLeft);
      expect(r.cut, r.body ?? '').toBe(false);
    }
    await h.page.screenshot({ path: join(SHOTS, 'layout-library-1280-en.png') });
  });

  it('English views show no Chinese interface labels', async () => {
    await show(h.page, 'en', 1280);
    await showView(h.page, { name: 'figures', hash: '#/figures', ready: ['.figures-view .figure-table tbody tr'] });
    const chips = await h.page.$$eval('.chips button', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(chips.some((c) => c.startsWith('Uncategorised'))).toBe(true);
    expect(chips.filter((c) => HAN.test(c))).toEqual([]);
    const tags = await h.page.$$eval('.figure-table .category-tag', (s) => s.map((e) => e.textContent ?? ''));
    expect(tags.filter((c) => HAN.test(c))).toEqual([]);
    await h.page.screenshot({ path: join(SHOTS, 'layout-figures-1280-en.png') });
    await showView(h.page, { name: 'search', hash: `#/search?q=${encodeURIComponent('民主监督')}`, ready: ['.search-view[data-fresh="true"] .result'] });
    expect(await h.page.textContent('.search-view h1')).toBe('Full-text search: 民主监督');
  });
});

describe('on a 360 px phone', () => {
  it.each(['zh', 'en'] as const)('the header is compact, keeps its touch targets and scrolls away while reading (%s)', async (lang) => {
    await show(h.page, lang, 360);
    const { header, controls } = await headerBoxes(h.page);
    // Three rows: the home icon with the search box, then the actions and the language switch.
    expect(header.height).toBeLessThanOrEqual(150);
    expect(controls.length).toBeGreaterThanOrEqual(10);
    for (const c of controls) {
      expect(c.height, c.name).toBeGreaterThanOrEqual(40);
      expect(c.left, c.name).toBeGreaterThanOrEqual(0);
      expect(c.right, c.name).toBeLessThanOrEqual(360);
    }
    await showView(h.page, { name: 'report', hash: `#/report/${GOV}`, ready: ['.report-view .reading [data-heading]'] });
    await h.page.mouse.wheel(0, 1200);
    await h.page.waitForFunction(() => scrollY > 600);
    expect((await headerBoxes(h.page)).header.bottom).toBeLessThanOrEqual(0);
    await h.page.screenshot({ path: join(SHOTS, `layout-report-scrolled-360-${lang}.png`) });
  });

  it('keeps "compare" in sight when two rows far down the list are ticked', async () => {
    await show(h.page, 'zh', 360);
    const boxes = h.page.locator(`${LIBRARY} .report-row:not(.head) input[type="checkbox"]`);
    const n = await boxes.count();
    await boxes.nth(n - 2).check();
    await boxes.nth(n - 1).check();
    const compare = h.page.getByRole('link', { name: '对比所选两份' });
    const box = await compare.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await h.page.screenshot({ path: join(SHOTS, 'layout-selection-360.png') });
    await boxes.nth(n - 1).uncheck();
    await boxes.nth(n - 2).uncheck();
  });

  it('each concordance line shows its report, or with one report its section', async () => {
    await show(h.page, 'zh', 360);
    for (const only of [null, GOV]) {
      const hash = `#/search?q=${encodeURIComponent('发展')}&view=kwic${only ? `&report=${only}` : ''}`;
      await showView(h.page, { name: 'kwic', hash, ready: ['.search-view[data-fresh="true"] .kwic tr'] });
      const lines = await h.page.$$eval('.kwic tr', (trs) => trs.map((tr) => {
        const source = tr.querySelector('td.source')!.getBoundingClientRect();
        const left = tr.querySelector('td.left')!.getBoundingClientRect();
        return { text: tr.querySelector('td.source')!.textContent ?? '', height: source.height, right: source.right, under: source.top >= left.bottom - 1 };
      }));
      expect(lines.length).toBeGreaterThan(5);
      for (const l of lines) {
        expect(l.text).not.toBe('');
        expect(l.height).toBeGreaterThan(8);
        expect(l.right).toBeLessThanOrEqual(360);
        expect(l.under).toBe(true);
      }
      await h.page.screenshot({ path: join(SHOTS, `layout-kwic-360${only ? '-one-report' : ''}.png`) });
    }
  });
});
