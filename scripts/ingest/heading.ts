/**
 * What a heading says: its number (`7.`, `2.1`) and the question or section title after it.
 * Works on the heading's text, never on Markdown syntax (the parser already did that).
 */
export interface HeadingLabel {
  /** 7 for "7.", "2.1" for "2.1 …", null when the heading is not numbered. */
  index: number | string | null;
  /** The heading without its number, trimmed; may be empty ("### 7."). */
  title: string;
}

// A number counts only when a separator follows it, so "3D 视觉" or "2024年" stay titles.
const PUNCTUATION = '[.、．:：)）]';
/** A bar after the number, spaced or not: 「01｜标题」, 「01 | 标题」, 「01丨标题」 (丨 stands in for a bar in Chinese layouts). */
const BAR = '[｜|丨]';
/** A dash between spaces, as in 「10 - 如何评估？」 (not 「3-5 岁」). */
const DASH = String.raw`\s*[-–—]{1,2}\s+`;
/** A middle dot, spaced or not: 「Q3·标题」, 「Q3 · 标题」 (GitHub and Notion FAQs). */
const MIDDLE_DOT = '[·・•･]';
const SEPARATOR = String.raw`(?:${PUNCTUATION}\s*|\s*${BAR}\s*|\s*${MIDDLE_DOT}\s*|${DASH}|\s+|$)`;
/** Digits as typed, full-width ones (１２) included: Chinese input methods produce both. */
const DIGIT = '[0-9０-９]';
const NUMBERED = new RegExp(String.raw`^(${DIGIT}{1,4}(?:[.．]${DIGIT}{1,4})*)${SEPARATOR}([\s\S]*)$`, 'u');
/**
 * Chinese numerals as question numbers are written: the everyday ones and the financial ones that
 * formal documents use (壹、贰、 … 拾壹、).
 */
const HAN_NUMERAL = '[零〇一二三四五六七八九十百壹贰貳叁參肆伍陆陸柒捌玖拾佰]';
/**
 * Units a writer counts the parts of one article in: 段, 节, 章, 讲, 课, 条, 则, 回, 手 (a game's moves),
 * 步, 站, 关, 部分. Not the units that number a series (第3期, 第5集, 第2篇): 「第3期｜本周问答」 is an issue.
 */
const ORDINAL_UNIT = '段|节|章|讲|课|条|则|回|手|步|站|关|部分';
/** Bracket pairs a number may stand in: 【3】, 〔一〕, 〈1〉, 《3》, 〖3〗, 〘3〙, ［3］, [3]. */
const NUMBER_BRACKETS = ['【】', '〔〕', '〈〉', '《》', '〖〗', '〘〙', '［］', '[]'];
const escaped = (ch: string) => ch.replace(/[[\]]/gu, '\\$&');
/**
 * The other ways Chinese writers number questions: 第3题 / 第三题, Q3 / 问题3 / 问题三 / 问3 / 面试题 3 / No.3,
 * 三、 / 三）, (3) / （3）, 其一：, a number in brackets, a word before a number and a bar (答疑01｜).
 * Each marks the number as a number (题, Q, 、, brackets, a bar), so a title that merely starts with one
 * (第二代模型, 十大趋势, Q4财报, 其一是) is not cut.
 */
