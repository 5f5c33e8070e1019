// `npm run --silent parse -- FILE...`: one JSON array, an object per file, in argument order.
// Exits 1 when any file could not be read or parsed (after printing the whole array).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../parse/parse-file';
import { toContract } from './contract';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
let failed = false;
const out: unknown[] = [];
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    failed = true;
    out.push({ fileName: basename(file), error: `无法读取文件 (cannot read the file): ${(err as Error).message}` });
    continue;
  }
  const result = await parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file));
  if (!result.ok) failed = true;
  out.push(toContract(result));
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
process.exit(failed ? 1 : 0);
