import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '/work/wt/qa/tests/support/browser';
import { serveDir } from '/work/wt/qa/tests/support/serve';
const server = await serveDir('/work/wt/qa/dist');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('.library[data-ready]');
await page.click('.empty .cta button.primary');
await page.waitForSelector('.library[data-ready][data-reports="5"]', { timeout: 60000 });
const ids = await page.$$eval('.report-row .title a', (as) => as.map((a) => a.getAttribute('href')!.split('/').pop()!));
const views = { importPanel: '#/', library: '#/', report: `#/report/${ids[0]}`, search: '#/search?q=提案', compare: `#/compare/${ids[0]}/${ids[3]}`, figures: '#/figures', trends: '#/trends?terms=提案,协商' };
for (const scheme of ['light', 'dark'] as const) for (const width of [1280, 360]) for (const lang of ['zh', 'en']) {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate((l) => localStorage.setItem('zhengbao.lang', l), lang);
  await page.goto(server.url + '#/'); await page.waitForSelector('.library[data-ready]');
  for (const [name, hash] of Object.entries(views)) {
    if (name === 'importPanel') continue;
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    for (const v of r.violations) console.log(scheme, width, lang, name, v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary ?? '').split('\n').slice(1, 2).join('')).join(' || '));
    console.log('--', scheme, width, lang, name, Date.now() - t0, 'ms');
  }
}
await browser.close(); await server.close();
