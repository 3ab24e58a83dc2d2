/**
 * The search client's pure parts: query normalisation and planning, the lexicon builder,
 * text marking and result URLs. The browser tests (tests/browser/search-*.test.ts) measure the
 * whole search against the built site.
 */
import { describe, expect, it } from 'vitest';
import { plainExcerpt, queryTopic, withHighlight } from '../../src/lib/search/client.ts';
import { buildLexicon, commonWords, englishKey, lexiconKey, t2sMap, termShard, termShardsOf } from '../../src/lib/search/lexicon.ts';
import { markText } from '../../src/lib/search/marks.ts';
import {
  asTyped,
  describeExpansions,
  indexLexicon,
  MAX_CONCEPTS,
  MAX_QUERY_CHARS,
  normalizeQuery,
  planQuery,
  searchablePlan,
  type LexiconIndex,
} from '../../src/lib/search/query.ts';
import { t2sCandidates } from '../../src/lib/search/t2s-candidates.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';

const TEXT = ['大模型如何进行知识蒸馏？联邦学习与差分隐私保护数据。语言模型的训练过程。模型压缩和剪枝。显著'];
const lexicon = buildLexicon(
  TEXT,
  [
    { zh: '知识蒸馏', en: 'Knowledge Distillation', also: ['distillation'] },
    { zh: '剪枝', en: 'pruning', also: ['model pruning'] },
    { zh: '联邦学习', en: 'federated learning' },
    { zh: '梯度消失', en: 'vanishing gradient' },
    { zh: 'A/B 测试', en: 'A/B testing' },
    { zh: 'F1', en: '1' },
  ],
  t2sCandidates(),
);
const index = indexLexicon(lexicon);

describe('buildLexicon', () => {
  it('keeps only Traditional characters whose Simplified form is in the text', () => {
    const map = t2sMap(lexicon);
    expect(map.get('識')).toBe('识');
    expect(map.get('餾')).toBe('馏');
    expect(map.get('聯')).toBe('联');
    expect(map.get('學')).toBe('学');
    // 龜 → 龟 is a real pair, but 龟 is not in the text: no use shipping it.
    expect(map.has('龜')).toBe(false);
    // 著 is Traditional for 着, but the Simplified text has 著 itself (显著): never rewrite it.
    expect(map.has('著')).toBe(false);
    expect([...lexicon.t2s].length % 2).toBe(0);
  });

  it('normalises English keys and keeps Chinese terms only', () => {
    const keys = lexicon.terms.map((t) => t[0]);
    expect(keys).toContain('knowledge distillation');
    expect(keys).toContain('model pruning');
    expect(keys).not.toContain('1');
    expect(englishKey(' Fine-Tuning ')).toBe('fine tuning');
    expect(lexiconKey('Vanishing Gradients')).toBe('vanishing gradient');
    expect(lexiconKey('loss')).toBe('loss');
  });
});

