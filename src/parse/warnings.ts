// Builds parser warnings: code and parameters from the call site, the readable message (Chinese,
// then English in brackets, as the command line has always printed it) from one table here.
import type { ParseWarning, WarningCode, WarningParams } from '../model/warnings';

type Messages = { [C in WarningCode]: (p: WarningParams<C>) => string };

const pageList = (pages: number[], count: number, sep: string, more: string) => pages.join(sep) + (count > pages.length ? more : '');

const MESSAGES: Messages = {
  'invalid-utf8': () => '文件中有少量无效的 UTF-8 字节，已替换 (a few invalid UTF-8 bytes were replaced)',
  'pinyin-removed': ({ count }) => `已移除拼音注音 ${count} 处 (removed ${count} pinyin annotations)`,
  mojibake: ({ count, places }) => {
    const where = places.map((p) => `第${p.paragraph}段「${p.excerpt}」`).join('、');
    const whereEn = places.map((p) => `paragraph ${p.paragraph}`).join(', ');
    return `疑似乱码 ${count} 处，见${where}${count > places.length ? '等' : ''}，原文未改动 `
      + `(possible mojibake in ${count} places, e.g. ${whereEn}; text left as is)`;
  },
  'no-title': () => '未找到报告标题 (no title line found near the top)',
  'no-years': () => '未能确定回顾年度和计划年度 (could not tell which years the report covers)',
  'little-chinese': ({ han }) => `全文只有 ${han} 个汉字，不像一份工作报告 (only ${han} Chinese characters: this does not look like a work report)`,
  'pdf-pages-skipped': ({ pages, count }) => `第 ${pageList(pages, count, '、', ' 等')} 页没有可读的文字层（扫描页或无编码字体），未读取 `
    + `(pages ${pageList(pages, count, ', ', ' …')} have no readable text layer — scanned or without a Unicode map — and were not read)`,
  'ocr-pages': ({ pages, count }) => `第 ${pageList(pages, count, '、', ' 等')} 页由文字识别（OCR）读取，请对照原页核对 `
    + `(pages ${pageList(pages, count, ', ', ' …')} were read by OCR; check them against the page images)`,
  'ocr-low-confidence': ({ count, places }) => `文字识别把握不大的字 ${count} 处，见${places.map((p) => `第${p.paragraph}段「${p.excerpt}」`).join('、')}${count > places.length ? '等' : ''}，未作改动 `
    + `(OCR was unsure of ${count} characters, e.g. ${places.map((p) => `paragraph ${p.paragraph}`).join(', ')}; left as recognised)`,
  'second-copy': ({ paragraphs }) => `页面包含同一报告的两份（如打印版），只解析第一份 (the page holds the report twice, e.g. with its print version; the second copy, ${paragraphs} paragraphs, was left out)`,
};

export const WARNING_CODES = Object.keys(MESSAGES) as WarningCode[];

export function warning<C extends WarningCode>(code: C, params: WarningParams<C>): ParseWarning {
  return { code, message: MESSAGES[code](params), ...params } as ParseWarning;
}
