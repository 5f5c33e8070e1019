// Header layouts the first metadata rules missed: title, meeting line and byline run together in one
// segment, a title broken before its last word, party reports with a slogan title and a ——subtitle,
// a date on the line after the meeting line, compound posts — and the look-alikes that must not match.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/parse/metadata';

const meta = (lines: string[], removed: string[] = []) =>
  extractMetadata({ paragraphs: lines.map((text) => ({ text })), outline: [], removed, fileName: 'x.txt' });

describe('title, meeting line and byline left in one segment', () => {
  it('reads each part, traditional, with a pinyin note and the salutation on the next line', () => {
    const m = meta([
      '政協東陽市第九屆委員會常務(wù)委員會工作報告 （2023年12月27日在政協東陽市第九屆委員會第三次會議上） 市政協主席 李明華',
      '各位委員： 現在，我代表政協東陽市第九屆委員會常務委員會向大會報告工作。',
    ]);
    expect(m).toMatchObject({
      title: '政協東陽市第九屆委員會常務委員會工作報告', meetingDate: '2023-12-27', speaker: '李明華',
      speakerPost: '市政協主席', locality: '東陽市', session: '第九屆', body: 'cppcc', kind: 'work-report',
    });
  });
  it('reads a simplified one-line file with the salutation and body in the same segment', () => {
    const m = meta(['西湖区政协第十届委员会常务委员会工作报告 区政协主席 王建国 各位委员： 现在，我代表常务委员会报告工作，请予审议。 一年来，区政协交办提案302件。']);
    expect(m).toMatchObject({ title: '西湖区政协第十届委员会常务委员会工作报告', speaker: '王建国', speakerPost: '区政协主席' });
  });
  it('reads a byline glued to the salutation when a line break was lost', () => {
    const m = meta(['政協東陽市第九屆委員會常務委員會工作報告 （2023年12月27日在政協東陽市第九屆委員會第三次會議上） 市政協主席 李明各位委員：']);
    expect(m).toMatchObject({ title: '政協東陽市第九屆委員會常務委員會工作報告', speaker: '李明', speakerPost: '市政協主席' });
    expect(meta(['某某县政府工作报告', '县长 王小平同志们：']).speaker).toBe('王小平');
  });
  it('takes a late-December meeting as reviewing its own year when no part heading says', () => {
    expect(meta(['某某县政协工作报告 （2023年12月27日在政协某某县第九届委员会第三次会议上）'])).toMatchObject({ reviewYear: 2023, planYear: 2024 });
    expect(meta(['某某县政协工作报告 （2023年8月27日在政协某某县第九届委员会第三次会议上）'])).toMatchObject({ reviewYear: null, planYear: null });
  });
  it('does not cut a body sentence that merely mentions a report', () => {
    expect(meta(['会议听取了市政府工作报告 并进行了审议，提出意见建议45条。']).title).toBeNull();
  });
});

describe('a title broken before its last word', () => {
  it('joins a lone report word to the organ line above it, in both scripts', () => {
    expect(meta(['仙居县人民代表大会常务委员会', '工作报告', '（2024年1月10日在仙居县第十七届人民代表大会第三次会议上）']))
      .toMatchObject({ title: '仙居县人民代表大会常务委员会工作报告', body: 'npc', locality: '仙居县', meetingDate: '2024-01-10' });
    expect(meta(['仙居縣人民代表大會常務委員會', '工作報告']).title).toBe('仙居縣人民代表大會常務委員會工作報告');
  });
  it('joins a title set on three lines under 中国人民政治协商会议', () => {
    const m = meta(['中国人民政治协商会议', '温州市鹿城区第十届委员会', '常务委员会工作报告', '（2024年1月7日在政协温州市鹿城区第十届委员会第三次会议上）']);
    expect(m).toMatchObject({ title: '中国人民政治协商会议温州市鹿城区第十届委员会常务委员会工作报告', locality: '温州市鹿城区', session: '第十届' });
  });
  it('joins a year and report word to a 纪委 / 监委 line', () => {
    expect(meta(['中共淳安县纪委 淳安县监委', '2023年工作总结'])).toMatchObject({ title: '中共淳安县纪委 淳安县监委2023年工作总结', locality: '淳安县', body: 'party' });
  });
  it('does not join a report word to a line that is not an organ', () => {
    expect(meta(['关于开展专题调研的通知', '工作报告', '各位代表：']).title).toBeNull();
  });
});