describe('normalizeQuery', () => {
  it('turns Traditional into Simplified, full-width into half-width, punctuation into spaces', () => {
    expect(normalizeQuery('知識蒸餾？', index.t2s).text).toBe('知识蒸馏');
    expect(normalizeQuery('ＡＩ　大模型！', index.t2s).text).toBe('ai 大模型');
    expect(normalizeQuery('<img src=x onerror=alert(1)>').text).toBe('img src x onerror alert 1');
    expect(normalizeQuery('？？！！……').text).toBe('');
  });

  it('cuts very long input and says so', () => {
    const long = normalizeQuery('知识蒸馏'.repeat(500));
    expect([...long.text].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(long.truncated).toBe(true);
    expect(normalizeQuery('知识蒸馏').truncated).toBe(false);
  });
});

describe('planQuery', () => {
  const core = (q: string) => planQuery(q, index).concepts.filter((c) => !c.phrase);
  const phrases = (q: string) => planQuery(q, index).concepts.filter((c) => c.phrase && c.bonus === 0.3);

  it('drops question words and filler, keeps the words, and adds the phrase as a bonus', () => {
    const plan = planQuery('什么是知识蒸馏？', index);
    expect(plan.dropped).toEqual(expect.arrayContaining(['什么', '是']));
    expect(core('什么是知识蒸馏？').map((c) => c.label)).toEqual(['知识', '蒸馏']);
    expect(phrases('什么是知识蒸馏？').map((c) => c.queries[0])).toEqual(['"知识蒸馏"']);
  });

  it('matches an English term with a filler word inside it (mixture of experts), and no filler word alone', () => {
    const moe = indexLexicon(
      buildLexicon(
        [],
        [
          { zh: '混合专家', en: 'mixture of experts' },
          { zh: '人工智能', en: 'AI' },
        ],
        [],
      ),
    );
    const terms = (q: string) =>
      planQuery(q, moe)
        .concepts.filter((c) => !c.phrase)
        .map((c) => c.queries[0]);
    expect(terms('what is a mixture of experts')).toEqual(['混合专家']);
    // With a subject beside it, AI (the field's name) is filler; alone, it is what is asked.
    expect(terms('mixture of experts and AI')).toEqual(['混合专家']);
    expect(terms('AI')).toEqual(['人工智能']);
    expect(planQuery('the of', moe).concepts).toEqual([]);
  });

  it('keeps single characters inside a run out of the concepts (大 in 大模型), but in the phrase', () => {
    expect(core('大模型怎么压缩').map((c) => c.label)).toEqual(['模型', '压缩']);
    expect(phrases('大模型怎么压缩').map((c) => c.label)).toEqual(['大模型']);
    // A lone single character is searched as typed.
    expect(core('量').map((c) => c.label)).toEqual(['量']);
  });

  it('reads a spoken yes/no question ending on 不 or 没有 as a question, not a negation', () => {
    expect(core('大模型能懂不').map((c) => c.label)).toEqual(['模型', '懂']);
    expect(core('大模型能懂不').map((c) => c.label)).toEqual(core('大模型能懂吗').map((c) => c.label));
    expect(core('模型能用了没').map((c) => c.label)).toEqual(core('模型能用了吗').map((c) => c.label));
    // Inside the question, 不 stays: it is a negation there.
    expect(planQuery('为什么不收敛', index).text).toContain('不');
    expect(core('不').map((c) => c.label)).toEqual(['不']);
  });

  it('keeps a spoken question word whole where the segmenter would cut it (为啥 asks why, not what)', () => {
    const plan = planQuery('训练为啥这么慢', index);
    expect(plan.dropped).toContain('为啥');
    expect(plan.concepts.filter((c) => c.bonus === 0.1).map((c) => c.label)).toEqual(['为什么']);
    expect(core('蒸馏咋整').map((c) => c.label)).toEqual(['蒸馏']);
  });

  it('treats a space between Chinese words as a separator, not a phrase', () => {
    expect(core('医疗 挑战').map((c) => c.label)).toEqual(['医疗', '挑战']);
    expect(phrases('医疗 挑战')).toEqual([]);
  });

  it('maps English terms to their Chinese through the lexicon, longest phrase first, plurals too', () => {
    const [kd] = core('What is knowledge distillation?');
    expect(kd!.queries).toEqual(['知识蒸馏', '"knowledge distillation"']);
    expect(kd!.marks).toEqual(expect.arrayContaining(['知识蒸馏', 'knowledge', 'distillation']));
    expect(core('model pruning')[0]!.queries[0]).toBe('剪枝');
    expect(core('vanishing gradients')[0]!.queries[0]).toBe('梯度消失');
    // Unknown English words are searched as typed (and in the singular too).
    expect(core('Transformers')[0]!.queries).toEqual(['transformers', 'transformer']);
  });

  it('plans nothing searchable for filler, punctuation or markup noise', () => {
    expect(planQuery('什么是？', index).concepts).toEqual([]);
    expect(planQuery('   ', index).concepts).toEqual([]);
    const xss = planQuery('<img src=x onerror=alert(1)>', index);
    for (const c of xss.concepts) for (const q of c.queries) expect(q).not.toMatch(/[<>=()]/u);
    expect(xss.concepts.map((c) => c.label)).not.toContain('1');
  });

  it('bounds the number of Pagefind searches a query costs', () => {
    const plan = planQuery('联邦学习 差分隐私 剪枝 量化 蒸馏 梯度 训练 数据 模型 隐私 压缩 部署', index);
    expect(plan.concepts.length).toBeLessThanOrEqual(MAX_CONCEPTS + 1);
  });
});

describe('English term shards', () => {
  it('are the first letters of the Latin words of a query, digits together', () => {
    expect(termShardsOf('loss变成NaN了')).toEqual(['l', 'n']);
    expect(termShardsOf('模型转成 int8')).toEqual(['i']);
    expect(termShardsOf('A/B test 怎么做')).toEqual(['a', 'b', 't']);
    expect(termShardsOf('压到４bit')).toEqual(['0']);
    expect(termShardsOf('大模型')).toEqual([]);
    expect(termShard('federated learning')).toBe('f');
  });

  it('hold every term a query can look up: the shards of its words find what the whole table finds', () => {
    const lexicon = buildLexicon(
      [],
      [
        { zh: '联邦学习', en: 'federated learning', also: ['FL'] },
        { zh: '知识蒸馏', en: 'knowledge distillation', also: ['KD'] },
        { zh: 'INT8量化', en: 'INT8 quantization', also: ['int8'] },
        { zh: '训练不稳定', en: 'training instability', also: ['loss spike', 'NaN loss'] },
      ],
      [],
    );
    const shardOnly = (query: string) =>
      indexLexicon({ ...lexicon, terms: lexicon.terms.filter(([key]) => termShardsOf(query).includes(termShard(key!))) });
    for (const query of ['federated learning 隐私', 'KD 和 FL', '模型转成 int8', 'NaN loss 了', 'knowledge distillation是什么']) {
      const labels = (index: ReturnType<typeof indexLexicon>) => planQuery(query, index).concepts.map((c) => c.queries.join('|'));
      expect(labels(shardOnly(query)), query).toEqual(labels(indexLexicon(lexicon)));
      expect(
        labels(shardOnly(query)).some((q) => /\p{Script=Han}/u.test(q)),
        query,
      ).toBe(true);
    }
  });
});

describe('describeExpansions', () => {
  it('names each term once, with every word of the query that led to it, in order', () => {
    expect(
      describeExpansions([
        { from: '庄稼', to: '农业' },
        { from: '耗电', to: '能耗' },
        { from: '收成', to: '农业' },
        { from: '庄稼', to: '农业' },
      ]),
    ).toBe('农业（「庄稼」「收成」）、能耗（「耗电」）');
    expect(describeExpansions([])).toBe('');
  });
});

describe('asTyped', () => {
  it('quotes a normalised word in the case and width the reader typed it', () => {
    expect(asTyped('上ai', '小医院想上AI辅助诊断')).toBe('上AI');
    expect(asTyped('lora', '用ＬｏＲＡ微调')).toBe('LoRA');
    expect(asTyped('gpu', 'GPU 不够')).toBe('GPU');
  });

  it('falls back to the normalised word where normalising changed more than case', () => {
    expect(asTyped('语言模型', '語言模型是什么')).toBe('语言模型');
    expect(asTyped('cross modal', 'cross-modal 学习')).toBe('cross modal');
  });
});

describe('common words', () => {
  const pages = [
    '大模型在医疗领域的应用：辅助诊断。',
    '大模型在金融领域的应用：风控。',
    '什么是大模型？大模型是参数很多的 Large Model。',
    '知识蒸馏把大模型压缩成小模型。',
  ];

  it('lists the words on at least half of the pages with their share, most common first', () => {
    const common = new Map(commonWords(pages));
    expect(common.get('模型')).toBe(1);
    expect(common.get('应用')).toBe(0.5);
    expect(common.get('领域')).toBe(0.5);
    expect(common.has('蒸馏')).toBe(false);
    expect(common.has('：')).toBe(false);
    expect(commonWords(pages)[0]![1]).toBe(1);
    expect(commonWords(pages, 0.9).every(([, share]) => share >= 0.9)).toBe(true);
  });

  it('leaves a word on most pages (and phrases that need it) out of a query with rarer words', () => {
    const common = new Map(commonWords(pages));
    const { searched, skipped } = searchablePlan(planQuery('大模型在医疗领域有哪些应用').concepts, common);
    expect(skipped.map((c) => c.label).sort()).toEqual(['大模型', '模型'].sort());
    expect(searched.map((c) => c.label)).toEqual(expect.arrayContaining(['医疗', '领域', '应用', '医疗领域']));
    expect(searched.some((c) => c.queries.some((q) => q.includes('模型')))).toBe(false);
  });

  it('leaves out an English term one of whose queries is a common word alone (llm, searched as 大模型 too)', () => {
    const common = new Map(commonWords(pages));
    const english = indexLexicon(
      buildLexicon(
        pages,
        [
          { zh: '大模型', en: 'large language model', also: ['LLM'] },
          { zh: '风控', en: 'risk control', also: ['risk management'] },
        ],
        t2sCandidates(),
      ),
    );
    const concepts = planQuery('risk control for LLM', english).concepts;
    expect(concepts.find((c) => c.label === 'llm')?.queries).toContain('大模型');
    const { searched, skipped } = searchablePlan(concepts, common);
    expect(skipped.map((c) => c.label)).toContain('llm');
    expect(searched.map((c) => c.label)).toContain('risk control');
  });

  it('searches every word of a query of common words only, but no phrase that needs one more common word', () => {
    const concepts = planQuery('大模型的应用').concepts;
    const { searched, skipped } = searchablePlan(
      concepts,
      new Map([
        ['模型', 1],
        ['应用', 0.9],
        ['大', 1],
      ]),
    );
    expect(searched.filter((c) => !c.phrase).map((c) => c.label)).toEqual(['模型', '应用']);
    expect(skipped.map((c) => c.label)).toEqual(['大模型']);
    const plain = searchablePlan(
      concepts,
      new Map([
        ['模型', 1],
        ['应用', 0.9],
      ]),
    );
    expect(plain.searched).toEqual(concepts);
  });

  it('changes nothing without a common-word list (an older lexicon)', () => {
    const concepts = planQuery('大模型 知识蒸馏').concepts;
    expect(searchablePlan(concepts, new Map()).searched).toEqual(concepts);
  });
});

describe('markText', () => {
  it('splits text into marked and plain segments that join back to the text', () => {
    const text = '知识蒸馏（Knowledge Distillation）是一种模型压缩方法';
    const segments = markText(text, ['知识蒸馏', 'distillation', '压缩']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['知识蒸馏', 'Distillation', '压缩']);
  });

  it('marks Latin words only at a word start, merges overlaps, ignores single Chinese characters', () => {
    expect(
      markText('detail AI', ['ai'])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['AI']);
    expect(
      markText('知识蒸馏', ['知识', '知识蒸馏', '蒸馏'])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['知识蒸馏']);
    expect(markText('大模型', ['大']).some((s) => s.mark)).toBe(false);
  });

  it('never produces markup: text with tags stays text', () => {
    const segments = markText('<img src=x onerror=alert(1)> 模型', ['模型', 'img']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> 模型');
  });
});

describe('result URLs and excerpts', () => {
  it('adds ?highlight= before the answer anchor', () => {
    expect(withHighlight('/compression/x/#answer-003-q24', ['知识蒸馏', '大', 'knowledge'])).toBe(
      `/compression/x/?highlight=${encodeURIComponent('知识蒸馏 knowledge')}#answer-003-q24`,
    );
    expect(withHighlight('/kb/a/', ['模型'])).toBe(`/kb/a/?highlight=${encodeURIComponent('模型')}`);
    expect(withHighlight('/a/#b', ['x'])).toBe('/a/#b');
  });

  it("reads Pagefind's escaped excerpts back to plain text", () => {
    expect(plainExcerpt('a &lt;img&gt; <mark>蒸馏</mark> &amp; &quot;b&quot; &#39;c&#39;')).toBe('a <img> 蒸馏 & "b" \'c\'');
  });
});

describe('queryTopic: the topic a query points to', () => {
  const matcher = new VocabularyMatcher(
    parseVocabulary(
      [
        '- { zh: 端侧部署, en: on-device deployment, say: [在手机上跑], topic: compression }',
        '- { zh: 量化, en: quantization, topic: compression }',
        '- { zh: 幻觉, en: hallucination, topic: challenges }',
        '- { zh: 医疗, en: healthcare, kind: domain }',
        '- { zh: 挑战, en: challenge, kind: aspect, topic: challenges }',
        '- { zh: 大模型, en: large model, topic: concepts, broad: true }',
      ].join('\n'),
    ),
  );
  const topicOf = (q: string) => queryTopic(q, { matcher } as LexiconIndex);

  it('is the topic of the concepts the query names', () => {
    expect(topicOf('想在手机上跑大模型')).toBe('compression');
    expect(topicOf('医疗里的挑战')).toBe('challenges');
  });

  it('is none when no concept names one, or when the query is split between topics', () => {
    expect(topicOf('大模型在医疗')).toBeUndefined();
    expect(topicOf('量化会带来幻觉吗')).toBeUndefined();
  });
});

describe('planQuery: English terms searched in Chinese', () => {
  it('records which Chinese term each English term was searched as, so the page can say so', () => {
    expect(planQuery('knowledge distillation', index).translated).toEqual([{ from: 'knowledge distillation', to: '知识蒸馏' }]);
    expect(planQuery('知识蒸馏', index).translated).toEqual([]);
    expect(describeExpansions(planQuery('Knowledge Distillation', index).translated)).toBe('知识蒸馏（「knowledge distillation」）');
  });
});
