/**
 * Known questions (scripts/ingest/known-questions.ts): a new article's question asked in other
 * words joins the labelled question whose wordings it reads like when the join model says so
 * (join-model.ts), under that question's topic, and nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { formatReport } from '../../scripts/ingest/report.ts';
import {
  buildKnownQuestions,
  joinKnownQuestions,
  KnownQuestionModel,
  narrowerThan,
  type LabelledWording,
} from '../../scripts/ingest/known-questions.ts';
import { JOIN_NEAR_MISS, JOIN_THRESHOLD } from '../../scripts/ingest/join-model.ts';
import { context, draft, group, reading } from './support/joins.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { projectExamples, projectOverrides, projectVocabulary, realSources, source } from './support/ingest.ts';

const wording = (at: string, title: string, answer: string): LabelledWording => ({ at, title, answer });

const distillation = [
  wording('a.txt:3', '什么是知识蒸馏', '让小的学生模型学习大的教师模型输出的软标签，温度系数调节分布的平滑程度，学生模型体积小、推理快。'),
  wording('b.txt:9', '怎么让小模型向大模型学本事', '教师模型先给出软标签，学生模型用带温度的交叉熵去拟合，蒸馏后的学生模型体积小。'),
];
const quantization = [
  wording('a.txt:7', '什么是模型量化', '把权重从 32 位浮点数换成 8 位或 4 位整数，显存占用下降，校准数据决定精度损失。'),
  wording('c.txt:4', '权重能不能用更少的位数存', '用 int8 或 int4 存权重和激活，需要校准数据，精度损失通常很小，显存占用成倍下降。'),
];
const privacy = [
  wording('a.txt:12', '训练数据里的个人信息怎么保护', '脱敏、差分隐私、访问控制和数据最小化，防止模型记住并泄露用户的身份证号和手机号。'),
];
const model = buildKnownQuestions([distillation, quantization, privacy], [...distillation, ...quantization, ...privacy]);
const known = new KnownQuestionModel(model);

describe('the model', () => {
  it('keeps every wording of a question and the frequencies of what is seen at least twice', () => {
    expect(model.questions.map((q) => q.at)).toEqual([['a.txt:3', 'b.txt:9'], ['a.txt:7', 'c.txt:4'], ['a.txt:12']]);
    expect(model.documents).toBe(5);
    // 模型 is in two titles of this tiny set; 蒸馏 in one only.
    expect(model.titleFrequency['模型']).toBe(2);
    expect(model.titleFrequency['蒸馏']).toBeUndefined();
  });

  it('finds the question whose answers a rewording shares, ahead of the others', () => {
    const best = known.best(
      '大模型当老师、小模型当学生是怎么回事',
      '教师模型输出软标签，学生模型按温度平滑后的分布去学，最后得到体积小的学生模型。',
    );
    expect(best?.question).toBe(0);
    expect(best!.margin).toBeGreaterThan(0.1);
    // The score is TITLE_SHARE of the titles' cosine and the rest the answers'.
    expect(best!.score).toBeCloseTo(0.2 * best!.title + 0.8 * best!.answer, 9);
    expect(best!.answer).toBeGreaterThan(best!.title);
  });

  it('reads an English word that names an object property as a word like any other', () => {
    const answer = (word: string) => `教师模型输出软标签，学生模型照着学。${word} 只是一个词。`;
    const score = (word: string) => known.best('大模型当老师、小模型当学生是怎么回事', answer(word))!.score;
    expect(score('constructor')).toBeCloseTo(score('zyxwvut'), 9);
  });

  it('keeps each wording, and reads a new one against the wording it is nearest as well as against their mean', () => {
    expect(model.questions[0]!.wordings).toHaveLength(2);
    // Worded almost as b.txt:9 is: far closer to it than to the mean of both wordings.
    const best = known.best('怎么让小模型向大模型学本事', '教师模型先给出软标签，学生模型用带温度的交叉熵去拟合。')!;
    expect(best.question).toBe(0);
    expect(best.nearestTitle).toBeCloseTo(1, 2);
    expect(best.nearestTitle).toBeGreaterThan(best.title + 0.2);
    expect(best.nearestAnswer).toBeGreaterThan(best.answer);
  });

  it('profiles a question by the concepts its answers name, the rarer weighing more', () => {
    const named = (w: LabelledWording, concepts: string[]) => ({ ...w, concepts });
    const distilled = [named(distillation[0]!, ['知识蒸馏', '软标签', '模型']), named(distillation[1]!, ['知识蒸馏', '软标签', '模型'])];
    const quantized = [named(quantization[0]!, ['量化', '校准', '模型']), named(quantization[1]!, ['量化', '校准', '模型'])];
    const profiled = new KnownQuestionModel(buildKnownQuestions([distilled, quantized], [...distilled, ...quantized]));
    expect(profiled.data.conceptFrequency).toEqual({ 知识蒸馏: 2, 软标签: 2, 校准: 2, 量化: 2, 模型: 4 });
    const profile = (concepts: string[]) => profiled.closer(0, '', '', concepts).profile;
    expect(profile(['知识蒸馏', '软标签', '模型'])).toBeCloseTo(1, 3);
    expect(profile(['量化', '校准'])).toBe(0);
    expect(profile([])).toBe(0);
    // 模型 is named by every answer: sharing it says less than sharing 软标签.
    expect(profile(['软标签', '量化'])).toBeGreaterThan(profile(['模型', '量化']));
  });

  it('reads a title that sets a scene before a dash by the question after it', () => {
    const answer = '教师模型输出软标签，学生模型照着学。';
    const asked = known.best('大模型当老师、小模型当学生是怎么回事', answer)!;
    const scene = known.best('我们烘焙坊的调度系统跑在一台旧电脑上，外包提了个办法——大模型当老师、小模型当学生是怎么回事', answer)!;
    expect(scene.title).toBeCloseTo(asked.title, 9);
    expect(scene.nearestTitle).toBeCloseTo(asked.nearestTitle, 9);
    // Without a dash the whole title is read, scene and all: its words dilute the question's.
    const noDash = known.best('我们烘焙坊的调度系统跑在一台旧电脑上，外包提了个办法：大模型当老师、小模型当学生是怎么回事', answer)!;
    expect(noDash.title).toBeLessThan(asked.title);
  });

  it('finds nothing close for a question it has never seen', () => {
    const best = known.best('咖啡豆的烘焙曲线怎么调', '先定入豆温度，再看一爆时间，发展期控制在两成左右。');
    expect(best!.score).toBeLessThan(0.05);
  });
});

describe('joining known questions', () => {
  const seed = group('compression', draft('a.txt', 3, '什么是知识蒸馏', distillation[0]!.answer));
  const rewording = group(
    'concepts',
    draft(
      'new.txt',
      5,
      '大模型当老师、小模型当学生是怎么回事',
      '教师模型输出软标签，学生模型按温度平滑后的分布去学，最后得到体积小的学生模型。',
    ),
  );
  const other = group('applications', draft('new.txt', 9, '咖啡豆的烘焙曲线怎么调', '先定入豆温度，再看一爆时间。'));
  const rewordingAnswer = known.best(rewording.members[0]!.title, rewording.members[0]!.plain)!.answer;

  it('joins a question the model gives at least JOIN_THRESHOLD, under the known topic, and reports what it read', () => {
    const { groups, merged } = joinKnownQuestions([seed, rewording, other], known, reading('answer', rewordingAnswer - 0.05), context());
    expect(groups.map((g) => [g.entryIds, g.topic])).toEqual([
      [['a.txt-3', 'new.txt-5'], 'compression'],
      [['new.txt-9'], 'applications'],
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ a: { entries: ['a.txt-3'] }, b: { entries: ['new.txt-5'] } });
    expect(merged[0]!.score).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(merged[0]!.known).toBe(true);
    expect(merged[0]!.measures).toEqual({
      title: expect.any(Number) as number,
      answer: Math.round(rewordingAnswer * 100) / 100,
      subject: 0,
      concepts: 0,
      terms: 0,
      sameTopic: false,
      nearestTitle: expect.any(Number) as number,
      nearestAnswer: expect.any(Number) as number,
      profile: 0,
      sharedTerms: 0,
    });
    // The closest single wording reads at least as close as the mean of them all.
    expect(merged[0]!.measures!.nearestAnswer).toBeGreaterThanOrEqual(merged[0]!.measures!.answer);
  });

  it('weighs the two known questions a wording reads most like, and joins the one the model gives more', () => {
    // Its answer reads like distillation's, its title word for word like a wording of quantization: by
    // score it reads most like distillation, and a model that reads the nearest title joins it to quantization.
    const quantized = group('compression', draft('a.txt', 7, '什么是模型量化', quantization[0]!.answer));
    const mixed = group('concepts', draft('new.txt', 5, '权重能不能用更少的位数存', distillation[1]!.answer));
    const top = known.top(mixed.members[0]!.title, mixed.members[0]!.plain);
    expect(top.map((m) => m.question)).toEqual([0, 1]);
    expect(top[0]!.margin).toBeGreaterThan(0);
    expect(top[1]!.margin).toBeCloseTo(-top[0]!.margin, 9);
    expect(top[1]!.nearestTitle).toBeGreaterThan(top[0]!.nearestTitle);
    const { groups, merged } = joinKnownQuestions([seed, quantized, mixed], known, reading('nearestTitle', 0.9), context());
    expect(groups.map((g) => g.entryIds)).toEqual([['a.txt-3'], ['a.txt-7', 'new.txt-5']]);
    expect(merged).toHaveLength(1);
  });

  it('reports a question the model gives less without joining it as a near miss', () => {
    // Probability about 0.5: between JOIN_NEAR_MISS and JOIN_THRESHOLD.
    const { groups, merged, nearMisses } = joinKnownQuestions(
      [seed, rewording, other],
      known,
      reading('answer', rewordingAnswer),
      context(),
    );
    expect(merged).toEqual([]);
    expect(groups).toHaveLength(3);
    expect(nearMisses).toHaveLength(1);
    expect(nearMisses[0]).toMatchObject({ a: { entries: ['a.txt-3'] }, b: { entries: ['new.txt-5'] } });
    expect(nearMisses[0]!.score).toBeGreaterThanOrEqual(JOIN_NEAR_MISS);
    expect(nearMisses[0]!.score).toBeLessThan(JOIN_THRESHOLD);
    const far = joinKnownQuestions([seed, rewording, other], known, reading('answer', rewordingAnswer + 0.05), context());
    expect([far.merged, far.nearMisses]).toEqual([[], []]);
  });

  it("measures the title's subject against the known question's titles, and the concepts of the answers", () => {
    const titles: string[][] = [];
    const subjectShare = (title: string, knownTitles: readonly string[]) => (titles.push([title, ...knownTitles]), 0.6);
    expect(joinKnownQuestions([seed, rewording], known, reading('subject', 0.5), context({ subjectShare })).merged).toHaveLength(1);
    expect(titles).toEqual([['大模型当老师、小模型当学生是怎么回事', '什么是知识蒸馏']]);
    // Jaccard of the concepts the answers name: {软标签, 温度} against {软标签, 教师模型} is 1/3.
    const concepts = (text: string) => new Set(text.includes('软标签，学生模型按温度') ? ['软标签', '温度'] : ['软标签', '教师模型']);
    const { merged } = joinKnownQuestions([seed, rewording], known, reading('concepts', 0.3), context({ concepts }));
    expect(merged[0]!.measures!.concepts).toBe(0.33);
    expect(joinKnownQuestions([seed, rewording], known, reading('concepts', 0.4), context({ concepts })).merged).toEqual([]);
  });

  it("reads whether the question was filed under the known question's topic, and whether it is a section title", () => {
    const filed = (topic: string) => group(topic, rewording.members[0]!);
    expect(joinKnownQuestions([seed, filed('compression')], known, reading('sameTopic', 0.5), context()).merged).toHaveLength(1);
    expect(joinKnownQuestions([seed, filed('training')], known, reading('sameTopic', 0.5), context()).merged).toEqual([]);
    const newOnes = context({ isSectionTitle: (d) => d.file === 'new.txt' });
    expect(joinKnownQuestions([seed, rewording], known, reading('section', 0.5), newOnes).merged).toHaveLength(1);
    expect(joinKnownQuestions([seed, rewording], known, reading('section', 0.5), context()).merged).toEqual([]);
  });

  it("never joins an article's section title to a known question that is only other articles' section titles", () => {
    const weights = reading('answer', rewordingAnswer - 0.05);
    const sections = joinKnownQuestions([seed, rewording, other], known, weights, context({ isSectionTitle: () => true }));
    expect(sections.merged).toEqual([]);
    expect(sections.nearMisses.map((m) => m.b.entries)).toEqual([['new.txt-5']]);
    // A section title still joins a known question asked as a question, and a question a known section title.
    for (const only of ['a.txt', 'new.txt'])
      expect(
        joinKnownQuestions([seed, rewording, other], known, weights, context({ isSectionTitle: (d) => d.file === only })).merged,
      ).toHaveLength(1);
  });

  it('never joins a title that asks about a narrower concept than the known question', () => {
    const asked: string[][] = [];
    const asksNarrower = (title: string, knownTitles: readonly string[]) => (asked.push([title, ...knownTitles]), true);
    const weights = reading('answer', rewordingAnswer - 0.05);
    expect(joinKnownQuestions([seed, rewording, other], known, weights, context({ asksNarrower })).merged).toEqual([]);
    expect(asked).toContainEqual(['大模型当老师、小模型当学生是怎么回事', '什么是知识蒸馏']);
  });

  it('joins nothing when the known question is not among the articles ingested, or without a model', () => {
    const weights = reading('answer', rewordingAnswer - 0.05);
    expect(joinKnownQuestions([rewording, other], known, weights, context()).merged).toEqual([]);
    expect(joinKnownQuestions([seed, rewording, other], undefined, weights, context()).groups).toHaveLength(3);
    expect(joinKnownQuestions([seed, rewording, other], known, undefined, context()).groups).toHaveLength(3);
  });

  it('never moves a question that is itself a known wording', () => {
    // a.txt:12 is where the privacy question lives: what it says cannot move it, however much it reads like another.
    const home = group('challenges', draft('a.txt', 12, '怎么让小模型向大模型学本事', distillation[1]!.answer));
    expect(joinKnownQuestions([seed, home], known, reading('answer', 0), context()).merged).toEqual([]);
  });
});

describe("a narrower question, by the vocabulary's broader terms", () => {
  const narrower = narrowerThan(new VocabularyMatcher(projectVocabulary()));

  it('is one whose title names a kind of what the known titles name', () => {
    expect(narrower('量化感知训练（QAT）和训练后量化（PTQ）有什么区别？', ['大模型的量化技术'])).toBe(true);
    expect(narrower('数据并行和张量并行怎么选？', ['如何实现大模型的分布式训练？'])).toBe(true);
  });

  it('is not one that names the same concept, or a concept the known titles name too', () => {
    expect(narrower('量化感知训练（QAT）具体是怎么做的？', ['量化感知训练是什么', '大模型的量化技术'])).toBe(false);
    expect(narrower('权重能不能用更少的位数存？', ['大模型的量化技术'])).toBe(false);
    expect(narrower('大模型在医疗领域有哪些应用？', ['大模型的量化技术'])).toBe(false);
  });

  it('is not one that names a kind only to set the scene, asking about the known concept itself', () => {
    expect(narrower('部署包上写着 INT4，说是量化过的——量化到底改了模型的什么？', ['大模型的量化技术'])).toBe(false);
    // A question whose asking clause names no concept asks about the kind the title names.
    expect(narrower('GPTQ 是训练后量化的一种，它是怎么工作的？', ['大模型的量化技术'])).toBe(true);
    expect(narrower('量化到底改了什么？训练后量化和量化感知训练哪个好？', ['大模型的量化技术'])).toBe(true);
  });

  it('is one that names one corner of the field the known titles name', () => {
    expect(narrower('做短视频带货的，大模型能帮上啥？', ['大模型在电子商务领域有哪些应用？'])).toBe(true);
    expect(narrower('量化交易里能怎么用大模型？', ['大模型在金融领域有哪些应用？'])).toBe(true);
  });

  it('is not one that names the field too, lists several of its corners, or names a corner only in the scene', () => {
    expect(narrower('做电商的读者问：除了推荐，电商平台还有哪些环节能用上大模型？', ['大模型在电子商务领域有哪些应用？'])).toBe(false);
    expect(narrower('放眼银行、券商、保险这几行，大模型主要用在哪？', ['大模型在金融领域有哪些应用？'])).toBe(false);
    expect(narrower('店里也在试直播带货——放到整个电商行业，大模型都用在哪些地方？', ['大模型在电子商务领域有哪些应用？'])).toBe(false);
    expect(narrower('做短视频带货的，大模型能帮上啥？', ['直播带货里大模型能做什么？'])).toBe(false);
  });
});

describe('with the project examples', () => {
  // My own rewording of the five's 「研究展望」 (002-s8-4), and a question the field never asks.
  const article = [
    '# 组会答疑',
    '',
    '### 1. 读博选题：接下来几年，大模型还有哪些值得投入的研究方向？',
    '',
    '**答案：** 我的看法是四块。一是算法创新：更高效的模型结构、训练方法和优化算法；二是多模态融合：把文本、图像、语音放进一个模型里统一理解和生成；三是分布式训练与推理的效率，让大模型训得起、用得起；四是安全与隐私保护，包括可解释性和对抗攻击的防御。',
    '',
    '### 2. 咖啡豆的烘焙曲线怎么调？',
    '',
    '**答案：** 先定入豆温度，再看一爆时间，发展期控制在总时长的两成左右，出豆后尽快冷却。',
    '',
  ].join('\n');
  const run = (withKnown: boolean) => {
    const examples = projectExamples();
    if (!withKnown) delete examples.known;
    return ingest({
      sources: [...realSources(), source('900_rewording.txt', article)],
      overrides: projectOverrides(),
      vocabulary: projectVocabulary(),
      examples,
    });
  };
  const questionOf = (out: ReturnType<typeof run>, id: string) => {
    const e = out.entries.find((x) => x.id === id)!;
    return out.entries.filter((x) => x.topic === e.topic && x.questionSlug === e.questionSlug).map((x) => x.id);
  };

  it('a rewording of a question of the five joins it, which the subject comparison alone does not do', () => {
    const out = run(true);
    expect(questionOf(out, '900-q1')).toEqual(['002-s8-4', '900-q1']);
    expect(questionOf(out, '900-q2')).toEqual(['900-q2']);
    // The probability and the pair, then the measures it was read from, then the override that splits it.
    expect(formatReport(out.report)).toMatch(
      /\n {2}[01]\.\d\d {2}已知问法 「研究展望」\(002-s8-4\) ~ 「读博选题[^\n]*\n {8}读数：标题 [\d.]+，答案 [\d.]+，问的对象 [\d.]+，术语 [\d.]+，标题术语 \d+ 个（与对方重合 [\d.]+）(?:，同一主题)?；最像的一种问法：标题 [\d.]+，答案 [\d.]+；术语画像 [\d.]+\n {8}拆开：groups: \{ 900-q1: alone \}\n/u,
    );
    expect(questionOf(run(false), '900-q1')).toEqual(['900-q1']);
  });
});
