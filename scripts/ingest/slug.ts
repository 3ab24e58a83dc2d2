/**
 * Slugs (used by permalinks.ts in assemble): readable ASCII URLs from Chinese text (pinyin, no tones) with pinyin-pro.
 * Uniqueness and stability live in permalinks.ts; this module only turns text into words.
 */
import ModernDict from '@pinyin-pro/data/modern';
import { addDict, pinyin } from 'pinyin-pro';
import { titleWithFormulas } from '../../src/lib/markdown/title-math.ts';

// pinyin-pro's built-in dictionary reads a character many words share by the commonest reading
// when it cuts a title into words the wrong way: 长上下文 zhang-shang-xia-wen, 最大生成长度
// …sheng-cheng-zhang-du (成长), 调用 tiao-yong, 行业大模型 xing-ye. Its modern-Chinese word list, from
// the same project, reads them chang, diao, hang; a reader who shares a link sees the words it says.
// Over the test articles' 3,282 headings it changes 46; of the 40 read, 31 are such corrections
// (这一行 hang, 现行 xing, 改不了 liao, 一模一样 mo), 4 read worse (薄弱 bao, 曝光 pu, 音乐 le,
// 采血 xie) and the rest either way. None of the five articles' titles reads otherwise, and a
// question's published slug never changes (permalinks.ts): it names new questions better, not old
// ones anew.
addDict(ModernDict);

const MAX_LENGTH = 72;

export function slugify(text: string, maxLength = MAX_LENGTH): string {
  const syllables = pinyin(withoutTexCommands(text).normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables.flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}

/** First free variant of `base` (`base`, `base-2`, `base-3` …). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A title's formulas without their TeX commands: 「体积 $V = l \\times w$」 reads v-l-w, not
 * v-l-times-w, and 「$\\mathcal{L}$」 reads l. The letters and numbers of a formula are what a
 * reader sees; its commands are markup.
 */
function withoutTexCommands(text: string): string {
  return titleWithFormulas(text, (tex) => tex.replace(/\\[A-Za-z]+/gu, ' '));
}
