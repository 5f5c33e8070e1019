// The worker entry of `dataset` and `pack` as one plain JavaScript file, so each worker thread starts
// by loading a single module instead of registering tsx and transpiling ~75 TypeScript files itself.
// esbuild (what tsx and vite run on) bundles our sources once per run; packages stay imports.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
/**
 * Where the bundle goes: node_modules/.cache/zhengbao/ lets its package imports resolve from the
 * project, and sits three folders below the root like src/parse/extract/pdf.ts, whose path to the
 * pdf.js assets is relative to itself.
 */
const CACHE = new URL('node_modules/.cache/zhengbao/', ROOT);

/** The URL of the bundled entry (named by its content, so concurrent runs share it), or null if esbuild is missing or fails. */
export async function bundledEntry(entry: URL): Promise<URL | null> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', write: false, logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const file = new URL(`dataset-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, CACHE);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      const part = fileURLToPath(file) + `.${process.pid}.part`;
      writeFileSync(part, code);
      renameSync(part, file);
    }
    return file;
  } catch {
    return null;
  }
}
