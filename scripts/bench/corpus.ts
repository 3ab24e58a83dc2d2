/**
 * Synthetic corpora for the scaling benchmark: N× the real articles, every copy a plausible,
 * distinct article. Copy 0 is the real articles verbatim (so 1× is the real site); copy k ≥ 1 of
 * each article gets
 *   - a new file name (`0137_…txt`, so a new article slug),
 *   - a qualifier in every heading's first clause (`什么是大模型（杭州·金融场景 第 27 辑）？`), so its
 *     questions do not all merge with copy 0's — a real corpus of hundreds of articles repeats some
 *     questions, most not,
 *   - synonyms swapped word by word with a seeded generator (提高/提升/增强, 方法/方式/手段 …), the
 *     application domains rotated (医疗 → 金融 …) and numbers shifted, so no two entries have the
 *     same text while the vocabulary stays what real articles use (an index of random strings would
 *     grow faster than a real one).
 * Fenced code and display math are left alone (Mermaid and Python must stay valid). Deterministic:
 * the same scale always gives the same bytes.
 */

export interface SourceText {
  file: string;
  text: string;
}

const SYNONYMS: string[][] = [
  ['提高', '提升', '增强'],
  ['使用', '采用', '运用'],
  ['方法', '方式', '手段'],
  ['重要', '关键', '核心'],
  ['可以', '能够'],
  ['进行', '开展', '实施'],
  ['问题', '难题'],
  ['通过', '借助', '凭借'],
  ['例如', '比如', '譬如'],
  ['实现', '达成'],
  ['分析', '剖析'],
  ['快速', '迅速'],
  ['复杂', '繁杂'],
  ['大量', '海量'],
  ['显著', '明显'],
  ['有效', '高效'],
  ['需要', '需'],
  ['包括', '包含', '涵盖'],
  ['能力', '本领'],
  ['领域', '行业'],
  ['准确', '精确'],
  ['优化', '改进', '调优'],
  ['广泛', '普遍'],
  ['降低', '减少', '削减'],
];

/** Rotated per copy: 医疗 → 金融 → 教育 … (a permutation, so one article never gains duplicates). */
const DOMAINS = [
  '医疗',
  '金融',
  '教育',
  '交通',
  '零售',
  '制造',
  '能源',
  '农业',
  '法律',
  '游戏',
  '物流',
  '安防',
  '政务',
  '媒体',
  '保险',
  '旅游',
];
const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '成都',
  '武汉',
  '西安',
  '南京',
  '重庆',
  '天津',
  '苏州',
  '长沙',
  '郑州',
  '青岛',
  '厦门',
];
const SCENES = ['金融场景', '医疗场景', '政务场景', '工业场景', '教育场景', '电商场景', '客服场景', '科研场景'];

/** mulberry32: tiny, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const synonymOf = new Map<string, string[]>(SYNONYMS.flatMap((group) => group.map((w) => [w, group] as [string, string[]])));
const WORDS = new RegExp(
  [...synonymOf.keys(), ...DOMAINS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|'),
  'gu',
);

const HEADING = /^(#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?)(.*?)([ \t]*#*[ \t]*)$/u;
const DECORATED = /^(\s*#{7,}[ \t]*)(.*?)([ \t]*#{7,}[ \t]*)$/u;
const CLAUSE_END = /[？?，,；;。!！]/u;
const FENCE = /^[ \t]*(`{3,}|~{3,})/u;

function qualify(text: string, qualifier: string): string {
  const m = CLAUSE_END.exec(text);
  return m ? `${text.slice(0, m.index)}${qualifier}${text.slice(m.index)}` : `${text}${qualifier}`;
}

/** Copy `copy` (≥ 1) of one article. */
export function varyArticle(source: SourceText, copy: number, articleIndex: number, articles: number): SourceText {
  const random = rng(hash(`${source.file}#${copy}`));
  const city = CITIES[copy % CITIES.length]!;
  const scene = SCENES[Math.floor(copy / CITIES.length) % SCENES.length]!;
  const qualifier = `（${city}·${scene} 第 ${copy} 辑）`;
  const reword = (text: string) =>
    text.replace(WORDS, (word) => {
      const d = DOMAINS.indexOf(word);
      if (d >= 0) return DOMAINS[(d + copy) % DOMAINS.length]!;
      const group = synonymOf.get(word)!;
      return group[Math.floor(random() * group.length)]!;
    });
  const lines = source.text.split('\n');
  let fence: string | null = null;
  let displayMath = false;
  const out = lines.map((line) => {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      return line;
    }
    if (f) {
      fence = f[1]!;
      return line;
    }
    if (line.trim() === '$$' || (line.trim().startsWith('$$') && !line.trim().slice(2).includes('$$'))) {
      displayMath = !displayMath;
      return line;
    }
    if (displayMath) return line;
    const decorated = DECORATED.exec(line);
    if (decorated) return `${decorated[1]}${qualify(reword(decorated[2]!), qualifier)}${decorated[3]}`;
    const heading = HEADING.exec(line);
    if (heading && heading[2]!.trim() !== '') return `${heading[1]}${qualify(reword(heading[2]!), qualifier)}${heading[3]}`;
    return reword(line).replace(/\d+/gu, (digits) => String(Number(digits) + copy));
  });
  const stem = source.file.replace(/^\d+[_\-. ]?/u, '');
  const number = String(copy * articles + articleIndex).padStart(4, '0');
  return { file: `${number}_${stem}`, text: out.join('\n') };
}

/** `scale` copies of the real articles: copy 0 verbatim, then varied copies. */
export function scaleCorpus(real: readonly SourceText[], scale: number): SourceText[] {
  const result: SourceText[] = [...real];
  for (let copy = 1; copy < scale; copy++) real.forEach((s, i) => result.push(varyArticle(s, copy, i, real.length)));
  return result;
}
