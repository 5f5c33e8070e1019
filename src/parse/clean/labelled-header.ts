// The labelled block a scraper writes above a page's text (标题：… 发文单位：… 发文时间：… 报告人：…
// 来源URL：… 正文：). Its fields are metadata, not the report's first paragraph: they are taken out
// of the blocks and handed to the metadata reader (and shown apart by the report view).
import type { SourceField } from '../../model/report';
import type { Block } from '../blocks';

/** Labels scrapers and document databases use; the block is only trusted with one of the distinctive ones. */
const LABELS = '标题|標題|题目|題目|文章标题|发文单位|發文單位|发文机关|發文機關|发布机构|發布機構|发布单位|發布單位|发文时间|發文時間|发文日期|發文日期|发布时间|發布時間|发布日期|發布日期|成文日期|报告人|報告人|作者|来源URL|來源URL|来源网址|來源網址|来源链接|來源鏈接|原文链接|原文鏈接|原文地址|网址|網址|链接|鏈接|URL|url|来源|來源|文号|文號|发文字号|發文字號|索引号|索引號|主题分类|主題分類|分类|分類|关键词|關鍵詞|正文';
const DISTINCTIVE = /^(?:标题|標題|题目|題目|文章标题|发文单位|發文單位|发文机关|發文機關|发文时间|發文時間|发文日期|發文日期|报告人|報告人|来源URL|來源URL|来源网址|來源網址|来源链接|來源鏈接|原文链接|原文鏈接|原文地址|正文)$/u;
const FIELD = new RegExp(`^\\s*【?(${LABELS})】?\\s*[:：]\\s*(.*)$`, 'u');
/** Fields run together on one line (标题：… 发文单位：…) are split before each label. */
const SPLIT = new RegExp(`\\s+(?=(?:${LABELS})\\s*[:：])`, 'u');
/** The block opens the text: it is looked for among the first lines only. */
const MAX_START = 6;
const MAX_FIELDS = 16;
const BODY_LABEL = /^正文$/u;

/** The block's fields and the blocks without it; nothing changes unless at least two distinctive fields stand together. */
export function takeLabelledHeader(blocks: Block[]): { blocks: Block[]; fields: SourceField[] } {
  for (let start = 0; start < Math.min(MAX_START, blocks.length); start++) {
    const found = readBlock(blocks, start);
    if (found) return found;
  }
  return { blocks, fields: [] };
}

function readBlock(blocks: Block[], start: number): { blocks: Block[]; fields: SourceField[] } | null {
  const fields: SourceField[] = [];
  let i = start, rest: string | null = null;
  for (; i < blocks.length && fields.length < MAX_FIELDS; i++) {
    const parts = blocks[i]!.text.split(SPLIT);
    const read = parts.map((p) => FIELD.exec(p));
    if (read.some((m) => m === null)) break;
    const body = read.findIndex((m) => BODY_LABEL.test(m![1]!));
    for (const m of body >= 0 ? read.slice(0, body) : read) fields.push({ label: m![1]!, value: m![2]!.trim() });
    if (body >= 0) { rest = [read[body]![2]!, ...parts.slice(body + 1)].join(' ').trim(); i++; break; }
  }
  const distinctive = fields.filter((f) => DISTINCTIVE.test(f.label)).length + (rest === null ? 0 : 1);
  if (distinctive < 2 || fields.length < 3) return null;
  const after = rest ? [{ text: rest }, ...blocks.slice(i)] : blocks.slice(i);
  return { blocks: [...blocks.slice(0, start), ...after], fields: fields.filter((f) => f.value.length > 0) };
}
