// The layer rule, checked mechanically: pure folders never import browser or UI code, and
// imports between src/ folders only point down the layer picture in the README.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const PURE = ['parse', 'text', 'search', 'compare', 'trends', 'model', 'lib'];
const FORBIDDEN_PACKAGES = /^(preact|@preact\/|idb$|workbox-window|virtual:pwa)/;
const FORBIDDEN_GLOBALS = /\b(document|window|indexedDB|localStorage|navigator\.storage)\b/;
// Which folders each folder may import from (arrows point down only).
const ALLOWED: Record<string, string[]> = {
  app: ['ui', 'state', 'lib', 'model', 'text'],
  ui: ['state', 'lib', 'model', 'text'],
  state: ['worker', 'store', 'search', 'compare', 'trends', 'text', 'lib', 'model', 'parse'],
  worker: ['store', 'search', 'compare', 'trends', 'parse', 'text', 'lib', 'model'],
  store: ['lib', 'model', 'parse', 'text', 'search'],
  search: ['text', 'lib', 'model'],
  compare: ['text', 'lib', 'model'],
  trends: ['text', 'lib', 'model'],
  parse: ['text', 'lib', 'model'],
  text: ['lib', 'model'],
  model: [],
  lib: [],
  cli: ['parse', 'search', 'compare', 'trends', 'text', 'lib', 'model', 'store', 'worker'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Runtime imports only: `import type` is erased at build time and loads no code of the other layer. */
function imports(source: string): string[] {
  return [...source.matchAll(/(import|export)(\s+type\b)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .filter((m) => !m[2])
    .map((m) => m[3] ?? m[4] ?? '');
}

/** Source without comments and string contents, so a mention in a comment is not a use. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
}

describe('layers', () => {
  for (const file of files(SRC)) {
    const rel = relative(SRC, file);
    const folder = rel.includes('/') ? rel.split('/')[0]! : 'main';
    if (folder === 'main') continue;
    it(`${rel} imports only what its layer may`, () => {
      const source = readFileSync(file, 'utf8');
      for (const spec of imports(source)) {
        if (spec.startsWith('.')) {
          const target = relative(SRC, join(file, '..', spec)).split('/')[0]!;
          if (target !== folder) expect(ALLOWED[folder] ?? [], `${rel} -> ${spec}`).toContain(target);
        } else if (PURE.includes(folder)) {
          expect(spec, `${rel} imports ${spec}`).not.toMatch(FORBIDDEN_PACKAGES);
        }
      }
      if (PURE.includes(folder)) expect(code(source), `${rel} uses a browser global`).not.toMatch(FORBIDDEN_GLOBALS);
    });
  }
});
