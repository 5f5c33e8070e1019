// Folded text packed one byte per character for the commonest characters: the texts the search keeps
// for verification take a third less memory and storage, and V8 holds the packed form as a one-byte
// string whose indexOf is native. The 160 commonest characters of local work reports (folded) take
// one byte (0x00-0x9f), the next 1,024 two (a lead byte 0xa0-0xaf and a trail), any other UTF-16
// unit three (a lead 0xb0-0xbf and two trails); trail bytes (0xc0-0xff) are never a first byte, so
// a packed word matches packed text only at a character boundary, as the folded word does the
// folded text. On the reports among the test fixtures not counted for the table, a character takes
// 1.39 bytes on average, against 2 in a UTF-16 string. The table is data: changing it changes the
// stored form (SEARCH_INDEX_VERSION).
import { codesToString, unitsToString } from '../lib/char-codes';

/** Characters by frequency in the folded text of the fixtures' reports (2026-12): 160 one-byte, then 1,024 two-byte. */
const TABLE =
  ',。、\n的委作政"工建会2协人大展民全0和1员区新持提实动一年坚发推市中进业开强加化议力主设代党在为项成重增3.务6商题表()以' +
  '生等产次督要 组深治导办领法习8上理监常个5行4面制关职心高平城社入出学体案履国各改目报度专保有机经部二决%府调是质结点定不资意' +
  '服活好群研量事效联共众完县长村对;位织更落十情到地现规件用济能告问下我基时元同总向围升聚系任三续精把合查造万企乡了善家四审7立水' +
  '9贯方绕义思施解农公助察们取想见策育亿文创特:过收近确自e安支果示五色级与团划彻请稳环优省性分程教余积紧第局引集做整标管步t境n' +
  '神镇届条视干来品小态范极界计投得快统批期通参场严依断焦预形培求之居于执算况老认信身值层篇台i风指金奋打转障o检促挥门复式防营难就' +
  '抓率线及正放真多格别医识责!均广革准s传听献道举r交席让域护训数c央本达半费书健兴明论当科\'l养志还》接《周凝型日纪两-疫争前单' +
  '口召模署技础使固终其始宣将核流融运山控牢列派消回外振园帮清言供担突a江记院名感类|切后困排站网予考走d内队反息贡受扩送际=努战满' +
  '综评先扎街命处字征律月头户路功措采讲史究间智福u并访充势子源绩旅践f伍可士惠斗构]相络[m也利守密拓物则显游般去必亩今从六具待所' +
  '比班疗配绿卫扶盖良覆康注选住招攻电美贫须八而扣泛海筹被首修觉课需备州托旧着装车顾额价牌右左林汇章食例权至谈跟链+h临座里华存富应' +
  '最看g乌已港祉双承财压带序约踪九此速写巩急料湖维底族无映益置谊?p些天旗针微纠键停减田穿纳编起邀北占念慧按由破素衔足降验南房根王' +
  '粮腐节订醒手著谋零/室校河灾略直细询媒巡捐术档种获西都低尽彰气照贸债免原号土盼衡读超钱v变宗廉普款污渠脱这铁初响售宪张才武激稿者' +
  '讨谐七东丽容愁澳矛索赋边刊失宜少延故材测热然盯盾知补谢阳b{}壮握秀移衷话象赴\\圾垃播筑负较y刻够恢短继谱份击券千官客救早板签险' +
  '鹰x伸声德忠繁肯连黄w儿冲历探杂沟潭百答试败限丰享他储光净夫差往景样沿空药侨再勇博税累肃致诚貌逐释阶隐馈刚套如拼易毅每涨牧草裕诉' +
  '辑龙亮军因巨布幼患扬折摆操晋未桂盘端给绵距载返违呼抗片罗胜荣远青·世互块岗峻币影爱纷越跨饮j仍判副包厅吸图季幸悟据桥氛汛艰花衢诊' +
  '陈驻偏凡励司圆宽忘愿截染树永池画畅纾证贷闭除音麦`克劲厂厉厕启幅找抢换撰析森止段洁浙温版牵票米蓝角警货跑轮锋闻顺马*乐你僚典冠只' +
  '堂岩川店庭异弱恒敢斤柯演烈状石硬红纽缩耗背苏英菜迁适郊销驰黑$京伟便催劳墅夯属崇径或拱搭暖杭梳楼沙甘碧礼羊聘迎鲜k云仓佛倾厚夷害' +
  '尊岸庆弘拉撑李枢沂浓滩疑盐祝离窗脑脚茶袋述非频>仙兑兰印吴呈夜太宁宇巷怀惑懂挑揽旨旱梯植泊溪瓦矩竞肩胞荐蒲观贿赢赣赤退酒铸锦陆陵' +
  '雪餐馆驱兜即哪奖寒寓帜庄拟敬残涵湾火炎煤犯留碳缺罪肺舍萄葡蔬该贴踔迈递遇鉴锻阅阵陀雄靠香串乱亲借倡冰冷几古吨唤师床录恶惩懈扫拆挂' +
  '挖搏摘春曙汽沉泉津牛登粤缓耕誓贤辆迅迭遍遗鄂钉随魂亭但兵冬剂勤卡';

