// A cold start's index in memory, for tests: the index's segments stored as heads and chunk rows
// (search-store.ts), the heads loaded and the chunks read asynchronously from a map as queries ask.
import { expect } from 'vitest';
import { SearchIndex } from '../../src/search/index';
import { segmentRows, type SegmentChunkRow, type SegmentRecord } from '../../src/store/search-store';

/** The index as a cold start finds it: heads loaded, chunks in a map read asynchronously (reads logged). */
export function lazyCopy(index: SearchIndex) {
  const { docs, segments, texts } = index.export();
  const rows = segments.flatMap((s) => segmentRows(s, 7));
  const heads = rows.filter((r): r is SegmentRecord => !Array.isArray(r.id));
  const chunks = new Map(rows.filter((r): r is SegmentChunkRow => Array.isArray(r.id)).map((r) => [r.id.join(), r.data]));
  const reads: number[] = [];
  const loaded = new SearchIndex();
  loaded.setPostingsSource({
    readChunks: async (wants) => {
      await new Promise((r) => setTimeout(r, 0));
      reads.push(wants.length);
      return wants.map((w) => chunks.get([w.id, w.tag, w.k].join()));
    },
  });
  expect(loaded.load(structuredClone(docs), structuredClone(heads), texts)).toEqual([]);
  return { loaded, reads, chunks: chunks.size };
}

