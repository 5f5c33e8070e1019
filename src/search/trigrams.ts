// Keys for the commonest three-character words of local work reports (委员会, 高质量, 民主监): the
// body index lists each such trigram of a section besides its pairs (segment-entries.ts), under key
// TRIGRAM_KEY + its rank. A query word that is one of them is counted by its postings alone, and a
// longer word holding them is narrowed to far fewer candidate sections, most of whose counts its
// keys then settle (settle.ts): the common words that were the slowest queries, each verified
// against tens of thousands of sections, read no text. The list is data, like packed.ts's table:
// the 1,024 commonest trigrams of three visible units in the folded text of the test fixtures'
// reports (2026-12). Chosen on the fixtures and three hold-out sets before this list, it covered 25%
// of the trigram occurrences of two other hold-out sets (23.5% of its own). At 5,000 reports its
// postings take 6 MB beside the pairs' and characters' 50 (npm run bench -- search). Changing the
// list changes the stored postings (SEARCH_INDEX_VERSION).

/** Trigrams, three UTF-16 units each, commonest first. */
const LIST =
  '常委会,推动建设,202工作,习近平协工作政协工新时代,组织委员会,开展人大工大工作工作的活动,高质量年工作会主义社会主区政协坚强领强领导市政协' +
  '以习近进一步制度,监督,中国特国特色特色社色社会人民政领导下)坚持代中国时代中主义思义思想平新时近平新主监督二十大民主监。加强开展"坚持以,坚持' +
  '的二十党的二坚持党协委员导下,政协委坚持把员履职意见建见建议(一)(二)委员履自身建身建设精神,次会议的坚强质量发量发展发展,的结果作报告委的坚' +
  '工作报,深入区政府(三),确保指导,02323年全面贯协商议位代表各位代组织委织委员面贯彻大精神(四)开展专现代化亿元,持党的机制,的领导十大精' +
  ',我们00余贯彻党彻党的、20展专题建设。,全面深化",完善,提出人大常大常委思想为,新增为指导产总值亿元。想为指生产总习贯彻党的领学习贯,加强' +
  '提案办项工作一年来全过程调研,"活动案办理专委会会工作报告,0余人决策部策部署,形成代表大商环境市政府持以习民代表的工作示报告营商环表大会请示报' +
  '02410024年人次。人民代会发展社会发人大代大代表的重要出意见提出意济社会经济社乡村振任务,村振兴,全年,持续民生实生实事结果,领导,,推进' +
  '人次,余人次入开展深入开问题,民政协取审议听取审我代表执法检提升。法检查)聚焦不断提商议政年来,果,是,我代依法履党中央委会组工作。情防控疫情防' +
  ',提升会坚持值增长大局,委会坚情民意成人员社情民组成人"建设(五),积极02222年上半年专题协会组成会议上务委员员联系履职能席会议彻习近职能力' +
  '贯彻习题协商"委员0亿元区人大区委的常务委,常委为核心主席会作用,全面领区生产地区生增长6提案工案工作的全面面领导,完成,认真,请予一般公予审议' +
  '以上。会报告位委员公共预共预算半年工各位委府工作政府工般公共请予审、市政上工业会常务作,请关干部向大会大会报委、市导,全机关干核心的,委员,新建' +
  '代表联县政协同志为市委、平同志平总书志为核总书记近平同近平总,区政。全年届委员工作总市人大标任务民政府目标任,不断下半年入学习心的党我们将深入学' +
  '的党中,提高200代表履力量。加强政发展的法履职表履职%左右,努力。深化告工作委会议工作中报告工政协党%以上,举办.5%一)坚中心工加强自协常委' +
  '发展。在区委强自身心工作改革,政协常教育、点项目重点项,深化充分发分发挥协商、彻落实监督。让我们贯彻落题调研2次,业发展入增长各项工同时,大事项' +
  '委员联水平。理论学论学习重大事,围绕,市政120动解决协机关员委员开展调推动解收入增政协机民群众"十四"四个,向大,引导。坚持。我们人民民党的全' +
  '关部门区委区十四五去一年员开展四五"在以习在政协委区政建议,建设、推动政过去一,严格,实现。围绕。组织严格落主党派之年。人民群代表建伍建设作回顾' +
  '凝聚共区人民协商,委员,委员开工作回旧小区格落实民主党老旧小聚共识表建议解决。重点工队伍建项目1、服务专题调中央周二、2党员委团结在增长1央周围' +
  '委会工建议。目建设等重点算收入结在以项目建预算收"规划,进一五"规人均可体要求作用。全覆盖加紧密可支配周围,均可支始终坚局之年开局之思想,总体要' +
  '支配收更加紧民民主点提案研报告调研报配收入重点提"两个,建成6亿元。推进一、2严格执党派、地团结增长5密地团居民人把学习政治引民人均民生福治引领' +
  '点工作生福祉的主要紧密地终坚持,其中,切实养老服加快建动政协县人民发展、员会常在,我履职的年1月快建设持续深新建改现在,组织开织开展老服务行动,' +
  '表联络要求,领导的,健全,力争6个,、工商。深入一年,一步提不断增乡居民固定资城乡居大项目定资产工商联强委员强政协必须坚提质增政治方断提高此,我' +
  '治方向生态环的意见程人民联络站质增效过程人须坚持,增强,建立。持续业增加主题教产投资代表:们更加作的总党派人关建设区建设告制度围,在增加值委员和' +
  '意信息我们更报告制无党派机关建格执行民意信派、工派人士的总体监督、等建议结果。规范化资产投题教育,加快,助力,打造--2-20.6%0个,600' +
  '、医疗、坚持。一年下,坚元以上关于加务保障团结奋大会第委坚强委请示展调研工作机推进,提案1政协的服务保求是:治建设的开局续深化要求是设,推部署,' +
  '重大项,依法,是全.2%.2万300二次会代表,作机制凝心聚员会工城市更察调研心聚力态环境意见。检查,视察调,充分00万作出新入推进全生产加强委' +
  '半年,各民主员学习员队伍城镇新增就业委员学安全生实开展实推进导的结展执法开展执我们也扎实开扎实推新作为新增就服务大次,组深入推群众的进工作镇新增' +
  '问题。,邀请260、养老专项工严治党中心组也清醒书记关从严治们也清全面从务大局口协商召开常和政协国有资培训班委决策学习中对口协届人民工作全开常委' +
  '思想政想政治投资增政协"新能源督,推研究,等制度管理,要思想记关于资增长重要思长6.面从严"改革,助推,召开,坚决0210万元21年60余8个,' +
  ':坚持习中心以上,以上工体经济办理协加值增和机关和社会商联和地见效坚持稳委会会审议,工业增市更新常态化建议1建设等总值增提高。政协提政府和新征程' +
  '是全面模以上理协商省政协结奋斗落地见规模以)加强1.2、政协万元,专题询中求进二)聚产业发代表!会会议会精神党的建党组理全会精力建设加强和和无党' +
  '善委员委员的完善委成效。推进。断增强是:坚有资产查研究活动。济发展的一年的建设监督和稳中求等工作等开展紧围绕紧紧围组理论组织代织代表经济发见效。' +
  '议,并调查研题询问,做好,全力,听取,并请0004次,。在此中心大作总结出新的创新,加快推协商成发展大商成果围绕中大贡献委会在实效。工作规左右;' +
  '市委的年召开年是全开展民快推进持稳中推进"提出了政治任政治建教育,检监察次、主治任务界委员精神的纪检监组学习绕中心落实。转化为高标准,也是,聚焦' +
  '.1%万亩,三次会专门委为奋力主要领主题,于加强人士的人大、亿元以会议1关工作务群众化营商协商会县人大员提出员深入在此,委员深委员队导委员届人大' +
  '工作:建言资引导委心大局心组学急难愁成果转持续开政协主新的更更加有更大贡服务群果转化济运行满意度神的开等方面等活动系群众经济运续开展群众关联和无' +
  '联系群育、医行情况要领导言资政设,提责任,门委员难愁盼,为全,为奋,城乡,培训,帮助,广泛,督促.3%.6亿0个。3年工6次,860。开展三)坚' +
  '两大主中国式习培训作为。全年召公共服共服务加强与各方面和改进商议事增强。增长7大主题大委员好以下始终把字经济学习培审议。展大局年,是强和改持的结' +
  '持续提提案,支持的数字经断提升服务中果。在率达到的更大确保人自觉接落实党要坚持要政治视察,觉接受设,完针对性.6万0%。00%0余条0余篇2个,' +
  ';必须、专题。让我一年。主两大了一批事项目任务。众急难作制度作取得作安排作风建制造业务中心区改造取得新员工作和民主团结和国式现坚持人实事项工作制' +
  '工作取工作安广大委式现代感谢!成绩,持人民持续改机关工步提升民主两的成绩的提案的联系的问题真落实稳定。群众急认真落贡献!达到9风建设(六),在区' +
  ',增长,机关12个500800、主席、委员业转型中华人为中心为政协为首要事项请人民共优化营作的重作监督保人大元,增入实施全面建共和国加强。化水平' +
  '医疗、华人民协党组县委的合作,商引资团结联场主体增长8守正创实现"导批示展"委展民主履职为工作监市场主平台,座谈会情况,成立7我们坚招商引持续增' +
  '政府,方式,期,培机关党正创新民共和深入实的关键研视察示衷心社会治立委员等问题经济增职为民表示衷';

