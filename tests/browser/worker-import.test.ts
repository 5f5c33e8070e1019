// The import worker in real Chromium: a tiny page built by Vite around the real client, store and
// worker imports files picked through an <input>, IndexedDB keeps them across a reload, duplicates
// are recognised, a backup made by the worker restores into another library, the worker idles out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltPage, type BuiltPage } from '../support/built-page';
import type { StaticServer } from '../support/serve';

const SRC = join(import.meta.dirname, '../../src');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

const MAIN = `
import { createImportClient } from '${SRC}/worker/client';
import { listSummaries, openLibrary } from '${SRC}/store/repo';
const client = createImportClient({ dbName: 'zb-test', idleMs: 1500 });
async function list(name) {
  const db = await openLibrary(name);
  const all = await listSummaries(db);
  db.close();
  return all.map((s) => s.fileName).sort();
}
window.zb = {
  async importPicked() {
    const messages = [];
    const counts = await client.importFiles([...document.querySelector('input').files], (c) => messages.push(c), undefined);
    const last = {};
    for (const batch of messages) for (const c of batch) last[c.index] = { name: c.name, status: c.status, error: c.error };
    return { counts, mode: client.mode(), batches: messages.length, files: Object.values(last) };
  },
  list,
  mode: () => client.mode(),
  async backupRoundTrip() {
    const backup = await client.exportBackup();
    const other = createImportClient({ dbName: 'zb-restored' });
    const counts = await other.importBackup(backup.blob);
    const again = await other.importBackup(backup.blob);
    return { fileName: backup.fileName, reports: backup.reports, counts, again, restored: await list('zb-restored') };
  },
};
document.body.dataset.ready = 'true';
`;

let server: StaticServer;
let browser: Browser;
let page: Page;
let built: BuiltPage | undefined;

beforeAll(async () => {
  built = await openBuiltPage('zb-worker-', MAIN, {
    'index.html': '<input type="file" multiple>',
    // The same page under a policy that forbids workers: the client must fall back to in-thread work.
    'noworker.html': `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'"><input type="file" multiple>`,
  });
  ({ server, browser, page } = built);
});

afterAll(() => built?.close());

const fixtureFiles = () => names.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, name)) }));

describe('import worker in Chromium', () => {
  it('imports picked files in the worker; bad files fail alone with their reason', async () => {
    const binary = Buffer.from(Uint8Array.from({ length: 3000 }, (_, i) => (i * 131) % 256));
    await page.setInputFiles('input', [
      ...fixtureFiles(),
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'noise.bin', mimeType: 'application/octet-stream', buffer: binary },
    ]);
    const result = await page.evaluate(() => (window as any).zb.importPicked());
    expect(result.mode).toBe('worker');
    expect(result.counts).toMatchObject({ total: names.length + 2, saved: names.length, failed: 2, duplicate: 0 });
    expect(result.files.find((f: any) => f.name === 'empty.txt').error).toBe('empty.txt: 文件为空 (the file is empty)');
    expect(result.files.find((f: any) => f.name === 'noise.bin').error).toMatch(/^noise\.bin: ./);
  });

  it('keeps the library across a reload, and calls the same files duplicates', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.evaluate(() => (window as any).zb.list('zb-test'))).toEqual(names);
    await page.setInputFiles('input', fixtureFiles());
    const again = await page.evaluate(() => (window as any).zb.importPicked());
    expect(again.counts).toMatchObject({ saved: 0, duplicate: names.length });
  });

  it('exports a backup in the worker that restores into another library once', async () => {
    const r = await page.evaluate(() => (window as any).zb.backupRoundTrip());
    expect(r.fileName).toMatch(/^zhengbao-backup-\d{4}-\d\d-\d\d\.zbak$/);
    expect(r.reports).toBe(names.length);
    expect(r.counts).toEqual({ added: names.length, skipped: 0, failed: 0, errors: [] });
    expect(r.again).toMatchObject({ added: 0, skipped: names.length });
    expect(r.restored).toEqual(names);
  });

  it('parses a batch on two threads: the import worker starts a parse helper', async () => {
    const started: string[] = [];
    const onWorker = (w: { url(): string }) => started.push(w.url());
    page.on('worker', onWorker);
    const batch = Array.from({ length: 12 }, (_, i) => ({
      name: `batch-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${readFileSync(join(FIXTURES, names[i % names.length]!), 'utf8')}\n批次${i}`),
    }));
    // The same bytes twice, side by side: both lanes race to save one id; add() keeps one.
    await page.setInputFiles('input', [{ ...batch[0]!, name: 'twin.txt' }, ...batch]);
    const result = await page.evaluate(() => (window as any).zb.importPicked());
    page.off('worker', onWorker);
    expect(result.counts).toMatchObject({ total: 13, saved: 12, duplicate: 1, failed: 0 });
    expect(started.some((url) => /parse\.worker/.test(url))).toBe(true);
  });

  it('falls back to importing in the page when a worker may not start', async () => {
    const other = await page.context().newPage();
    await other.goto(`${server.url}noworker.html`);
    await other.waitForSelector('body[data-ready]');
    await other.setInputFiles('input', [{ name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(`${readFileSync(join(FIXTURES, names[0]!), 'utf8')}\n另一份`) }]);
    const result = await other.evaluate(() => (window as any).zb.importPicked());
    expect(result.mode).toBe('in-thread');
    expect(result.counts).toMatchObject({ total: 1, saved: 1 });
    await other.close();
  });

  it('reports a really full disk (Chromium quota) as kind quota, stops the batch, and keeps what was saved', async () => {
    const context = await browser.newContext();
    const full = await context.newPage();
    const errors: string[] = [];
    full.on('pageerror', (e) => errors.push(e.message));
    await full.goto(server.url);
    await full.waitForSelector('body[data-ready]');
    const cdp = await context.newCDPSession(full);
    await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin: server.url.replace(/\/$/, ''), quotaSize: 250_000 } as never);
    const many = Array.from({ length: 30 }, (_, i) => ({
      name: `r${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${readFileSync(join(FIXTURES, names[i % names.length]!), 'utf8')}\n第${i}份`),
    }));
    await full.setInputFiles('input', many);
    const result = await full.evaluate(() => (window as any).zb.importPicked());
    expect(result.counts.error?.kind).toBe('quota');
    expect(result.counts.saved).toBeGreaterThan(0);
    expect(result.counts.saved + result.counts.failed).toBe(30);
    expect(result.files.filter((f: any) => f.status === 'failed').every((f: any) => /存储空间已满/.test(f.error))).toBe(true);
    expect(await full.evaluate(() => (window as any).zb.list('zb-test'))).toHaveLength(result.counts.saved);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shuts the worker down when idle', async () => {
    await page.waitForFunction(() => (window as any).zb.mode() === 'idle', undefined, { timeout: 10_000 });
  });
});
