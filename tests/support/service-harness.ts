// A worker's service run in Node as the worker runs it: every response it posts is kept, questions
// are asked with fresh ids and answered when their reply arrives. Shared by the search and trends
// service tests.

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
