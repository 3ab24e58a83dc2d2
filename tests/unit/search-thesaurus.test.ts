/**
 * The Chinese text module, the thesaurus applied at query time and the question retriever's
 * features and scoring (pure parts; tests/browser/search-everyday.test.ts measures the whole).
 */
import { describe, expect, it } from 'vitest';
import { conceptRows, type Lexicon } from '../../src/lib/search/lexicon.ts';
import { indexLexicon, planQuery, retrieverFeatures } from '../../src/lib/search/query.ts';
import { decode, encode, score, titleFeatures, WEIGHTS, type RetrieverMeta } from '../../src/lib/search/retriever.ts';
import { FILLER_WORDS, hanRuns, isFiller, normalizeText, QUESTION_WORDS, words } from '../../src/lib/text/chinese.ts';
import { VocabularyMatcher, type VocabularyConcept } from '../../src/lib/vocabulary/match.ts';

const concept = (id: number, zh: string, say: string[] = [], extra: Partial<VocabularyConcept> = {}): VocabularyConcept => ({
  id,
  zh,
  en: '',
  also: [],
  say,
  ambiguous: [],
  kind: 'term',
  broad: false,
  line: id + 1,
  ...extra,
});
const CONCEPTS = [
  concept(0, '能耗', ['耗电', '用电量']),
  concept(1, '分布式训练', ['多台机器']),
  concept(2, '数据增强'),
  concept(3, '强化学习', ['增强学习']),
  concept(4, '模型压缩', ['瘦身']),
  concept(5, '压缩'),
  concept(6, '挑战', ['难点', '困难'], { kind: 'aspect' }),
  concept(7, '可解释性'),
  concept(8, '训练不稳定', ['loss不降', 'loss变成NaN']),
  concept(9, '推理加速', ['跑得慢']),
  concept(10, '训练', ['训练大模型'], { broad: true }),
  concept(11, '量化', [], { broader: '模型压缩' }),
  concept(12, '担忧', ['会不会'], { kind: 'aspect', broad: true, topic: 'challenges' }),
];
const lexicon: Lexicon = { v: 1, t2s: '', terms: [], concepts: conceptRows(CONCEPTS) };
const index = indexLexicon(lexicon);
const matcher = new VocabularyMatcher(CONCEPTS);

describe('src/lib/text/chinese.ts', () => {
  it('keeps 解释 as content: 可解释性 is a term', () => {
    expect(isFiller('解释')).toBe(false);
    expect(FILLER_WORDS.has('解释')).toBe(false);
    const plan = planQuery('什么是可解释性', index);
    // Was searched as 可 and 性 alone: now the term whole, as the segmenter would leave single characters.
    expect(plan.concepts.filter((c) => !c.phrase).map((c) => c.label)).toEqual(['可解释性']);
  });

  it('searches a term in its words, unless that leaves single characters', () => {
    const labels = (q: string) =>
      planQuery(q, index)
        .concepts.filter((c) => !c.phrase)
        .map((c) => c.label);
    expect(labels('模型压缩')).toEqual(['模型', '压缩']);
    expect(labels('可解释性')).toEqual(['可解释性']);
    // No thesaurus expansion is claimed for a term typed as it is written.
    expect(planQuery('可解释性', index).expanded).toEqual([]);
  });

  it('has one list of question words, mapped to the form headings use', () => {
    expect(QUESTION_WORDS['怎么']).toBe('如何');
    expect(QUESTION_WORDS['what']).toBe('什么');
    for (const w of ['什么', '怎么', '如何', '为什么', '哪些', 'how']) expect(isFiller(w)).toBe(true);
  });

  it('normalises and cuts text', () => {
    expect(
      normalizeText(
        'ＧＰＵ訓練',
        new Map([
          ['訓', '训'],
          ['練', '练'],
        ]),
      ),
    ).toBe('gpu训练');
    expect(hanRuns('用GPU训练大模型')).toEqual(['用', '训练大模型']);
    expect(words('知识蒸馏').join('')).toBe('知识蒸馏');
  });
});

