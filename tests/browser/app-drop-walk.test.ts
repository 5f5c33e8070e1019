// Walking a dropped folder: Chromium's readEntries hands out at most 100 entries per call, so
// the walk must call it until it returns nothing, and descend into sub-folders. Synthetic drops
// cannot carry folders, so this runs the real walk over entry objects that behave like Chromium's.
import { describe, expect, it } from 'vitest';
import { filesFromDrop } from '../../src/state/import-sources';

interface FakeEntry { isFile: boolean; isDirectory: boolean; name: string }

function fileEntry(name: string): FakeEntry & { file(ok: (f: File) => void): void } {
  return { isFile: true, isDirectory: false, name, file: (ok) => ok(new File([name], name)) };
}

function dirEntry(name: string, children: FakeEntry[]): FakeEntry & { createReader(): unknown } {
  return {
    isFile: false, isDirectory: true, name,
    createReader() {
      let at = 0;
      return { readEntries(ok: (batch: FakeEntry[]) => void) { const batch = children.slice(at, at + 100); at += batch.length; setTimeout(() => ok(batch), 0); } };
    },
  };
}

function dataTransfer(entries: FakeEntry[]): DataTransfer {
  const items = entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e }));
  return { items, files: [] } as unknown as DataTransfer;
}

describe('dropped folders', () => {
  it('collects every file of a folder larger than one readEntries batch, sub-folders included', async () => {
    const inner = dirEntry('2019', Array.from({ length: 130 }, (_, i) => fileEntry(`inner-${i}.txt`)));
    const top = dirEntry('reports', [...Array.from({ length: 250 }, (_, i) => fileEntry(`top-${i}.txt`)), inner]);
    const files = await filesFromDrop(dataTransfer([top, fileEntry('loose.md')]));
    expect(files).toHaveLength(250 + 130 + 1);
    expect(new Set(files.map((f) => f.name)).size).toBe(381);
    expect(files.map((f) => f.name)).toContain('inner-129.txt');
  });

  it('falls back to the plain file list when entries are not available', async () => {
    const file = new File(['x'], 'a.txt');
    const files = await filesFromDrop({ items: [{ kind: 'file', webkitGetAsEntry: () => null }], files: [file] } as unknown as DataTransfer);
    expect(files).toEqual([file]);
  });
});