/** Keys of trigrams: TRIGRAM_KEY + rank. Below the pairs' (0x210000 on: a pair's first unit is above U+0020), above FULL_UNIT's. */
export const TRIGRAM_KEY = 0x200000;

/** Whether a unit is the middle of a listed trigram: most positions are ruled out by this alone. */
const MIDDLE = new Uint8Array(65536);
const SIZE = 4096;
/** Open addressing: the first two units (a << 16 | b) and the third of the trigram in each slot, and its rank + 1. */
const AB = new Uint32Array(SIZE);
const C = new Uint16Array(SIZE);
const RANK = new Uint16Array(SIZE);

const slotOf = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 20;

for (let r = 0; r < LIST.length / 3; r++) {
  const a = LIST.charCodeAt(3 * r);
  const b = LIST.charCodeAt(3 * r + 1);
  const c = LIST.charCodeAt(3 * r + 2);
  MIDDLE[b] = 1;
  let s = slotOf(a, b, c);
  while (RANK[s] !== 0) s = (s + 1) & (SIZE - 1);
  AB[s] = ((a << 16) | b) >>> 0;
  C[s] = c;
  RANK[s] = r + 1;
}

/** Listed trigrams. */
export const TRIGRAMS = LIST.length / 3;

/**
 * Pairs that may begin a listed trigram, as bits by a hash of the pair: 1,024 of 65,536 bits set,
 * so a pair that begins none (most of a text) is ruled out by one bit, before a trigram is looked up.
 */
