// Bytes -> text, with the encoding detected rather than assumed: BOMs, BOM-less UTF-16, valid UTF-8,
// then GB18030 against Big5 scored by how much of each reading is common Chinese. Detection looks
// at a bounded prefix only and the whole file is decoded once, so the cost stays linear.
import { DETECT_SAMPLE_BYTES, MAX_INPUT_BYTES } from './limits';
import type { ParseError } from '../model/errors';
import { failure } from './errors';
import type { ParseWarning } from '../model/warnings';
import { warning } from './warnings';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings?: ParseWarning[] }
  | ({ ok: false } & ParseError);

export interface DecodeOptions {
  /** Charset the file declares about itself (HTML <meta charset>), used when detection is unsure. */
  declared?: string | null;
}

// The few hundred most frequent Han characters, simplified then the traditional forms that differ.
const COMMON_HAN_TEXT = (
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'
  + '這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆復複兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴臺'
);
const HAN_FIRST = 0x3400;
/** Per code unit from U+3400 to U+9FFF: 1 = Han, 2 = common Han (a table: scoring runs per character). */
const HAN_CLASS = new Uint8Array(0xa000 - HAN_FIRST);
HAN_CLASS.fill(1, 0, 0x4dc0 - HAN_FIRST);
HAN_CLASS.fill(1, 0x4e00 - HAN_FIRST);
for (let i = 0; i < COMMON_HAN_TEXT.length; i++) HAN_CLASS[COMMON_HAN_TEXT.charCodeAt(i) - HAN_FIRST] = 2;

const LEGACY = ['gb18030', 'big5'] as const;

/** bad: U+FFFD and control characters; pua: private-use characters (Big5 HKSCS and EUDC land there). */
interface Reading { encoding: string; han: number; common: number; bad: number; pua: number; total: number }

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length > MAX_INPUT_BYTES) return failure('too-large', { size: bytes.length, limit: MAX_INPUT_BYTES });
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  const unicode = bomEncoding(sample) ?? bomlessUtf16(sample);
  if (unicode) {
    const text = decodeAs(unicode, sample);
    if (!acceptable(score(unicode, text))) return failure('unknown-encoding', {});
    // A file no longer than the sample has just been decoded whole.
    return sample.length === bytes.length ? { ok: true, text, encoding: unicode } : whole(unicode, bytes);
  }
  if (countNul(sample) > Math.max(0, sample.length / 1000)) return failure('binary', {});
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    const r = score('utf-8', utf8.slice(0, DETECT_SAMPLE_BYTES / 4));
    return r.bad > 0.02 * r.total ? failure('binary', {}) : { ok: true, text: utf8, encoding: 'utf-8' };
  }
  if (mostlyUtf8(sample)) {
    const result = whole('utf-8', bytes);
    return result.ok ? { ...result, warnings: [warning('invalid-utf8', {})] } : result;
  }
  const chosen = chooseLegacy(sample, normaliseLabel(options.declared));
  if (!chosen) return lastResortUtf16(sample, bytes);
  return sample.length === bytes.length ? { ok: true, text: chosen.text, encoding: chosen.encoding } : whole(chosen.encoding, bytes);
}

function whole(encoding: string, bytes: Uint8Array): DecodeResult {
  return { ok: true, text: decodeAs(encoding, bytes), encoding };
}

const decoders = new Map<string, TextDecoder>();

/** Non-streaming decoders keep no state between calls, so one per encoding is reused. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)));
  return decoder.decode(bytes);
}

/** The whole file as UTF-8 if it is valid UTF-8 (a sequence cut off at the very end is forgiven). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM shows itself by NUL bytes (ASCII's high byte, and U+xx00 Han): the reading
 * of either byte order that is clean, common Chinese wins; binary data reads as noise both ways. */
function bomlessUtf16(b: Uint8Array): string | null {
  const nul = countNul(b);
  if (nul < Math.max(2, b.length / 200)) return null;
  const readings = ['utf-16le', 'utf-16be'].map((enc) => score(enc, decodeAs(enc, b))).filter(acceptable);
  readings.sort((x, y) => merit(y) - merit(x));
  return readings[0]?.encoding ?? null;
}

