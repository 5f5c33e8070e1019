// What a figure measures, as the report names it: the words of its clause before the number, without
// the place (全县/全市/全省/全国), the verb (增长, 达到, 控制在) or a comparison; a bare 增长4.1% takes
// the name its sentence gave last (地区生产总值611.3亿元，增长4.1%), and 分别 hands out a list of
// names in order (城乡居民人均可支配收入分别增长6.3%和8.1% -> 城镇…, 农村…).
import { foldForMatch } from '../../text/fold';
import { indicatorKeyOf } from './indicator-rules';
import { memoize } from '../../lib/memo';

/** What the walk over one paragraph remembers between figures. */
export interface NameState {
  sentence: number;
  name: string | null;
  list: string[] | null;
}

export const newNameState = (): NameState => ({ sentence: -1, name: null, list: null });

/** Punctuation as a table over UTF-16 code units: the walks below test one unit at a time. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const SENTENCE_END = codeTable('。！？!?；;\n');
const CLAUSE_END = codeTable('，,；;。：:！!？?\n');
// The place, the time, and the verbs and adverbs of effort a goal opens with (紧盯全年固定资产投资, 坚持把财政支出…): none names what is measured.
const LEAD = /^(?:到(?:19|20)\d\d年(?:底|末)?|(?:19|20)\d\d年|全国|全省|全市|全县|全縣|全区|全區|全州|全旗|全镇|全鎮|全乡|全鄉|上半年|下半年|累计|累計|提出(?!的)|本市|我市|我县|我縣|我省|我区|我區|全年|今年|年末|年底|实现|實現|完成|其中|预计|預計|力争|力爭|确保|確保|争取|爭取|主要预期目标是|主要預期目標是|预期目标是|預期目標是|主要目标是|主要目標是|并|並|同时|同時|五年|十年|紧盯|緊盯|紧扣|緊扣|聚焦|围绕|圍繞|瞄准|瞄準|锚定|錨定|坚持|堅持|着力|著力|全力|大力|持续|持續|不断|不斷|积极|積極|进一步|進一步|稳步|穩步|推动|推動|推进|推進|加快|抓好|促进|促進|把|将(?!近)|將(?!近))+/u;
// 今年发展主要预期目标是经济增长4.5%至5%: what stands before the list's 目标是 is not the name.
const GOAL_IS = /^.*(?:目标|目標)(?:是|为|為)/u;
const TAIL = /(?:同比|比上年|較上年|较上年|同口径|同口徑|年均|平均|分别|分別|力争|力爭|增长|增長|增加|增至|下降|减少|減少|降低|提高|提升|上涨|上漲|上升|回落|下滑|达到|達到|达|達|为|為|是|突破|超过|超過|超|保持在|保持|稳定在|穩定在|控制在|降到|降至|增加到|缩小到|縮小到|实现|實現|完成|到|在|了|高于|高於|低于|低於|从|從|近|接近|约|約|逾|首次|实际|實際|的|拟按|擬按|拟|擬|按照|按)+$/u;
// 从5453亿元增加到7585亿元, 由2000年的4500万美元增加到: the name stands before where the value started from.
const FROM = /(?:从|從|由)[0-9０-９].*$/u;
const COMPARISON = /(?:比|较|較|高于|高於|低于|低於|快于|快於|慢于|慢於|高出|超出|与|與)(?:全国|全國|全省|全市|全区|全區|全县|全縣|上年|去年|同期|平均|「|“|"|十|(?:19|20)\d\d年).*$/u;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;

/** The part of a clause that names the indicator (possibly empty); clause heads repeat (组织视察, 增长), each is cleaned once. */
export const cleanName = memoize((head: string) => clean(head), 20_000);

function clean(head: string): string {
  let s = head.replace(/\s+/gu, '').replace(COMPARISON, '').replace(FROM, '');
  // …目标为5%左右 names its indicator before 目标; only a name after 目标是 replaces it.
  const afterGoal = s.replace(GOAL_IS, '');
  if (afterGoal) s = afterGoal;
  for (let i = 0; i < 3; i++) s = s.replace(LEAD, '').replace(TAIL, '');
  return s.replace(/^[、和与與及]+|[、和与與及]+$/gu, '');
}

/** 城镇、农村居民… / 城乡居民… -> one full name per value; other lists split at 、和与及. */
export function splitList(names: string): string[] {
  const pair = /^(城镇|城鎮|城市)(?:和|、|与|與|及)(农村|農村)(.+)$/u.exec(names) ?? /^(城乡|城鄉)()(.+)$/u.exec(names);
  if (pair) {
    const rest = pair[3]!;
    const rural = /[鎮鄉農]/u.test(names) ? '農村' : '农村';
    return [`${pair[1] === '城鄉' ? '城鎮' : pair[1] === '城乡' ? '城镇' : pair[1]}${rest}`, `${pair[2] || rural}${rest}`];
  }
  return names.split(/[、和与與及]/u).map((n) => n.trim()).filter(Boolean);
}

/** The last match of `re` before `before`, looking back no further than a name can reach. */
function lastIndexOf(text: string, table: Uint8Array, before: number): number {
  const stop = Math.max(0, before - 200);
  for (let i = before - 1; i >= stop; i--) if (table[text.charCodeAt(i)]) return i;
  return stop - 1;
}

/**
 * 地区生产总值完成683亿元、增长6.8%: a 、 just after an earlier figure (its number and unit) ends
 * that figure's part of the clause; what follows it names this one (or, being only a verb, leaves the
 * name the sentence gave). A 、 in a list of names (城镇、农村居民…) has no number before it, and
 * one between values (分别增长6.5%、8.1%) has nothing after it or a 分别 before it.
 */
function afterFigure(head: string): string {
  const cut = head.lastIndexOf('、');
  if (cut <= 0 || cut === head.length - 1 || /分别|分別/u.test(head)) return head;
  return /[0-9０-９%％]/u.test(head.slice(Math.max(0, cut - 6), cut)) ? head.slice(cut + 1) : head;
}

/** The indicator of the figure whose number (or pre-modifier) starts at `at`, updating the state. */
export function nameAt(text: string, at: number, state: NameState): string | null {
  const sentence = lastIndexOf(text, SENTENCE_END, at) + 1;
  if (sentence !== state.sentence) Object.assign(state, { sentence, name: null, list: null });
  const head = afterFigure(text.slice(lastIndexOf(text, CLAUSE_END, at) + 1, at));
  const respectively = head.search(/分别|分別/u);
  if (respectively >= 0) {
    const listed = cleanName(head.slice(0, respectively));
    if (listed) state.list = splitList(listed);
    const index = (head.slice(respectively).match(NUMBER) ?? []).length;
    const list = state.list ?? (state.name ? [state.name] : []);
    return list[Math.min(index, list.length - 1)] ?? null;
  }
  const own = cleanName(head);
  // 占生产总值比重 names a share of what the sentence named before.
  const name = own.startsWith('占') && state.name ? `${state.name}${own}` : own || state.name;
  if (own && !own.startsWith('占')) state.name = own;
  return name || null;
}

/** Names repeat across a report (and a library): their keys are kept, folding once per name. */
const keyOfName = memoize((name: string) => indicatorKeyOf(foldForMatch(name)), 20_000);

export function keyOf(name: string | null): string | null {
  return name ? keyOfName(name) : null;
}
