// A PDF whose pages are JPEG images (a scanner's output) or, for a mixed file, Chinese text in the
// non-embedded STSong-Light (read through pdf.js's CMaps): written by hand, exact offsets.
export type PdfPageSource = { jpeg: Uint8Array; width: number; height: number } | { text: string[] };

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

export function makeImagePdf(pages: PdfPageSource[]): Uint8Array {
  const objects: Uint8Array[][] = [];
  const add = (...parts: (string | Uint8Array)[]) => { objects.push(parts.map((p) => (typeof p === 'string' ? latin1(p) : p))); return objects.length; };
  const cid = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>');
  const song = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const tree = objects.length + 1 + pages.length * 3; // numbered after the pages' objects
  const kids: number[] = [];
  for (const page of pages) {
    if ('jpeg' in page) {
      const image = add(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`, page.jpeg, '\nendstream');
      const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
      const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
      kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${stream} 0 R >>`));
    } else {
      const content = page.text.map((line, i) => `BT /F2 16 Tf 72 ${770 - i * 40} Td <${[...line].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET`).join('\n');
      add('null'); // keeps three objects per page
      const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
      kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 ${song} 0 R >> >> /Contents ${stream} 0 R >>`));
    }
  }
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${tree} 0 R >>`);
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (c: Uint8Array) => { chunks.push(c); length += c.length; };
  objects.forEach((parts, i) => { offsets.push(length); push(latin1(`${i + 1} 0 obj\n`)); parts.forEach(push); push(latin1('\nendobj\n')); });
  const xref = length;
  push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  push(latin1(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
