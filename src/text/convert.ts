// Script conversion for display. Simplified-to-traditional needs OpenCC's 1 MB phrase table, so it
// is imported on demand and lands in its own chunk; traditional-to-simplified (~100 KB) too, once.
type Convert = (s: string) => string;

let toTraditional: Promise<Convert> | null = null;
let toSimplifiedLoad: Promise<Convert> | null = null;

/** Loads opencc-js cn2t once; later calls share the same promise. */
export function loadToTraditional(): Promise<Convert> {
  toTraditional ??= import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: 'tw' }));
  return toTraditional;
}

/** Loads opencc-js t2cn once (traditional, Taiwan and Hong Kong forms to mainland simplified). */
export function loadToSimplified(): Promise<Convert> {
  toSimplifiedLoad ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }));
  return toSimplifiedLoad;
}

/** Converts text to simplified for display, loading the converter on first use. */
export async function toSimplified(s: string): Promise<string> {
  return (await loadToSimplified())(s);
}

let foldLoad: Promise<Convert> | null = null;

/**
 * Loads the fold search matches with (fold-name.ts, with OpenCC's t2s tables) once. The page folds
 * place names with it to list 義烏市 and 义乌市 as one place; imported on demand, it stays out of
 * the first load.
 */
export function loadFoldName(): Promise<Convert> {
  foldLoad ??= import('./fold-name').then((m) => m.foldName);
  return foldLoad;
}
