// The bundles `dataset` and `pack` start from (src/cli/bundle.mjs, launch.mjs): each module keeps its
// own import.meta.url, the app's libraries are inside but pdf.js and the tools are not, an unchanged
// build is reused and a changed input remade, and the launcher refuses a command it does not know.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/cli/bundle.mjs';

const ROOT = join(import.meta.dirname, '../..');
const WORKER = pathToFileURL(join(ROOT, 'src/cli/dataset-worker.ts'));
const CACHE = join(ROOT, 'node_modules/.cache/zhengbao');

/** The manifest that names `bundle` (the cache holds one per entry). */
function manifestOf(bundle: URL): string {
  const name = readdirSync(CACHE).filter((f) => f.endsWith('.json')).find((f) => readFileSync(join(CACHE, f), 'utf8').includes(bundle.href));
  if (!name) throw new Error(`no manifest names ${bundle.href}`);
  return join(CACHE, name);
}

describe('CLI bundles', () => {
  it('keeps each module its own import.meta.url, the app libraries inside and pdf.js outside', async () => {
    const bundle = await bundled(WORKER);
    expect(bundle).not.toBeNull();
    const code = readFileSync(bundle!, 'utf8');
    expect(code).not.toMatch(/import\.meta\.(url|dirname|filename)/);
    expect(code).toContain(JSON.stringify(pathToFileURL(join(ROOT, 'src/parse/extract/pdf.ts')).href));
    expect(code).not.toMatch(/from ["'](cfb|opencc-js|fflate)/);
    expect(code).toMatch(/import\(["']pdfjs-dist\/legacy\/build\/pdf\.mjs["']\)/);
  });

  it('reuses the bundle while its inputs are unchanged and makes it again when one changed', async () => {
    const first = await bundled(WORKER);
    const path = manifestOf(first!);
    const written = statSync(path).mtimeMs;
    expect((await bundled(WORKER))?.href).toBe(first!.href);
    expect(statSync(path).mtimeMs, 'an unchanged build is not made again').toBe(written);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { file: string; inputs: Record<string, string> };
    const source = fileURLToPath(WORKER);
    expect(Object.keys(manifest.inputs)).toContain(source);
    writeFileSync(path, JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, [source]: '0:0' } }));
    expect((await bundled(WORKER))?.href).toBe(first!.href);
    const remade = JSON.parse(readFileSync(path, 'utf8')) as typeof manifest;
    expect(remade.inputs[source]).toBe(manifest.inputs[source]);
    expect(existsSync(new URL(remade.file))).toBe(true);
  });

  it('the launcher refuses a command that is not in src/cli', () => {
    const r = spawnSync(process.execPath, ['src/cli/launch.mjs', '../tests/x'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no command "\.\.\/tests\/x"/);
  });
});
