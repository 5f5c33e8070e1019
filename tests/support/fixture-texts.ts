// Every fixture text file (txt, md, json, html) under a folder, recursively, as strings: the corpus
// the text-layer equivalence tests (folding, t2s) run over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function fixtureTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureTexts(path);
    return /\.(txt|md|json|html?)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
