// `npm run --silent parse -- FILE...`: one JSON array, an object per file, in argument order.
// Exits 1 when any file could not be read or parsed (after printing the whole array). Never calls
// process.exit(): into a pipe stdout drains asynchronously, and exiting early cut the JSON at 64 KB.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../parse/parse-file';
import { toContract } from './contract';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- FILE...\n');
    return 2;
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
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--'));
