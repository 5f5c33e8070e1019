// `npm run --silent parse -- [--script=auto|simplified|traditional] FILE...`: one JSON array, an
// object per file, in argument order. Images and scanned PDF pages are read by OCR with the data in
// node_modules (--script forces the language data; auto decides from the first page).
// Exits 1 when any file could not be read or parsed (after printing the whole array). Never calls
// process.exit(): into a pipe stdout drains asynchronously, and exiting early cut the JSON at 64 KB.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../parse/parse-file';
import { releaseOcr } from '../parse/extract/ocr-engine';
import type { OcrScript } from '../parse/extract/ocr-types';
import { nodeOcrData } from './ocr-data';
import { toContract } from './contract';

const SCRIPTS: OcrScript[] = ['auto', 'simplified', 'traditional'];

async function main(args: string[]): Promise<number> {
  const scriptArg = args.find((a) => a.startsWith('--script='))?.slice('--script='.length);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0 || (scriptArg !== undefined && !SCRIPTS.includes(scriptArg as OcrScript))) {
    process.stderr.write('usage: npm run --silent parse -- [--script=auto|simplified|traditional] FILE...\n');
    return 2;
  }
  const ocr = { data: nodeOcrData(), script: (scriptArg ?? 'auto') as OcrScript };
  let failed = false;
  const out: unknown[] = [];
  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        failed = true;
        out.push({ fileName: basename(file), error: `无法读取文件 (cannot read the file): ${(err as Error).message}` });
        continue;
      }
      const result = await parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file), { ocr });
      if (!result.ok) failed = true;
      out.push(toContract(result));
    }
  } finally {
    await releaseOcr(); // the engine's worker thread would keep Node running
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--'));
