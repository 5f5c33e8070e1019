// Strings of the targets view in Chinese (default) and English, loaded with the view.
import { lang } from '../../state/settings';
import type { TargetStatus } from '../../state/targets';

const zh = {
  title: '目标与实绩',
  intro: '每个地区、每项指标按年份列出：当年报告提出的预期目标，与下一年报告回顾的完成情况并列；点击数字回到原文。',
  place: '地区', body: '机构', indicator: '指标', year: '年份', target: '目标', result: '实绩', status: '对照',
  all: '全部', unknownPlace: '（未注明地区）', targetReport: '目标出处', resultReport: '实绩出处',
  status_: { met: '完成', within: '在范围内', missed: '未完成', 'no-target': '未设目标', 'no-result': '待回顾', open: '无目标' } as Record<TargetStatus, string>,
  noTargetSet: '报告明确未设此目标', chart: (place: string, indicator: string, unit: string) => `${place} ${indicator}（${unit}）：目标与实绩`,
  chooseChart: '选择一个地区和一项指标以绘制目标与实绩图。', none: '没有符合条件的目标或实绩。',
  noneYet: '库里的报告中还没有识别出预期目标或完成情况。它们来自政府工作报告：当年提出的预期目标（如“地区生产总值增长6%左右”），与下一年报告回顾的完成情况。导入同一地区相邻年份的政府工作报告，这里就会逐项对照。',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 行`, showMore: '显示更多', saveCsv: '导出 CSV',
  value: '数值', upper: '上限', unit: '单位', modifier: '修饰', phrase: '原文', report: '报告',
};

type Strings = typeof zh;

const en: Strings = {
  title: 'Targets and results',
  intro: 'For every place and indicator, by year: the target a report set for the year beside the result the next report gives; click a number to open its sentence.',
  place: 'Place', body: 'Body', indicator: 'Indicator', year: 'Year', target: 'Target', result: 'Result', status: 'Outcome',
  all: 'All', unknownPlace: '(place not named)', targetReport: 'Target from', resultReport: 'Result from',
  status_: { met: 'met', within: 'within range', missed: 'missed', 'no-target': 'no target set', 'no-result': 'not yet reviewed', open: 'no target' },
  noTargetSet: 'The report says it sets no target for this', chart: (place: string, indicator: string, unit: string) => `${place} ${indicator} (${unit}): target and result`,
  chooseChart: 'Choose a place and an indicator to draw target against result.', none: 'No targets or results match.',
  noneYet: 'No targets or results were recognised in the reports of this library yet. They come from government work reports (政府工作报告): the targets a report sets for its year (GDP to grow by about 6%), and the results the next year\'s report gives. Import one place\'s government work reports of consecutive years and they are set side by side here.',
  shown: (n: number, total: number) => `Showing ${n} of ${total} rows`, showMore: 'Show more', saveCsv: 'Export CSV',
  value: 'Value', upper: 'upper end', unit: 'Unit', modifier: 'Modifier', phrase: 'Text', report: 'Report',
};

export function ts(): Strings {
  return lang.value === 'en' ? en : zh;
}
