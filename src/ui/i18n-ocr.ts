// The OCR interface strings (consent, download, settings, page progress, page image), Chinese and
// English with the same keys, kept apart from the main dictionary so the feature reads as one piece.
import { lang } from '../state/settings';

const zh = {
  title: '文字识别（OCR）',
  explain: '扫描件和照片里的文字要先“认出来”才能阅读和搜索。政报通用 Tesseract 在这台设备上识别，文件不会上传。',
  waiting: (files: number, pages: number) => `有 ${files} 个文件（共 ${pages} 页）需要识别。`,
  cost: (size: string) => `识别引擎和简体、繁体中文识别数据共约 ${size}，从本应用所在的网站下载一次，保存在本机，以后断网也能识别。`,
  costUnknown: '识别引擎和中文识别数据约 10 MB，需联网从本应用所在的网站下载一次。',
  fetch: '下载并识别',
  fetchOnly: '下载识别数据',
  later: '暂不',
  fetching: (done: string, total: string) => `正在下载 ${done} / ${total}`,
  cancelFetch: '停止下载',
  offline: '现在无法连接本应用的网站，请联网后再试。',
  cancelled: '下载已停止，未保存任何数据。',
  failed: (why: string) => `下载失败：${why}`,
  settings: '文字识别设置',
  stored: (size: string) => `识别数据已保存在本机（${size}），可离线识别。`,
  notStored: '识别数据尚未下载：遇到扫描件或照片时会先询问。',
  remove: '删除识别数据',
  removed: '识别数据已删除',
  script: '识别用字',
  scripts: { auto: '自动判断', simplified: '简体', traditional: '繁体' },
  footStored: (size: string) => `文字识别：已存储 ${size}`,
  footNone: '文字识别：未下载',
  page: (page: number, pages: number) => `识别第 ${page}/${pages} 页`,
  pageImage: '原页图像',
  showPage: '显示原页',
  hidePage: '隐藏原页',
  pageOf: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
  prevPage: '上一页', nextPage: '下一页',
  rendering: '正在生成页面图像…',
  renderFailed: '无法显示这一页的图像。',
  pageAlt: (page: number) => `原文第 ${page} 页的图像`,
};

type Dict = typeof zh;

const en: Dict = {
  title: 'Text recognition (OCR)',
  explain: 'Text in scans and photos has to be recognised before it can be read and searched. ZhengBao recognises it on this device with Tesseract; nothing is uploaded.',
  waiting: (files, pages) => `${files} file${files === 1 ? '' : 's'} (${pages} page${pages === 1 ? '' : 's'}) need${files === 1 ? 's' : ''} recognition.`,
  cost: (size) => `The engine and the simplified and traditional Chinese data take about ${size}, fetched once from this app's own site and kept on this device, so recognition then works offline.`,
  costUnknown: 'The engine and the Chinese data take about 10 MB, fetched once from this app\'s own site while online.',
  fetch: 'Fetch and recognise',
  fetchOnly: 'Fetch OCR data',
  later: 'Not now',
  fetching: (done, total) => `Fetching ${done} of ${total}`,
  cancelFetch: 'Stop',
  offline: 'This app\'s site cannot be reached now; try again when online.',
  cancelled: 'Stopped; nothing was stored.',
  failed: (why) => `The fetch failed: ${why}`,
  settings: 'OCR settings',
  stored: (size) => `The OCR data is stored on this device (${size}); recognition works offline.`,
  notStored: 'The OCR data is not stored; you will be asked when a scan or photo arrives.',
  remove: 'Remove OCR data',
  removed: 'OCR data removed',
  script: 'Script to recognise',
  scripts: { auto: 'Detect', simplified: 'Simplified', traditional: 'Traditional' },
  footStored: (size) => `OCR: ${size} stored`,
  footNone: 'OCR: not stored',
  page: (page, pages) => `Recognising page ${page} of ${pages}`,
  pageImage: 'Page image',
  showPage: 'Show page',
  hidePage: 'Hide page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  prevPage: 'Previous page', nextPage: 'Next page',
  rendering: 'Drawing the page…',
  renderFailed: 'This page\'s image cannot be shown.',
  pageAlt: (page) => `Image of page ${page} of the original`,
};

export function tOcr(): Dict {
  return lang.value === 'en' ? en : zh;
}
