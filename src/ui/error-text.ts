// Why a file could not be read, in the interface language: each code with its parameters worded in
// Chinese and in English. A code this build does not know (a newer parser's) or a plain sentence
// stored by an older version is shown by its own sentence.
import type { Lang } from '../state/settings';
import type { ErrorCode, ErrorParams, RefusedKind, StoredError } from '../model/errors';

type Wording = { [C in ErrorCode]: (p: ErrorParams<C>) => string };

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

const KIND_ZH: Record<RefusedKind, string> = {
  excel: 'Excel 表格', powerpoint: 'PowerPoint 演示文稿', rtf: 'RTF 文档', odt: 'OpenDocument 文档',
  archive: '压缩包', image: '图片', executable: '可执行程序', 'zip-other': '压缩包或非 Word 的 Office 文件',
};
const KIND_EN: Record<RefusedKind, string> = {
  excel: 'Excel spreadsheets', powerpoint: 'PowerPoint files', rtf: 'RTF files', odt: 'OpenDocument files',
  archive: 'Archives', image: 'Images', executable: 'Programs', 'zip-other': 'Zip archives other than Word .docx documents',
};

const zh: Wording = {
  'too-large': ({ size, limit }) => `文件过大：${mb(size)} MB，上限为 ${mb(limit)} MB。`,
  'unsupported-format': ({ kind }) => `不支持此文件格式（${KIND_ZH[kind]}），请另存为文本或 .docx。`,
  'not-pdf': () => '文件已损坏或不是 PDF：缺少 PDF 文件头。',
  'doc-unrecognised': () => '无法识别的 Word/WPS 文档：不是 Word 97-2003 格式（可能是更早的版本或已损坏），请另存为 .docx。',
  binary: () => '无法识别文件编码：文件含有二进制数据。',
  'unknown-encoding': () => '无法识别文件编码。',
  'docx-no-document': () => '不是 Word 文档：压缩包中没有 Word 正文。',
  'docx-damaged': () => '文件已损坏或不是 Word 文档。',
  'docx-bomb': () => '压缩内容大小异常，疑似压缩炸弹，已拒绝。',
  'docx-encrypted': () => '文档已加密，无法读取。',
  'pdf-password': () => '此 PDF 设有打开密码，请先用密码打开并另存为无密码的 PDF。',
  'pdf-damaged': () => 'PDF 文件已损坏，无法读取。',
  'pdf-scan': () => '此 PDF 是扫描件，没有文字层，暂时无法读取（需要文字识别）。',
  'pdf-garbled': () => '此 PDF 的字体没有文字编码，提取出的是乱码，按扫描件处理，暂时无法读取。',
  'pdf-pages': ({ pages, limit }) => `PDF 共 ${pages} 页，超过 ${limit} 页的上限。`,
  'doc-damaged': () => 'Word 文档已损坏，无法读取。',
  'doc-not-word': () => '不是可读取的 Word 97-2003 或 WPS 文档：文件中没有 Word 正文，请另存为 .docx。',
  'doc-encrypted': () => '此 Word 文档设有打开密码，请先用密码打开并另存为无密码的文档。',
  'no-text': () => '文件中没有可读的正文。',
  'ocr-needed': ({ pages }) => `需要文字识别（OCR）才能读取（${pages} 页），识别数据尚未下载。`,
  'ocr-failed': ({ detail }) => `文字识别失败：「${detail}」`,
  'parse-failed': ({ detail }) => `解析出错：${detail}`,
  cancelled: () => '已取消。',
  'empty-file': () => '文件为空。',
  unreadable: () => '无法读取此文件。',
  'file-gone': () => '无法读取文件，可能已被移动或删除。',
  'storage-full': () => '未导入：存储空间已满。',
  'import-failed': ({ detail }) => `导入出错：${detail}`,
  'archive-too-large': ({ limit }) => `压缩包超过 ${mb(limit)} MB 的上限。`,
  'archive-damaged': () => '压缩包已损坏或不是 zip 文件。',
  'archive-unpack-failed': () => '解压失败，压缩包已损坏。',
  'archive-too-many': ({ count, limit }) => `压缩包中文件过多（${count} 个，上限 ${limit} 个）。`,
  'archive-member-too-large': ({ member, size, limit }) => `压缩包中的「${member}」过大：${mb(size)} MB，上限为 ${mb(limit)} MB。`,
  'archive-ratio': () => '压缩比异常，疑似压缩炸弹，已拒绝。',
  'archive-method': ({ method }) => `不支持的压缩方式（${method}）。`,
  'archive-total': ({ limit }) => `解压后总大小超过 ${mb(limit)} MB 的上限。`,
  'nested-archive': () => '压缩包内的压缩包不会展开。',
  'library-in-archive': () => '这是政报通的库（备份）文件，不是报告：请从压缩包中取出后单独拖入页面，或在“备份”中导入。',
};