const OTHER_NUMBERINGS = [
  new RegExp(String.raw`^第\s*(${DIGIT}{1,4}|${HAN_NUMERAL}{1,4})\s*[题问](?:${PUNCTUATION}\s*|\s*${BAR}\s*|\s*)([\s\S]*)$`, 'u'),
  // An ordinal with the unit the parts are counted in (第3段, 第十二节, 第8手, 第二讲, 第5步), then a
  // space, a mark or a bar: 「第一手资料」 goes on without one; 「第二代模型」, 「第一次用」 count otherwise.
  new RegExp(
    String.raw`^第\s*(${DIGIT}{1,4}|${HAN_NUMERAL}{1,4})\s*(?:${ORDINAL_UNIT})(?:${PUNCTUATION}\s*|\s*${BAR}\s*|\s*${MIDDLE_DOT}\s*|\s+)(\S[\s\S]*)$`,
    'u',
  ),
  // Q3, Q.3, Q-03, 问题3 / 问题三, 面试题 3, 题目 3, 考点 3, 知识点 3, No.3, #3.
  new RegExp(
    String.raw`^(?:(?:question|q|ｑ|no)(?:\.|\s*[-－–_])?|问题|面试题|题目|考点|知识点|问|题|№|[#＃])\s*(${DIGIT}{1,4}|${HAN_NUMERAL}{1,4})${SEPARATOR}([\s\S]*)$`,
    'iu',
  ),
  // Roman numerals as formal documents number their parts: Ⅲ、 / Ⅲ 标题 / III. (an ASCII one only
  // before a separator and no Latin letter or digit, so 「I think」, 「IV 期临床」, 「X.509」 stay titles).
  /^([\u2160-\u216B])(?:[.、．)）]|\s)\s*([\s\S]*)$/u,
  /^(X{0,3}(?:IX|IV|V?I{0,3}))[.、．)）](?![A-Za-z0-9])\s*([\s\S]*)$/u,
  // In brackets: 【3】, 【Q3】, 【第3题】, 【面试题 3】, 〔一〕, 〈1〉.
  ...NUMBER_BRACKETS.map(
    ([open = '', close = '']) =>
      new RegExp(
        String.raw`^${escaped(open)}\s*(?:面试题|题目|问题|第|q|ｑ)?\s*(${DIGIT}{1,4}|${HAN_NUMERAL}{1,4})\s*[题问]?\s*${escaped(close)}\s*([\s\S]*)$`,
        'iu',
      ),
  ),
  // One character each: circled ① … ⑳ and ㉑ … ㊿, bracketed ⑴ … ⒇, with a full stop ⒈ … ⒛,
  // negative and sans-serif circled ❶ … ❿, ➀ … ➓, ⓫ … ⓴, double-circled ⓵ … ⓾.
  /^([\u2460-\u249B\u24EB-\u24FE\u2776-\u2793\u3251-\u325F\u32B1-\u32BF])\s*([\s\S]*)$/u,
  new RegExp(String.raw`^(${HAN_NUMERAL}{1,4})[、．.）)]\s*([\s\S]*)$`, 'u'),
  new RegExp(String.raw`^其\s*(${HAN_NUMERAL}{1,3})\s*[：:、，,．.]\s*([\s\S]*)$`, 'u'),
  /^[（(]\s*(\d{1,4}|[一二三四五六七八九十]{1,3})\s*[)）]\s*([\s\S]*)$/u,
  new RegExp(String.raw`^\p{Script=Han}{1,4}\s*(${DIGIT}{1,4})\s*${BAR}\s*([\s\S]*)$`, 'u'),
];

/**
 * Programmers' and security writers' hexadecimal numbering: 「0x01 什么是 RAG？」, 「0x0A」. 「0x00
 * 前言」 is the preface before the first question, not a question: it keeps no number.
 */
const HEX_NUMBERED = new RegExp(String.raw`^0[xX]([0-9a-fA-F]{1,4})${SEPARATOR}([\s\S]*)$`, 'u');

/**
 * A thread's numbering, the number over the count: 「3/17 标题」 (a reader sees how far along they
 * are). Not a ratio: the number is at most the count, and 「1/3 的显存就够了吗」 goes on with 的.
 */
const OF_COUNT = new RegExp(
  String.raw`^(${DIGIT}{1,4})\s*[/／]\s*(${DIGIT}{1,4})(?:${PUNCTUATION}\s*|\s*${BAR}\s*|\s+)(?![的倍之])(\S[\s\S]*)$`,
  'u',
);

/** The section sign as legal and engineering documents number their parts: 「§3 标题」, 「§ 2.1 标题」. */
const SECTION_SIGN = new RegExp(String.raw`^§\s*(?=${DIGIT})`, 'u');

/** A time in a recording (show notes, video chapters): 「00:12:10 」, 「[12:10] 」. Not a number. */
const TIMESTAMP = /^[[(（【]?(?:\d{1,2}[:：])?\d{1,2}[:：]\d{2}[\])）】]?\s+(?=\S)/u;

