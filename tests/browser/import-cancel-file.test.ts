// One slow file of an import is cancelled alone in the built app: its row shows it parsing (with the
// time it has taken), its own cancel button stops it, and the other files of the batch are saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BYTES, SHAPES } from '../../src/cli/worst-shapes';
import { closeApp, fixtureFiles, importResult, openApp, reportCount, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;

beforeAll(async () => { h = await openApp(); });
afterAll(async () => { await closeApp(h); });

/** 170,000 short lines per 4 MB, the slowest shape per byte: about 16 MB takes seconds to parse. */
function slowFile(): { name: string; mimeType: string; buffer: Buffer } {
  const shape = SHAPES.find((s) => s.fileName === 'repeated.txt')!;
  return { name: 'slow-many-lines.txt', mimeType: 'text/plain', buffer: Buffer.from(shape.build(4 * DEFAULT_BYTES)) };
}

describe('cancelling one file of an import', () => {
  it('stops the slow file, keeps the others, and the row says cancelled', async () => {
    const before = await reportCount(h.page);
    const small = fixtureFiles().slice(0, 2);
    await h.page.setInputFiles('#file-input', [slowFile(), ...small]);
    const slowRow = h.page.locator('.import-panel li', { hasText: 'slow-many-lines.txt' });
    await slowRow.and(h.page.locator('[data-status="parsing"]')).waitFor({ timeout: 60_000 });
    // The other rows have no business with this button: it names its own file.
    await h.page.getByRole('button', { name: '取消 slow-many-lines.txt' }).click();
    const rows = await importResult(h.page);
    const byName = new Map(rows.map((r) => [r.name, r.status]));
    expect(byName.get('slow-many-lines.txt')).toBe('cancelled');
    for (const f of small) expect(byName.get(f.name), f.name).toMatch(/^(saved|duplicate)$/);
    // The job as a whole was not cancelled, and once it is over no row offers a cancel.
    expect(await h.page.textContent('.import-panel h2')).toBe('导入完成');
    expect(await h.page.locator('.import-panel .row-cancel').count()).toBe(0);
    await waitForCount(h.page, before + small.length);
    await h.page.reload();
    await waitForCount(h.page, before + small.length);
    expect(h.errors).toEqual([]);
  }, 180_000);
});