const en: Wording = {
  'too-large': ({ size, limit }) => `The file is too large: ${mb(size)} MB; the limit is ${mb(limit)} MB.`,
  'unsupported-format': ({ kind }) => `${KIND_EN[kind]} are not supported; save the report as text or .docx.`,
  'not-pdf': () => 'The file is damaged or not a PDF: it has no PDF header.',
  'doc-unrecognised': () => 'An unrecognised Word/WPS document: not the Word 97-2003 format (perhaps older, or damaged); save it as .docx.',
  binary: () => 'Could not recognise the text encoding: the file holds binary data.',
  'unknown-encoding': () => 'Could not recognise the text encoding.',
  'docx-no-document': () => 'Not a Word document: the archive holds no Word text.',
  'docx-damaged': () => 'The file is damaged or is not a Word .docx document.',
  'docx-bomb': () => 'The archive would unpack to an implausible size; refused as a possible zip bomb.',
  'docx-encrypted': () => 'The document is encrypted and cannot be read.',
  'pdf-password': () => 'The PDF needs a password to open; save a copy without one.',
  'pdf-damaged': () => 'The PDF is damaged and cannot be read.',
  'pdf-scan': () => 'The PDF is a scan with no text layer; it cannot be read without OCR.',
  'pdf-garbled': () => 'The PDF’s fonts have no Unicode map, so its text reads as garbage; it is treated like a scan and cannot be read without OCR.',
  'pdf-pages': ({ pages, limit }) => `The PDF has ${pages} pages; the limit is ${limit}.`,
  'doc-damaged': () => 'The Word document is damaged and cannot be read.',
  'doc-not-word': () => 'Not a readable Word 97-2003 or WPS document: it holds no Word text; save it as .docx.',
  'doc-encrypted': () => 'The Word document needs a password to open; save a copy without one.',
  'no-text': () => 'The file holds no readable text.',
  'ocr-needed': ({ pages }) => `Reading ${pages === 1 ? 'this page' : `these ${pages} pages`} needs OCR, and its language data is not stored yet.`,
  'ocr-failed': ({ detail }) => `OCR failed: ${detail}`,
  'parse-failed': ({ detail }) => `Parsing failed: ${detail}`,
  cancelled: () => 'Cancelled.',
  'empty-file': () => 'The file is empty.',
  unreadable: () => 'The file could not be read.',
  'file-gone': () => 'The file could not be read; was it moved or deleted?',
  'storage-full': () => 'Not imported: storage is full.',
  'import-failed': ({ detail }) => `Import failed: ${detail}`,
  'archive-too-large': ({ limit }) => `The archive is larger than the ${mb(limit)} MB limit.`,
  'archive-damaged': () => 'The archive is damaged or not a zip file.',
  'archive-unpack-failed': () => 'Could not unpack: the archive is damaged.',
  'archive-too-many': ({ count, limit }) => `Too many files in the archive (${count}; the limit is ${limit}).`,
  'archive-member-too-large': ({ member, size, limit }) => `“${member}” in the archive is too large: ${mb(size)} MB; the limit is ${mb(limit)} MB.`,
  'archive-ratio': () => 'Suspicious compression ratio (a zip bomb?); refused.',
  'archive-method': ({ method }) => `Unsupported compression method (${method}).`,
  'archive-total': ({ limit }) => `The archive would unpack to more than the ${mb(limit)} MB limit.`,
  'nested-archive': () => 'Archives inside archives are not unpacked.',
  'library-in-archive': () => 'This is a ZhengBao library file, not a report: take it out of the archive and drop it on its own, or import it under Backup.',
};

const WORDING: Record<Lang, Wording> = { zh, en };

export function errorText(e: StoredError, lang: Lang): string {
  if (typeof e === 'string') return e;
  const word = (WORDING[lang] as Record<string, ((p: object) => string) | undefined>)[e.code];
  return word ? word(e) : e.error;
}

/** The codes this interface words (a unit test checks it against the parser's). */
export const WORDED_CODES = Object.keys(zh) as ErrorCode[];