describe('thesaurus at query time', () => {
  it('searches the term of a say-word too, and says so', () => {
    const plan = planQuery('训练大模型太耗电了', index);
    const said = plan.concepts.find((c) => c.label === '耗电');
    expect(said?.queries).toEqual(['耗电', '能耗']);
    expect(plan.expanded).toEqual([{ from: '耗电', to: '能耗' }]);
  });

  it('does not tell of a say-word that holds its own term (训练大模型 for 训练)', () => {
    const plan = planQuery('训练大模型太耗电了', index);
    expect(plan.expanded).toEqual([{ from: '耗电', to: '能耗' }]);
    expect(plan.concepts.find((c) => c.label === '训练大模型')?.queries).toEqual(['训练大模型', '训练']);
  });

  it('keeps a multi-word say-word whole (多台机器)', () => {
    const plan = planQuery('多台机器怎么一起训练', index);
    expect(plan.concepts.find((c) => c.label === '多台机器')?.queries).toEqual(['多台机器', '分布式训练']);
  });

  it('finds a say-word that mixes scripts, typed with or without spaces (loss 变成 NaN)', () => {
    for (const typed of ['训练到一半 loss 变成 NaN 了', '训练到一半loss变成NaN了']) {
      const plan = planQuery(typed, index);
      expect(plan.expanded, typed).toEqual([{ from: 'loss变成nan', to: '训练不稳定' }]);
      expect(plan.concepts.find((c) => c.label === 'loss变成nan')?.queries).toEqual(['训练不稳定']);
      expect(retrieverFeatures(plan, index).some((f) => f.feature === '#8' && f.weight === 1)).toBe(true);
    }
    expect(planQuery('训练到一半 loss 变成 NaN 了', index, false).expanded).toEqual([]);
    // Letters that only touch a form's Chinese (「gloss不降」) are another word.
    expect(planQuery('gloss不降', index).expanded).toEqual([]);
  });

  it('finds a say-word typed with a degree word after 得 (跑得很慢 for 跑得慢)', () => {
    const plan = planQuery('模型跑得很慢怎么办', index);
    expect(plan.expanded).toEqual([{ from: '跑得很慢', to: '推理加速' }]);
    // A degree word of two characters is beyond the loose match; the variant finds it.
    expect(planQuery('模型跑得非常慢', index).expanded).toEqual([{ from: '跑得慢', to: '推理加速' }]);
    expect(retrieverFeatures(plan, index).some((f) => f.feature === '#9')).toBe(true);
    // Found as typed, it is found once, word by word.
    expect(planQuery('模型跑得慢', index).concepts.filter((c) => c.expandedTo === '推理加速')).toHaveLength(1);
  });

  it('does not expand a broad frame: 「会不会」 voices a worry to the classifier, and names nothing to search', () => {
    const plan = planQuery('大模型会不会写代码', index);
    expect(plan.expanded).toEqual([]);
    expect(plan.concepts.flatMap((c) => c.queries)).not.toContain('担忧');
  });

  it('can be turned off', () => {
    const plan = planQuery('训练大模型太耗电了', index, false);
    expect(plan.expanded).toEqual([]);
    expect(plan.expand).toBe(false);
    expect(plan.concepts.flatMap((c) => c.queries)).not.toContain('能耗');
  });
});

describe('question retriever, hierarchy', () => {
  it('reaches titles about narrower concepts (量化 for 模型压缩) and, for less, the broader one', () => {
    const down = retrieverFeatures(planQuery('模型压缩', index), index).find((f) => f.feature === '#11');
    const up = retrieverFeatures(planQuery('量化', index), index).find((f) => f.feature === '#4');
    expect(down?.weight).toBe(WEIGHTS.narrower);
    expect(up?.weight).toBe(WEIGHTS.broader);
    // The same query concept: a title holding both counts once, at its best.
    expect(down?.group).toBe(retrieverFeatures(planQuery('模型压缩', index), index).find((f) => f.feature === '#4')?.group);
  });

  it('only with the thesaurus on', () => {
    expect(retrieverFeatures(planQuery('模型压缩', index, false), index).some((f) => f.feature === '#11')).toBe(false);
  });
});

describe('question retriever, concepts named in Latin script', () => {
  it('a concept whose term is Latin (PyTorch) reaches the questions about it, typed as it is named', () => {
    const latin = indexLexicon({
      v: 1,
      t2s: '',
      terms: [['pytorch', 'PyTorch']],
      concepts: conceptRows([concept(0, 'PyTorch', ['派torch']), concept(1, '开发环境', ['装环境'])]),
    });
    const features = retrieverFeatures(planQuery('PyTorch 怎么装', latin), latin).map((f) => f.feature);
    expect(features).toContain('#0');
    expect(features).toContain('~0');
  });
});

