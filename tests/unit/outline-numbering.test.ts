// Heading numbers at paragraph start: every GB/T 9704 style in both widths, display forms as the
// gold files write them, and the look-alikes that are not heading numbers.
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/parse/outline/numbering';

describe('heading numbers', () => {
  it.each([
    ['一、围绕重大战略', 'cn', 1, '一'],
    ['十二、加强自身建设', 'cn', 12, '十二'],
    ['二十一. 其他工作', 'cn', 21, '二十一'],
    ['(一)建设忠诚政协', 'pcn', 1, '(一)'],
    ['（三）建設“親民政協”', 'pcn', 3, '(三)'],
    ['（十）聚焦重点', 'pcn', 10, '(十)'],
    ['1.强化政治引领', 'ar', 1, '1'],
    ['14. 調研太陽鎮工作', 'ar', 14, '14'],
    ['２、加强调查研究', 'ar', 2, '2'],
    ['3．做实做细日常监督', 'ar', 3, '3'],
    ['(1)粮食购销领域', 'par', 1, '(1)'],
    ['（２）医保基金领域', 'par', 2, '(2)'],
    ['1)开展专题调研', 'arp', 1, '1)'],
    ['③加强督查', 'circ', 3, '③'],
    ['第二部分 2019年工作安排', 'di', 2, '第二部分'],
  ])('%s', (text, style, value, number) => {
    expect(readMarker(text)).toMatchObject({ style, value, number });
  });

  it('measures the marker in the original text, spaces included', () => {
    const text = '11. 調研行政服務中心工作。';
    expect(text.slice(readMarker(text)!.length)).toBe('調研行政服務中心工作。');
  });

  it.each([
    ['a year', '2019年工作任务'],
    ['a decimal', '1.5亿元用于基础设施建设'],
    ['a date', '2019.1.23召开会议'],
    ['a meeting line', '(2023年2月2日在義烏市第十六屆人民代表大會第二次會議上)'],
    ['an enumeration word', '一是加强学习'],
    ['a numeral in a word', '一年来，市政协围绕中心'],
    ['a big list number', '99.其他'],
    ['a bare number', '一、'],
    ['ordinary text', '坚持党的领导'],
  ])('does not read %s as a heading number', (_, text) => {
    expect(readMarker(text)).toBeNull();
  });
});