export function parseHeadingLabel(text: string): HeadingLabel {
  // An emoji before the number decorates it (「🤔 1. 什么是 RAG？」).
  // Zero-width characters (pasted from web pages) are invisible and would lead the title. A keycap
  // emoji (「3️⃣ 什么是 RAG？」, 🔟) is a number as WeChat posts write one; a run of them is one number
  // (「1️⃣2️⃣」 is 12, not 1 followed by a title that starts 「2️⃣」).
  const trimmed = text
    .replace(/[\u200B\u200C\u2060\uFEFF]/gu, '')
    .trim()
    .replace(/^(?:[0-9]\uFE0F?\u20E3)+\s*/u, (keycaps) => `${keycaps.replace(/[^0-9]/gu, '')}. `)
    .replace(/^\u{1F51F}\s*/u, '10. ')
    .replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*/u, '');
  if (TIMESTAMP.test(trimmed)) return { index: null, title: questionOnly(trimmed.replace(TIMESTAMP, '')) };
  const match = NUMBERED.exec(trimmed.replace(SECTION_SIGN, ''));
  if (match) {
    const [, typed = '', rest = ''] = match;
    const number = typed.normalize('NFKC');
    const index = number.includes('.') ? number : Number(number);
    return { index, title: questionOnly(rest.trim()) };
  }
  const hex = HEX_NUMBERED.exec(trimmed);
  if (hex) {
    const value = Number.parseInt(hex[1] ?? '0', 16);
    return { index: value > 0 ? value : null, title: questionOnly((hex[2] ?? '').trim()) };
  }
  const [, numberText = '', countText = '', rest = ''] = OF_COUNT.exec(trimmed) ?? [];
  const [number, count] = [numberText, countText].map((n) => Number(n.normalize('NFKC')));
  if (rest !== '' && number !== undefined && count !== undefined && number >= 1 && number <= count)
    return { index: number, title: questionOnly(rest.trim()) };
  for (const pattern of OTHER_NUMBERINGS) {
    const other = pattern.exec(trimmed);
    const index = other ? numberOf(other[1] ?? '') : null;
    if (index !== null) return { index, title: questionOnly((other?.[2] ?? '').trim()) };
  }
  return { index: null, title: questionOnly(trimmed) };
}

/**
 * Section numbers with a hyphen between levels, as textbooks and wikis write 章-节 (「2-1 课程怎么排」
 * under 「2 核心概念」): the number as 2.1, given the part before the last hyphen it must carry
 * (`prefix`, the number of the heading above) or any when that is unknown. Whether it counts on from
 * the sections before it is for the caller (split.ts), which knows them: a heading may open with a
 * range instead (「3-5 岁的孩子能用吗」).
 */
const HYPHENATED = new RegExp(String.raw`^(${DIGIT}{1,4}(?:[-－–]${DIGIT}{1,4})+)(?:${PUNCTUATION}\s*|\s+)(\S[\s\S]*)$`, 'u');
export function hyphenatedLabel(text: string, prefix?: string): HeadingLabel | null {
  const match = HYPHENATED.exec(text.trim());
  if (!match) return null;
  const levels = (match[1] ?? '').normalize('NFKC').split(/[-–]/u).map(Number);
  if (prefix !== undefined && levels.slice(0, -1).join('.') !== prefix) return null;
  return { index: levels.join('.'), title: questionOnly((match[2] ?? '').trim()) };
}

/**
 * Who asked is not the question: chat digests and forum threads name the asker before it
 * (「@小王：LoRA 的秩取多大？」). The heading keeps it (the entry's provenance quotes the heading
 * verbatim); the question is what follows. Only a name with no space, at most 20 characters, right
 * before a colon, and never the whole heading.
 */
const ASKER = /^[@＠][^\s:：@＠]{1,20}\s*[:：]\s*(\S[\s\S]*)$/u;
/**
 * Meeting minutes tag a question with who asked it, in a bracket (「【理赔部 · @周凯】…」). Only a
 * bracket that @mentions someone: other tags (「【高频】」) may say something about the question.
 */
const ASKER_TAG = /^【[^【】@＠]{0,20}[@＠][^【】]{1,20}】\s*(\S[\s\S]*)$/u;
/** A label that only says "question" (「问：…」, 「Q: …」) is not part of it either. */
const QUESTION_LABEL = /^(?:问|提问|q|ｑ|question)\s*[:：]\s*(\S[\s\S]*)$/iu;
/** The heading's title without a question label and an asker (or an asker's tag) before it. */
function questionOnly(title: string): string {
  const untagged = ASKER_TAG.exec(title)?.[1] ?? title;
  const unlabelled = QUESTION_LABEL.exec(untagged)?.[1] ?? untagged;
  return ASKER.exec(unlabelled)?.[1] ?? unlabelled;
}

