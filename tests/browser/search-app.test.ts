// Search in the built app, real Chromium: the seed reports are imported through the file picker,
// the search worker indexes them and persists the index; a simplified mid-sentence phrase finds
// the traditional report too, filters narrow the results, a result opens the report at the hit
// with next/previous (the outline marking the hit's section), results order by year, the KWIC list sorts and exports as CSV, a query whose exclusions leave nothing offers one without them, words
// within one section narrow counts, concordance and a report's hits alike, the index survives a reload without re-indexing,
// and a deleted report's hits are gone. Screenshots at 1280 and 360 px go to /tmp/shots.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/trends/csv';
import { DIST, closeApp, closeImportPanel, fixtureFiles, importFiles, importResult, openApp, waitForCount, type AppHarness } from '../e2e/helpers';

const SHOTS = '/tmp/shots';
const files = fixtureFiles();
const idOf = (prefix: string) => createHash('sha256').update(files.find((f) => f.name.startsWith(prefix))!.buffer).digest('hex');
/** 001 is the traditional report (鷹潭); the phrase is typed in simplified, from mid-sentence. */
const TRAD = idOf('001');
const PHRASE = '众反映强烈';

let h: AppHarness;

async function indexReady(page: Page, size: number): Promise<{ loaded: number; indexed: number }> {
  await page.waitForSelector(`.index-status[data-phase="ready"][data-size="${size}"]`, { state: 'attached', timeout: 60_000 });
  const attr = (name: string) => page.getAttribute('.index-status', name).then(Number);
  return { loaded: await attr('data-loaded'), indexed: await attr('data-indexed') };
}

async function searchFor(page: Page, hash: string): Promise<void> {
  await page.goto(`${h.server.url}${hash}`);
  await page.waitForSelector('.search-view[data-fresh="true"]');
}

function counts(text: string | null): [number, number] {
  const m = /(\d+) 处命中，(\d+) 份报告/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [-1, -1];
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp();
  await importFiles(h.page, files);
}, 120_000);
afterAll(async () => { await closeApp(h); });

