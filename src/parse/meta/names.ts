// Whether a short line is a person's name on its own (李强, 王 明, 欧阳 红): bylines often set the
// name on a line apart, under the post or under the meeting line. Chinese names open with a surname
// from a short list, which tells 沈国平 from a word such as 工作报告 or 各位代表.

/** Single-character surnames covering nearly every official's name, in both scripts where they differ. */
const SURNAMES = new Set([...
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付方邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬赖賴文施洪辛柴牛温溫庞龐樊兰蘭殷颜顏倪祝季左凌翟霍鲁魯葛关關柳尚骆駱欧歐甘安齐齊童卓房燕游岳申聂聶伍俞单單佟盛蓝藍詹连連曲纪紀包饶饒晏粟查符舒冉艾滕宁寧管穆谷裴焦路应應阮荣榮边邊鲍鮑褚梅华華乌烏巴木车車'
]);
const COMPOUND = /^(欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|夏侯|长孙|長孫|司徒|宇文|达尔|阿不)/u;
/** A name: 2-4 Han characters, spaces between them allowed (typeset names are padded: 王  明, 陈　静). */
const NAME_LINE = /^\p{Script=Han}(?:[ \u3000]*\p{Script=Han}){1,3}$/u;
/** Words that open with a surname character but are not names. */
const NOT_NAME = /(报告|報告|会议|會議|代表|委员|委員|同志|主席|主任|书记|書記|政府|工作|情况|情況|[省市县縣区區]长|[省市县縣区區]長|总理|總理|年|月|日)$|^(各位|全体|全體|同志|关于|關於)/u;

/** The name a line consists of, spaces removed, or null when the line is anything else. */
export function bareName(line: string): string | null {
  const text = line.trim();
  if (!NAME_LINE.test(text)) return null;
  const name = text.replace(/[ \u3000]+/gu, '');
  if (NOT_NAME.test(name)) return null;
  return SURNAMES.has(name[0]!) || COMPOUND.test(name) ? name : null;
}