const FIRST_PAIRS = new Int32Array(2048);
const pairBit = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
for (let r = 0; r < TRIGRAMS; r++) {
  const bit = pairBit(LIST.charCodeAt(3 * r), LIST.charCodeAt(3 * r + 1));
  FIRST_PAIRS[bit >>> 5]! |= 1 << (bit & 31);
}

/** False when no listed trigram begins with units a b (true may still be none). */
export function mayBeginTrigram(a: number, b: number): boolean {
  const bit = pairBit(a, b);
  return (FIRST_PAIRS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The rank of trigram a b c in the list, or -1 when it is not listed. */
export function trigramRank(a: number, b: number, c: number): number {
  if (MIDDLE[b] === 0) return -1;
  const ab = ((a << 16) | b) >>> 0;
  for (let s = slotOf(a, b, c); RANK[s] !== 0; s = (s + 1) & (SIZE - 1)) {
    if (AB[s] === ab && C[s] === c) return RANK[s]! - 1;
  }
  return -1;
}

/** The key of trigram a b c, or -1 when it is not listed. */
export function trigramKey(a: number, b: number, c: number): number {
  const rank = trigramRank(a, b, c);
  return rank < 0 ? -1 : TRIGRAM_KEY + rank;
}

/** Whether a postings key is a listed trigram's. */
export const isTrigramKey = (key: number): boolean => key >= TRIGRAM_KEY && key < TRIGRAM_KEY + TRIGRAMS;

/** The trigram of a key (for tests and the benchmark). */
export function trigramOf(key: number): string {
  const r = key - TRIGRAM_KEY;
  return LIST.slice(3 * r, 3 * r + 3);
}
