// Who delivered the report and in what post: "作者: 义乌市政协主席 葛国庆", "市政協主席 黃 云",
// "義烏市人民代表大會常務委員會主任 丁政", or the post on one line and the name on the next
// (国务院总理 / 李强). The post starts after any label or news source.
import { bareName } from './names';

/**
 * Roles are an open class: 主席, 主任, 书记 and any head (…长) of a government or office at any level,
 * the banner and league heads of Inner Mongolia (旗长, 盟长) included; 代 or 第一 before them is part
 * of the post. 增长, 成长, 家长 do not name an office, so the character before 长 must.
 */
const ROLE = '(?:副总理|副總理|总理|總理|副委员长|副委員長|委员长|委員長|常务副主席|常務副主席|副主席|主席|副主任|主任|书记|書記|秘书长|秘書長|[省市县縣区區州旗盟镇鎮乡鄉局厅廳院署]长|[省市县縣区區州旗盟镇鎮乡鄉局厅廳院署]長)';
/**
 * Name: 2-4 Han characters, or single characters spaced out (黃 云); a byline ends there, so the name
 * must be followed by a space, a bracket or the end (市政协主席张三、副主席李四出席 is body text); a
 * byline in brackets closes right after the name: （区人大常委会主任　孙立新）.
 */
const NAME = '(\\p{Script=Han}{2,4}|\\p{Script=Han}(?: \\p{Script=Han}){1,3})(?=\\s|$|[(（)）])';
/** A compound post joins posts with 、 (市纪委书记、市监委主任); each part ends in a role. */
const POST = `(?:\\p{Script=Han}{0,30}?${ROLE}、)*\\p{Script=Han}{0,30}?${ROLE}`;
const BYLINE = new RegExp(`(${POST})\\s*${NAME}`, 'gu');
/** Every byline holds a role word; a segment without one is passed over before the costly scan. */
const HAS_ROLE = new RegExp(ROLE, 'u');
/** Things before a post that are not part of it: labels, and the paper or site the text came from. */
const SOURCE_END = /^.*(?:[:：·•|]|会议上|會議上|日报|日報|晚报|晚報|商报|商報|报社|報社|网|網|电视台|電視台|新闻|新聞|来源|來源|作者|发布|發布)/u;
/** A post names a body; a bare 主席 or 主任 followed by a name is not enough to be sure. */
const POST_BODY = /(国务院|國務院|全国|全國|政协|政協|人大|人民代表大|常务委员会|常務委員會|委员会|委員會|政府|[省市县縣区區州旗盟镇鎮乡鄉]|党|黨|纪委|紀委|监委|監委)/u;
/**
 * Words that look like names after a role but open the body text; 向 opens 向大会报告 but is also a
 * surname (向诗兵), so only 向 before the audience is refused.
 */
const NOT_NAME = /^(各位|同志|在|的|和|等|代表|委员|委員|讲话|講話|报告|報告|作|向(?:大|全|各|会|會|代|委))/u;

export interface SpeakerHit { speaker: string; speakerPost: string | null }

export function findSpeaker(segments: string[]): SpeakerHit | null {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const apart = postThenName(seg, segments[i + 1]);
    if (apart) return apart;
    const role = HAS_ROLE.exec(seg);
    if (!role) continue;
    // A post reaches at most 30 characters (60 code units) before its first role word: start there.
    let from = Math.max(0, role.index - 60);
    if (from > 0 && seg.charCodeAt(from) >= 0xdc00 && seg.charCodeAt(from) < 0xe000) from--;
    BYLINE.lastIndex = from;
    for (const m of seg.matchAll(BYLINE)) {
      const hit = toHit(m[1]!, m[2]!);
      if (hit) return hit;
    }
  }
  return null;
}

const POST_ONLY = new RegExp(`^(?:${POST})$`, 'u');

/** A post alone on its line and a name alone on the next: 国务院总理 / 李强. */
function postThenName(seg: string, next: string | undefined): SpeakerHit | null {
  if (next === undefined || seg.length > 40 || !HAS_ROLE.test(seg)) return null;
  const post = seg.replace(SOURCE_END, '').replace(/^(作者|报告人|報告人)/u, '').trim();
  const name = bareName(next);
  return name && POST_ONLY.test(post) && POST_BODY.test(post) ? { speaker: name, speakerPost: post } : null;
}

function toHit(rawPost: string, rawName: string): SpeakerHit | null {
  const name = rawName.replace(/\s+/g, '');
  if (NOT_NAME.test(name)) return null;
  const post = rawPost.replace(SOURCE_END, '').replace(/^(作者|来源|來源|信息来源|信息來源)/u, '');
  if (!POST_BODY.test(post)) return null;
  return { speaker: name, speakerPost: post };
}
