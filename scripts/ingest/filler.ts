import { FILLER_WORDS, hasHan, QUESTION_WORDS } from '../../src/lib/text/chinese.ts';

/**
 * Filler for comparing question headings (similar-questions.ts), removed as substrings before the
 * unknown rest of a heading is cut into character pairs: the question words and filler of
 * src/lib/text/chinese.ts (所谓, 请, 介绍 name nothing in a heading either), and the words that
 * set a heading's scene or phrase its question. Matched as substrings, not segmented words:
 * segmenting headings split terms the vocabulary does not know in ways that cost same-question
 * recall on the labelled tables. A single character still goes only where the segmenter cuts it
 * out as a word (withoutFiller).
 */
// prettier-ignore
export const SIMILARITY_FILLER = [
  '是怎样的', '是什么', '有哪些', '有什么', '怎么样', '什么样', '如何', '怎样', '怎么', '哪些', '什么', '请问', '简述', '主要', '常见', '领域', '方面',
  '之中', '当中', '具体', '一般', '通常', '可以', '能够', '应该', '需要', '还有', '这类', '一个', '一些', '过程', '以及', '进行', '实现',
  '是怎么一回事', '怎么一回事', '怎么回事', '一回事', '回事', '碰到', '遇到', '引入', '保证', '确保', '中', '的', '吗', '呢', '在', '和', '与', '及', '或', '把', '对', '会', '能', '要', '还', '了', '着', '里', '上', '下', '给', '被', '让', '将', '用',
  // Where and by whom a question is set, not what it asks: 「语音识别场景下」, 「图像识别任务里」, 「自动驾驶团队」.
  '场景', '任务', '行业', '团队', '方向', '发挥', '分析', '容易', '之后', '拿', '也', '想', '用户', '几年', '从哪里', '从哪', '哪来', '目前', '现在', '当前', '如今', '今天', '好',
  // Light verbs of 「拿大模型来做什么」, 「能干点啥」: what is done is the aspect (应用), not these.
  '来', '做', '干',
  // Hearsay and pointing words that frame a question without naming anything: 「老听人说 NLP…」,
  // 「大模型这东西…」, 「用在哪些地方」.
  '老听人说', '常听人说', '听人说', '反复说', '都说', '听说', '据说', '网上说', '这东西', '东西', '这件事', '这事', '地方', '最大的',
  // Adopting a model (as 引入 above): 「推荐系统里接入大模型以后」, 「客服机器人换成大模型之后」.
  '接入', '换成', '换上', '交给',
  // When: 「这两三年最新的进展」 asks what 「最新进展」 asks; 「接入大模型以后」 what 「接入大模型之后」 does.
  '这两三年', '两三年', '这几年', '近几年', '近年来', '以后', '以来', '之前',
  // Hedges and the verbs that frame a difficulty: 「实际能用在哪些场景」, 「还面临哪些问题」.
  '实际上', '实际', '其实', '面临', '面对', '存在', '没解决', '未解决',
  // Exam and interview instructions: 「结合实例，论述…」, 「说几个…的案例」, 「举例说明」.
  '结合实例', '举例说明', '举几个', '说几个', '论述', '阐述', '分析说明',
  // Scene-setting that widens, narrows or points (「放眼整个金融业」, 「放到整个汽车这一行」, 「跳出古籍这个小圈子」,
  // 「这一摊」), adopts (「接进所里的系统」), hedges or asks the listener (「你觉得」, 「说说」): they name nothing.
  '放眼', '放到', '放大到', '更大的范围', '更大范围', '范围看', '整个', '这一行', '跳出', '小圈子', '这一块', '这一摊', '这摊事', '一摊', '接进来', '接进', '接上', '直接', '普遍', '已经',
  '自己', '真要', '其他', '眼下', '除了', '反过来', '时候', '撞上', '碰上', '觉得', '如果', '要是', '谈谈', '说说', '讲讲',
  '问问', '一下', '下手', '几件事', '大概', '开场题', '开放题',
  // Question words and filler not listed above (src/lib/text/chinese.ts), single characters as words only.
  ...Object.keys(QUESTION_WORDS).filter(hasHan),
  ...[...FILLER_WORDS].filter(hasHan),
];

/** A heading phrased as a question (a question mark or a question word), not a section title. */
export function isPhrasedAsQuestion(heading: string): boolean {
  return /[？?]/u.test(heading) || Object.keys(QUESTION_WORDS).some((w) => hasHan(w) && heading.includes(w)) || /[吗呢]/u.test(heading);
}