describe('search in the app', () => {
  it('searches as you type: a simplified mid-sentence phrase finds the traditional report, marked in its own script', async () => {
    await h.page.fill('input[type="search"]', PHRASE);
    await h.page.waitForFunction((q) => decodeURIComponent(location.hash).includes(`q=${q}`), PHRASE);
    expect(await indexReady(h.page, files.length)).toMatchObject({ indexed: files.length });
    await h.page.waitForSelector(`.search-view[data-fresh="true"][data-query="${PHRASE}"] .result[data-report="${TRAD}"]`);
    const [hits, reports] = counts(await h.page.textContent('.search-count'));
    expect(reports).toBeGreaterThanOrEqual(2);
    expect(hits).toBeGreaterThanOrEqual(reports);
    const marks = await h.page.$$eval(`.result[data-report="${TRAD}"] .snippet mark`, (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['眾反映強烈']));
    await h.page.screenshot({ path: `${SHOTS}/search-1280.png`, fullPage: false });
  });

  it('finds simplified text from a traditional query, and drops stale answers while typing', async () => {
    const box = h.page.locator('input[type="search"]');
    await box.fill('');
    for (const q of ['協', '協商', '協商會', '協商']) await box.fill(q);
    await h.page.waitForSelector('.search-view[data-fresh="true"][data-query="協商"]');
    await h.page.waitForTimeout(300);
    expect(await h.page.getAttribute('.search-view', 'data-query')).toBe('協商');
    expect(await h.page.locator(`.result[data-report="${idOf('000')}"]`).count()).toBe(1);
    expect(await h.page.$$eval(`.result[data-report="${idOf('000')}"] .snippet mark`, (ms) => ms.map((m) => m.textContent))).toContain('协商');
  });

  it('filters by locality and year; the address holds the filters', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent('政协')}`);
    const [all] = counts(await h.page.textContent('.search-count'));
    const locality = await h.page.$eval('select[name="locality"] option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
    await h.page.selectOption('select[name="locality"]', locality);
    await h.page.waitForFunction((l) => decodeURIComponent(location.hash).includes(`locality=${l}`), locality);
    await h.page.waitForSelector('.search-view[data-fresh="true"]');
    const [filtered, reports] = counts(await h.page.textContent('.search-count'));
    expect(filtered).toBeLessThan(all);
    expect(reports).toBeGreaterThanOrEqual(1);
    for (const meta of await h.page.$$eval('.result-meta', (ms) => ms.map((m) => m.textContent))) expect(meta).toContain(locality);
    await h.page.selectOption('select[name="locality"]', '');
    const years = await h.page.$$eval('select[name="to"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await h.page.selectOption('select[name="to"]', years[0]!);
    await h.page.waitForFunction((y) => location.hash.includes(`to=${y}`), years[0]);
    await h.page.waitForSelector('.search-view[data-fresh="true"]');
    expect(counts(await h.page.textContent('.search-count'))[0]).toBeLessThan(all);
    // The same address in a new page gives the same filtered answer.
    const again = await h.context.newPage();
    await again.goto(h.page.url());
    await again.waitForSelector('.search-view[data-fresh="true"]');
    expect(await again.inputValue('select[name="to"]')).toBe(years[0]);
    expect(counts(await again.textContent('.search-count'))).toEqual(counts(await h.page.textContent('.search-count')));
    await again.close();
  });

  it('names each result as the library names it (an untitled work report by place, body and year)', async () => {
    await h.page.goto(`${h.server.url}#/`);
    await h.page.waitForSelector('.library[data-ready] .report-row .title a');
    const listed = new Map(await h.page.$$eval('.report-row .title a', (as) =>
      as.map((a) => [(a.getAttribute('href') ?? '').split('/').pop()!.split('?')[0]!, a.textContent ?? ''] as [string, string])));
    await searchFor(h.page, `#/search?q=${encodeURIComponent('工作')}`);
    await h.page.waitForSelector('.search-view[data-fresh="true"] .result');
    const shown = await h.page.$$eval('.result', (rs) => rs.map((r) => [r.getAttribute('data-report') ?? '', r.querySelector('h2')?.textContent ?? ''] as [string, string]));
    expect(shown.length).toBe(files.length);
    for (const [id, title] of shown) expect(title).toBe(listed.get(id));
    // The seed NPC report has no title line: neither list falls back to its file name.
    expect(shown.some(([, title]) => /人大常委會工作報告（\d{4}）$/.test(title))).toBe(true);
    expect(shown.every(([, title]) => !/\.txt$/.test(title))).toBe(true);
  });

  it('orders the results newest or oldest first by year, kept in the address', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent('工作')}`);
    const latest = () => h.page.$$eval('.result .result-meta', (ms) => ms.map((m) => Math.max(0, ...(m.querySelector('.years')?.textContent?.match(/\d{4}/g) ?? []).map(Number))));
    const relevance = await latest();
    for (const [label, order] of [['最新在前', 'newest'], ['最早在前', 'oldest']] as const) {
      await h.page.getByRole('group', { name: '结果排序' }).getByRole('button', { name: label }).click();
      await h.page.waitForFunction((o) => location.hash.includes(`order=${o}`), order);
      await h.page.waitForSelector('.search-view[data-fresh="true"]');
      const years = await latest();
      expect(years.length).toBe(relevance.length);
      expect(years).toEqual([...relevance].sort((a, b) => (order === 'newest' ? b - a : a - b)));
    }
    await h.page.getByRole('group', { name: '结果排序' }).getByRole('button', { name: '相关度' }).click();
    await h.page.waitForFunction(() => !location.hash.includes('order='));
  });

  it('when exclusions leave nothing, says what the words find without them and links that search', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent('工作 -工作')}`);
    expect(counts(await h.page.textContent('.search-count'))).toEqual([0, 0]);
    const offer = h.page.locator('.without-excluded');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/不排除时有 \d+ 处命中，5 份报告/);
    await offer.getByRole('link', { name: '搜索 工作' }).click();
    await h.page.waitForFunction(() => decodeURIComponent(location.hash) === '#/search?q=工作');
    await h.page.waitForSelector('.search-view[data-fresh="true"] .result');
    expect(counts(await h.page.textContent('.search-count'))[1]).toBe(files.length);
    // The concordance left empty says so and makes the same offer; quotes that change nothing are not offered.
    await searchFor(h.page, `#/search?q=${encodeURIComponent('"工作" -工作')}&view=kwic`);
    const kwicOffer = h.page.locator('.search-view[data-fresh="true"] .without-excluded');
    await kwicOffer.waitFor();
    expect(await kwicOffer.textContent()).toMatch(/不排除时有 \d+ 处命中，5 份报告/);
    expect(await h.page.locator('.kwic').count()).toBe(0);
    expect(await h.page.textContent('.search-view')).toContain('没有找到');
    await kwicOffer.getByRole('link', { name: '搜索 工作' }).click();
    await h.page.waitForSelector('.search-view[data-fresh="true"] .kwic tr');
    expect(decodeURIComponent(h.page.url())).toMatch(/#\/search\?q=工作&view=kwic$/);
  });

  it('opens a result at its hit, with the hit count and next/previous', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent('提案')}`);
    const group = h.page.locator(`.result[data-report="${TRAD}"]`);
    const inReport = Number(await group.locator('.count').getAttribute('data-hits'));
    const second = group.locator('.hits a').nth(1);
    const snippetMark = await second.locator('mark').first().textContent();
    await second.click();
    await h.page.waitForSelector('.hit-bar[data-current]:not([data-current=""])');
    expect(h.page.url()).toMatch(/#\/report\/[0-9a-f]{64}\?q=.+&at=\d+\.\d+$/);
    expect(Number(await h.page.getAttribute('.hit-bar', 'data-hits'))).toBe(inReport);
    expect(await h.page.inputValue('input[type="search"]')).toBe('提案');
    const current = h.page.locator('.reading mark.current');
    await current.waitFor();
    expect(await current.textContent()).toBe(snippetMark);
    expect(await h.page.locator('.reading mark').count()).toBe(inReport);
    const box = await current.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(800);
    const before = Number(await h.page.getAttribute('.hit-bar', 'data-current'));
    await h.page.getByRole('button', { name: '下一处' }).click();
    expect(Number(await h.page.getAttribute('.hit-bar', 'data-current'))).toBe((before + 1) % inReport);
    expect(await h.page.getAttribute('.reading mark.current', 'data-hit')).toBe(String((before + 1) % inReport));
    await h.page.getByRole('button', { name: '上一处' }).click();
    await h.page.getByRole('button', { name: '上一处' }).click();
    expect(Number(await h.page.getAttribute('.hit-bar', 'data-current'))).toBe((before - 1 + inReport) % inReport);
    await h.page.screenshot({ path: `${SHOTS}/search-report-hits-1280.png` });
    // The hit bar's concordance covers this report only.
    await h.page.locator('.hit-bar').getByRole('link', { name: '上下文列表' }).click();
    // The last concordance stays on screen until this one's answer comes: wait for the fresh one.
    await h.page.waitForSelector('.search-view[data-fresh="true"] .kwic tr');
    expect(h.page.url()).toContain(`report=${TRAD}`);
    expect(new Set(await h.page.$$eval('.kwic tr', (trs) => trs.map((tr) => tr.getAttribute('data-report'))))).toEqual(new Set([TRAD]));
    expect(await h.page.locator('.kwic tr').count()).toBe(inReport);
  });

  it('a hit opened from the concordance marks the hit\'s section in the outline, then follows scrolling', async () => {
    // 000 (义乌政协), hit in paragraph 39: it lands mid-screen, below the headings of the sections before it.
    const YIWU = idOf('000');
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const page = await h.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${h.server.url}#/search?q=${encodeURIComponent('提案')}&view=kwic&report=${YIWU}`);
      await page.waitForSelector('.search-view[data-fresh="true"] .kwic tr');
      await page.locator('.kwic td.match a[href$="at=39.0"]').first().click();
      await page.waitForSelector('.reading mark.current');
      // The section holding the hit: the last heading before it in the text.
      const sections = () => page.evaluate(() => {
        const mark = document.querySelector('.reading mark.current')!;
        const heads = [...document.querySelectorAll<HTMLElement>('.reading [data-heading]')]
          .filter((el) => el.contains(mark) || (el.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING));
        const current = document.querySelector('.outline-nav a[aria-current="location"]')?.getAttribute('href') ?? '';
        return { hit: heads.at(-1)?.dataset.heading, current: /section=(\d+)/.exec(current)?.[1] };
      });
      await page.waitForFunction(() => document.querySelector('.outline-nav a[aria-current="location"]'));
      await page.waitForTimeout(300);
      const { hit, current } = await sections();
      expect(hit).toBeDefined();
      expect(current, `${viewport.width} px`).toBe(hit);
      // Scrolling on marks the section read at the top of the screen (under the top bar while it is in view) again.
      const later = String(Number(hit) + 2);
      await page.evaluate((n) => {
        const top = document.querySelector(`.reading [data-heading="${n}"]`)!.getBoundingClientRect().top;
        window.scrollBy(0, top - Math.max(0, document.querySelector('.topbar')!.getBoundingClientRect().bottom) - 10);
      }, later);
      await page.waitForFunction((n) => document.querySelector('.outline-nav a[aria-current="location"]')?.getAttribute('href')?.endsWith(`section=${n}`), later);
      if (viewport.width === 1280) await page.screenshot({ path: `${SHOTS}/search-kwic-hit-section-1280.png` });
      await page.close();
    }
  });

  it('with words in one section, the counts, the concordance and a report\'s hits agree', async () => {
    const q = encodeURIComponent('提案 委员');
    await searchFor(h.page, `#/search?q=${q}`);
    const [anywhere] = counts(await h.page.textContent('.search-count'));
    await searchFor(h.page, `#/search?q=${q}&within=section`);
    expect(await h.page.isChecked('input[name="within"]')).toBe(true);
    const [inSections, reports] = counts(await h.page.textContent('.search-count'));
    expect(inSections).toBeGreaterThan(0);
    expect(inSections).toBeLessThan(anywhere);
    // A result opens its report with the same scope: the hit bar counts what the result counted.
    const group = h.page.locator('.result').first();
    const inReport = Number(await group.locator('.count').getAttribute('data-hits'));
    await group.locator('h2 a').click();
    await h.page.waitForSelector('.hit-bar[data-current]:not([data-current=""])');
    expect(h.page.url()).toContain('within=section');
    expect(Number(await h.page.getAttribute('.hit-bar', 'data-hits'))).toBe(inReport);
    expect(await h.page.locator('.reading mark').count()).toBe(inReport);
    // The concordance lists exactly the hits counted.
    await searchFor(h.page, `#/search?q=${q}&within=section&view=kwic`);
    await h.page.waitForSelector('.kwic tr');
    expect(await h.page.locator('.kwic tr').count()).toBe(inSections);
    expect(new Set(await h.page.$$eval('.kwic tr', (trs) => trs.map((tr) => tr.getAttribute('data-report')))).size).toBe(reports);
  });

  it('lists every occurrence in context, sortable by the right-hand context', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent('提案')}`);
    const [hits] = counts(await h.page.textContent('.search-count'));
    await h.page.getByRole('tab', { name: '上下文列表' }).click();
    // The previous test left one report's concordance on screen: wait for the library-wide one.
    await h.page.waitForFunction(() => !location.hash.includes('report='));
    await h.page.waitForSelector('.search-view[data-fresh="true"] .kwic tr');
    await h.page.waitForFunction((n) => document.querySelectorAll('.kwic tr').length === n, hits, { timeout: 10_000 }).catch(() => {});
    expect(await h.page.locator('.kwic tr').count()).toBe(hits);
    await h.page.getByRole('button', { name: '按右侧排序' }).click();
    await h.page.waitForFunction(() => location.hash.includes('sort=right'));
    await h.page.waitForSelector('.search-view[data-fresh="true"]');
    const rights = await h.page.$$eval('.kwic td.right', (tds) => tds.map((td) => td.textContent ?? ''));
    const sorted = [...rights].sort((a, b) => a.localeCompare(b, 'zh'));
    expect(rights).toEqual(sorted);
    // The export holds every occurrence, in the list's order, with its report's id.
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kwic_提案_\d{4}-\d\d-\d\d\.csv$/);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]).toEqual(['报告', '回顾年份', '计划年份', '地区', '机构', '所在部分', '左侧', '命中', '右侧', '报告编号']);
    expect(rows.length - 1).toBe(hits);
    expect(rows.slice(1).map((r) => r[8])).toEqual(rights);
    const ids = new Set(files.map((f) => createHash('sha256').update(f.buffer).digest('hex')));
    expect(rows.slice(1).every((r) => ids.has(r[9]!) && r[7] === '提案')).toBe(true);
    await h.page.screenshot({ path: `${SHOTS}/search-kwic-1280.png` });
  });

  it('loads the stored index after a reload instead of re-indexing, the worker started by the page entry', async () => {
    await searchFor(h.page, `#/search?q=${encodeURIComponent(PHRASE)}`);
    const before = counts(await h.page.textContent('.search-count'));
    await h.page.reload();
    await h.page.waitForSelector('.search-view[data-fresh="true"]');
    expect(await indexReady(h.page, files.length)).toEqual({ loaded: files.length, indexed: 0 });
    expect(counts(await h.page.textContent('.search-count'))).toEqual(before);
    // A search address opened cold starts the worker before the page has even finished loading, not
    // once the search view asks.
    const [spawn, domReady] = await h.page.evaluate(() => [
      performance.getEntriesByName('zb:search:spawn')[0]?.startTime ?? Infinity,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
    ]);
    expect(spawn).toBeLessThanOrEqual(domReady);
  });

  it('searches offline (the worker and its dictionary come from the precache)', async () => {
    await h.page.evaluate(() => navigator.serviceWorker.ready);
    await h.context.setOffline(true);
    try {
      await searchFor(h.page, `#/search?q=${encodeURIComponent('聯繫')}`);
      expect(counts(await h.page.textContent('.search-count'))[1]).toBeGreaterThanOrEqual(3);
    } finally {
      await h.context.setOffline(false);
    }
  });

  it('focuses the search box on "/" and precaches the search worker for offline use', async () => {
    await h.page.goto(h.server.url);
    await waitForCount(h.page, files.length);
    await h.page.keyboard.press('/');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toMatch(/assets\/search-worker-[\w-]+\.js/);
  });

  it('fits a 360 px phone: results, KWIC and a report with hits', async () => {
    const phone = await h.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    const shots: [string, string, string][] = [
      [`#/search?q=${encodeURIComponent(PHRASE)}`, '.search-view[data-fresh="true"] .result', 'search-360'],
      [`#/search?q=${encodeURIComponent('提案')}&view=kwic`, '.kwic tr', 'search-kwic-360'],
    ];
    for (const [hash, ready, name] of shots) {
      await phone.goto(`${h.server.url}${hash}`);
      await phone.waitForSelector(ready);
      // Filters fold under one button on a phone.
      expect(await phone.isVisible('select[name="body"]')).toBe(false);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(360);
      await phone.screenshot({ path: `${SHOTS}/${name}.png` });
    }
    await phone.click('.filter-toggle');
    expect(await phone.isVisible('select[name="body"]')).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/search-filters-360.png` });
    await phone.click('.kwic td.match a');
    await phone.waitForSelector('.reading mark.current');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: `${SHOTS}/search-report-hits-360.png` });
    await phone.close();
  });

  it('removes a deleted report\'s hits, also after a reload', async () => {
    await h.page.goto(h.server.url);
    await waitForCount(h.page, files.length);
    const row = h.page.locator('.report-row', { has: h.page.locator(`a[href="#/report/${TRAD}"]`) });
    await row.locator('input[type="checkbox"]').check();
    await h.page.getByRole('button', { name: '删除所选' }).click();
    await waitForCount(h.page, files.length - 1);
    await h.page.fill('input[type="search"]', PHRASE);
    await indexReady(h.page, files.length - 1);
    await h.page.waitForSelector(`.search-view[data-fresh="true"][data-query="${PHRASE}"] .result`);
    await h.page.waitForSelector(`.result[data-report="${TRAD}"]`, { state: 'detached' });
    await h.page.reload();
    await h.page.waitForSelector('.search-view[data-fresh="true"]');
    expect(await indexReady(h.page, files.length - 1)).toEqual({ loaded: files.length - 1, indexed: 0 });
    expect(await h.page.locator(`.result[data-report="${TRAD}"]`).count()).toBe(0);
    expect(h.errors).toEqual([]);
  });

  it('shows file names where two listed reports have one name (the same report imported twice in two forms)', async () => {
    const original = files.find((f) => f.name.startsWith('000'))!;
    // Other bytes (a line more), so not caught as the same file: the same report as another export would be.
    const copy = { name: 'yiwu-copy.txt', mimeType: 'text/plain', buffer: Buffer.concat([original.buffer, Buffer.from('\n\n')]) };
    await h.page.goto(h.server.url);
    await h.page.setInputFiles('#file-input', [copy]);
    await importResult(h.page);
    await closeImportPanel(h.page);
    await searchFor(h.page, `#/search?q=${encodeURIComponent('政协 委员')}`);
    await h.page.waitForSelector('.search-view[data-fresh="true"] .result .file');
    const shown = await h.page.$$eval('.result .file', (spans) => spans.map((s) => s.textContent));
    expect(shown.sort()).toEqual([original.name, copy.name].sort());
    // Suggestions name them apart too.
    const box = h.page.locator('input[type="search"]');
    await box.fill('');
    await box.fill('义乌');
    await h.page.waitForSelector('.suggest-list .suggest-report');
    const details = await h.page.$$eval('.suggest-list .suggest-report .detail', (ds) => ds.map((d) => d.textContent ?? ''));
    expect(details.filter((d) => d.includes(copy.name) || d.includes(original.name)).length).toBeGreaterThanOrEqual(2);
  });

  it('shows markup in report text as text, never as HTML', async () => {
    const text = '某县政协工作报告\n\n一、工作回顾\n\n比例<b>提高</b>到30%<img src=x onerror="window.__pwned=1">以上。\n';
    await h.page.goto(h.server.url);
    await h.page.setInputFiles('#file-input', [{ name: 'markup.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await importResult(h.page);
    await searchFor(h.page, `#/search?q=${encodeURIComponent('到30%')}`);
    const snippet = h.page.locator('.result .snippet').first();
    expect(await h.page.locator('.result .snippet b, .result .snippet img').count()).toBe(0);
    expect(await snippet.textContent()).toContain('<b>提高</b>到30%<img src=x');
    expect(await h.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
