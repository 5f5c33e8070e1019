// Word 97 (.doc) files built in memory with SheetJS cfb, for the .doc extractor's tests: a FIB with
// the fields the reader uses (magic, flags, language, ccpText, fcClx/lcbClx), the text in pieces
// (UTF-16 or 8-bit "compressed"), and a piece table in the table stream the flags name.
import * as CFB from 'cfb';

export interface DocPiece { text: string; eightBit?: Uint8Array }
export interface DocOptions { ccpText?: number; lid?: number; encrypted?: boolean; table?: '0Table' | '1Table'; prc?: boolean }

const FIB_SIZE = 0x200;

export function makeDoc(pieces: DocPiece[], opts: DocOptions = {}): Uint8Array {
  const body: number[] = [];
  const placed: { cp: number; fc: number; compressed: boolean }[] = [];
  let cp = 0;
  for (const p of pieces) {
    const fc = FIB_SIZE + body.length;
    if (p.eightBit) { body.push(...p.eightBit); placed.push({ cp, fc, compressed: true }); cp += p.eightBit.length; }
    else { for (const ch of p.text) { const c = ch.charCodeAt(0); body.push(c & 0xff, c >> 8); } placed.push({ cp, fc, compressed: false }); cp += p.text.length; }
  }
  const clx: number[] = opts.prc ? [0x01, 0x02, 0x00, 0xaa, 0xbb] : [];
  const plc: number[] = [];
  const u32 = (arr: number[], v: number) => arr.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  for (const p of placed) u32(plc, p.cp);
  u32(plc, cp);
  for (const p of placed) { plc.push(0, 0); u32(plc, p.compressed ? (p.fc * 2) | 0x40000000 : p.fc); plc.push(0, 0); }
  clx.push(0x02);
  u32(clx, plc.length);
  clx.push(...plc);
  const word = new Uint8Array(FIB_SIZE + body.length);
  const view = new DataView(word.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, 0xc1, true);
  view.setUint16(6, opts.lid ?? 0x0804, true);
  const table = opts.table ?? '1Table';
  view.setUint16(0x0a, (table === '1Table' ? 0x0200 : 0) | (opts.encrypted ? 0x0100 : 0), true);
  view.setUint16(32, 14, true); // csw
  view.setUint16(62, 22, true); // cslw
  view.setUint32(64 + 12, opts.ccpText ?? cp, true);
  view.setUint16(152, 93, true); // cbRgFcLcb
  view.setUint32(154 + 33 * 8, 0, true); // fcClx
  view.setUint32(154 + 33 * 8 + 4, clx.length, true);
  word.set(body, FIB_SIZE);
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'WordDocument', word);
  CFB.utils.cfb_add(container, table, Uint8Array.from(clx));
  return Uint8Array.from(CFB.write(container, { type: 'array' }) as number[]);
}