/**
 * Where the question starts in a sentence that sets a scene and asks after a dash (「物流公司打算用
 * 大模型排班——它算错了谁担责任」): just after the last dash, when what follows asks something; 0
 * when there is no dash or nothing after it asks.
 */
export function questionAfterDash(sentence: string): number {
  const last = [...sentence.matchAll(/—+|-{2,}/gu)].at(-1);
  if (!last) return 0;
  const start = last.index + last[0].length;
  return isPhrasedAsQuestion(sentence.slice(start)) ? start : 0;
}

/**
 * The spans 「从 A 到 B」 of a heading (「从立项到四家店全上线」, 「从收数据一直到上线后的安全防护」),
 * each as [start, end) in `text`, up to the next punctuation. Idioms that name no endpoints
 * (从头到尾, 从零到一, 从无到有) are not spans.
 */
const SPAN = /从(?!头到尾|头至尾|零到一|无到有)[^,.:;?!，。：；？！、—]{1,24}?(?:一直)?到[^,.:;?!，。：；？！、—]{1,24}/gu;
export function fromToSpans(text: string): [number, number][] {
  return [...text.matchAll(SPAN)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * What a question asks the model to find in the material (「全景片上，模型能帮医生自动找出哪些问题」,
 * 「靠拍照挑釉面缺陷」, 「由模型指出“重心靠后”这些毛病」, 「把原有的划痕和漆面毛病圈出来」): the flaws of
 * the thing examined, which make a use, not the model's own. When the words between name the model
 * (「发现模型的问题」, 「把模型的毛病找出来」), the question is about the model again.
 */
const FINDING =
  /(?:找出|找到|查找|找|指出|挑出|挑|发现|识别出|识别|检测出|检测|检查出|查出|认出|看出|揪出|标出|圈出)([^,.:;?!，。：；？！—]{0,24})$/du;
/** The same verbs after their object, in a 把 sentence: 「把划痕、凹坑圈出来」. */
const DISPOSAL_OBJECT = /把([^,.:;?!，。：；？！—]{0,24})$/u;
const DISPOSAL_VERB = /^[^,.:;?!，。：；？！—]{0,12}?(?:找|挑|指|识别|检测|检查|查|认|看|揪|标|圈|筛)出来/u;
const NAMES_MODEL = /模型|AI|机器人|助手|算法|它/iu;
/** After the verb, words that make it a noun: 「识别中的挑战」, 「检测时的问题」 name the task's own difficulties. */
const VERB_AS_NOUN = /^(?:中|里|时|过程|方面|环节|上|的)/u;

/**
 * Whether the word at `start` of `text` is what the question asks to be found (FINDING, or the
 * object of a 把 sentence whose verb is one of them); `inTerm` says whether a character is inside a
 * term of the vocabulary (识别 in 图像识别 is no verb).
 */
export function isFoundInMaterial(text: string, start: number, inTerm: (at: number) => boolean = () => false): boolean {
  const from = Math.max(0, start - 32);
  const before = text.slice(from, start);
  const found = FINDING.exec(before);
  if (found) return !NAMES_MODEL.test(found[0]) && !VERB_AS_NOUN.test(found[1]!) && !inTerm(from + found.index);
  const object = DISPOSAL_OBJECT.exec(before);
  const verb = object && DISPOSAL_VERB.exec(text.slice(start));
  return !!verb && !NAMES_MODEL.test(object[1]!) && !NAMES_MODEL.test(verb[0]);
}

/**
 * Words that open what a question leaves out: 「跳出奶牛：整个农业里…」, 「不说空管：语音识别…」,
 * 「除了客服，…还能承担哪些角色」, 「…哪些用场？（不限于空管）」. What follows them up to the next
 * clause is the author's own corner, set aside so that the wider question can be asked.
 */
const SET_ASIDE_LEAD =
  '(?:跳出|抛开|撇开|撇去|先不谈|先不说|暂且不说|不说|不谈|除了|除去|除开|不只是|不只|不止是|不止|不光是|不光|不仅限于|不只限于|不局限于|不限于)';
const SET_ASIDE_CLAUSE = new RegExp(`(^|[,:;，：；、—])\\s*${SET_ASIDE_LEAD}[^,:;，：；()（）—?？]{0,16}?(?:[,:，：]|—+)`, 'gu');
const SET_ASIDE_BRACKET = new RegExp(`[(（]\\s*${SET_ASIDE_LEAD}[^()（）]{0,16}[)）]`, 'gu');

/** A heading without the clauses that name what it sets aside (SET_ASIDE_LEAD). */
export function withoutSetAside(heading: string): string {
  return heading.replace(SET_ASIDE_BRACKET, ' ').replace(SET_ASIDE_CLAUSE, '$1 ');
}
