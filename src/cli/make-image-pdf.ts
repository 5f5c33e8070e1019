// Hand-written PDFs with exact offsets, so pdf.js reads them without repair: pages whose content
// streams draw text (in Helvetica, or Chinese in the non-embedded STSong-Light read through pdf.js's
// CMaps), shapes only, or JPEG images (a scanner's output). The OCR bench and tests build on it.
export type PdfPageSource = { jpeg: Uint8Array; width: number; height: number } | { text: string[] } | { content: string };

type Part = string | Uint8Array;

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A Chinese text line in STSong-Light (UCS-2 codes through the UniGB-UCS2-H CMap), font /F2. */
export function chineseLine(x: number, y: number, text: string, size = 16): string {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return `BT /F2 ${size} Tf ${x} ${y} Td <${hex}> Tj ET`;
}

/** Objects numbered from 1 in the order given, a cross-reference table and a trailer. */
function serialize(objects: Part[][], catalog: number): Uint8Array {
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (c: Part) => { const b = typeof c === 'string' ? latin1(c) : c; chunks.push(b); length += b.length; };
  objects.forEach((parts, i) => { offsets.push(length); push(`${i + 1} 0 obj\n`); parts.forEach(push); push('\nendobj\n'); });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

export function makeImagePdf(pages: PdfPageSource[]): Uint8Array {
  const objects: Part[][] = [];
  const add = (...parts: Part[]) => { objects.push(parts); return objects.length; };
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const cid = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>');
  const song = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const fonts = `/Font << /F1 ${helvetica} 0 R /F2 ${song} 0 R >>`;
  const tree = objects.length + 1 + pages.length * 3; // numbered after the pages' objects
  const kids: number[] = [];
  for (const page of pages) {
    let resources = fonts;
    let content: string;
    if ('jpeg' in page) {
      const image = add(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`, page.jpeg, '\nendstream');
      resources = `/XObject << /Im0 ${image} 0 R >>`;
      content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    } else {
      add('null'); // keeps three objects per page
      content = 'content' in page ? page.content : page.text.map((line, i) => chineseLine(72, 770 - i * 40, line)).join('\n');
    }
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << ${resources} >> /Contents ${stream} 0 R >>`));
  }
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  return serialize(objects, add(`<< /Type /Catalog /Pages ${tree} 0 R >>`));
}
