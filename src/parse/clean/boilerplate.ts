// Web-page furniture recognised line by line, in both scripts: breadcrumbs, share prompts, editor
// and publisher lines, footers, related-link lists, forum timestamps, page numbers. Patterns run on
// the NFKC-folded copy of short lines only, so full-width and half-width forms both match.

export type Furniture = 'breadcrumb' | 'share' | 'byline' | 'footer' | 'related' | 'timestamp' | 'page' | 'pipes';

/** Longer lines are prose, whatever words they contain. */
const MAX_LENGTH = 200;

const BREADCRUMB = /^(您|你)?(当前|當前|现在|現在|目前)的?(位置|位址|所在位置|页面|頁面)|^(网站)?(首页|首頁|主页|主頁)\s*(>|»|›|\/|-)|(首页|首頁|主页|主頁)\s*[>»›]/u;
/** A site's name alone on a line, as a page's header prints it (常宁市党政门户网, XX人民政府网站). */
const SITE_NAME = /^[\p{Script=Han}A-Za-z]{2,20}(门户网|門戶網|门户网站|門戶網站|政府网|政府網|政府网站|政府網站|政务网|政務網|新闻网|新聞網)$/u;
const SHARE = /扫一扫|掃一掃|分享到|分享至|打印本页|打印本頁|关闭窗口|關閉窗口|字体\s*:?\s*大\s*中\s*小|字體\s*:?\s*大\s*中\s*小|【\s*(字体|字體|字号|字號)|收藏本页|收藏本頁|加入收藏|返回顶部|返回頂部|微信扫码|微信掃碼|打印\s*\|\s*关闭|^(打印|关闭|關閉|分享|收藏)$/u;
const BYLINE_LABELS = '责任编辑|責任編輯|编辑|編輯|信息发布|信息發布|发布者|發布者|信息来源|信息來源|来源|來源|作者|发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|时间|時間|日期|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读次数|閱讀次數|点击数|點擊數|点击量|點擊量|访问量|訪問量|审核|審核|校对|校對|稿源|摄影|攝影|供稿|撰稿|文\\/图';
const BYLINE_START = new RegExp(`^【?(${BYLINE_LABELS})\\s*】?\\s*[:]`, 'u');
const BYLINE_ANY = new RegExp(`(${BYLINE_LABELS})\\s*[:]`, 'gu');
/** Footer words that never occur in report prose (a site's disclaimer on a copied report included). */
const STRONG_FOOTER = /copyright|©|\(c\)\s*\d{4}|icp备|icp備|icp证|icp證|公网安备|公網安備|版权所有|版權所有|all rights reserved|(属于|屬於)公有(领域|領域)|public domain|不代表本(站|网|網|平台|平臺)的?(观点|觀點|立场|立場)|(网友|網友)(上传|上傳)|如有侵(权|權)|本站(仅|僅)提供|(转载|轉載)(请|請)(注明|註明)/iu;
/** Footer words a report sentence may also use (技术支持企业…), trusted on short lines only. */
const FOOTER = /技术支持|技術支持|主办单位|主辦單位|承办单位|承辦單位|联系我们|聯繫我們|聯絡我們|聯系我們|网站地图|網站地圖|网站简介|網站簡介|举报电话|舉報電話|违法和不良信息|違法和不良信息|建议使用.{0,20}浏览器/u;
const RELATED = /^((相关|相關|热门|熱門|推荐|推薦|最新|延伸)(词条|詞條|信息|新闻|新聞|链接|鏈接|連結|阅读|閱讀|文章|推荐|推薦|专题|專題)|上一篇|下一篇|上一条|下一條|上一條|下一条|上篇|下篇)(\s|:|\||$)/u;
const TIMESTAMP = /^(gmt[+-]\d{1,2},?)?\s*(\d{4}-\d{1,2}-\d{1,2})?\s*(\d{1,2}:\d{2}(:\d{2})?)?$/iu;
const PAGE = /^([-—–_\s]*\d{1,4}[-—–_\s]*|第\s*\d{1,4}\s*页(\s*\/?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
const PIPES = /^[|\s]*$/u;
/** 【打印】【关闭】 / [收藏] [返回顶部]: a bar of bracketed page buttons. */
const BUTTON_BAR = /^([【\[]\s*(打印|关闭|關閉|收藏|分享|返回|返回顶部|返回頂部|顶部|頂部|字体|字體|大|中|小|纠错|糾錯|打印本页|打印本頁|关闭窗口|關閉窗口)\s*[】\]]\s*)+$/u;
/**
 * WeChat article furniture: the follow banner (点击上方蓝字关注我们), QR-code and read-more prompts.
 * Matched on short lines only, like the share prompts.
 */
const WECHAT = /(点击|點擊)(上方|下方|上面|下面|标题下|標題下)?[^，。]{0,16}(蓝字|藍字|关注|關注)|(长按|長按)[^，。]{0,6}(二维码|二維碼|关注|關注)|(扫码|掃碼|扫描二维码|掃描二維碼)关注|^(关注我们|關注我們)$|(阅读原文|閱讀原文)$|(点|點)个?[“"]?在看|分享[、，,\s]*(点赞|點讚|點贊)|^(往期推荐|往期推薦)$|(预览时标签不可点|預覽時標籤不可點)/u;
/** The byline WeChat prints under a title: 通化县发布 2023-07-21 17:30 发表于吉林 (原创 and the author may come first; older copies lack 发表于). */
const WECHAT_BYLINE = /^[^。，,；;]{0,40}?\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2})?\s*(?:发表|發表)(?:于|於)\s*\p{Script=Han}{1,8}$|^[^。，,；;\d]{2,40}\s\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$/u;
/** A wiki page's own lines: its tagline and skip links on top; categories, revision date, source and policy links below. */
const WIKI_TOP = /^(维基文库|維基文庫|维基百科|維基百科)[，,]\s*自由的|^跳(到|转到|轉到)(导航|導航|搜索)$/u;
const WIKI_TAIL = /^(页面|頁面)?(分类|分類)\s*[:：]|^(本页面|本頁面|此页面|此頁面)最后(修订|修訂|编辑|編輯)于|^(取自|检索自|檢索自)\s*[“"「]|^(隐私政策|隱私政策|免责声明|免責聲明|关于维基文库|關於維基文庫|关于维基百科|關於維基百科)$/u;

/** "网站简介 | 义乌宣传片 | 版权声明 | …": a bar of short links. */
const LINK_BAR_SEGMENT = /^[^。,;!?]{1,12}$/u;

function isLinkBar(s: string): boolean {
  if (!s.includes('|')) return false;
  const parts = s.split('|').map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 3 && parts.every((p) => LINK_BAR_SEGMENT.test(p));
}

function bylineLabels(s: string): number {
  let colons = 0;
  for (let i = 0; i < s.length && colons < 2; i++) if (s[i] === ':') colons++;
  if (colons < 2) return 0;
  let n = 0;
  BYLINE_ANY.lastIndex = 0;
  while (BYLINE_ANY.exec(s)) n++;
  return n;
}

/** Running text: long and with a full stop. Only footer words can make such a line furniture. */
export function isRunningText(s: string): boolean {
  return s.length >= 30 && (s.includes('。') || s.includes('，') || s.includes(','));
}

/** The kind of furniture a line is, or null when it is content. `folded` is the NFKC-folded line. */
export function furnitureKind(folded: string): Furniture | null {
  const s = folded.trim();
  if (s.length > MAX_LENGTH) return null;
  if (isRunningText(s)) return STRONG_FOOTER.test(s) ? 'footer' : null;
  if (PIPES.test(s)) return 'pipes';
  if (/\d/.test(s) && TIMESTAMP.test(s)) return 'timestamp';
  if (PAGE.test(s)) return 'page';
  if (BREADCRUMB.test(s) || WIKI_TOP.test(s) || SITE_NAME.test(s)) return 'breadcrumb';
  if (RELATED.test(s) || WIKI_TAIL.test(s)) return 'related';
  if (STRONG_FOOTER.test(s) || FOOTER.test(s) || isLinkBar(s)) return 'footer';
  if (BYLINE_START.test(s) || bylineLabels(s) >= 2 || WECHAT_BYLINE.test(s)) return 'byline';
  if (s.length <= 60 && (SHARE.test(s) || BUTTON_BAR.test(s) || WECHAT.test(s))) return 'share';
  return null;
}

/** Lines longer than this are never furniture, and are not folded for the patterns. */
export const MAX_RAW_LENGTH = MAX_LENGTH + 40;

/**
 * Furniture kind of a raw line; running text skips the folding and most patterns. `folded` is the
 * line's NFKC form when the caller has it already.
 */
export function lineKind(raw: string, folded?: string): Furniture | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  if (isRunningText(raw)) return STRONG_FOOTER.test(raw) ? 'footer' : null;
  return furnitureKind(folded ?? raw.normalize('NFKC'));
}

/** Kinds that open a trailing zone: once one appears after the last prose, the rest is page furniture. */
export function opensTailZone(kind: Furniture | null): boolean {
  return kind === 'footer' || kind === 'related';
}
