// Cleaning: drops web boilerplate (kept aside in `removed` for the metadata reader) and a scraper's
// labelled header (kept as `fields`), repairs converter damage (pinyin notes, escape remnants),
// splits one-line layouts, takes off a site's watermark, rejoins paragraphs broken mid-sentence or at wiki links, and keeps one
// copy of a report a page holds twice. Every step is a linear pass; the steps live in ./clean/.
import type { SourceField } from '../model/report';
import type { Block } from './blocks';
import type { ParseWarning } from '../model/warnings';
import { warning } from './warnings';
import { hasMarkdownResidue, readMarkdownResidue } from './clean/markup';
import { splitOneLineLayouts } from './clean/one-line';
import { removeFurniture } from './clean/furniture';
import { lineKind } from './clean/boilerplate';
import { hasTonedNotes, removePinyinNotes } from './clean/pinyin';
import { rejoinBrokenLines } from './clean/rejoin';
import { repairEscapes } from './clean/escapes';
import { takeLabelledHeader } from './clean/labelled-header';
import { rejoinLinkLines } from './clean/link-lines';
import { dropSecondCopy } from './clean/duplicate';
import { removeWatermarks } from './clean/watermark';
import { collapseDoubledCommas } from './clean/doubled-marks';

export interface CleanResult {
  blocks: Block[];
  /** Lines dropped as boilerplate, kept because metadata (publication date, editor) lives there. */
  removed: string[];
  /** The scraper's labelled header (标题：… 报告人：…), taken out of the text. */
  fields: SourceField[];
  warnings: ParseWarning[];
}

function trimmed(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const text = b.text.trim();
    if (text.length > 0) out.push(text === b.text ? b : { ...b, text });
  }
  return out;
}

/**
 * Broken lines joined, and the commas a join can set before another mark (a line of ',' joined to one
 * opening with '；') taken off as the source's own are.
 */
const rejoin = (blocks: Block[]): Block[] => collapseDoubledCommas(rejoinBrokenLines(blocks));

export function clean(blocks: Block[]): CleanResult {
  const warnings: ParseWarning[] = [];
  const header = takeLabelledHeader(trimmed(repairEscapes(blocks).blocks));
  // A site's watermark comes off first: appended to headings it would hide them from every later step.
  const marked = removeWatermarks(collapseDoubledCommas(trimmed(splitOneLineLayouts(readMarkdownResidue(header.blocks)))));
  const laidOut = marked.blocks;
  // Notes go first: furniture is found by comparing lines (a running header repeats) and line
  // widths are measured without them; once more after joining, for a note that only meets its
  // character when a broken line is joined.
  const before = withoutPinyin(laidOut);
  const furniture = removeFurniture(before.blocks);
  const { kept } = furniture;
  const removed = [...marked.removed, ...furniture.removed];
  // Joining can complete furniture that was broken over lines (a byline wrapped in a PDF copy).
  const original = new Set(kept);
  // Doubled commas go before the joined lines are looked at as furniture (a comma had made one running text).
  const rejoined = dropJoinedFurniture(original, rejoin(rejoinLinkLines(kept)), removed);
  // Without toned notes before joining, only a joined block can bring one (a note meeting its
  // character across the break); the untouched blocks need no second look then.
  const joinedTexts = () => rejoined.filter((b) => !original.has(b)).map((b) => b.text);
  const notes = before.toned > 0 || hasTonedNotes(joinedTexts()) ? withoutPinyin(rejoined) : { blocks: rejoined, repairs: 0 };
  // A note removed only now (it met its character across a break) may have kept the next line
  // from joining: join once more, so cleaning cleaned text changes nothing.
  const after = notes.repairs > 0 && notes.blocks !== rejoined ? { ...notes, blocks: rejoin(notes.blocks) } : notes;
  const repairs = before.repairs + after.repairs;
  if (repairs > 0) warnings.push(warning('pinyin-removed', { count: repairs }));
  const once = dropSecondCopy(after.blocks);
  if (once.dropped > 0) warnings.push(warning('second-copy', { paragraphs: once.dropped }));
  const result = { blocks: once.blocks, removed, fields: header.fields, warnings };
  // Joining can pair Markdown marks a broken line held apart (**…** over two lines), so the text
  // reads as Markdown only now: clean the result once more, so cleaning cleaned text changes
  // nothing. The second pass sees marks read (declared structure), so it never goes further.
  return hasMarkdownResidue(result.blocks) ? again(result) : result;
}

function again(first: CleanResult): CleanResult {
  const second = clean(first.blocks);
  return { blocks: second.blocks, removed: [...first.removed, ...second.removed], fields: [...first.fields, ...second.fields], warnings: [...first.warnings, ...second.warnings] };
}

/** Joined blocks are new objects; only they need a second look. */
function dropJoinedFurniture(original: Set<Block>, joined: Block[], removed: string[]): Block[] {
  return joined.filter((b) => {
    if (original.has(b) || lineKind(b.text) === null) return true;
    removed.push(b.text);
    return false;
  });
}

function withoutPinyin(blocks: Block[]): { blocks: Block[]; repairs: number; toned: number } {
  const pinyin = removePinyinNotes(blocks.map((b) => b.text));
  if (pinyin.repairs === 0) return { blocks, repairs: 0, toned: pinyin.toned };
  const repaired = blocks.map((b, i) => {
    const text = pinyin.texts[i]!;
    if (text === b.text) return b;
    // A bold lead's length counts the repaired lead, not the one with notes in it.
    const boldLead = b.boldLead === undefined ? undefined : pinyin.strip(b.text.slice(0, b.boldLead)).length;
    return boldLead === undefined ? { ...b, text } : { ...b, text, boldLead };
  });
  return { blocks: repaired, repairs: pinyin.repairs, toned: pinyin.toned };
}
