/**
 * Everyday-language search queries — the TUNING half.
 *
 * Synonyms, vocabulary entries and ranking constants MAY be chosen by looking at these queries and
 * at how the search ranks them. Never report a score on this half as a test result: floors are
 * checked against the held-out half (everyday-held-out.ts), which must stay unseen while tuning.
 *
 * How the queries were judged: written 2026-11-30 as readers type them (engineers, students and
 * PMs preparing for interviews), about subjects the five source articles cover, without looking at
 * the search code, its synonym list (content/vocabulary.yaml) or the glossary terms. Each query's
 * relevant ids were chosen by reading every entry's answer under content/: an entry is listed when
 * its answer truly answers the query (not when it merely mentions a word of it), most relevant
 * first, from at most five distinct questions (entries that ask the same question may all be
 * listed). Ids name entries, not pages, so the set stays valid when questions are regrouped or
 * moved to another topic.
 *
 * How the set was split (before any tuning): 84 queries, 14 per style, drafted style by style;
 * within each style, in the order synonym, metaphor, situation, spoken, mixed-english, plain, a
 * Fisher–Yates shuffle driven by one mulberry32 stream seeded with 20261130 (j = floor(r·(i+1)),
 * i from the last index down); the first 7 of each shuffled style went to everyday-tuning.ts, the
 * other 7 to everyday-held-out.ts. Checked by tests/unit/everyday-queries.test.ts.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '训练大模型太耗电了怎么省电',
    relevant: ['004-q11', '004-q25'],
    style: 'synonym',
    note: '耗电/省电 never occur: 能耗, 能源消耗',
  },
  { query: '大模型预报天气', relevant: ['000-q18'], style: 'synonym', note: '预报天气 = 气象预测' },
  { query: '工厂里机器坏之前提前发现', relevant: ['004-q13', '001-q21', '000-q16'], style: 'synonym', note: '设备故障预测, 预测性维护' },
  { query: '随机关掉一部分神经元防止学偏', relevant: ['004-q19'], style: 'synonym', note: 'Dropout: 随机丢弃神经元' },
  { query: '大模型识别诈骗交易', relevant: ['001-q16', '004-q28'], style: 'synonym', note: '诈骗 = 欺诈检测' },
  {
    query: '给模型瘦身的方法有哪些',
    relevant: ['000-q6', '003-q21', '003-q23', '001-q9'],
    style: 'synonym',
    note: '瘦身 = 压缩, 减小模型大小',
  },
  { query: '语音转文字用大模型怎么做', relevant: ['001-q13', '000-q11', '003-q6'], style: 'synonym' },

  // ── metaphor ──
  { query: '给数据洗个澡再喂给模型', relevant: ['002-s2-1', '001-q2', '002-s3-2'], style: 'metaphor', note: '洗澡 = 数据清洗, 预处理' },
  {
    query: '老师教学生那种训练方法',
    relevant: ['003-q24', '000-q6'],
    style: 'metaphor',
    note: '教师模型/学生模型: knowledge distillation',
  },
  {
    query: '大模型一本正经地胡说八道怎么办',
    relevant: ['004-q29', '003-q19'],
    style: 'metaphor',
    note: 'hallucination: 准确性, 质量控制 (错误的信息)',
  },
  { query: '数据穿着加密外衣也能照样计算', relevant: ['003-q4'], style: 'metaphor', note: '同态加密' },
  {
    query: '先让模型博览群书再专门练一门手艺',
    relevant: ['003-q2', '004-q9'],
    style: 'metaphor',
    note: 'pre-training then fine-tuning / 迁移学习',
  },
  { query: '学习的步子越迈越小', relevant: ['004-q19', '000-q4', '001-q3'], style: 'metaphor', note: 'learning-rate decay/scheduling' },
  { query: '数据不出家门也能一起练模型', relevant: ['003-q4'], style: 'metaphor', note: '联邦学习: 数据不必集中存储' },

  // ── situation ──
  { query: '训练时梯度越来越小，前面几层学不动', relevant: ['000-q4', '000-q3'], style: 'situation', note: 'vanishing gradients' },
  { query: '说话带口音语音助手就听不懂', relevant: ['001-q26', '004-q14'], style: 'situation' },
  { query: '做风控模型要向监管说清楚为什么拒贷', relevant: ['003-q15', '001-q30'], style: 'situation', note: '模型解释性, 合规' },
  {
    query: '标注数据太少又请不起人标',
    relevant: ['003-q2', '004-q2', '003-q20', '004-q15', '001-q23'],
    style: 'situation',
    note: '003-q2: 迁移学习 lowers 标注成本; the rest name 标注成本高 as a challenge',
  },
  { query: '想在手机上跑大模型', relevant: ['003-q23', '000-q6', '003-q21', '001-q9'], style: 'situation', note: '手机 = 资源受限设备' },
  { query: '新用户刚注册没有历史记录，推荐不准', relevant: ['001-q25'], style: 'situation', note: '冷启动问题' },
  { query: '客服机器人总是答非所问', relevant: ['003-q17', '004-q17', '003-q10'], style: 'situation', note: '语义理解, 意图' },

  // ── spoken ──
  { query: '大模型能写歌吗', relevant: ['000-q22'], style: 'spoken', note: '音乐生成' },
  { query: '大模型咋训练的', relevant: ['001-q2', '002-s2-2', '002-s3-2', '000-q3', '002-s4-1'], style: 'spoken' },
  { query: '自动驾驶撞了人算谁的', relevant: ['004-q7'], style: 'spoken', note: '法律法规和伦理问题 is all the text says' },
  { query: '大模型到底有多大，几个亿参数？', relevant: ['003-q1', '001-q1', '004-q1', '002-s9-1', '000-q1'], style: 'spoken' },
  { query: '大模型以后会咋样', relevant: ['002-s9-5', '002-s8-2', '002-s8-4', '001-q8', '002-s7'], style: 'spoken' },
  { query: '大模型跟区块链能扯上啥关系', relevant: ['000-q27'], style: 'spoken' },
  { query: '大模型能抓黑客不', relevant: ['000-q28', '001-q22'], style: 'spoken', note: '入侵检测' },

  // ── mixed-english ──
  { query: 'F1 score 和 AUC 怎么看', relevant: ['000-q2', '004-q18', '004-q3'], style: 'mixed-english' },
  { query: 'Keras 写个线性回归 demo', relevant: ['002-s5-2', '002-s5-3', '002-s4-3'], style: 'mixed-english' },
  {
    query: 'FP16 训练能省显存吗',
    relevant: ['001-q3', '001-q9', '003-q21'],
    style: 'mixed-english',
    note: 'the articles only say 混合精度训练',
  },
  {
    query: 'RL 和大模型怎么结合',
    relevant: ['004-q27', '002-s3-1'],
    style: 'mixed-english',
    note: '增强学习 (not 强化学习) in the question',
  },
  { query: '上线前做 A/B test 对比新旧模型', relevant: ['004-q3'], style: 'mixed-english' },
  { query: '模型转成 int8', relevant: ['001-q9', '000-q6', '003-q21'], style: 'mixed-english' },
  {
    query: 'AlphaFold 那种预测蛋白质结构',
    relevant: ['001-q14', '004-q22', '000-q19'],
    style: 'mixed-english',
    note: 'AlphaFold never occurs',
  },

  // ── plain ──
  { query: '神经网络的前向传播是怎么算的', relevant: ['002-s4-2', '002-s4-1', '001-q2'], style: 'plain' },
  { query: '大模型训练会遇到哪些困难', relevant: ['004-q2', '002-s9-3', '002-s8-3'], style: 'plain' },
  { query: '贾扬清怎么看国内大模型市场', relevant: ['002-s1'], style: 'plain' },
  { query: '交通管理怎么用大模型', relevant: ['004-q30'], style: 'plain' },
  { query: '大模型可以用在哪些行业', relevant: ['002-s9-2', '002-s6', '002-s3-4', '001-q8'], style: 'plain' },
  {
    query: '计算机视觉里大模型有哪些问题',
    relevant: ['001-q23', '003-q20', '004-q15'],
    style: 'plain',
    note: '图像识别 challenges count as CV',
  },
  { query: '能源行业怎么用大模型', relevant: ['000-q17', '000-q29'], style: 'plain' },
];
