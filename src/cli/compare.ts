// `npm run --silent compare -- FILE_A FILE_B`: the alignment the compare view shows, as JSON rows
// in display order ({ left, right, score, kind, moved? }, a null side for a gap), then the changes
// and, when one report plans the year the other reviews, plan against delivery.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../parse/parse-file';
import { align, planOrder, planVsDelivery, type HeadingRef } from '../compare/index';
import type { ParsedReport } from '../model/report';

async function load(file: string): Promise<ParsedReport | { fileName: string; error: string }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { fileName: basename(file), error: `无法读取文件 (cannot read the file): ${(err as Error).message}` };
  }
  const result = await parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file));
  if (result.ok) return result.report;
  const { ok: _ok, ...failure } = result;
  return failure;
}

const side = (h: HeadingRef | null) => (h ? { level: h.level, number: h.number, title: h.title } : null);

function output(a: ParsedReport, b: ParsedReport): Record<string, unknown> {
  const { rows, changes } = align(a, b);
  const order = planOrder(a, b);
  const plan = order ? planVsDelivery(order[0], order[1]) : null;
  return {
    a: a.fileName, b: b.fileName,
    rows: rows.map((r) => ({ left: side(r.left), right: side(r.right), score: r.score, kind: r.kind, ...(r.moved ? { moved: true } : {}) })),
    changes: changes.map((c) => ({ kind: c.kind, row: c.row, left: c.left?.title ?? null, right: c.right?.title ?? null, score: c.score })),
    ...(plan && plan.ok ? {
      planVsDelivery: {
        plan: order![0].fileName, delivery: order![1].fileName, year: plan.year,
        numbers: plan.numbers.map((n) => ({
          indicatorKey: n.indicatorKey, indicator: n.indicator, unit: n.unit,
          target: n.target.value, targetHigh: n.target.valueHigh ?? null, modifier: n.target.modifier, result: n.result?.value ?? null,
        })),
        items: plan.items.map((i) => ({ planned: i.planned.title, reported: i.reported?.title ?? null, score: i.score, answered: i.answered })),
      },
    } : {}),
  };
}

/** Sets the exit code instead of calling process.exit(), which cut output still draining into a pipe. */
async function main(files: string[]): Promise<number> {
  if (files.length !== 2) {
    process.stderr.write('usage: npm run --silent compare -- FILE_A FILE_B\n');
    return 2;
  }
  const [a, b] = await Promise.all([load(files[0]!), load(files[1]!)]);
  if ('error' in a || 'error' in b) {
    process.stdout.write(JSON.stringify({ errors: [a, b].filter((x) => 'error' in x) }, null, 1) + '\n');
    return 1;
  }
  process.stdout.write(JSON.stringify(output(a, b), null, 1) + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2).filter((x) => x !== '--'));
