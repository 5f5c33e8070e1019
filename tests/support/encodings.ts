// Re-encodes fixture text with iconv-lite the way other tools save it (GB18030, Big5, UTF-16),
// keeping to characters the target encoding can hold so that a round trip can be exact.
import iconv from 'iconv-lite';

const whatwg = new Map<string, TextDecoder>();

/** Characters iconv can write in `encoding` and the platform decoder reads back as the same character. */
function roundTrips(ch: string, encoding: string): boolean {
  const bytes = iconv.encode(ch, encoding);
  let dec = whatwg.get(encoding);
  if (!dec) whatwg.set(encoding, (dec = new TextDecoder(encoding)));
  return dec.decode(bytes) === ch;
}

export function representable(text: string, encoding: string): string {
  const ok = new Map<string, boolean>();
  let out = '';
  for (const ch of text) {
    let keep = ok.get(ch);
    if (keep === undefined) ok.set(ch, (keep = ch.charCodeAt(0) < 0x80 || roundTrips(ch, encoding)));
    if (keep) out += ch;
  }
  return out;
}

export function encode(text: string, encoding: 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be' | 'utf-8', bom = false): Uint8Array {
  const name = encoding.replace('-', '').replace('utf16', 'utf16');
  return new Uint8Array(iconv.encode(text, name === 'utf8' ? 'utf8' : name, { addBOM: bom }));
}