/** Pure Chinese UTF-16 without a BOM has almost no NUL bytes; when nothing else reads, try it before giving up. */
function lastResortUtf16(sample: Uint8Array, bytes: Uint8Array): DecodeResult {
  if (sample.length % 2 !== 0 && sample.length === bytes.length) return failure('unknown-encoding', {});
  const readings = ['utf-16le', 'utf-16be'].map((enc) => score(enc, decodeAs(enc, sample)))
    .filter((r) => acceptable(r) && r.han >= 20 && r.common >= 0.25 * r.han);
  readings.sort((x, y) => merit(y) - merit(x));
  return readings[0] ? whole(readings[0].encoding, bytes) : failure('unknown-encoding', {});
}

function countNul(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0); i >= 0; i = b.indexOf(0, i + 1)) n++; // indexOf is a memchr: text has no NULs at all
  return n;
}

/** Nearly valid UTF-8 (a few stray bytes in a long UTF-8 text) is still UTF-8, not GBK.
 * Counted on bytes: well-formed multi-byte sequences against bytes that start none. */
function mostlyUtf8(b: Uint8Array): boolean {
  let good = 0, bad = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let k = 1;
    while (k < len && i + k < b.length && (b[i + k]! & 0xc0) === 0x80) k++;
    if (len > 0 && k === len) { good++; i += len - 1; } else if (i + k < b.length) bad++;
    // Every good sequence still to come takes two bytes or more: once even that many cannot outweigh
    // the bad ones the answer is no (GBK and Big5 text gets here within its first few hundred bytes).
    if (bad * 100 > good + (b.length - i) / 2) return false;
  }
  return good >= 50 && bad <= good / 100;
}

/** The better of the GB18030 and Big5 readings of the sample, or the declared charset when unsure. */
function chooseLegacy(sample: Uint8Array, declared: string | null): { encoding: string; text: string } | null {
  const readings = LEGACY.map((enc) => {
    const text = decodeAs(enc, sample);
    return { text, r: score(enc, text) };
  });
  readings.sort((a, b) => merit(b.r) - merit(a.r));
  const [best, second] = readings as [{ text: string; r: Reading }, { text: string; r: Reading }];
  const unsure = best.r.han < 20 || merit(best.r) - merit(second.r) < best.r.han * 0.05;
  if (declared && unsure) {
    const text = decodeAs(declared, sample);
    if (acceptable(score(declared, text))) return { encoding: declared, text };
  }
  return acceptable(best.r) ? { encoding: best.r.encoding, text: best.text } : null;
}

function merit(r: Reading): number {
  return r.common - 2 * r.bad - r.pua / 2;
}

function acceptable(r: Reading): boolean {
  if (r.total === 0) return true;
  if (r.bad > 0.02 * r.total || r.pua > 0.3 * r.total) return false;
  return r.han < 20 || r.common >= 0.1 * r.han;
}

const OTHER = 0, HAN = 1, COMMON = 2, BAD = 3, PUA = 4;
/** Every code unit's kind for scoring, so the per-character loop is one lookup and one increment. */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= HAN_FIRST && c < 0xa000) KIND[c] = HAN_CLASS[c - HAN_FIRST] === 2 ? COMMON : HAN_CLASS[c - HAN_FIRST] === 1 ? HAN : OTHER;
  else if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) KIND[c] = BAD;
  else if (c >= 0xe000 && c <= 0xf8ff) KIND[c] = PUA;
}

/**
 * Counts per kind, in a function of its own: V8 optimises the loop while it runs (on-stack
 * replacement), before the code after it ever ran, and that code then deoptimised on every call
 * (about 1,300 times over the first 1,000 files of a run) while the loop was in `score`.
 */
function countKinds(text: string): Int32Array {
  const n = new Int32Array(5);
  for (let i = 0; i < text.length; i++) n[KIND[text.charCodeAt(i)]!]!++;
  return n;
}

function score(encoding: string, text: string): Reading {
  const n = countKinds(text);
  // A common character is a Han character too.
  return { encoding, han: n[HAN]! + n[COMMON]!, common: n[COMMON]!, bad: n[BAD]!, pua: n[PUA]!, total: text.length };
}

/** Maps a declared charset label onto the decoders we detect with; unknown labels are ignored. */
export function normaliseLabel(label: string | null | undefined): string | null {
  const l = (label ?? '').trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(l)) return 'big5';
  if (/^(utf-?8)$/.test(l)) return 'utf-8';
  return null;
}