describe('a party report with a slogan title', () => {
  const lines = [
    '坚定不移推进全面从严治党 为奋力打造现代化常山提供坚强保障',
    '——在中国共产党常山县第十五届纪律检查委员会第三次全体会议上的工作报告',
    '（二〇二四年一月二十六日）',
    '县纪委书记、县监委主任　李建平',
    '同志们：',
  ];
  it('takes the slogan as the title, the place without the party name, the date from the next line', () => {
    expect(meta(lines)).toMatchObject({
      title: '坚定不移推进全面从严治党 为奋力打造现代化常山提供坚强保障', body: 'party', locality: '常山县',
      session: '第十五届', meetingDate: '2024-01-26', speaker: '李建平', speakerPost: '县纪委书记、县监委主任',
    });
  });
  it('reads the traditional form and a subtitle on the title line', () => {
    const m = meta([
      '堅定不移推進全面從嚴治黨 為高質量發展提供堅強保障——在中國共產黨常山縣第十五屆紀律檢查委員會第三次全體會議上的工作報告',
      '(2024年1月26日)', '同志們：',
    ]);
    expect(m).toMatchObject({ title: '堅定不移推進全面從嚴治黨 為高質量發展提供堅強保障', locality: '常山縣', meetingDate: '2024-01-26', body: 'party' });
  });
  it('does not take a dated line that is not parenthesised, or a dashed line that is not a meeting subtitle', () => {
    expect(meta(['——在中国共产党常山县第十五届纪律检查委员会第三次全体会议上的工作报告', '2024年1月26日 来源：清廉常山']).meetingDate).toBeNull();
    expect(meta(['深入推进清廉建设', '——记某某县纪委监委', '同志们：']).title).toBeNull();
    expect(meta(['2024-02-02', '——在中国共产党常山县第十五届纪律检查委员会第三次全体会议上的工作报告']).title)
      .toBe('在中国共产党常山县第十五届纪律检查委员会第三次全体会议上的工作报告');
  });
});

describe('a slogan title over an undated 全会 subtitle', () => {
  it('reads place and kind from the subtitle', () => {
    const m = meta(['凝心聚力 奋力开创高质量发展新局面', '——在中共开化县委十五届五次全会上的报告', '同志们：']);
    expect(m).toMatchObject({ title: '凝心聚力 奋力开创高质量发展新局面', locality: '开化县', body: 'party', kind: 'work-report', meetingDate: null });
  });
  it('joins a year and report word to a 纪律检查委员会 line and finds the place inside it', () => {
    expect(meta(['中共开化县纪律检查委员会', '2023年工作总结', '一、主要工作']))
      .toMatchObject({ title: '中共开化县纪律检查委员会2023年工作总结', locality: '开化县', body: 'party', reviewYear: 2023 });
  });
});

describe('party organs naming their place', () => {
  it('reads the place before 纪委监委, 县委 and 市委', () => {
    expect(meta(['开化县纪委监委2023年上半年工作总结和下半年工作打算'])).toMatchObject({ locality: '开化县', body: 'party', kind: 'half-year' });
    expect(meta(['中共江山市委2023年工作总结和2024年工作思路'])).toMatchObject({ locality: '江山市', body: 'party' });
    expect(meta(['開化縣紀委監委2023年上半年工作總結'])).toMatchObject({ locality: '開化縣', body: 'party' });
  });
  it('does not take 市委 in a leadership phrase as the body', () => {
    expect(meta(['在市委的坚强领导下，县政府工作取得新进展']).body).not.toBe('party');
  });
});

describe('compound posts', () => {
  it('keeps every part joined by 、', () => {
    expect(meta(['某某报告', '市纪委书记、市监委主任 郑立群', '同志们：'])).toMatchObject({ speaker: '郑立群', speakerPost: '市纪委书记、市监委主任' });
    expect(meta(['某某报告', '市政協黨組書記、主席 胡志強', '各位委員：'])).toMatchObject({ speaker: '胡志強', speakerPost: '市政協黨組書記、主席' });
    expect(meta(['政府工作报告', '县委副书记、县长 王小平', '各位代表：'])).toMatchObject({ speakerPost: '县委副书记、县长', body: 'government' });
  });
  it('does not read a list of attendees as a byline', () => {
    expect(meta(['某某报告', '市政协主席张三、副主席李四出席会议。']).speaker).toBeNull();
  });
});

describe('places read from titles that open with a year or a place', () => {
  it('drops a leading year and completes a district with its city from the meeting line', () => {
    const m = meta(['2022年夷陵區政府工作報告', '——2022年1月6日在宜昌市夷陵區第十屆人民代表大會第一次會議上', '區長 劉曉東', '各位代表：']);
    expect(m).toMatchObject({ locality: '宜昌市夷陵區', body: 'government', meetingDate: '2022-01-06', speakerPost: '區長' });
  });
  it('reads a place followed by a year', () => {
    expect(meta(['蒲江县2023年上半年工作总结和下半年工作打算']).locality).toBe('蒲江县');
  });
  it('does not prepend a province', () => {
    expect(meta(['义乌市政协工作报告', '（2024年1月7日在浙江省义乌市政协第十届委员会第三次会议上）']).locality).toBe('义乌市');
  });
});

describe('the publishing office as the last word on the body', () => {
  it('reads 来源 when title and byline name no body', () => {
    const m = meta(['蒲江县2023年上半年工作总结和下半年工作打算', '今年以来，全县经济运行稳中向好。'], ['来源：蒲江县人民政府办公室    发布时间：2023-07-18 09:15']);
    expect(m).toMatchObject({ body: 'government', publishDate: '2023-07-18' });
  });
  it('lets the title win over the office and ignores a newspaper source', () => {
    expect(meta(['某某县政协2023年工作总结'], ['来源：某某县人民政府办公室']).body).toBe('cppcc');
    expect(meta(['某某县2023年上半年工作总结'], ['来源：某某日报']).body).toBe('other');
  });
});
