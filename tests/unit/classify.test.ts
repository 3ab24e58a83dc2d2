/** Topic classification (SPEC: "Topic"): automatic, explainable, overridable in one file. */
import { beforeAll, describe, expect, it } from 'vitest';
import { afterSceneClause, classifyTopic, listAfterColon, type ClassifyInput } from '../../scripts/ingest/classify/classify.ts';
import { fromToSpans, isFoundInMaterial, questionAfterDash } from '../../scripts/ingest/filler.ts';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { lockSchema } from '../../scripts/ingest/permalinks.ts';
import { TOPICS, type TopicId } from '../../src/lib/topics.ts';
import { normalizeForm, VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { catchIngestError, entryById, entryPath, HEAVY_TIMEOUT, overridesFrom, projectVocabulary, source } from './support/ingest.ts';

const vocabulary = projectVocabulary();
const matcher = new VocabularyMatcher(vocabulary);
const classify = (input: ClassifyInput) => classifyTopic(input, matcher);

const byHeading = (heading: string) => classify({ headings: [heading], bodies: [''] });

describe('clear-cut headings land in the right topic', () => {
  it.each<[string, TopicId]>([
    ['什么是注意力机制？', 'concepts'],
    ['大模型与小模型的区别是什么？', 'concepts'],
    ['大模型有哪些优缺点？', 'concepts'],
    ['如何选择合适的学习率？', 'training'],
    ['混合精度训练如何节省显存？', 'training'],
    ['梯度爆炸怎么处理？', 'training'],
    ['分布式训练中的数据并行', 'training'],
    ['模型剪枝有哪些方法', 'compression'],
    ['如何把量化后的模型部署到手机上？', 'compression'],
    ['知识蒸馏中温度参数的作用', 'compression'],
    ['大模型在电商客服中的应用', 'applications'],
    ['大模型如何应用于药物研发？', 'applications'],
    ['大模型创业公司如何打开市场？', 'applications'],
    ['大模型在法律领域的伦理风险', 'challenges'],
    ['如何保护用户数据的隐私？', 'challenges'],
    ['大模型的能耗与可持续发展', 'challenges'],
    ['大模型的可解释性', 'challenges'],
  ])('「%s」 → %s', (heading, topic) => {
    expect(byHeading(heading).topic).toBe(topic);
  });

  it('a use that solves 「…问题」 is an application; a named challenge still outweighs the use', () => {
    // Invented headings: the broad 问题 names what is solved, 难点 names the challenge.
    expect(byHeading('仓库里找货慢这些物流调度问题，大模型能帮上什么忙？').topic).toBe('applications');
    expect(byHeading('大模型用在物流调度上有哪些难点？').topic).toBe('challenges');
  });

  it('a strength and a weakness asked in one sentence ask the pros and cons (concepts), not the challenges', () => {
    // Invented headings in a trade's words: the weakness alone is a challenge question.
    expect(byHeading('给门店用的客服模型，强项是什么、弱点又在哪？').topic).toBe('concepts');
    expect(byHeading('这套模型擅长什么、不擅长什么？').topic).toBe('concepts');
    expect(byHeading('这套模型的弱点在哪？').topic).toBe('challenges');
  });

  it('a list after a colon names examples: they count like a later sentence, the heading before it decides', () => {
    // Invented headings: the list names the parts of what is asked about.
    expect(byHeading('先把几个核心概念理清：数据、微调、部署').topic).toBe('concepts');
    expect(listAfterColon('关系理清：数据、检索、微调')).toBe(5);
    // Fewer than three items, or a question after the colon, is no list of examples.
    expect(listAfterColon('两件事：微调、评估')).toBe(Number.POSITIVE_INFINITY);
    expect(listAfterColon('先说结论：微调、评估、部署哪个最贵？')).toBe(Number.POSITIVE_INFINITY);
  });

  it('a scene set before a dash counts like a later sentence when the question after it names something', () => {
    // Invented: the scene names uses, the question after the dash asks who answers for a mistake.
    expect(byHeading('物流公司打算用大模型排班、调度车辆、算运费——它算错了谁担责任？').topic).toBe('challenges');
    expect(questionAfterDash('物流公司打算用大模型排班——它算错了谁担责任？')).toBe(14);
    // After the dash only 「能做到吗」: the scene is what is asked about, at full weight.
    expect(byHeading('物流公司打算用大模型排班、调度车辆——现在能做到吗？').topic).toBe('applications');
    expect(questionAfterDash('物流公司打算用大模型排班——调度车辆')).toBe(0);
  });

  it('a flaw the model is asked to find in the material is a use, not a challenge; the model’s own flaws still are', () => {
    // Invented headings: what is found is in the X-ray or the cloth, not in the model.
    expect(byHeading('让模型看牙片，能帮医生自动找出哪些毛病？').topic).toBe('applications');
    expect(byHeading('布匹拍照后由模型挑布面缺陷，现在做到什么程度了？').topic).toBe('applications');
    expect(byHeading('怎样尽早发现大模型自身的缺陷？').topic).toBe('challenges');
    expect(isFoundInMaterial('模型能帮医生找出哪些毛病', 10)).toBe(true);
    expect(isFoundInMaterial('怎样发现模型的毛病', 7)).toBe(false);
    expect(isFoundInMaterial('质检找茬，难在哪些毛病', 9)).toBe(false);
    // A risk named as what is to be found is the material's too; found in the model's output it is not.
    expect(byHeading('新本子上演前，能不能先让它过一遍，挑出低俗的、碰敏感话题的句子？').topic).toBe('applications');
    expect(byHeading('怎样发现模型输出里的敏感话题？').topic).toBe('challenges');
    // The same in a 把 sentence, where the verb follows what is found.
    expect(byHeading('拍完车身照片，能不能先把原有的划痕和漆面毛病圈出来？').topic).toBe('applications');
    expect(isFoundInMaterial('先把原有的划痕和漆面毛病圈出来', 12)).toBe(true);
    expect(isFoundInMaterial('先把模型的毛病找出来', 6)).toBe(false);
    expect(isFoundInMaterial('把毛病改掉', 1)).toBe(false);
    // The verb as a noun, or inside a term of the field, names the task whose challenges are asked.
    expect(byHeading('大模型在图像识别中的挑战').topic).toBe('challenges');
    expect(byHeading('目标检测时的难点有哪些？').topic).toBe('challenges');
    expect(isFoundInMaterial('识别中的挑战', 4)).toBe(false);
  });

  it('a request that the model do something is a use, unless what it is asked to do is a technique', () => {
    // Invented headings.
    const request = byHeading('能不能让它听录音、对着原词把漏字和错字挑出来？');
    expect(request.topic).toBe('applications');
    expect(request.reason).toContain('能不能让');
    // The request counts under a specific term: routing easy questions to a small model is serving.
    expect(byHeading('能不能先让小模型接着，难的再交给大模型？').topic).toBe('compression');
  });

  it('where a heading asks for steps, the ends of its 「从 A 到 B」 count like a later sentence', () => {
    // Invented headings: the steps of a whole project, whose last step happens to be a deployment.
    const steps = byHeading('从立项到全部门店上线，我们按顺序走了哪些环节？');
    const launch = byHeading('全部门店上线，我们按顺序走了哪些环节？');
    expect(launch.scores.compression).toBeGreaterThan(0);
    expect(steps.scores.compression).toBe(launch.scores.compression / 2);
    // Without steps asked for, a span is what the question is about.
    expect(byHeading('从立项到全部门店上线花了多久？').scores.compression).toBe(byHeading('全部门店上线花了多久？').scores.compression);
    expect(fromToSpans('从立项到四家店全上线,我们按顺序走了哪些环节')).toEqual([[0, 10]]);
    expect(fromToSpans('从收数据一直到上线后的安全防护、再到运维')).toEqual([[0, 15]]);
    // Idioms name no ends.
    expect(fromToSpans('把训练的全流程从头到尾讲一遍')).toEqual([]);
  });

  it('the vocabulary tells reading code from writing it, and a bike shop’s 修车 from a garage’s', () => {
    const named = (text: string) => matcher.find(text).map((m) => m.concept.zh);
    // Invented headings: the seed sections 源代码详细实现 and 代码解读与分析 are two questions.
    expect(named('把训练脚本逐段拆开读：每一块在干什么')).toContain('代码解读');
    expect(named('把训练脚本逐段拆开读：每一块在干什么')).not.toContain('代码实现');
    expect(named('能不能贴出完整代码，从头实现一遍？')).toContain('代码实现');
    // 修车 and 电动车 name cars only where the question says so by the term.
    expect(named('自行车店修车时，大模型能帮上什么忙？')).not.toContain('汽车');
    expect(named('小区电梯里识别电动车')).not.toContain('汽车');
    expect(named('汽车维修店里修车时，大模型能帮上什么忙？')).toContain('汽车');
  });

  it('a model’s knowledge cutoff is what it is (concepts); knowledge gone stale is a problem', () => {
    expect(byHeading('说明页上写的“知识截止日期”是什么意思？').topic).toBe('concepts');
    expect(byHeading('模型的知识过时了，回答跟不上新闻怎么办？').topic).toBe('challenges');
  });

  it('a first clause that names no subject, only a time or a frame, sets the scene for the question after the comma', () => {
    // Invented: the outlook words frame a question about jobs.
    expect(byHeading('再过几年，程序员会失业吗？').topic).toBe('challenges');
    const heading = normalizeForm('再过几年，程序员会失业吗？');
    expect(afterSceneClause(heading, matcher.find(heading))).toBe(5);
    // A first clause that names its subject is part of the question.
    const named = normalizeForm('大模型的未来，会走向哪里？');
    expect(afterSceneClause(named, matcher.find(named))).toBe(0);
    // Nothing after the comma asks: no scene.
    const statement = normalizeForm('再过几年，程序员');
    expect(afterSceneClause(statement, matcher.find(statement))).toBe(0);
  });

  it('「会不会…」 voices a worry: a risk question, not a use, when nothing else frames it', () => {
    // Invented heading: the domain alone would read as a use of it.
    expect(byHeading('让大模型自动批改作业，会不会误判学生？').topic).toBe('challenges');
    expect(byHeading('让大模型自动批改作业').topic).toBe('applications');
  });

  it('under a heading that names no subject, the words every answer uses for the models themselves do not decide', () => {
    // An invented background section: market context, with the usual mentions of base models and sizes.
    const body = '基础模型和通用大模型越来越多，参数规模不断增长。市场规模扩大，资本涌入，各家都在找商业化的路子。';
    expect(classify({ headings: ['背景介绍'], bodies: [body] }).topic).toBe('applications');
    // A heading that names its subject keeps the answer's words at full weight.
    expect(classify({ headings: ['什么是基础模型？'], bodies: [body] }).topic).toBe('concepts');
  });

  it('an everyday word that mostly means something else counts only where the question names its concept otherwise', () => {
    // Invented: a gym's warm-up and a diet's plateau are not 学习率预热 and 收敛.
    const gym = classify({ headings: ['会员上课前热身多久合适？'], bodies: ['一般 10 分钟：慢跑、动态拉伸，再做两组轻重量。'] });
    expect(gym.scores.training).toBe(0);
    expect(gym.reason).not.toMatch(/热身/u);
    // The everyday words an answer explains the trade's sense with (预热, an everyday word of 学习率预热) do not vouch.
    const pruning = classify({ headings: ['冬季修枝有什么讲究？'], bodies: ['先把病枝剪掉，再疏掉交叉枝，伤口涂保护剂。'] });
    expect(pruning.reason).not.toMatch(/修枝/u);
    const warm = classify({ headings: ['会员上课前热身多久合适？'], bodies: ['慢跑和动态拉伸十分钟，让肌肉预热。'] });
    expect(warm.reason).not.toMatch(/「热身」/u);
    const warmup = classify({ headings: ['热身步数设多少合适？'], bodies: ['学习率预热一般占总步数的 1%–5%，之后再按余弦衰减。'] });
    expect(warmup.topic).toBe('training');
    expect(warmup.reason).toMatch(/「热身」（学习率预热）/u);
    // An answer that names 学习率预热 only to set it aside does not vouch for the word.
    const disclaimed = classify({
      headings: ['课前热身总被草草带过，能不能让模型排一套热身方案？'],
      bodies: ['这里的“热身”就是课前活动关节的那十分钟，跟模型训练里的学习率预热没有关系。模型按会员伤病史挑 6 个动作。'],
    });
    expect(disclaimed.scores.training).toBe(0);
  });

  it('the heading decides over words the answer happens to use', () => {
    const result = classify({ headings: ['模型剪枝有哪些方法？'], bodies: ['训练 训练 训练 训练 训练 应用 应用 应用 问题 问题'] });
    expect(result.topic).toBe('compression');
  });
});

describe('explanations', () => {
  it('names the topic, its score and the cue that matched, and where', () => {
    const result = byHeading('模型剪枝有哪些方法');
    expect(result.reason).toContain(`归入「${TOPICS.compression.name}」`);
    expect(result.reason).toContain(`（${result.scores.compression} 分）`);
    // The vocabulary's term, and the form the heading used when it differs.
    expect(result.reason).toContain('标题「模型剪枝」（剪枝）');
    // The same reading in words a later decision (a vote of neighbours) can quote after its own.
    expect(result.reading).toBe(result.reason.replace(/^归入/u, '按词表，最高为'));
  });

  it('says when no word with a topic was found, without a default a later vote would contradict', () => {
    const result = byHeading('这个怎么弄');
    expect(result.reason).toMatch(/^词表中没有命中任何带主题的词，默认归入「/u);
    expect(result.reading).toBe('词表中没有命中任何带主题的词。');
  });

  it('mentions the runner-up when another topic scored, and answer words where they count', () => {
    const result = classify({ headings: ['知识蒸馏的伦理风险'], bodies: ['用向量数据库做法律问答。'] });
    expect(result.topic).toBe('challenges');
    expect(result.scores.compression).toBeGreaterThan(0);
    expect(result.scores.applications).toBeGreaterThan(0);
    expect(result.reason).toContain(`次高为「${TOPICS.compression.name}」${result.scores.compression} 分`);
    const explained = classify({ headings: ['检索增强生成的原理'], bodies: ['检索增强生成先检索再生成。'] });
    expect(explained.reason).toContain('正文「检索增强生成」');
  });

  it('says so when nothing matched, and falls back to concepts deterministically', () => {
    const result = byHeading('甲乙丙丁');
    expect(result.topic).toBe('concepts');
    expect(Object.values(result.scores).every((s) => s === 0)).toBe(true);
    expect(result.reason).toBe(`词表中没有命中任何带主题的词，默认归入「${TOPICS.concepts.name}」。`);
  });
});

describe('a formula in a heading', () => {
  it('is not read for words of the field: TP in a precision formula is no tensor parallelism', () => {
    const out = ingest({
      sources: [source('formula.md', '### 1. 查准率 $P = \\frac{TP}{TP + FP}$ 怎么算？\n\n预测为正的样本里真正为正的比例。\n')],
      vocabulary,
    });
    const entry = entryById(out, 'formula-q1');
    expect(entry.classification.reason).not.toMatch(/张量并行|「TP」/u);
    expect(entry.classification.reason).toContain('查准率');
    // The title keeps its formula.
    expect(entry.title).toContain('$P = \\frac{TP}{TP + FP}$');
  });
});

describe('maintainer overrides: topics', () => {
  const article = source(
    '100_demo.txt',
    '### 1. 模型剪枝有哪些方法？\n\n结构化剪枝与非结构化剪枝。\n\n### 2. 如何选择合适的学习率？\n\n从小开始试。\n',
  );
  const slug = 'mo-xing-jian-zhi-you-na-xie-fang-fa';
  let first: IngestOutput;
  beforeAll(() => {
    first = ingest({ sources: [article], vocabulary });
  }, HEAVY_TIMEOUT);
  const lockOf = (o: IngestOutput) => lockSchema.parse(JSON.parse(o.files.get('permalinks.json')!));

  it('moves the question to the named topic, says why, and leaves a redirect from the old path', () => {
    expect(entryById(first, '100-q1')).toMatchObject({ topic: 'compression', questionSlug: slug });

    const moved = ingest({
      sources: [article],
      lock: lockOf(first),
      overrides: overridesFrom(`topics:\n  ${slug}: challenges\n`),
      vocabulary,
    });
    const entry = entryById(moved, '100-q1');
    expect(entry).toMatchObject({ topic: 'challenges', questionSlug: slug, anchor: 'answer-100-q1' });
    expect(entry.classification.overridden).toBe(true);
    expect(entry.classification.reason).toMatch(/^由维护者在 overrides\.yaml 中指定为「challenges」。自动分类：归入「压缩与部署」/u);
    expect(moved.files.has(`challenges/${slug}/100-q1.mdx`)).toBe(true);
    expect(moved.files.has(`compression/${slug}/100-q1.mdx`)).toBe(false);
    expect(lockOf(moved).redirects).toEqual({ [`compression/${slug}`]: `challenges/${slug}` });
    expect(moved.report.overrides).toEqual([{ kind: 'topic', key: slug, line: 2, change: 'compression → challenges' }]);
    // the other question is untouched
    expect(entryPath(entryById(moved, '100-q2'))).toBe(entryPath(entryById(first, '100-q2')));

    // Dropping the override moves it back: the redirect now points the other way, none shadows a live page.
    const back = ingest({ sources: [article], lock: lockOf(moved), vocabulary });
    expect(entryById(back, '100-q1').topic).toBe('compression');
    expect(lockOf(back).redirects).toEqual({ [`challenges/${slug}`]: `compression/${slug}` });
  });

  it('an override that agrees with the classifier is reported as removable', () => {
    const same = ingest({ sources: [article], overrides: overridesFrom(`topics:\n  ${slug}: compression\n`), vocabulary });
    expect(same.report.overrides[0]!.change).toBe('compression → compression（与自动分类相同，可删除）');
    expect(entryById(same, '100-q1').classification.overridden).toBe(false);
  });

  it('an unknown question slug is a warning with the overrides file and line, and changes nothing', () => {
    const out = ingest({ sources: [article], overrides: overridesFrom('topics:\n  no-such-question: training\n'), vocabulary });
    expect(out.report.warnings).toEqual([
      {
        file: 'overrides.yaml',
        line: 2,
        message: 'topics: 要摄取的原文里没有 slug 为 no-such-question 的问题；这条覆盖已忽略',
      },
    ]);
    expect(out.report.overrides).toEqual([]);
    expect(out.files).toEqual(first.files);
  });

  it('an unknown topic id fails when the overrides file is read, at its line', () => {
    const error = catchIngestError(() => overridesFrom(`# overrides\ntopics:\n  ${slug}: compresion\n`));
    expect(error.file).toBe('overrides.yaml');
    expect(error.line).toBe(3);
    expect(error.message).toContain(`topics.${slug}`);
  });

  it('broken YAML fails at the line of the syntax error', () => {
    const error = catchIngestError(() => overridesFrom('topics:\n  a: training\n  b: [unclosed\n'));
    expect(error.file).toBe('overrides.yaml');
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('an unknown section is refused rather than ignored', () => {
    expect(catchIngestError(() => overridesFrom('topic:\n  a: training\n')).message).toMatch(/^overrides\.yaml:1: /u);
  });
});

describe('the classifier is a parameter of the pipeline', () => {
  it('ingest() publishes whatever topic the given classifier decides, with its reason', () => {
    const article = source(
      '100_demo.txt',
      '### 1. 模型剪枝有哪些方法？\n\n结构化剪枝。\n\n### 2. 如何选择合适的学习率？\n\n从小开始试。\n',
    );
    const seen: string[][] = [];
    const out = ingest(
      { sources: [article] },
      {
        classify: (input) => {
          seen.push(input.headings);
          const scores = { concepts: 0, training: 0, compression: 0, applications: 1, challenges: 0 };
          return { topic: 'applications', scores, reason: '测试分类器。' };
        },
      },
    );
    expect(seen).toEqual([['模型剪枝有哪些方法？'], ['如何选择合适的学习率？']]);
    for (const entry of out.entries) {
      expect(entry.topic).toBe('applications');
      expect(entry.classification).toMatchObject({ reason: '测试分类器。', overridden: false });
    }
  });
});
