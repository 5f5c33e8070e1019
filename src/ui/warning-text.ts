// Parser warnings in the interface language: each code with its parameters worded in Chinese and
// in English. A warning whose code this build does not know (a newer parser's) or a plain sentence
// stored by an older version is shown by its own message.
import type { Lang } from '../state/settings';
import type { MojibakePlace, OcrPlace, StoredWarning, WarningCode, WarningParams } from '../model/warnings';

type Wording = { [C in WarningCode]: (p: WarningParams<C>) => string };

const zhPlaces = (places: (MojibakePlace | OcrPlace)[]) => places.map((p) => `第 ${p.paragraph} 段「${p.excerpt}」`).join('、');
const enPlaces = (places: (MojibakePlace | OcrPlace)[]) => places.map((p) => `paragraph ${p.paragraph} (“${p.excerpt}”)`).join(', ');

const pageList = (pages: number[], count: number, sep: string, more: string) => pages.join(sep) + (count > pages.length ? more : '');

const zh: Wording = {
  'invalid-utf8': () => '文件中有少量无效的 UTF-8 字节，已替换为占位符。',
  'pinyin-removed': ({ count }) => `已移除转换工具留下的拼音注音 ${count} 处。`,
  mojibake: ({ count, places }) => `疑似乱码 ${count} 处，见${zhPlaces(places)}${count > places.length ? '等' : ''}；原文未改动。`,
  'no-title': () => '开头附近没有找到报告标题。',
  'no-years': () => '未能确定报告回顾和计划的年度。',
  'little-chinese': ({ han }) => `全文只有 ${han} 个汉字，不像一份工作报告；请检查是否选错了文件或粘贴错了内容。`,
  'pdf-pages-skipped': ({ pages, count }) => `第 ${pageList(pages, count, '、', ' 等')} 页没有可读的文字层（扫描页或无编码字体），未读取。`,
  'ocr-pages': ({ pages, count }) => `第 ${pageList(pages, count, '、', ' 等')} 页由文字识别（OCR）读取，请对照原页核对。`,
  'ocr-low-confidence': ({ count, places }) => `文字识别把握不大的字 ${count} 处，见${zhPlaces(places)}${count > places.length ? '等' : ''}；未作改动。`,
  'second-copy': ({ paragraphs }) => `页面包含同一报告的两份（如打印版），只解析了第一份；第二份 ${paragraphs} 段未计入。`,
};

const en: Wording = {
  'invalid-utf8': () => 'A few invalid UTF-8 bytes in the file were replaced.',
  'pinyin-removed': ({ count }) => `Removed ${count} pinyin ${count === 1 ? 'annotation' : 'annotations'} left by a converter.`,
  mojibake: ({ count, places }) => `Possibly garbled text in ${count} ${count === 1 ? 'place' : 'places'}: ${enPlaces(places)}${count > places.length ? ' and more' : ''}; the text is left as is.`,
  'no-title': () => 'No title line was found near the top.',
  'no-years': () => 'Could not tell which years the report reviews and plans.',
  'little-chinese': ({ han }) => `The text holds only ${han} Chinese ${han === 1 ? 'character' : 'characters'}: it does not look like a work report. Check the file or the pasted text.`,
  'pdf-pages-skipped': ({ pages, count }) => `Page${count === 1 ? '' : 's'} ${pageList(pages, count, ', ', ' and more')} had no readable text layer (scanned, or a font without a Unicode map) and ${count === 1 ? 'was' : 'were'} not read.`,
  'ocr-pages': ({ pages, count }) => `Page${count === 1 ? '' : 's'} ${pageList(pages, count, ', ', ' and more')} ${count === 1 ? 'was' : 'were'} read by OCR; check against the page image.`,
  'ocr-low-confidence': ({ count, places }) => `OCR was unsure of ${count} ${count === 1 ? 'character' : 'characters'}: ${enPlaces(places)}${count > places.length ? ' and more' : ''}; left as recognised.`,
  'second-copy': ({ paragraphs }) => `The page holds the report twice (e.g. with its print version); only the first copy was read, the second (${paragraphs} paragraphs) was left out.`,
};

const WORDING: Record<Lang, Wording> = { zh, en };

export function warningText(w: StoredWarning, lang: Lang): string {
  if (typeof w === 'string') return w;
  const word = (WORDING[lang] as Record<string, ((p: object) => string) | undefined>)[w.code];
  return word ? word(w) : w.message;
}

/** The codes this interface words (a unit test checks it against the parser's). */
export const WORDED_CODES = Object.keys(zh) as WarningCode[];
