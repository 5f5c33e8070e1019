// Puts a figure in the category a reader would: first by the words of the figure itself, then by
// its clause, then by the nearest telling word earlier in its sentence (a bare "8次" after
// "召开常委会会议" is a meeting count), with the unit narrowing the choice (category-rules.ts).
import { foldForMatch } from '../text/fold';
import { foldName } from '../text/fold-name';
import { CATEGORY_RULES, UNCATEGORISED, UNIT_FALLBACK, UNIT_GROUPS, type CategoryRule } from './category-rules';

const CLAUSE_BREAK = /[，,；;。：:！!？?、]/;
const SENTENCE_BREAK = /[；;。！!？?]/;

/** The text of the figure's sentence before the figure (`offset` is where the figure starts). */
export function sentenceBefore(paragraph: string, offset: number): string {
  const head = paragraph.slice(Math.max(0, offset - 200), offset);
  let start = head.length;
  while (start > 0 && !SENTENCE_BREAK.test(head[start - 1]!)) start--;
  return head.slice(start);
}

function firstClause(sentence: string): string {
  const end = sentence.search(CLAUSE_BREAK);
  return end < 0 ? sentence : sentence.slice(0, end);
}

function lastClause(sentence: string): string {
  let start = sentence.length;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  return sentence.slice(start);
}

interface Applicable { rules: CategoryRule[]; otherwise: string | null }

/** Per unit, computed once: a report has dozens of figures in a handful of units. */
const applicableByUnit = new Map<string, Applicable>();

function applicable(unit: string): Applicable {
  const known = applicableByUnit.get(unit);
  if (known) return known;
  const group = UNIT_GROUPS.find((g) => g.units.includes(unit));
  const rules = CATEGORY_RULES.filter((r) => (!r.units || r.units.includes(unit)) && (!group || group.allowed.includes(r.category)));
  const found = { rules, otherwise: group?.otherwise ?? null };
  applicableByUnit.set(unit, found);
  return found;
}

/** The first rule, in rule order, whose words occur in the text. */
function byOrder(text: string, rules: CategoryRule[]): string | null {
  for (const rule of rules) if (rule.words.test(text)) return rule.category;
  return null;
}

/** Each rule's words with the g flag (only), made once rather than per figure. */
const globalWords = new WeakMap<CategoryRule, RegExp>();

/** Where the text's last match of `re` (a g regex) ends, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    end = m.index + m[0].length;
    // As matchAll does: an empty match moves on by one.
    if (m[0] === '') re.lastIndex++;
  }
  return end;
}

/** The rule whose words end nearest the end of the text (the word governing what follows); the first such rule on a tie. */
function byNearest(text: string, rules: CategoryRule[]): string | null {
  let best: { end: number; category: string } | null = null;
  for (const rule of rules) {
    let words = globalWords.get(rule);
    if (!words) globalWords.set(rule, (words = new RegExp(rule.words.source, 'g')));
    const end = lastEnd(words, text);
    if (end >= 0 && (!best || end > best.end)) best = { end, category: rule.category };
  }
  return best?.category ?? null;
}

/** What the phrase says after its number and unit (16篇调研报告 -> 调研报告): the head when the count comes first. */
function afterCount(own: string, unit: string): string {
  const m = /\d(?!.*\d)/.exec(own);
  if (!m) return '';
  const tail = own.slice(m.index + 1).replace(/^[万亿千百余多]+/, '');
  return tail.startsWith(unit) ? tail.slice(unit.length) : tail;
}

export interface Categorizable {
  text: string;
  unit: string;
}

/**
 * The category of a figure. `before` is the text of its sentence before the figure (sentenceBefore);
 * both are folded here, and so is the unit (a traditional 戶 or 個 is read as 户 or 个), so
 * traditional and simplified reports categorise alike.
 */
export function categorize(figure: Categorizable, before = ''): string {
  const unit = foldName(figure.unit);
  const { rules, otherwise } = applicable(unit);
  const own = foldForMatch(figure.text);
  const sentence = foldForMatch(before);
  // The clause is read together with the figure: a governing verb may stand before it (走访 | 重点村镇11个).
  const clause = lastClause(sentence);
  // A breakdown (经济建设方面98件) counts what its sentence opened with (从提案内容看): read that first.
  const head = /方面$/.test(clause) ? byOrder(firstClause(sentence), rules) : null;
  const found = head ?? byOrder(afterCount(own, unit), rules) ?? byOrder(own, rules) ?? byOrder(clause + own, rules)
    // A person count or sum of money is read from its own clause only: the sentence around it is about something else.
    ?? (otherwise === null ? byNearest(sentence, rules) : null);
  return found ?? otherwise ?? UNIT_FALLBACK[unit] ?? UNCATEGORISED;
}
