// The benchmark's stand-in for the search worker's text store (IndexedDB): report texts serialized
// into one file on disk and read back with fs when a query asks, so they stay outside the measured
// heap and their reading (syscall, deserialize) counts in each query's time.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { restoreText, type DocText, type StoredText, type TextSource } from '../search/index';

export class FileTexts implements TextSource {
  private fd: number;
  private at = 0;
  /** Report id -> [offset, length] of its latest text in the file. */
  private where = new Map<string, [number, number]>();
  readonly path: string;
  /** Texts read so far (the benchmark reports them per query). */
  readCount = 0;

  constructor(name = `zhengbao-texts-${process.pid}-${Date.now()}.bin`) {
    this.path = join(tmpdir(), name);
    this.fd = openSync(this.path, 'w+');
  }

  write(text: StoredText): void {
    const bytes = v8.serialize(text);
    writeSync(this.fd, bytes, 0, bytes.length, this.at);
    this.where.set(text.id, [this.at, bytes.length]);
    this.at += bytes.length;
  }

  async read(ids: readonly string[]): Promise<Map<string, DocText>> {
    const out = new Map<string, DocText>();
    for (const id of ids) {
      const place = this.where.get(id);
      if (!place) continue;
      this.readCount++;
      const buf = Buffer.allocUnsafe(place[1]);
      readSync(this.fd, buf, 0, place[1], place[0]);
      const text = restoreText(v8.deserialize(buf) as StoredText);
      // v8.deserialize makes typed arrays views of the buffer read: copied, as IndexedDB's clone would
      // give them, or each cached text would hold its whole serialized form.
      if (text) out.set(id, { ...text, subGaps: text.subGaps.slice(), subMarks: text.subMarks.slice(), origStart: text.origStart?.slice() ?? null });
    }
    return out;
  }

  close(): void {
    closeSync(this.fd);
  }
}
