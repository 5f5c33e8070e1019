// Indexing does not wait for the suggestions' saved index: until it is loaded, the suggester takes
// changes into an index that loading replaces, saves nothing (a partial index must not overwrite the
// saved one), and loading catches up from the stamps of what the body index holds. In the service,
// a report imported before a cold start's suggestions are in is found by both engines, and a pass
// after they load saves it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/parse/index';
import { openLibrary } from '../../src/store/db';
import { sha256Hex } from '../../src/store/hash';
import { getSetting, saveReport } from '../../src/store/repo';
import { SearchIndex } from '../../src/search/index';
import { createSuggester } from '../../src/worker/search-suggester';
import { createSearchService } from '../../src/worker/search-service';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from '../../src/worker/search-protocol';
import { harness, seedLibrary } from '../support/service-harness';

type Saved = { ids: [string, string][] };
const savedIds = async (dbName: string) => ((await getSetting<Saved>(await openLibrary(dbName), 'searchSuggest'))?.ids ?? []).map(([id]) => id).sort();

describe('suggestions catching up with indexing', { timeout: 30_000 }, () => {
  it('saves nothing before loading, and loading takes in what was indexed meanwhile', async () => {
    const seeded = await seedLibrary('sug-catchup');
    const [a, b, c] = seeded;
    const index = new SearchIndex();
    for (const { id, report } of seeded) index.add(id, report);
    const open = () => openLibrary('sug-catchup');
    const first = createSuggester(open, () => index);
    await first.load(new Map([[a!.id, 's'], [b!.id, 's']]));
    await first.save();
    expect(await savedIds('sug-catchup')).toEqual([a!.id, b!.id].sort());

    const next = createSuggester(open, () => index);
    next.add(c!.id, 's', c!.report);
    await next.save();
    // Not loaded yet: the saved index is left as it was.
    expect(await savedIds('sug-catchup')).toEqual([a!.id, b!.id].sort());
    await next.load(new Map([[a!.id, 's'], [b!.id, 's'], [c!.id, 's']]));
    const found = next.suggest(c!.report.locality ?? c!.report.title!, 8).filter((s) => s.kind === 'report').map((s) => s.reportId);
    expect(found).toContain(c!.id);
    await next.save();
    expect(await savedIds('sug-catchup')).toEqual([a!.id, b!.id, c!.id].sort());
  });

  it('a cold start indexes a report imported since, and saves it into the suggestions once they load', async () => {
    const seeded = await seedLibrary('sug-cold');
    const first = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, 'sug-cold');
    await expect.poll(() => first.statuses.at(-1)?.phase, { timeout: 20_000, interval: 20 }).toBe('ready');
    await expect.poll(() => savedIds('sug-cold'), { timeout: 20_000, interval: 50 }).toHaveLength(seeded.length);
    // Imported while no search worker ran: the next start indexes it.
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/holdout/npc-xianju-2024.txt')));
    const parsed = parseReport(bytes, 'npc-xianju-2024.txt');
    if (!parsed.ok) throw new Error(parsed.error);
    const id = await sha256Hex(bytes);
    await saveReport(await openLibrary('sug-cold'), { id, fileName: 'npc-xianju-2024.txt', bytes, report: parsed.report });
    const cold = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, 'sug-cold');
    await expect.poll(() => cold.statuses.some((s) => s.indexed > 0), { timeout: 20_000, interval: 20 }).toBe(true);
    const result = await cold.ask({ type: 'query', q: parsed.report.locality!, options: {} }) as Extract<SearchReply, { kind: 'result' }>;
    expect(result.result.reports.map((r) => r.id)).toContain(id);
    const suggest = await cold.ask({ type: 'suggest', q: parsed.report.locality! }) as Extract<SearchReply, { kind: 'suggest' }>;
    expect(suggest.suggestions.map((s) => s.reportId)).toContain(id);
    await expect.poll(() => savedIds('sug-cold'), { timeout: 20_000, interval: 50 }).toEqual([...seeded.map((s) => s.id), id].sort());
  });
});
