import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { conceptRows, conceptsOf } from '../../src/lib/search/lexicon.ts';
import { parseVocabulary, VocabularyError } from '../../src/lib/vocabulary/parse.ts';

const sample = [
  '- { zh: 医疗, en: healthcare, say: [医院, 看病], kind: domain, group: 医疗与生命科学 }',
  '- { zh: 医疗影像, en: medical imaging, say: [影像诊断], kind: domain }',
  '- { zh: 分布式训练, en: distributed training, say: [多台机器, 多机多卡], topic: training }',
  '- { zh: 训练, en: training, topic: training, broad: true }',
  '- { zh: 检索增强生成, en: retrieval-augmented generation, also: [RAG], say: [RAG], topic: applications }',
].join('\n');

describe('parseVocabulary', () => {
  it('reads concepts with defaults and their lines', () => {
    const concepts = parseVocabulary(sample, 'v.yaml');
    expect(concepts).toHaveLength(5);
    expect(concepts[1]).toMatchObject({ zh: '医疗影像', kind: 'domain', broad: false, also: [], line: 2 });
    expect(concepts[3]).toMatchObject({ zh: '训练', broad: true, topic: 'training', line: 4 });
  });

  it.each([
    ['- { zh: 量化, en: quantization, topic: compresion }', 2, /topic/u],
    ['- { zh: 量化 }', 2, /en/u],
    ['- { zh: 量化, en: quantization, colour: red }', 2, /colour|unrecognized/iu],
    ['- { zh: 蒸馏, en: distillation, say: [看病] }', 2, /已经是「医疗」（第 1 行）的一种说法/u],
    ['- { zh: 银行, en: banking, kind: domain, topic: applications }', 2, /领域词（domain）不带主题/u],
    ['- { zh: 量化, en: quantization, broader: 模型压缩 }', 2, /broader「模型压缩」不是任何概念的 zh/u],
    ['- { zh: 量化, en: quantization, broader: 量化 }', 2, /经过「量化」绕成了一个环/u],
    // A flow map may span lines, so the parser notices the missing bracket at the end of the file.
    ['- { zh: 量化, en: [unclosed', 3, /^YAML 格式有误：./u],
  ])('rejects %s with file:line', (line, expectedLine, reason) => {
    const text = `${sample.split('\n')[0]}\n${line}\n`;
    let error: unknown;
    try {
      parseVocabulary(text, 'v.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VocabularyError);
    expect((error as VocabularyError).line).toBe(expectedLine);
    expect((error as VocabularyError).message).toMatch(/^v\.yaml:\d+: /u);
    expect((error as VocabularyError).reason).toMatch(reason);
  });

  it('reads the project vocabulary', () => {
    const concepts = parseVocabulary(readFileSync('content/vocabulary.yaml', 'utf8'));
    expect(Array.isArray(concepts)).toBe(true);
  });
});

describe('VocabularyMatcher', () => {
  const matcher = new VocabularyMatcher(parseVocabulary(sample));
  const found = (text: string) => matcher.find(text).map((m) => `${m.concept.zh}:${m.form}`);

  it('takes the longest form and never overlaps', () => {
    expect(found('大模型在医疗影像分析中的应用')).toEqual(['医疗影像:医疗影像']);
    expect(found('如何实现分布式训练')).toEqual(['分布式训练:分布式训练']);
    expect(found('训练时用多台机器')).toEqual(['训练:训练', '分布式训练:多台机器']);
  });

  it('matches Latin forms as whole words, case-insensitively and across full-width forms', () => {
    expect(found('什么是 RAG？')).toEqual(['检索增强生成:RAG']);
    expect(found('ＲＡＧ 和微调')).toEqual(['检索增强生成:RAG']);
    expect(found('storage and drag')).toEqual([]);
  });

  it('matches a form across the quotation marks writers put around a word', () => {
    const quoted = new VocabularyMatcher(
      parseVocabulary('- { zh: 知识蒸馏, en: knowledge distillation, say: [拜师学艺], topic: compression }'),
    );
    const found = (text: string) => quoted.find(text).map((m) => `${m.concept.zh}:${m.form}:${m.start}-${m.end}`);
    expect(found('让小模型向大模型“拜师学艺”')).toEqual(['知识蒸馏:拜师学艺:9-13']);
    expect(found('"拜师"学艺')).toEqual(['知识蒸馏:拜师学艺:1-6']);
    expect(found('“知识”蒸馏')).toEqual(['知识蒸馏:知识蒸馏:1-6']);
    expect(found('「知识」蒸馏')).toEqual(['知识蒸馏:知识蒸馏:1-6']);
    expect(found('知识"蒸')).toEqual([]);
  });

  it('matches a form across the space writers put between English and Chinese', () => {
    const mixed = new VocabularyMatcher(parseVocabulary('- { zh: 对话模型, en: chat model, say: [Chat模型, AI助手], topic: concepts }'));
    const found = (text: string) => mixed.find(text).map((m) => `${m.form}:${m.start}-${m.end}`);
    expect(found('Base 模型与 Chat 模型')).toEqual(['Chat模型:9-16']);
    expect(found('chat 模型')).toEqual(['Chat模型:0-7']);
    expect(found('AI 助手')).toEqual(['AI助手:0-5']);
    // Only between scripts: 「chat  模型」 with two spaces, or a space inside Chinese, is not skipped.
    expect(found('chat  模型')).toEqual([]);
    expect(found('对话 模型')).toEqual([]);
  });

  it('matches a form with particles and degree words slipped inside it, without cutting an exact match', () => {
    const loose = new VocabularyMatcher(
      parseVocabulary(
        [
          '- { zh: 过拟合, en: overfitting, say: [训练集好测试集差], topic: training }',
          '- { zh: 训练集, en: training set, topic: training }',
          '- { zh: 测试集, en: test set, topic: training }',
          '- { zh: 训练数据, en: training data, topic: training }',
          '- { zh: 数据隐私, en: data privacy, topic: challenges }',
          '- { zh: 推理加速, en: inference acceleration, say: [跑得慢], topic: compression }',
          '- { zh: 训练, en: training, topic: training, broad: true }',
        ].join('\n'),
      ),
    );
    const found = (text: string) => loose.find(text).map((m) => `${m.concept.zh}:${m.start}-${m.end}`);
    // The whole situation is one form; the exact 训练集 and 测试集 inside it give way.
    expect(found('模型在训练集上很好测试集上很差')).toEqual(['过拟合:3-15']);
    expect(found('模型跑得很慢')).toEqual(['推理加速:2-6']);
    expect(found('训练的数据')).toEqual(['训练数据:0-5']);
    // 训练的数据 would cut the exact 数据隐私: the exact reading stands.
    expect(found('训练的数据隐私')).toEqual(['训练:0-2', '数据隐私:3-7']);
    // Never before the first character, never more than a few, never into a two-character form.
    expect(found('的训练集')).toEqual(['训练集:1-4']);
    expect(found('训练集上很好的很好的测试集差')).toEqual(['训练集:0-3', '测试集:10-13']);
    expect(found('跑得了')).toEqual([]);
  });
});

describe('compound concepts: parts named together in one sentence name the compound', () => {
  const concepts = parseVocabulary(
    [
      '- { zh: 优势, en: advantage, say: [长处, 擅长], topic: concepts, kind: aspect }',
      '- { zh: 挑战, en: challenge, say: [短板, 不擅长], topic: challenges, kind: aspect }',
      '- { zh: 优缺点, en: pros and cons, combines: [优势, 挑战], topic: concepts, kind: aspect }',
      '- { zh: 模型, en: model, broad: true }',
    ].join('\n'),
    'v.yaml',
  );
  const matcher = new VocabularyMatcher(concepts);
  const found = (text: string) => matcher.find(text).map((m) => `${m.form}=${m.concept.zh}`);

  it('in one sentence, at the first part, its form the parts joined', () => {
    expect(found('模型擅长什么、不擅长什么？')).toEqual(['模型=模型', '擅长…不擅长=优缺点']);
    expect(matcher.find('长处是什么，短板在哪')[0]).toMatchObject({ start: 0, end: 2 });
  });

  it('not across sentences, and not from one part alone', () => {
    expect(found('模型的长处很多。短板也有')).toEqual(['模型=模型', '长处=优势', '短板=挑战']);
    // A question mark does not end it: one heading asking two questions asks both.
    expect(found('模型擅长什么？短板又在哪？')).toEqual(['模型=模型', '擅长…短板=优缺点']);
    expect(found('模型的短板在哪')).toEqual(['模型=模型', '短板=挑战']);
  });

  it('a part that is no concept of the file is refused at its line', () => {
    expect(() => parseVocabulary('- { zh: 优缺点, en: pros and cons, combines: [优势, 挑战] }', 'v.yaml')).toThrow(
      /v\.yaml:1: 优缺点：combines「优势」不是另一个概念的 zh/u,
    );
    expect(() =>
      parseVocabulary(
        ['- { zh: 辨别, en: telling apart }', '- { zh: 检测, en: detection, combines: [[生成内容, 代写], 辨别] }'].join('\n'),
        'v.yaml',
      ),
    ).toThrow(/v\.yaml:2: 检测：combines「生成内容」不是另一个概念的 zh/u);
  });

  it('a part given as alternatives is named by any one of them', () => {
    const detection = new VocabularyMatcher(
      parseVocabulary(
        [
          '- { zh: 生成内容, en: generated content, say: [AI写的] }',
          '- { zh: 代写, en: ghostwriting, say: [AI代笔] }',
          '- { zh: 辨别, en: telling apart, say: [分得出, 看出], broad: true }',
          '- { zh: 检测, en: detection, combines: [[生成内容, 代写], 辨别], topic: challenges }',
        ].join('\n'),
        'v.yaml',
      ),
    );
    const names = (text: string) => detection.find(text).map((m) => `${m.form}=${m.concept.zh}`);
    expect(names('读着像 AI 写的，分得出来吗')).toEqual(['AI写的…分得出=检测']);
    expect(names('能看出哪些是 AI 代笔吗')).toEqual(['看出…AI代笔=检测']);
    // Alternatives of one part do not stand in for two parts.
    expect(names('AI写的还是 AI 代笔')).toEqual(['AI写的=生成内容', 'AI代笔=代写']);
    expect(names('分得出来吗')).toEqual(['分得出=辨别']);
  });
});

describe('two characters read across two words', () => {
  const matcher = new VocabularyMatcher(
    parseVocabulary(
      ['- { zh: 合规, en: compliance, say: [牌照], topic: challenges }', '- { zh: 能源, en: energy, say: [水电], kind: domain }'].join(
        '\n',
      ),
      'v.yaml',
    ),
  );
  const found = (text: string) => matcher.find(text).map((m) => `${m.form}=${m.concept.zh}`);

  it('are not the word they spell when they cut into each (门牌|照片, 潜水|电脑)', () => {
    expect(found('拍一张门牌照片发过来')).toEqual([]);
    expect(found('把潜水电脑的日志导出来')).toEqual([]);
  });

  it('are the word where it stands as one', () => {
    expect(found('没有营业牌照的公司')).toEqual(['牌照=合规']);
    expect(found('水电站的调度')).toEqual(['水电=能源']);
    expect(found('牌照')).toEqual(['牌照=合规']);
  });
});

describe('ambiguous words: search reads them, ingestion wants them vouched for', () => {
  const concepts = parseVocabulary(
    [
      '- { zh: 学习率预热, en: warmup, also: [learning rate warmup], say: [学习率热身, 预热], ambiguous: [热身, Warmup], topic: training }',
      '- { zh: 收敛, en: convergence, say: [loss不降], ambiguous: [平台期, 原地踏步], topic: training }',
    ].join('\n'),
    'v.yaml',
  );
  const matcher = new VocabularyMatcher(concepts);
  const found = (text: string, options?: Parameters<VocabularyMatcher['find']>[1]) => matcher.find(text, options).map((m) => m.form);

  it('reads the field and keeps the words apart from say', () => {
    expect(concepts[0]).toMatchObject({ say: ['学习率热身', '预热'], ambiguous: ['热身', 'Warmup'] });
    expect(concepts[1]!.ambiguous).toEqual(['平台期', '原地踏步']);
  });

  it('an ambiguous word alone names nothing: a gym warms up, a diet plateaus', () => {
    expect(found('会员热身多久合适？')).toEqual([]);
    expect(found('减脂进入平台期怎么办')).toEqual([]);
  });

  it('counts where the same text, or the evidence of the rest of the question, names the concept by its term', () => {
    expect(found('学习率预热和“热身”步数怎么定')).toEqual(['学习率预热', '热身']);
    expect(found('热身步数怎么定', { evidence: matcher.named('前 2000 步做 warmup') })).toEqual(['热身']);
    expect(found('热身步数怎么定', { evidence: matcher.named('拉伸和慢跑五分钟') })).toEqual([]);
    // One concept's evidence does not vouch for another's ambiguous word.
    expect(found('模型迟迟不收敛，进入平台期', { evidence: matcher.named('学习率预热') })).toEqual(['收敛', '平台期']);
    expect(found('热身后进入平台期', { evidence: matcher.named('模型迟迟不收敛') })).toEqual(['平台期']);
  });

  it('an everyday word does not vouch: the answer that explains a gym warm-up says 预热 too', () => {
    expect(found('让肌肉预热一下，热身十分钟')).toEqual(['预热']);
    expect(found('热身多久合适', { evidence: matcher.named('让肌肉预热，loss不降时也一样') })).toEqual([]);
  });

  it('a word also given as an English name of the concept is not ambiguous', () => {
    expect(found('warmup 要多少步')).toEqual(['Warmup']);
    expect(matcher.find('warmup')[0]!.ambiguous).toBeUndefined();
  });

  it('the search lexicon carries them as everyday words, so the browser expands them', () => {
    const browser = conceptsOf(conceptRows(concepts));
    expect(browser[0]!.say).toEqual(['学习率热身', '预热', '热身', 'Warmup']);
    expect(new VocabularyMatcher(browser).find('会员热身多久').map((m) => m.concept.zh)).toEqual(['学习率预热']);
  });

  it('one word, one concept: an ambiguous word listed under another concept is refused at its line', () => {
    expect(() =>
      parseVocabulary(
        `${'- { zh: 收敛, en: convergence, ambiguous: [平台期] }'}\n- { zh: 过拟合, en: overfitting, say: [平台期] }`,
        'v.yaml',
      ),
    ).toThrow(/v\.yaml:2: .*「平台期」已经是「收敛」（第 1 行）的一种说法/u);
  });
});
