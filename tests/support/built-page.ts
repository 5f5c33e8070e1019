// A throwaway page built by Vite around a test's main.js (which imports real src modules), served
// from dist/ on loopback and opened in Chromium: the setup of browser tests that drive src code
// without the app. close() undoes all of it, also after a half-finished start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveDir, type StaticServer } from './serve';

export interface BuiltPage { server: StaticServer; browser: Browser; page: Page; close(): Promise<void> }

/**
 * `pages`: HTML file name -> markup put before the main.js script (index.html is the one opened).
 * The page sets body[data-ready] once main.js has run.
 */
export async function openBuiltPage(prefix: string, main: string, pages: Record<string, string>): Promise<BuiltPage> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [name, markup] of Object.entries(pages)) {
      writeFileSync(join(dir, name), `<!doctype html><meta charset="utf-8">${markup}<script type="module" src="./main.js"></script>`);
    }
    writeFileSync(join(dir, 'main.js'), main);
    await build({
      root: dir, configFile: false, logLevel: 'warn',
      build: { outDir: join(dir, 'dist'), target: 'es2022', rollupOptions: { input: Object.keys(pages).map((name) => join(dir, name)) } },
      worker: { format: 'es' },
    });
    server = await serveDir(join(dir, 'dist'));
    browser = await launchChromium();
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    return { server, browser, page, close };
  } catch (err) {
    await close();
    throw err;
  }
}
