// Measure words are an open class: physical units and counters of work done (千瓦, 斤, 头只, 栋, 艘 …)
// are figures with 万/亿 scaled into base units, in both scripts; years, ordinals, percentages, dates,
// codes and words that merely start with a counter (头部企业, 只是) stay out.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/parse/figures';

const figs = (text: string) => extractFigures([{ text }], []).map((f) => `${f.value} ${f.unit}`);

describe('physical units and counters with 万/亿', () => {
  it('reads power, grain, livestock and houses in simplified script', () => {
    expect(figs('新增新能源装机285万千瓦，')).toEqual(['2850000 千瓦']);
    expect(figs('粮食产量达到2.3亿斤。')).toEqual(['230000000 斤']);
    expect(figs('牲畜存栏稳定在186万头只。')).toEqual(['1860000 头只']);
    expect(figs('排查房屋4.6万栋，改造危房320间。')).toEqual(['46000 栋', '320 间']);
    expect(figs('建成光伏电站12兆瓦，新增渔船36艘、生猪出栏8.5万头、家禽120万羽。')).toEqual(['12 兆瓦', '36 艘', '85000 头', '1200000 羽']);
  });
  it('reads them in traditional script', () => {
    expect(figs('新增新能源裝機285萬千瓦，糧食產量達到2.3億斤，牲畜存欄186萬頭隻，排查房屋4.6萬棟。'))
      .toEqual(['2850000 千瓦', '230000000 斤', '1860000 頭隻', '46000 棟']);
  });
});

describe('look-alikes that stay out', () => {
  it('rejects years, ordinals, dates and codes (the rate is a figure in %)', () => {
    expect(figs('2023年粮食增产5.2%，第3头羊，6月18日，G15头只路段')).toEqual(['5.2 %']);
  });
  it('quotes a listed figure without the word joining it to the next (21個村和105戶農戶)', () => {
    const quoted = (text: string) => extractFigures([{ text }], []).map((f) => f.text);
    expect(quoted('走訪了12個項目、21個村和105戶農戶。')).toEqual(['走訪了12個項目', '21個村', '105戶農戶']);
    // After a bare value the clause names both values: the second keeps it.
    expect(quoted('城乡居民人均可支配收入分别增长5.1%和6.2%。')).toEqual(['城乡居民人均可支配收入分别增长5.1%', '城乡居民人均可支配收入分别增长5.1%和6.2%']);
    // A 和 inside the counted noun, not before a number, stays.
    expect(quoted('建成3个文化和旅游中心。')).toEqual(['建成3个文化和旅游中心']);
  });
  it('reads N期 as sessions or issues held or put out, not as a project\'s phase', () => {
    expect(figs('天水国际陆港物流园二期、麦积山景区提升，华川供热2期完工。')).toEqual([]);
    expect(figs('举办委员培训班二期，编报社情民意信息168期，組織委員專題讀書活動8期。')).toEqual(['2 期', '168 期', '8 期']);
    // The verb must be in the number's own clause: one in the sentence before does not carry over.
    expect(figs('举办读书班，地理信息小镇2期建成。')).toEqual([]);
  });
  it('rejects a counter that opens a longer word', () => {
    expect(figs('培育20头部企业，3只是起步，引进5架构师')).toEqual([]);
  });
  it('does not trust Chinese numerals with the new counters (一头一尾, 三只松鼠)', () => {
    expect(figs('做到一头一尾，引进三只松鼠品牌，五栋楼')).toEqual([]);
  });
});
