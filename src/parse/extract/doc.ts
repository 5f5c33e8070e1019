// Word 97-2003 .doc (and Kingsoft .wps in the same container): the Compound File is opened with
// SheetJS cfb; the FIB says which table stream holds the piece table (CLX) and how long the main
// story is; each piece is UTF-16 or 8-bit text (fcCompressed). Only the main story is read, so
// footnotes, comments, headers and text boxes stay out; doc-text.ts turns Word's marks into lines.
import * as CFB from 'cfb';
import type { Block } from '../blocks';
import { wordText } from './doc-text';
import type { ParseError } from '../../model/errors';
import { failure } from '../errors';

export type DocResult = { ok: true; blocks: Block[]; encoding: string } | ({ ok: false } & ParseError);

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

class Damaged extends Error {}

function need(b: Uint8Array, end: number): void {
  if (end > b.length) throw new Damaged();
}

function stream(container: CFB.CFB$Container, name: string): Uint8Array | null {
  const entry = CFB.find(container, name);
  if (!entry || !entry.content) return null;
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
}

export function extractDoc(bytes: Uint8Array): DocResult {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    return failure('doc-damaged', {});
  }
  const word = stream(container, 'WordDocument');
  if (!word || word.length < 0x200 || u16(word, 0) !== 0xa5ec) return failure('doc-not-word', {});
  const flags = u16(word, 0x0a);
  if (flags & 0x0100) return failure('doc-encrypted', {});
  const table = stream(container, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return failure('doc-damaged', {});
  try {
    const chinese = (u16(word, 0x06) & 0x3ff) === 0x04; // the FIB's language: LANG_CHINESE in any region
    const { text, eightBit } = mainStory(word, table, chinese ? gbDecoder(u16(word, 0x06)) : CP1252);
    return { ok: true, blocks: wordText(text), encoding: eightBit ? (chinese ? 'gb18030' : 'windows-1252') : 'utf-16le' };
  } catch {
    return failure('doc-damaged', {});
  }
}

/** cp1252's 0x80-0x9F (some TextDecoder builds read windows-1252 as Latin-1 and leave them as C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252 = {
  decode(b: Uint8Array): string {
    let s = '';
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  },
};

/** Chinese Word stores 8-bit pieces in the system code page: GBK in the mainland, Big5 in Taiwan and Hong Kong. */
function gbDecoder(lid: number): { decode(b: Uint8Array): string } {
  return new TextDecoder(lid === 0x0404 || lid === 0x0c04 || lid === 0x1404 ? 'big5' : 'gb18030');
}

/** FIB offsets are computed from its own counts (csw, cslw), so later FIB versions read the same way. */
function mainStory(word: Uint8Array, table: Uint8Array, eightBitDecoder: { decode(b: Uint8Array): string }): { text: string; eightBit: boolean } {
  const csw = u16(word, 32);
  const rgLw = 32 + 2 + csw * 2 + 2;
  const cslw = u16(word, rgLw - 2);
  need(word, rgLw + cslw * 4 + 2);
  const ccpText = u32(word, rgLw + 3 * 4);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  need(word, rgFcLcb + 34 * 8);
  const fcClx = u32(word, rgFcLcb + 33 * 8);
  const lcbClx = u32(word, rgFcLcb + 33 * 8 + 4);
  need(table, fcClx + lcbClx);
  const pieces = pieceTable(table.subarray(fcClx, fcClx + lcbClx));
  const utf16 = new TextDecoder('utf-16le');
  let text = '';
  let eightBit = false;
  for (const p of pieces) {
    if (p.cpStart >= ccpText) break;
    const n = Math.min(p.cpEnd, ccpText) - p.cpStart;
    if (p.compressed) {
      need(word, p.fc + n);
      text += eightBitDecoder.decode(word.subarray(p.fc, p.fc + n));
      eightBit = true;
    } else {
      need(word, p.fc + n * 2);
      text += utf16.decode(word.subarray(p.fc, p.fc + n * 2));
    }
  }
  return { text, eightBit };
}

interface Piece { cpStart: number; cpEnd: number; fc: number; compressed: boolean }

/** The CLX: property runs (Prc, skipped) then the piece table (Pcdt): n+1 CPs and n 8-byte PCDs. */
function pieceTable(clx: Uint8Array): Piece[] {
  let at = 0;
  while (at < clx.length && clx[at] === 0x01) at += 3 + u16(clx, at + 1);
  if (clx[at] !== 0x02) throw new Damaged();
  const lcb = u32(clx, at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  const n = Math.floor((plc.length - 4) / 12);
  if (n <= 0 || plc.length < lcb) throw new Damaged();
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = u32(plc, (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    pieces.push({ cpStart: u32(plc, i * 4), cpEnd: u32(plc, (i + 1) * 4), fc, compressed });
  }
  return pieces;
}
