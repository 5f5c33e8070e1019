// A worker's service run in Node as the worker runs it: every response it posts is kept, questions
// are asked with fresh ids and answered when their reply arrives; and a library of the seed fixtures
// saved for it (under fake-indexeddb). Shared by the search and trends service tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { openLibrary } from '../../src/store/db';
import { sha256Hex } from '../../src/store/hash';
import { saveReport } from '../../src/store/repo';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Parses and saves every seed fixture into library `dbName`; returns them in file order. */
export async function seedLibrary(dbName: string): Promise<Array<{ id: string; report: ParsedReport }>> {
  const db = await openLibrary(dbName);
  const saved: Array<{ id: string; report: ParsedReport }> = [];
  for (const f of readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, f)));
    const parsed = parseReport(bytes, f);
    if (!parsed.ok) throw new Error(parsed.error);
    const id = await sha256Hex(bytes);
    await saveReport(db, { id, fileName: f, bytes, report: parsed.report });
    saved.push({ id, report: parsed.report });
  }
  db.close();
  return saved;
}

type Posted = { type: string; id?: number; reply?: unknown; status?: unknown };

export interface Harness<Req, Reply, Status> {
  handle(req: Req): void;
  statuses: Status[];
  /** Sends `req` with a fresh id; resolves with its reply. */
  ask(req: Record<string, unknown>): Promise<Reply>;
}

export function harness<Req, Res, Reply, Status>(create: (post: (res: Res) => void) => (req: Req) => void, dbName: string): Harness<Req, Reply, Status> {
  const statuses: Status[] = [];
  const replies = new Map<number, (r: Reply) => void>();
  const handle = create((posted: Res) => {
    const res = posted as Posted;
    if (res.type === 'status') statuses.push(res.status as Status);
    if (res.type === 'reply') replies.get(res.id!)?.(res.reply as Reply);
  });
  let nextId = 1;
  const ask = (req: Record<string, unknown>) => new Promise<Reply>((resolve) => {
    const id = nextId++;
    replies.set(id, resolve);
    handle({ ...req, id } as Req);
  });
  handle({ type: 'open', dbName } as Req);
  return { handle, statuses, ask };
}
