// Word automatic numbering (word/numbering.xml): the "一、", "（二）", "3." a reader sees are not in
// document.xml, only a list id and level are. This renders them, counting per list like Word does,
// so numbered headings reach the outliner with their numbers; bullets stay list items.
import { tokenize } from './html-tokens';
import { attr } from './docx-styles';

interface Level { fmt: string; text: string; start: number }
interface List { abstractId: string; starts: Map<number, number> }

const DIGITS = '〇一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export class Numbering {
  private abstracts = new Map<string, Level[]>();
  private lists = new Map<string, List>();
  private counters = new Map<string, number[]>();

  constructor(xml: string) {
    let abstract: Level[] | null = null;
    let level: Level | null = null;
    let list: List | null = null;
    let overrideLevel = -1;
    tokenize(xml, {
      open: (name, attrs) => {
        if (name === 'w:abstractnum') this.abstracts.set(attr(attrs, 'w:abstractNumId') ?? '', (abstract = []));
        else if (name === 'w:lvl' && abstract) abstract[Number(attr(attrs, 'w:ilvl')) || 0] = level = { fmt: 'decimal', text: '', start: 1 };
        else if (name === 'w:numfmt' && level) level.fmt = attr(attrs) ?? 'decimal';
        else if (name === 'w:lvltext' && level) level.text = attr(attrs) ?? '';
        else if (name === 'w:start' && level) level.start = Number(attr(attrs)) || 0;
        else if (name === 'w:num') this.lists.set(attr(attrs, 'w:numId') ?? '', (list = { abstractId: '', starts: new Map() }));
        else if (name === 'w:abstractnumid' && list) list.abstractId = attr(attrs) ?? '';
        else if (name === 'w:lvloverride') overrideLevel = Number(attr(attrs, 'w:ilvl')) || 0;
        else if (name === 'w:startoverride' && list) list.starts.set(overrideLevel, Number(attr(attrs)) || 0);
      },
      close: (name) => {
        if (name === 'w:abstractnum') abstract = null;
        else if (name === 'w:lvl') level = null;
        else if (name === 'w:num') list = null;
      },
      text: () => {},
    });
  }

  /** The label of the next paragraph in list numId at level ilvl: text, 'bullet', or null if unknown. */
  next(numId: string, ilvl: number): string | 'bullet' | null {
    const list = this.lists.get(numId);
    const levels = list && this.abstracts.get(list.abstractId);
    const level = levels?.[ilvl];
    if (!list || !levels || !level || ilvl > 8) return null;
    if (level.fmt === 'bullet') return 'bullet';
    let counts = this.counters.get(numId);
    if (!counts) this.counters.set(numId, (counts = []));
    const startOf = (k: number) => list.starts.get(k) ?? levels[k]?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1; // deeper levels restart
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(counts[k] ?? startOf(k), levels[k]?.fmt ?? 'decimal');
    });
    return level.fmt === 'none' && !/\S/.test(label) ? null : label;
  }
}

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) return DIGITS[Math.floor(n / 100)] + '百' + (n % 100 === 0 ? '' : n % 100 < 10 ? '零' + DIGITS[n % 100] : chineseNumeral(n % 100).replace(/^十/, '一十'));
  return String(n);
}

function letters(n: number, base: string): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = base[(k - 1) % 26] + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
    case 'chineseLegalSimplified': case 'ideographDigital':
      return n > 0 ? chineseNumeral(n) : String(n);
    case 'ideographTraditional': return STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return CIRCLED[n - 1] ?? String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter': return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter': return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'none': return '';
    default: return String(n);
  }
}
