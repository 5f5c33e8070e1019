// Builds .docx files (and hostile zips) in memory with fflate, for the docx extractor's tests:
// heading styles, outline levels, bold leads, numbering, tables, and archives that must be refused.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface DocxRun { text: string; bold?: boolean }
export interface DocxPara { runs: DocxRun[]; style?: string; outline?: number; numbered?: { numId: number; ilvl: number } }
export interface DocxTable { rows: string[][] }
export type DocxItem = DocxPara | DocxTable;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function para(text: string, opts: Omit<DocxPara, 'runs'> & { boldLead?: string } = {}): DocxPara {
  const { boldLead, ...rest } = opts;
  const runs: DocxRun[] = boldLead ? [{ text: boldLead, bold: true }, { text: text.slice(boldLead.length) }] : [{ text }];
  return { runs: runs.filter((r) => r.text.length > 0), ...rest };
}

function runXml(r: DocxRun): string {
  const props = r.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '<w:rPr><w:sz w:val="32"/></w:rPr>';
  // Tabs and line breaks are their own elements in WordprocessingML, never characters in w:t.
  const parts = r.text.split(/(\t|\n)/).map((p) => (p === '\t' ? '<w:tab/>' : p === '\n' ? '<w:br/>'
    : p ? `<w:t xml:space="preserve">${esc(p)}</w:t>` : ''));
  return `<w:r>${props}${parts.join('')}</w:r>`;
}

function paraXml(p: DocxPara): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.numbered ? `<w:numPr><w:ilvl w:val="${p.numbered.ilvl}"/><w:numId w:val="${p.numbered.numId}"/></w:numPr>` : '',
    p.outline !== undefined ? `<w:outlineLvl w:val="${p.outline}"/>` : '',
    '<w:rPr><w:b/></w:rPr>', // paragraph-mark formatting: must not count as a bold run
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${p.runs.map(runXml).join('')}</w:p>`;
}

function tableXml(t: DocxTable): string {
  const rows = t.rows.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:tcPr/>${paraXml(para(c))}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
}

export function documentXml(items: DocxItem[]): string {
  const body = items.map((i) => ('rows' in i ? tableXml(i) : paraXml(i))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** Chinese Word names its heading styles "heading N" but gives them ids "1", "2"…; English Word uses "Heading1". */
export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="标题 3"/></w:style>
<w:style w:type="paragraph" w:styleId="PartHead"><w:name w:val="Part head"/><w:basedOn w:val="1"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="paragraph" w:styleId="PartNumbered"><w:name w:val="Part numbered"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
</w:styles>`;

/** Chinese official numbering: 一、 > （一） > 1. , a bullet list, and a list restarted at 3 by an override. */
export const NUMBERING_XML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
${[10, 11, 12, 13].map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="0"/></w:num>`).join('')}
</w:numbering>`;

/** Lists 10-13 are further lists of the official numbering, for documents whose 一、 starts over. */
export const OFFICIAL_LISTS = [10, 11, 12, 13];

export function makeDocx(items: DocxItem[], opts: { styles?: boolean; extra?: Record<string, string> } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml(items)),
  };
  if (opts.styles !== false) files['word/styles.xml'] = strToU8(STYLES_XML);
  for (const [name, text] of Object.entries(opts.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** Overwrites the uncompressed size the central directory declares for one member. */
export function patchDeclaredSize(zip: Uint8Array, member: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLen));
    if (name === member) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** 20 MB of zeros deflated to a few kilobytes: a ratio no Word document has. */
export function makeRatioBomb(): Uint8Array {
  return zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
}

/** Stored random data whose header claims 201 MB: the ratio looks sane, the total does not. */
export function makeDeclaredBomb(): Uint8Array {
  const data = new Uint8Array(2_200_000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
  const zip = zipSync({ 'word/document.xml': [data, { level: 0 }] });
  return patchDeclaredSize(zip, 'word/document.xml', 201 * 1024 * 1024);
}

/** A member that claims 2 KB but inflates to 5 MB: the header lies, the real output must be bounded. */
export function makeLyingZip(): Uint8Array {
  const xml = documentXml([para('正文'.repeat(1_250_000))]);
  return patchDeclaredSize(zipSync({ 'word/document.xml': strToU8(xml) }, { level: 9 }), 'word/document.xml', 2048);
}

export function makeZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