const SINGLES = 160;
const DOUBLES = 1024;
const LEAD2 = 0xa0;
const LEAD3 = 0xb0;
const TRAIL = 0xc0;

/** Rank + 1 of each UTF-16 unit in TABLE (0: not in it, three bytes). */
const RANK = new Uint16Array(65536);
for (let i = 0; i < TABLE.length; i++) RANK[TABLE.charCodeAt(i)] = i + 1;
// Sections are cut at their '\n' separators by packed offset, one byte before the next section.
if (TABLE.length !== SINGLES + DOUBLES || RANK[10]! === 0 || RANK[10]! > SINGLES) throw new Error('packed: the character table is damaged');

/** Bytes units of `text` take packed. */
export function packedLength(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const r = RANK[text.charCodeAt(i)]!;
    n += r === 0 ? 3 : r <= SINGLES ? 1 : 2;
  }
  return n;
}

/** Scratch up to this size is kept for the next call; a larger text (one 5 MB line) gets its own, let go after. */
const KEEP = 1 << 20;
let kept = new ArrayBuffer(1 << 16);

/** Scratch of at least `bytes` bytes for pack or unpack (each done with it before it returns). */
function scratch(bytes: number): ArrayBuffer {
  if (bytes > KEEP) return new ArrayBuffer(bytes);
  if (kept.byteLength < bytes) kept = new ArrayBuffer(KEEP);
  return kept;
}

/**
 * `text` packed, with the packed offset of each of the ascending UTF-16 offsets `at` (one past the
 * end allowed: it maps one past the packed end).
 */
export function pack(text: string, at: ArrayLike<number> = []): { packed: string; offsets: Uint32Array } {
  const out = new Uint8Array(scratch(3 * text.length));
  const offsets = new Uint32Array(at.length);
  let n = 0;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    while (k < at.length && at[k]! <= i) offsets[k++] = n;
    const u = text.charCodeAt(i);
    const r = RANK[u]!;
    if (r !== 0 && r <= SINGLES) out[n++] = r - 1;
    else if (r !== 0) {
      const c = r - 1 - SINGLES;
      out[n++] = LEAD2 + (c >> 6);
      out[n++] = TRAIL + (c & 63);
    } else {
      out[n++] = LEAD3 + (u >> 12);
      out[n++] = TRAIL + ((u >> 6) & 63);
      out[n++] = TRAIL + (u & 63);
    }
  }
  for (; k < at.length; k++) offsets[k] = n + (at[k]! - text.length);
  return { packed: codesToString(out, n), offsets };
}

/** TABLE as numbers: the unit of each one- and two-byte code. */
const UNITS = Uint16Array.from(TABLE, (c) => c.charCodeAt(0));

/** The UTF-16 text of packed[from, to) (both at character boundaries). */
export function unpack(packed: string, from = 0, to = packed.length): string {
  const out = new Uint16Array(scratch(2 * (to - from)));
  let n = 0;
  let surrogates = false;
  for (let i = from; i < to; ) {
    const b = packed.charCodeAt(i);
    if (b < LEAD2) { out[n++] = UNITS[b]!; i++; }
    else if (b < LEAD3) { out[n++] = UNITS[SINGLES + ((b - LEAD2) << 6) + (packed.charCodeAt(i + 1) - TRAIL)]!; i += 2; }
    else {
      const u = ((b - LEAD3) << 12) | ((packed.charCodeAt(i + 1) - TRAIL) << 6) | (packed.charCodeAt(i + 2) - TRAIL);
      if ((u & 0xf800) === 0xd800) surrogates = true;
      out[n++] = u;
      i += 3;
    }
  }
  // Only three-byte codes can be a surrogate (the table holds none).
  return unitsToString(out, n, surrogates);
}

/** The UTF-16 unit that ends just before packed offset `i` (a character boundary), or -1 at the start. */
export function unitBefore(packed: string, i: number): number {
  if (i <= 0) return -1;
  const last = packed.charCodeAt(i - 1);
  if (last < LEAD2) return UNITS[last]!;
  // A character ends with a trail byte unless it is one byte: two bytes after a LEAD2, else three.
  const prev = packed.charCodeAt(i - 2);
  if (prev < LEAD3) return UNITS[SINGLES + ((prev - LEAD2) << 6) + (last - TRAIL)]!;
  return ((packed.charCodeAt(i - 3) - LEAD3) << 12) | ((prev - TRAIL) << 6) | (last - TRAIL);
}
