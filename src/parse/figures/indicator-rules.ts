// The indicators a government report is read for, as readable rules: each canonical key names the
// words (folded to simplified script) that say the figure measures it. Rules are tried in order, so
// the more specific reading comes first: 单位GDP能耗 and 人均生产总值 before 生产总值, a share
// (研发经费占生产总值比重) before the total it is a share of.

export interface IndicatorRule {
  key: string;
  /** The indicator's usual Chinese name, shown where a report's own words are not at hand. */
  label: string;
  words: RegExp;
}

export const INDICATOR_RULES: readonly IndicatorRule[] = [
  { key: 'energy-intensity', label: '单位GDP能耗', words: /单位(国内|地区)?(生产总值|GDP|gdp)能耗|能耗强度/ },
  { key: 'rd-intensity', label: '研发经费投入强度', words: /研发经费(投入|支出)?(强度|占.{0,6}比重)|研究与试验发展经费|R&D经费/ },
  { key: 'gdp-per-capita', label: '人均生产总值', words: /人均(国内|地区)?(生产总值|GDP)/ },
  { key: 'digital-economy', label: '数字经济核心产业增加值', words: /数字经济核心产业(增加值)?(?!.*比重)/ },
  // A share is not its whole: 占GDP比重 is not GDP, nor 占规上工业增加值比重 industrial value added.
  // Anything 占…比重 that no rule above names stays without a key.
  // Nor is a part of the year's plan (占年计划的53.3%, 占全年任务的45%) the indicator itself.
  { key: '', label: '', words: /占.{0,12}(比重|比例)|比重$|占.{0,6}(计划|任务|目标)/ },
  { key: 'industrial-value-added', label: '规模以上工业增加值', words: /规(模以)?上工业增加值|规模工业增加值/ },
  { key: 'service-value-added', label: '服务业增加值', words: /服务业增加值/ },
  // 经济增长5%左右 leaves the bare 经济 as the name; 工业经济 or 数字经济 growth is not the economy's.
  { key: 'gdp', label: '生产总值', words: /(国内|地区)?生产总值|GDP|gdp|(?<!业|数字|民营)经济(增速|增长(?!.*同步)|总量)|^经济$/ },
  // Older and regional names of the same revenue: 地方财政一般预算收入, 地方级(财政)收入.
  { key: 'budget-revenue', label: '一般公共预算收入', words: /一般公共预算收入|地方财政收入|公共财政预算收入|一般预算收入|地方级(财政)?收入/ },
  { key: 'fiscal-revenue', label: '财政总收入', words: /财政总收入/ },
  { key: 'tax-revenue', label: '税收收入', words: /^税收收入|^税收/ },
  { key: 'fixed-investment', label: '固定资产投资', words: /固定资产投资/ },
  { key: 'effective-investment', label: '有效投资', words: /有效投资/ },
  { key: 'retail-sales', label: '社会消费品零售总额', words: /社会消费品零售总额|社零/ },
  { key: 'urban-income', label: '城镇居民人均可支配收入', words: /城镇(常住)?居民(人均)?(可支配)?收入|城市居民(人均)?(可支配)?收入/ },
  // 农民人均纯收入 (人平 in some counties) is how reports before 2014 name rural income.
  { key: 'rural-income', label: '农村居民人均可支配收入', words: /农村(常住)?居民(人均)?(可支配|纯)?收入|农民(人均|人平)?(可支配|纯)?收入/ },
  { key: 'income', label: '居民人均可支配收入', words: /居民(人均)?可支配收入|居民收入(?!.*同步)/ },
  { key: 'unemployment', label: '城镇调查失业率', words: /调查失业率/ },
  { key: 'registered-unemployment', label: '城镇登记失业率', words: /登记失业率/ },
  { key: 'new-jobs', label: '城镇新增就业', words: /(城镇)?新增(城镇)?就业(人数)?$|新增城镇就业/ },
  { key: 'cpi', label: '居民消费价格涨幅', words: /(居民)?消费价格(指数)?(涨幅)?|CPI/ },
  { key: 'grain', label: '粮食产量', words: /粮食(总)?产量|粮食总产/ },
  { key: 'trade', label: '进出口总额', words: /进出口(总额|总值)?|外贸进出口/ },
  { key: 'exports', label: '出口', words: /^(其中)?出口(总额|额)?$|^外贸出口/ },
  { key: 'foreign-investment', label: '实际使用外资', words: /实际(使用|利用|吸收)外资/ },
  { key: 'urbanization', label: '常住人口城镇化率', words: /城镇化率/ },
  { key: 'population-growth', label: '人口自然增长率', words: /人口自然增长率/ },
  { key: 'labour-productivity', label: '全员劳动生产率', words: /劳动生产率/ },
  { key: 'forest-coverage', label: '森林覆盖率', words: /森林覆盖率/ },
  { key: 'air-quality', label: '空气质量优良天数比例', words: /空气质量优良(天数)?(比例|比率|率)/ },
  { key: 'deficit-ratio', label: '赤字率', words: /赤字率/ },
];

/** The key of the first rule whose words occur in the folded name ('' rules say: no key). */
export function indicatorKeyOf(folded: string): string | null {
  for (const rule of INDICATOR_RULES) if (rule.words.test(folded)) return rule.key || null;
  return null;
}

/** The usual name of a key, for views that list indicators. */
export function indicatorLabel(key: string): string {
  return INDICATOR_RULES.find((r) => r.key === key)?.label ?? key;
}
