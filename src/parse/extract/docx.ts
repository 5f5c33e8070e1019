// Word .docx: unpacks word/document.xml (styles.xml for heading levels, numbering.xml for list
// numbers) through the guarded zip reader, then reads paragraphs, runs, breaks, tabs, heading
// styles, outline levels, automatic numbering (rendered as text) and bold leads. Tables give one
// block per row; text boxes' fallback copies are skipped.
import type { Block } from '../blocks';
import { tokenize, type TokenSink } from './html-tokens';
import { decodeEntities } from './html-entities';
import { readZip } from './zip';
import type { ParseError } from '../../model/errors';
import { failure } from '../errors';
import { attr, emptyStyles, outlineLevel, readStyles, styleLevel, type Styles } from './docx-styles';
import { Numbering } from './docx-numbering';

export type DocxResult = { ok: true; blocks: Block[] } | ({ ok: false } & ParseError);

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

export function extractDocx(bytes: Uint8Array): DocxResult {
  const zip = readZip(bytes, (name) => name === DOCUMENT || name === STYLES || name === NUMBERING);
  if (!zip.ok) return zip;
  const doc = zip.files.get(DOCUMENT);
  if (!doc) return failure('docx-no-document', {});
  const utf8 = new TextDecoder('utf-8');
  const styles = zip.files.get(STYLES);
  const numbering = zip.files.get(NUMBERING);
  const reader = new DocumentReader(styles ? readStyles(utf8.decode(styles)) : emptyStyles(),
    numbering ? new Numbering(utf8.decode(numbering)) : null);
  tokenize(utf8.decode(doc), reader);
  return { ok: true, blocks: reader.blocks };
}

const OFF = new Set(['0', 'false', 'off', 'none']);

interface Para { text: string; labelUsed: boolean; styleId: string | null; style: number | null; outline: number | null; numId: string | null; ilvl: number; bold: number; leadOpen: boolean }

class DocumentReader implements TokenSink {
  blocks: Block[] = [];
  private paras: Para[] = [];
  private rows: string[][] = [];
  private inPPr = false;
  private inText = false;
  private runBold = false;
  private skipDepth = 0; // inside mc:Fallback: a second copy of text boxes already read in mc:Choice

  constructor(private styles: Styles, private numbering: Numbering | null) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (this.skipDepth > 0 || name === 'mc:fallback') { if (!selfClosing) this.skipDepth++; return; }
    const p = this.paras[this.paras.length - 1];
    switch (name) {
      case 'w:p': if (!selfClosing) this.paras.push(newPara()); else this.emit(newPara()); break;
      case 'w:ppr': this.inPPr = !selfClosing; break;
      case 'w:pstyle': if (p) { p.styleId = attr(attrs); p.style = styleLevel(this.styles.levels, p.styleId); } break;
      case 'w:outlinelvl': if (p && this.inPPr) p.outline = outlineLevel(attr(attrs)); break;
      case 'w:numid': if (p && this.inPPr) { const id = attr(attrs) ?? '0'; p.numId = id === '0' ? null : id; } break;
      case 'w:ilvl': if (p && this.inPPr) p.ilvl = Number(attr(attrs)) || 0; break;
      case 'w:r': this.runBold = false; break;
      case 'w:b': if (!this.inPPr) this.runBold = !OFF.has(attr(attrs) ?? '1'); break;
      case 'w:t': this.inText = !selfClosing; break;
      case 'w:tab': this.append(p, '\t'); break;
      case 'w:br': case 'w:cr': this.lineBreak(); break;
      case 'w:nobreakhyphen': this.append(p, '-'); break;
      case 'w:tr': this.rows.push([]); break;
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) { this.skipDepth--; return; }
    if (name === 'w:t') this.inText = false;
    else if (name === 'w:ppr') this.inPPr = false;
    else if (name === 'w:p') { const p = this.paras.pop(); if (p) this.emit(p); }
    else if (name === 'w:tr') {
      const row = this.rows.pop() ?? [];
      const text = row.filter((c) => c.length > 0).join(' ');
      if (text) this.blocks.push({ text });
    }
  }

  text(raw: string): void {
    if (this.inText && this.skipDepth === 0) this.append(this.paras[this.paras.length - 1], decodeEntities(raw));
  }

  private append(p: Para | undefined, s: string): void {
    if (!p) return;
    if (p.leadOpen && this.runBold) p.bold += s.length;
    else if (p.leadOpen && s.trim() !== '') p.leadOpen = false;
    p.text += s;
  }

  /** A manual line break inside a paragraph starts a new block, as a line of a text file would. */
  private lineBreak(): void {
    const p = this.paras[this.paras.length - 1];
    if (!p) return;
    this.emit({ ...p });
    Object.assign(p, { text: '', bold: 0, leadOpen: true, labelUsed: true }); // the number belongs to the first line only
  }

  private emit(p: Para): void {
    const row = this.rows[this.rows.length - 1];
    if (row) { row.push(p.text.trim()); return; }
    if (p.styleId !== null && this.styles.toc.has(p.styleId)) return;
    const viaStyle = p.numId === null && p.styleId !== null ? this.styles.numbering.get(p.styleId) : undefined;
    const numId = p.labelUsed ? null : p.numId ?? viaStyle?.numId ?? null;
    const ilvl = p.numId !== null ? p.ilvl : viaStyle?.ilvl ?? 0;
    const label = numId === null ? null : this.numbering?.next(numId, ilvl) ?? 'bullet';
    const prefix = label === null || label === 'bullet' ? '' : label + (/[\p{L}0-9０-９]$/u.test(label) ? ' ' : '');
    const block: Block = { text: prefix + p.text };
    const level = p.outline ?? p.style;
    if (level !== null) block.markupLevel = level;
    if (label === 'bullet') block.listItem = true;
    if (p.bold > 0 && p.text.trim() !== '') block.boldLead = prefix.length + Math.min(p.bold, p.text.length);
    this.blocks.push(block);
  }
}

function newPara(): Para {
  return { text: '', labelUsed: false, styleId: null, style: null, outline: null, numId: null, ilvl: 0, bold: 0, leadOpen: true };
}