const HAN_DIGITS: Readonly<Record<string, number>> = Object.fromEntries(
  ['零〇', '一壹', '二贰貳', '三叁參', '四肆', '五伍', '六陆陸', '七柒', '八捌', '九玖'].flatMap((chars, d) =>
    [...chars].map((ch) => [ch, d]),
  ),
);
/** Numbers written as one character: the first and last of each run and the number of the first. */
const SINGLE_NUMBERS: readonly (readonly [string, string, number])[] = [
  ['\u2460', '\u2473', 1], // ① … ⑳
  ['\u2474', '\u2487', 1], // ⑴ … ⒇
  ['\u2488', '\u249B', 1], // ⒈ … ⒛
  ['\u24EB', '\u24F4', 11], // ⓫ … ⓴
  ['\u24F5', '\u24FE', 1], // ⓵ … ⓾
  ['\u2776', '\u277F', 1], // ❶ … ❿
  ['\u2780', '\u2789', 1], // ➀ … ➉
  ['\u278A', '\u2793', 1], // ➊ … ➓
  ['\u3251', '\u325F', 21], // ㉑ … ㉟
  ['\u32B1', '\u32BF', 36], // ㊱ … ㊿
];

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** 3, 三, 十三, 二十, 一百零五, Ⅲ, XII → the number; null for anything else. */
function numberOf(text: string): number | null {
  const ascii = text.normalize('NFKC');
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  if (/^[IVX]+$/u.test(ascii)) {
    let total = 0;
    [...ascii].forEach((ch, i) => {
      const value = ROMAN[ch]!;
      total += value < (ROMAN[ascii[i + 1] ?? ''] ?? 0) ? -value : value;
    });
    return total > 0 ? total : null;
  }
  const single = text.length === 1 ? SINGLE_NUMBERS.find(([from, to]) => text >= from && text <= to) : undefined;
  if (single) return text.charCodeAt(0) - single[0].charCodeAt(0) + single[2];
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = Object.hasOwn(HAN_DIGITS, ch) ? HAN_DIGITS[ch]! : -1;
    if (d >= 0) digit = d;
    else if (ch === '十' || ch === '拾' || ch === '百' || ch === '佰') {
      total += (digit ?? 1) * (ch === '十' || ch === '拾' ? 10 : 100);
      digit = null;
    } else return null;
  }
  const value = total + (digit ?? 0);
  return value > 0 ? value : null;
}

/** A decorated pseudo-title such as ` ############### 标题 ###############` (7+ `#`, not a heading). */
export function decoratedTitle(paragraphText: string): string | null {
  const match = /^\s*#{7,}\s*(.*?)\s*#*\s*$/u.exec(paragraphText);
  const title = match?.[1]?.trim();
  return title ? title : null;
}

/**
 * A plain line that opens an article as its name: one short line, not a sentence, not a question,
 * with more text after it (「大模型面试高频问答（公众号整理）」 at the top of a pasted page). A longer or
 * punctuated first line is the article's opening prose.
 */
/** A caption's or a record's field label at the start of a line: 题图：, 报告编号：, 证券代码：, 编者按：, Title:, _model:. */
const FIELD_LABEL = new RegExp(
  `^(?:[^：:\\s]{0,4}(?:${[
    '题图 配图 图片 封面 图 作者 译者 来源 出处 原文 原标题 标题 编辑 责编 审校 校对 摄影 撰文 文',
    '代码 简称 编号 号 标签 分类 关键词 关键字 摘要 导读 日期 时间 链接 地址 版权 声明 编者按 按 注 备注 说明 更新 阅读 字数 发布 发表 转载 版本 状态 密级',
  ]
    .join(' ')
    .split(' ')
    .join('|')})|[A-Za-z_][\\w -]{0,24})\\s*[：:]`,
  'u',
);

export function plainTitle(paragraphText: string): string | null {
  const text = paragraphText.trim();
  if (text === '' || text.includes('\n') || [...text].length > 40) return null;
  if (/[。！？!?：:；;，,、…]$/u.test(text) || /[？?]/u.test(text)) return null;
  // A label, a list item or a line of markup is not a name; nor a breadcrumb (首页 > 财经), a byline
  // with a date or time, or a caption or field (题图：…, 证券代码：…, Title: …). A name before a colon
  // is not a field (「老王单车铺：我们店是怎么用上大模型的」): what names a field is its last word.
  if (/^(?:[-*+>|#]|\d+[.、)）]|[（(]?[一二三四五六七八九十]+[、.)）])/u.test(text)) return null;
  if (/\s[>›»/]\s|\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}|^原创\s/u.test(text) || FIELD_LABEL.test(text)) return null;
  // A page's running head (「· 236 ·」, then wide spaces, then the book's title) is laid out with runs of spaces.
  if (/^[·•]|\s{3,}|\u3000{2,}/u.test(text)) return null;
  return /\p{L}/u.test(text) ? text : null;
}
