// A report that says it sets no target for an indicator (我们没有提出全年经济增速具体目标) records
// that for its plan year: the targets view shows "no target set" rather than a missing value.
import type { TargetAbsence } from '../../model/report';
import { foldForMatch } from '../../text/fold';
import { keyOf } from './indicator';

const NO_TARGET = /(没有|未|不再|不)(提出|设定|设置|设|确定|规定)(全年)?([^，。；]{0,12}?)(具体|量化|硬性)?(的)?(增长|增速)?(目标|指标)/u;

export function findAbsences(paragraphs: readonly { text: string }[], planYear: number | null): TargetAbsence[] {
  const out: TargetAbsence[] = [];
  paragraphs.forEach((p, para) => {
    if (!/[没未不]/u.test(p.text)) return;
    for (const sentence of p.text.split(/(?<=[。！？!?])/u)) {
      const m = NO_TARGET.exec(foldForMatch(sentence));
      if (!m) continue;
      // 经济增速 / 经济增长 / GDP: a bare "no growth target" is about the economy's growth.
      const indicator = m[4]?.replace(/^(的)/u, '') || '经济增速';
      out.push({ indicator, indicatorKey: keyOf(indicator) ?? 'gdp', year: planYear, text: sentence.trim(), para });
    }
  });
  return out;
}
