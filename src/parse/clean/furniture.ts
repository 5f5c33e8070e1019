// Drops page furniture from the block list and keeps every dropped line in `removed` (the metadata
// reader finds publication dates and authors there). Besides single lines it knows two zones: the
// tail after the last prose once a footer or related-links list starts, and encyclopedia info boxes.
import type { Block } from '../blocks';
import { isRunningText, lineKind, MAX_RAW_LENGTH, opensTailZone, type Furniture } from './boilerplate';
import { fold } from './chars';

const INFOBOX_HEADER = /^(基本介绍|基本介紹|基本信息|基本資訊|基本资料|基本資料|词条信息|詞條信息)$/u;
/** "• 中文名:…" — a bulleted key:value line of an info box. */
const INFOBOX_ITEM = /^[•·●▪◦■□◆\-*]?\s*[^\s:。,]{1,8}\s*:/u;
const BULLET = /^[•·●▪◦■□◆]/u;
/** Info-box lines are short; the same bound as furniture lines, so one folded copy serves both. */
const MAX_LINE = MAX_RAW_LENGTH;

export interface FurnitureResult { kept: Block[]; removed: string[] }

function isProse(text: string): boolean {
  return text.length >= 40 && text.includes('。');
}

function tailZoneStart(blocks: Block[], kinds: (Furniture | null)[]): number {
  let lastProse = -1;
  for (let i = 0; i < blocks.length; i++) if (isProse(blocks[i]!.text) && kinds[i] === null) lastProse = i;
  // The zone is a page's tail: never in the first half, whatever the prose looks like.
  for (let i = Math.max(lastProse + 1, Math.floor(blocks.length / 2)); i < blocks.length; i++) {
    if (opensTailZone(kinds[i] ?? null)) return i;
  }
  return blocks.length;
}

/** Marks info-box lines: a header followed by key:value lines, or a run of bulleted key:value lines. */
function markInfoBoxes(blocks: Block[], folded: string[], drop: boolean[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const header = INFOBOX_HEADER.test(folded[i]!);
    const bulleted = BULLET.test(folded[i]!) || blocks[i]!.listItem === true;
    if (!header && !(bulleted && INFOBOX_ITEM.test(folded[i]!))) continue;
    let j = header ? i + 1 : i;
    while (j < blocks.length && INFOBOX_ITEM.test(folded[j]!) && folded[j]!.length <= 80) j++;
    const items = j - (header ? i + 1 : i);
    if (items < 2 && !(header && items >= 1)) continue;
    for (let k = i; k < j; k++) drop[k] = true;
    i = j - 1;
  }
}

export function removeFurniture(blocks: Block[]): FurnitureResult {
  // Info boxes are short key:value lines; running text is never part of one, so it is not folded.
  const folded = blocks.map((b) => (b.text.length > MAX_LINE || isRunningText(b.text) ? '' : fold(b.text).trim()));
  const kinds = blocks.map((b, i) => lineKind(b.text, folded[i] || undefined));
  const drop = kinds.map((k) => k !== null);
  markInfoBoxes(blocks, folded, drop);
  const tail = tailZoneStart(blocks, kinds);
  const kept: Block[] = [];
  const removed: string[] = [];
  blocks.forEach((b, i) => {
    // A title repeated right under itself (page heading, then article heading) is said once.
    const repeat = b.text.length <= 60 && !b.text.includes('。') && kept.at(-1)?.text === b.text;
    if (drop[i] || i >= tail || repeat) removed.push(b.text);
    else kept.push(b);
  });
  return { kept, removed };
}