describe('question retriever, last resort', () => {
  it('reaches the concepts whose forms hold a rare character of words found nowhere (慢 → 跑得慢), for very little', () => {
    const features = retrieverFeatures(planQuery('老板嫌太慢', index), index);
    const last = features.filter((f) => f.group.startsWith('字'));
    expect(last.map((f) => f.feature).sort()).toEqual(['#9', '~9']);
    expect(Math.max(...last.map((f) => f.weight))).toBeLessThan(0.2);
  });

  it('guesses nothing with the thesaurus off', () => {
    expect(retrieverFeatures(planQuery('嫌慢', index, false), index).filter((f) => f.group.startsWith('字'))).toEqual([]);
  });

  it('when nothing else was found, a character alone reaches every concept whose forms hold it (骗 → five concepts), for less still', () => {
    const cheats = [
      concept(0, '欺骗性对齐', ['欺骗人类']),
      concept(1, '诈骗检测'),
      concept(2, '反欺诈', ['骗局']),
      concept(3, '深度伪造', ['换脸诈骗']),
      concept(4, '钓鱼攻击', ['骗点击']),
    ];
    const five = indexLexicon({ v: 1, t2s: '', terms: [], concepts: conceptRows(cheats) });
    const plan = planQuery('会不会被骗', five);
    const reach = (lastResort: boolean) =>
      retrieverFeatures(plan, five, lastResort)
        .filter((f) => f.group.startsWith('字') && f.feature.startsWith('#'))
        .map((f) => f.feature)
        .sort();
    expect(reach(false)).toEqual([]);
    expect(reach(true)).toEqual(['#0', '#1', '#2', '#3', '#4']);
    const last = retrieverFeatures(plan, five, true).filter((f) => f.group.startsWith('字'));
    expect(Math.max(...last.map((f) => f.weight))).toBeCloseTo(WEIGHTS.char / 5, 9);
  });

  it('when a character is in the forms of too many concepts (车), the last resort reaches those whose term holds it', () => {
    const cars = [
      concept(0, '汽车', ['车主', '开车']),
      concept(1, '车联网', ['车路协同']),
      ...['自动驾驶', '交通', '物流', '停车', '充电', '导航', '保险', '出行', '驾驶员', '道路', '城市'].map((zh, i) =>
        concept(i + 2, zh === '停车' ? '泊位管理' : zh, [`${zh}的车`]),
      ),
    ];
    const many = indexLexicon({ v: 1, t2s: '', terms: [], concepts: conceptRows(cars) });
    const reach = (query: string, lastResort: boolean) =>
      retrieverFeatures(planQuery(query, many), many, lastResort)
        .filter((f) => f.group.startsWith('字') && f.feature.startsWith('#'))
        .map((f) => f.feature)
        .sort();
    expect(reach('二手车', false)).toEqual([]);
    expect(reach('二手车', true)).toEqual(['#0', '#1']);
  });
});

describe('question retriever', () => {
  it('indexes a title by its concepts, free bigrams and bigrams inside concepts', () => {
    const { features, concepts } = titleFeatures('大模型在增强学习中的应用', matcher);
    expect(concepts).toEqual(new Set([3]));
    expect(features.has('#3')).toBe(true);
    expect(features.has('*增强')).toBe(true);
    expect(features.has('增强')).toBe(false);
    expect(features.has('应用')).toBe(true);
  });

  it('does not let a character pair inside an unrelated concept win (数据增强 vs 增强学习)', () => {
    const plan = planQuery('数据增强', index);
    const features = retrieverFeatures(plan, index).map((f) => f.feature);
    expect(features).toContain('#2');
    expect(features).not.toContain('*增强');
    expect(features).not.toContain('#3');
  });

  it('relates concepts by containment (模型压缩 ↔ 压缩)', () => {
    const features = retrieverFeatures(planQuery('模型压缩', index), index).map((f) => f.feature);
    expect(features).toContain('#4');
    expect(features).toContain('#5');
  });

  it('scores whole-concept matches above shared characters', () => {
    const titles = ['大模型训练的能耗问题如何解决？', '大模型在增强学习中的应用', '数据增强有哪些方法'];
    const postings = new Map<string, number[]>();
    let len = '';
    titles.forEach((t, q) => {
      const { features } = titleFeatures(t, matcher);
      for (const f of features) postings.set(f, [...(postings.get(f) ?? []), q]);
      len += String.fromCharCode(48 + features.size);
    });
    const meta: RetrieverMeta = { n: titles.length, shards: 1, len, topics: '000', overview: [[], [], [], [], []] };
    const ranked = (q: string) => score(retrieverFeatures(planQuery(q, index), index), postings, meta).map((r) => titles[r.q]);
    expect(ranked('数据增强的技巧')[0]).toBe('数据增强有哪些方法');
    expect(ranked('数据增强的技巧')).not.toContain('大模型在增强学习中的应用');
    expect(ranked('训练太耗电')[0]).toBe('大模型训练的能耗问题如何解决？');
  });

  it('delta-codes postings', () => {
    expect(decode(encode([3, 7, 8, 20]))).toEqual([3, 7, 8, 20]);
  });
});
