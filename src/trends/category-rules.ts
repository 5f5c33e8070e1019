// The figure categories as readable rules: each category names the words (in folded, simplified
// form) that say what was counted. Rules are tried in this order, so a more specific reading comes
// first (提案办理协商会 is about proposals, 协商 is about consultation, 学习会议 is study, not a meeting).
// Units narrow the choice: money is funds or an economic indicator, person counts are people unless
// they count people trained, studying, appointed or disciplined (see UNIT_GROUPS).

export const UNCATEGORISED = '未分类';

export interface CategoryRule {
  category: string;
  words: RegExp;
  /** The rule applies only to figures in one of these units. */
  units?: readonly string[];
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  { category: '执纪', words: /信访举报|问题线索|审查调查|党纪|政务处分|审查起诉|留置|纪检监察|八项规定|巡察|监督谈话|明察暗访|通报曝光|通报典型|查处|典型案例|腐败|作风问题/ },
  { category: '执纪', words: /处理|干部|批评教育/, units: ['人'] },
  { category: '学习', words: /批示精神/ },
  { category: '提案', words: /提案办理协商会/ },
  { category: '批示', words: /批示/ },
  { category: '社情民意', words: /社情民意/ },
  // Opinions raised in supervision are its output, not members' suggestions; nor is democratic supervision a visit.
  { category: '监督', words: /监督意见|民主监督|监督性|旁听庭审/ },
  { category: '提案', words: /提案|立案/ },
  { category: '联络站点', words: /联络站|代表之家|委员之家|工作室|议事室|联系点|履职平台/ },
  { category: '协商', words: /协商|议政|议事(?!规则)/ },
  { category: '监督', words: /执法检查|整改意见|询问|预警/ },
  { category: '调研视察', words: /调研|视察|考察|察看|课题|走访.{0,4}(村|镇|社区)/ },
  { category: '培训', words: /培训|参训/ },
  { category: '学习', words: /学习|研讨|读书|讲座|讲堂|学法|参学|现场教学|体会文章/ },
  { category: '会议', words: /会议|座谈会|论证会|推进会|协调会|交流会|报告会/ },
  { category: '建议', words: /建议|意见|采纳|发言|征集民生实事/ },
  { category: '问题', words: /问题|难题|隐患|纠纷|信访|来信来访|诉求|整改|排查|曝光|民生小事/ },
  { category: '监督', words: /执法检查|工作报告|规范性文件|督查|督导|督促|督办|预算|监督(?!员)|检查|审查/ },
  { category: '任免', words: /任免/ },
  { category: '立法', words: /法规|决议|决定/ },
  { category: '党建', words: /党小组|党支部|联络组|党日|制度|请示报告|重要事项|全覆盖|党建/ },
  { category: '表彰', words: /优秀|表彰|评选/ },
  { category: '宣传', words: /稿件|媒体|宣讲|文史|宣传|刊发/ },
  { category: '帮扶', words: /帮扶|慰问|资助|监测对象|结对.{0,6}(村|户)/ },
  { category: '科创', words: /研发|实验室|创新平台|产学研|科技攻关|(?<!高)新技术|人才|大学生/ },
  { category: '政务', words: /一件事|一事联办|政务服务|政府信息/ },
  { category: '项目', words: /项目|招商线索/ },
  { category: '企业', words: /企业|市场主体|工厂|商标|品牌|产品|农场|合作社|电商|上市|专精特新|带货|商户|民宿|酒店/ },
  // Money won from higher levels or raised by bonds is funding, though 投资 would read it as an indicator.
  { category: '资金', words: /争取.{0,12}(资金|投资)|专项债|债券/, units: ['元'] },
  // Sanitary toilets are rural construction, though 卫生 would read them as health.
  { category: '建设', words: /户厕|改厕/ },
  // Planted acreage and farming bases measure output, not construction (高标准农田 stays construction).
  { category: '经济', words: /种植|基地|果园|茶园|设施蔬菜|林下/, units: ['亩'] },
  { category: '民生', words: /就业|学校|学位|幼儿园|中小学|养老|托位|托育|床位|卫生|医生|疫苗|救助|低保|劳动力|创业|实事|校舍|服务中心|服务设施|体检|健身|书房|图书馆|文化站/ },
  { category: '建设', words: /道路|公路|断头路|小区|院落|停车|公园|绿道|管网|户厕|公厕|背街小巷|街巷|街区|基地|温室|大棚|冷链|仓储|农田|用地|工业园|厂房|乡村|村庄|示范村|试点村|排污口|水体|垃圾|复绿|造林|生态|治理|矿山|危房|征迁|城中村|人居环境|农贸市场|草畜|林草/ },
  { category: '经济', words: /生产总值|产值|产能|冷藏|投资|引资|签约|饲养|出栏|到位资金|外资|吞吐量|班列|花费|产量|装机|存栏|播种|交易|出口|营业|收入|养殖场|集体经济|增长/ },
  { category: '活动', words: /活动|下乡|演出|联谊|送教/ },
];

/** Which categories a figure in these units may take, and what it is when none of them matches. */
export interface UnitGroup {
  units: readonly string[];
  allowed: readonly string[];
  otherwise: string;
}

export const UNIT_GROUPS: readonly UnitGroup[] = [
  { units: ['元', '美元', '港元'], allowed: ['经济', '资金'], otherwise: '资金' },
  { units: ['人次'], allowed: ['培训', '学习', '任免', '执纪', '民生'], otherwise: '人次' },
  { units: ['人', '名', '位'], allowed: ['执纪', '科创', '民生', '表彰', '培训', '帮扶', '任免'], otherwise: '人次' },
  { units: ['户'], allowed: ['企业', '建设', '帮扶', '民生'], otherwise: '人次' },
];

/** For figures in other units: what the unit alone says when no words do. */
export const UNIT_FALLBACK: Readonly<Record<string, string>> = {
  亩: '建设', 公里: '建设', 平方米: '建设', 米: '建设',
  // Rates (增长7.2%, 4‰, 提高0.8个百分点) that no words place are economic indicators.
  吨: '经济', 斤: '经济', 千瓦: '经济', 头只: '经济', '%': '经济', '‰': '经济', 百分点: '经济',
  家: '企业', 家次: '企业',
};

/** Every category in display order, uncategorised last. */
export const CATEGORIES: readonly string[] = [
  ...new Set([...CATEGORY_RULES.map((r) => r.category), ...UNIT_GROUPS.map((g) => g.otherwise), UNCATEGORISED]),
];
