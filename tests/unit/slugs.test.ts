/** Readable ASCII URLs and their stability (SPEC: "URLs and links"). */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { articleSlugs, EMPTY_LOCK, lockSchema, type PermalinkLock } from '../../scripts/ingest/permalinks.ts';
import { slugify, uniqueSlug } from '../../scripts/ingest/slug.ts';
import { classifyTopic, type ClassifyInput } from '../../scripts/ingest/classify/classify.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { entryById, FILES, HEAVY_TIMEOUT, overridesFrom, projectVocabulary, realSources, source } from './support/ingest.ts';

const vocabulary = projectVocabulary();

const lockOf = (o: IngestOutput): PermalinkLock => lockSchema.parse(JSON.parse(o.files.get('permalinks.json')!));
const pathOf = (o: IngestOutput, id: string) => {
  const e = entryById(o, id);
  return `${e.topic}/${e.questionSlug}#${e.anchor}`;
};

describe('slugify: pinyin without tones, ASCII words joined by -', () => {
  it.each([
    ['什么是大模型？', 'shen-me-shi-da-mo-xing'],
    ['AI 大模型创业：如何利用竞争优势？', 'ai-da-mo-xing-chuang-ye-ru-he-li-yong-jing-zheng-you-shi'],
    ['大模型在物联网（IoT）领域有哪些应用？', 'da-mo-xing-zai-wu-lian-wang-iot-ling-yu-you-na-xie-ying-yong'],
    ['F1 分数（F1 Score）', 'f1-fen-shu-f1-score'],
    ['绿色计算', 'lv-se-ji-suan'],
    ['银行的风控', 'yin-hang-de-feng-kong'],
    ['Ｔｒａｎｓｆｏｒｍｅｒ 架构', 'transformer-jia-gou'],
    ['？！（）——', ''],
    // A formula's TeX commands are markup, not words: its letters and numbers stay.
    ['体积 $V = l \\times w \\times h$ 怎么算？', 'ti-ji-v-l-w-h-zen-me-suan'],
    ['损失 $\\mathcal{L} = -\\sum_i y_i \\log p_i$ 是什么', 'sun-shi-l-i-y-i-p-i-shi-shen-me'],
    ['花了 $5 和 $10', 'hua-le-5-he-10'],
    // A character read as the word it is in, not as another word the title could be cut into.
    ['长上下文窗口有多长', 'chang-shang-xia-wen-chuang-kou-you-duo-chang'],
    ['最大生成长度', 'zui-da-sheng-cheng-chang-du'],
    ['调用大模型时的温度是什么意思', 'diao-yong-da-mo-xing-shi-de-wen-du-shi-shen-me-yi-si'],
    ['行业大模型落地全景', 'hang-ye-da-mo-xing-luo-di-quan-jing'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('long titles are cut at a word boundary, at most 72 characters', () => {
    const title = '大模型在自然语言处理计算机视觉语音识别推荐系统医疗金融自动驾驶教育等多个领域中的应用与挑战有哪些';
    const full = slugify(title, 1000);
    const cut = slugify(title);
    expect(cut.length).toBeLessThanOrEqual(72);
    expect(full.startsWith(`${cut}-`)).toBe(true);
  });

  it('uniqueSlug takes the first free variant: base, base-2, base-3', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a']))).toBe('a-2');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
    expect(uniqueSlug('a', new Set(['a', 'a-3']))).toBe('a-2');
  });

  it('article ids: the leading number, else the pinyin of the file name, never two alike', () => {
    const slugs = articleSlugs(['000_x.txt', '000_y.txt', '大模型笔记.md', '！！.txt'], EMPTY_LOCK);
    expect([...slugs.values()]).toEqual(['000', '000-2', 'da-mo-xing-bi-ji', 'article']);
  });
});

describe('collisions', () => {
  // Three different questions, one pinyin: 实时 / 事实 / 适时 are all "shi shi".
  const homophones = source(
    '010_homophones.txt',
    '### 1. 什么是实时？\n\n甲。\n\n### 2. 什么是事实？\n\n乙。\n\n### 3. 什么是适时？\n\n丙。\n',
  );

  it('get -2 and -3 in source order', () => {
    const out = ingest({ sources: [homophones] });
    expect(['010-q1', '010-q2', '010-q3'].map((id) => entryById(out, id).questionSlug)).toEqual([
      'shen-me-shi-shi-shi',
      'shen-me-shi-shi-shi-2',
      'shen-me-shi-shi-shi-3',
    ]);
  });

  it('are resolved the same way whatever order the files are given in', () => {
    const other = source('011_more.txt', '### 1. 什么是史诗？\n\n丁。\n');
    const a = ingest({ sources: [homophones, other] });
    const b = ingest({ sources: [other, homophones] });
    expect([...b.files]).toEqual([...a.files]);
    expect(entryById(a, '011-q1').questionSlug).toBe('shen-me-shi-shi-shi-4');
  });

  it('duplicate question numbers in one article get distinct ids', () => {
    const out = ingest({
      sources: [source('012_dup.txt', '### 3. 甲问题？\n\n甲。\n\n### 3. 乙问题？\n\n乙。\n\n### 3. 丙问题？\n\n丙。\n')],
    });
    expect(out.entries.map((e) => e.id)).toEqual(['012-q3', '012-q3-2', '012-q3-3']);
  });
});

describe('stability', () => {
  let first: IngestOutput;
  beforeAll(() => {
    first = ingest({ sources: realSources(), vocabulary });
  }, HEAVY_TIMEOUT);

  it('re-running with the lock it wrote reproduces every file byte for byte', () => {
    const again = ingest({ sources: realSources(), lock: lockOf(first), vocabulary });
    expect([...again.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [path, content] of first.files) expect(again.files.get(path), path).toBe(content);
  });

  it('adding an article changes no existing question’s slug, anchor or path, even when its questions collide', () => {
    // Sorts before every existing article, repeats a question, brings a homophone of
    // shen-me-shi-da-mo-xing (大魔星) and shares the number prefix 000 with an existing article.
    const newcomers = [
      source(
        '0000_new.txt',
        '### 1. 什么是大魔星？\n\n一颗星。\n\n### 2. 如何评估大模型的效果？\n\n看指标。\n\n### 3. 模型剪枝有哪些方法？\n\n结构化剪枝。\n',
      ),
      source('000_extra.txt', '### 1. 什么是大模型？\n\n参数很多的模型。\n'),
    ];
    const grown = ingest({ sources: [...realSources(), ...newcomers], lock: lockOf(first), vocabulary });
    for (const e of first.entries) {
      const now = entryById(grown, e.id);
      expect({ id: now.id, slug: now.questionSlug, anchor: now.anchor, topic: now.topic }, e.id).toEqual({
        id: e.id,
        slug: e.questionSlug,
        anchor: e.anchor,
        topic: e.topic,
      });
    }
    expect(lockOf(grown).redirects).toEqual({});
    // The newcomers got the free variants.
    expect(entryById(grown, '0000-q1').questionSlug).toBe('shen-me-shi-da-mo-xing-2');
    expect(entryById(grown, '000-2-q1').questionSlug).toBe('shen-me-shi-da-mo-xing');
    expect(entryById(grown, '0000-q2').questionSlug).toBe(entryById(first, '000-q2').questionSlug);

    // Without the lock the newcomer, sorting first, would have taken the slug: the lock is what keeps it.
    const unlocked = ingest({ sources: [...realSources().filter((s) => s.file === FILES.a000), ...newcomers] });
    expect(entryById(unlocked, '0000-q1').questionSlug).toBe('shen-me-shi-da-mo-xing');
  });

  it('a published question keeps its title when a new article asks it in plainer words', () => {
    const published = first.entries.find((e) => e.question === '大模型在医疗领域中的应用')!;
    const plainer = source('0002_plain.txt', '### 1. 大模型在医疗的应用\n\n看病。\n');
    const grown = ingest({ sources: [...realSources(), plainer], lock: lockOf(first), vocabulary });
    expect(entryById(grown, '0002-q1').questionSlug).toBe(published.questionSlug);
    expect(entryById(grown, '0002-q1').question).toBe('大模型在医疗领域中的应用');
    expect(entryById(grown, published.id).question).toBe('大模型在医疗领域中的应用');
    // Published nowhere yet, the plainest wording is the title.
    const fresh = ingest({ sources: [...realSources(), plainer], vocabulary });
    expect(entryById(fresh, published.id).question).toBe('大模型在医疗的应用');
  });

  it('a question split back out of the one it had joined gets its former address back, not a -2 beside the redirect', () => {
    // 004-q21 joins 000-q5 (分布式训练) by similarity. Its own former question is locked under a key
    // worked out otherwise, with the redirect its address became when it joined.
    const joined = entryById(first, '004-q21');
    expect(joined.questionSlug).toBe(entryById(first, '000-q5').questionSlug);
    const lock = lockOf(first);
    lock.questions['an older key'] = { slug: 'da-mo-xing-fen-bu-shi-ji-suan-ce-lve', topic: 'training', entries: ['004-q21'] };
    lock.redirects['training/da-mo-xing-fen-bu-shi-ji-suan-ce-lve'] = `${joined.topic}/${joined.questionSlug}`;
    const split = ingest({ sources: realSources(), lock, vocabulary, overrides: overridesFrom('groups:\n  004-q21: alone\n') });
    const alone = entryById(split, '004-q21');
    expect(alone.questionSlug).toBe('da-mo-xing-fen-bu-shi-ji-suan-ce-lve');
    expect(lockOf(split).redirects).not.toHaveProperty(`${alone.topic}/da-mo-xing-fen-bu-shi-ji-suan-ce-lve`);
    expect(lockOf(split).questions).not.toHaveProperty(['an older key']);
    // Every other question keeps its path.
    for (const e of first.entries.filter((x) => x.id !== '004-q21')) expect(pathOf(split, e.id), e.id).toBe(pathOf(first, e.id));
  });

  it('when a new answer moves a question to another topic, the slug stays and the old path redirects', () => {
    // Its first clause joins 什么是大模型; a classifier that files anything asking about 风险 under
    // challenges stands in for whatever moves a question (the mechanism is the permalinks').
    const risky = source('0001_risk.txt', '### 1. 什么是大模型？它的安全、隐私、伦理与法律风险有哪些挑战？\n\n很多。\n');
    const classifier = (input: ClassifyInput) => {
      const real = classifyTopic(input, new VocabularyMatcher(vocabulary));
      return input.headings.some((h) => h.includes('风险')) ? { ...real, topic: 'challenges' as const } : real;
    };
    const moved = ingest({ sources: [...realSources(), risky], lock: lockOf(first), vocabulary }, { classify: classifier });
    expect(pathOf(first, '000-q1')).toBe('concepts/shen-me-shi-da-mo-xing#answer-000-q1');
    expect(pathOf(moved, '000-q1')).toBe('challenges/shen-me-shi-da-mo-xing#answer-000-q1');
    expect(entryById(moved, '0001-q1').questionSlug).toBe('shen-me-shi-da-mo-xing');
    expect(lockOf(moved).redirects).toEqual({ 'concepts/shen-me-shi-da-mo-xing': 'challenges/shen-me-shi-da-mo-xing' });
  });
});
