// Builds the reasons a file could not be read: code and parameters from the call site, the readable
// sentence (Chinese, then English in brackets, as the command line has always printed it) from one
// table here. The interface words the same codes in its own language (ui/error-text.ts).
import type { ErrorCode, ErrorParams, ParseError, RefusedKind } from '../model/errors';
import { megabytes } from './limits';

type Messages = { [C in ErrorCode]: (p: ErrorParams<C>) => string };

const KINDS: Record<RefusedKind, [string, string]> = {
  excel: ['Excel 表格', 'Excel spreadsheets'], powerpoint: ['PowerPoint 演示文稿', 'PowerPoint files'],
  rtf: ['RTF 文档', 'RTF files'], odt: ['OpenDocument 文档', 'OpenDocument files'], archive: ['压缩包', 'archives'],
  image: ['图片', 'images'], executable: ['可执行程序', 'executable programs'],
  'zip-other': ['压缩包或非 Word 的 Office 文件', 'zip archives other than Word .docx documents'],
};

const MB = megabytes;

const MESSAGES: Messages = {
  'too-large': ({ size, limit }) => `文件过大：${MB(size)} MB，上限为 ${MB(limit)} MB (the file is too large: ${MB(size)} MB, the limit is ${MB(limit)} MB)`,
  'unsupported-format': ({ kind }) => `不支持此文件格式：${KINDS[kind][0]}，请另存为文本或 .docx (${KINDS[kind][1]} are not supported; save the report as text or .docx)`,
  'not-pdf': () => '文件已损坏或不是 PDF：缺少 PDF 文件头 (the file is damaged or not a PDF: it has no PDF header)',
  'doc-unrecognised': () => '无法识别的 Word/WPS 文档：不是 Word 97-2003 格式（可能是更早的版本或已损坏），请另存为 .docx (an unrecognised Word/WPS document: not the Word 97-2003 format, perhaps older or damaged; save it as .docx)',
  binary: () => '无法识别文件编码：文件含有二进制数据 (could not recognise the text encoding: the file holds binary data)',
  'unknown-encoding': () => '无法识别文件编码 (could not recognise the text encoding)',
  'docx-no-document': () => '不是 Word 文档：压缩包中没有 word/document.xml (not a Word document: the archive has no word/document.xml)',
  'docx-damaged': () => '文件已损坏或不是 Word 文档 (the file is damaged or is not a Word .docx document)',
  'docx-bomb': () => '压缩内容大小异常，疑似压缩炸弹，已拒绝 (the archive would unpack to an implausible size; refused as a possible zip bomb)',
  'docx-encrypted': () => '文档已加密，无法读取 (the document is encrypted and cannot be read)',
  'pdf-password': () => '此 PDF 设有打开密码，请先用密码打开并另存为无密码的 PDF (the PDF needs a password to open; save a copy without one)',
  'pdf-damaged': () => 'PDF 文件已损坏，无法读取 (the PDF is damaged and cannot be read)',
  'pdf-scan': () => '此 PDF 是扫描件，没有文字层，暂时无法读取（需要文字识别）(the PDF is a scan with no text layer; it cannot be read without OCR)',
  'pdf-garbled': () => '此 PDF 的字体没有文字编码，提取出的是乱码，按扫描件处理，暂时无法读取 (the PDF\'s fonts have no Unicode map, so its text reads as garbage; it is treated like a scan and cannot be read without OCR)',
  'pdf-pages': ({ pages, limit }) => `PDF 共 ${pages} 页，超过 ${limit} 页的上限 (the PDF has ${pages} pages; the limit is ${limit})`,
  'doc-damaged': () => 'Word 文档已损坏，无法读取 (the Word document is damaged and cannot be read)',
  'doc-not-word': () => '不是可读取的 Word 97-2003 或 WPS 文档：文件中没有 Word 正文，请另存为 .docx (not a readable Word 97-2003 or WPS document: it holds no Word text; save it as .docx)',
  'doc-encrypted': () => '此 Word 文档设有打开密码，请先用密码打开并另存为无密码的文档 (the Word document needs a password to open; save a copy without one)',
  'no-text': () => '文件中没有可读的正文 (the file holds no readable text)',
  'ocr-needed': ({ pages }) => `需要文字识别（OCR）才能读取 ${pages} 页，尚未下载识别数据 (${pages} page${pages === 1 ? '' : 's'} can be read only with OCR, whose language data is not stored yet)`,
  'ocr-failed': ({ detail }) => `文字识别失败 (OCR failed): ${detail}`,
  'parse-failed': ({ detail }) => `解析失败 (parse failed): ${detail}`,
  cancelled: () => '已取消 (cancelled)',
  'empty-file': () => '文件为空 (the file is empty)',
  unreadable: () => '无法读取 (could not be read)',
  'file-gone': () => '无法读取文件，可能已被移动或删除 (the file could not be read; was it moved or deleted?)',
  'storage-full': () => '未导入：存储空间已满 (not imported: storage is full)',
  'import-failed': ({ detail }) => `导入出错 (import failed): ${detail}`,
  'archive-too-large': ({ limit }) => `压缩包超过 ${MB(limit)} MB (the archive is larger than ${MB(limit)} MB)`,
  'archive-damaged': () => '压缩包已损坏或不是 zip 文件 (the archive is damaged or not a zip file)',
  'archive-unpack-failed': () => '解压失败，压缩包已损坏 (could not unpack: the archive is damaged)',
  'archive-too-many': ({ count }) => `文件数过多（${count} 个）(too many files in the archive)`,
  'archive-member-too-large': ({ member, size, limit }) => `${member}：${MESSAGES['too-large']({ size, limit })}`,
  'archive-ratio': () => '压缩比异常，疑似压缩炸弹 (suspicious compression ratio: a zip bomb?)',
  'archive-method': ({ method }) => `不支持的压缩方式 ${method} (unsupported compression method)`,
  'archive-total': ({ limit }) => `解压后总大小超过 ${MB(limit)} MB (the archive would expand beyond ${MB(limit)} MB)`,
  'nested-archive': () => '压缩包内的压缩包不会展开 (archives inside archives are not unpacked)',
  'library-in-archive': () => '这是政报通的库（备份）文件，不是报告：请从压缩包中取出后单独拖入页面，或在“备份”中导入 (a ZhengBao library file, not a report: take it out of the archive and drop it on its own, or import it under Backup)',
};

export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];

export function parseError<C extends ErrorCode>(code: C, params: ErrorParams<C>): ParseError {
  return { code, error: (MESSAGES[code] as (p: ErrorParams<C>) => string)(params), ...params } as ParseError;
}

/** The reason of a failed ParseResult, without its ok flag and file name. */
export function withoutFileName(r: { ok: false; fileName: string } & ParseError): ParseError {
  const { ok: _ok, fileName: _name, ...reason } = r;
  return reason as ParseError;
}

/** The failure as a result of a parsing stage. */
export function failure<C extends ErrorCode>(code: C, params: ErrorParams<C>): { ok: false } & ParseError {
  return { ok: false, ...parseError(code, params) };
}
