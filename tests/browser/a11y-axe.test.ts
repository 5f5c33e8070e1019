// Accessibility as a checked property: axe-core (WCAG 2 A/AA and best-practice rules) over every
// view of a library holding the sample reports, at 1280 and 360 px, light and dark, Chinese and
// English, with the import panel open on the library. Any violation fails with its rule and targets.
// On the same library: parser warnings are worded in the interface language.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, closeImportPanel, importResult, LIBRARY, openApp, ROOT, waitForCount, type AppHarness } from '../e2e/helpers';
import { appViews, libraryIds, showView, type AppView } from '../support/app-views';
import { parseReport } from '../../src/parse';
import { warningText } from '../../src/ui/warning-text';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SAMPLES = join(ROOT, 'public/samples');

let h: AppHarness;
let views: AppView[] = [];
beforeAll(async () => {
  h = await openApp();
  await h.page.getByRole('button', { name: '试用示例报告' }).click();
  const count = (JSON.parse(readFileSync(join(SAMPLES, 'index.json'), 'utf8')) as { samples: unknown[] }).samples.length;
  await waitForCount(h.page, count);
  const ids = await libraryIds(h.page);
  views = appViews(ids[0]!, ids[1]!, '提案', ['提案', '协商']);
});
afterAll(async () => { await closeApp(h); });

async function violations(where: string): Promise<string[]> {
  // Only violations are gathered in full: passes on a long report are thousands of nodes to serialise.
  const result = await new AxeBuilder({ page: h.page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A duplicate and an empty file: the panel then shows its bar, a failed row and its filter. */
async function openImportPanel(): Promise<void> {
  await h.page.setInputFiles('#file-input', [
    { name: 'yiwu-cppcc-2018.txt', mimeType: 'text/plain', buffer: readFileSync(join(SAMPLES, 'yiwu-cppcc-2018.txt')) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await importResult(h.page);
}

const ALL = (['light', 'dark'] as const).flatMap((scheme) => [1280, 360].flatMap((width) => (['zh', 'en'] as const).map((lang) => ({ scheme, width, lang }))));
// Four of the eight combinations meet every pair of values (each width with each scheme and each
// language, each scheme with each language), which is what the rules depend on: contrast on the
// scheme, layout on the width, text length on the language. It halves the suite's slowest file;
// AXE_ALL=1 runs all eight.
const PAIRWISE = ALL.filter((c) => (c.scheme === 'dark') === ((c.width === 360) !== (c.lang === 'en')));
const COMBOS = process.env.AXE_ALL ? ALL : PAIRWISE;

describe('axe finds no violations', () => {
  it.each(COMBOS)('on every view at $width px, $scheme, $lang', async ({ scheme, width, lang }) => {
    await h.page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
    await h.page.emulateMedia({ colorScheme: scheme });
    await h.page.evaluate((l) => { localStorage.setItem('zhengbao.lang', l); location.hash = '#/'; }, lang);
    await h.page.reload();
    await h.page.waitForSelector(`${LIBRARY} .report-row .title a`);
    expect(await h.page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    await openImportPanel();
    const found = await violations('library + import panel');
    await closeImportPanel(h.page);
    for (const view of views) {
      await showView(h.page, view);
      found.push(...await violations(view.name));
    }
    expect(found.join('\n')).toBe('');
  });
});

describe('parser warnings', () => {
  it('are worded in the interface language, Chinese and English', async () => {
    // The sample with the most warnings, as the parser reads it here in Node.
    const samples = (JSON.parse(readFileSync(join(SAMPLES, 'index.json'), 'utf8')) as { samples: { file: string }[] }).samples;
    const parsed = samples.map((s) => {
      const bytes = readFileSync(join(SAMPLES, s.file));
      const r = parseReport(new Uint8Array(bytes), s.file);
      return { id: createHash('sha256').update(bytes).digest('hex'), warnings: r.ok ? r.report.warnings : [] };
    }).sort((a, b) => b.warnings.length - a.warnings.length)[0]!;
    expect(parsed.warnings.length).toBeGreaterThan(1);
    await h.page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of ['zh', 'en'] as const) {
      await h.page.evaluate((l) => { localStorage.setItem('zhengbao.lang', l); location.hash = '#/'; }, lang);
      await h.page.reload();
      await showView(h.page, { name: 'report', hash: `#/report/${parsed.id}`, ready: ['.warnings li[data-code]'] });
      const shown = await h.page.$$eval('.warnings li', (lis) => lis.map((li) => ({ code: li.getAttribute('data-code'), text: li.textContent })));
      expect(shown).toEqual(parsed.warnings.map((w) => ({ code: w.code, text: warningText(w, lang) })));
      for (const { text } of shown) expect(text).toMatch(lang === 'zh' ? /^[^A-Za-z]*[\p{Script=Han}]/u : /^[A-Z][a-z]/);
    }
  });
});
