/**
 * Everyday-language search queries — the TUNING set.
 *
 * Synonyms, vocabulary entries and ranking constants MAY be chosen by looking at these queries and
 * at how the search ranks them. Never report a score on this set as a test result: floors are
 * checked against the held-out half (everyday-held-out-9.ts), which must stay unseen while tuning.
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
 * Round 1 = these 84 queries, 14 per style, drafted style by style. Before any tuning they were
 * split: within each style, in the order synonym, metaphor, situation, spoken, mixed-english,
 * plain, a Fisher–Yates shuffle driven by one mulberry32 stream seeded with 20261130
 * (j = floor(r·(i+1)), i from the last index down); the first 7 of each shuffled style went to the
 * tuning half, the other 7 to the held-out half. (The drafting order was not kept, so the shuffle
 * cannot be replayed from these files.)
 *
 * After the first report on it, the round-1 held-out half was folded in here — in each style
 * below, the 7 queries after the "round-1 held-out" marker — and will be tuned on. A fresh
 * held-out half was then written blind (everyday-held-out.ts, now everyday-tuning-2.ts). Queries, relevant ids, styles and
 * notes were moved unchanged. Checked by tests/unit/everyday-queries.test.ts.
 *
 * Round 3 = 72 more queries (12 per style), written blind by a helper and appended at the end
 * from everyday-tuning-3.ts; tuning only.
 *
 * Rounds 2 and 4 = the two blind held-out halves of earlier sessions (60 queries each), folded in
 * unchanged on 2026-12-01 once a fresh held-out round 5 had been written (everyday-tuning-2.ts,
 * everyday-tuning-4.ts say how).
 *
 * Round 5 = the blind held-out half of 2026-12-01 (60 queries), folded in unchanged the same day
 * once a fresh held-out round 6 had been written and measured (everyday-tuning-5.ts says how).
 *
 * Round 6 = the next blind held-out half (60 queries), folded in unchanged on 2026-12-01 once a fresh
 * held-out round 7 had been written blind (everyday-tuning-6.ts says how). The held-out half is now
 * everyday-held-out-7.ts.
 *
 * Rounds 7 and 8 = the blind held-out halves written on 2026-12-01 (60 queries each), folded in
 * unchanged once a fresh held-out round 9 had been written blind (everyday-tuning-7.ts and -8.ts say
 * how).
 *
 * Rounds 9 and 10 = the blind held-out halves written on 2026-12-01 (60 queries each), folded in
 * unchanged before a fresh held-out round 11 was written blind (everyday-tuning-9.ts and -10.ts say
 * how).
 *
 * Round 11 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 12 was written blind (everyday-tuning-11.ts says how).
 *
 * Round 12 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 13 was written blind (everyday-tuning-12.ts says how).
 *
 * Round 13 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 14 was written blind (everyday-tuning-13.ts says how).
 *
 * Round 14 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 15 was written blind (everyday-tuning-14.ts says how).
 *
 * Round 15 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 16 was written blind (everyday-tuning-15.ts says how).
 *
 * Round 16 = the blind held-out half written on 2026-12-01 (60 queries), folded in unchanged before a
 * fresh held-out round 17 was written blind (everyday-tuning-16.ts says how).
 *
 * Round 17 = the blind held-out half written on 2026-12-02 (60 queries), folded in unchanged before a
 * fresh held-out round 18 was written blind (everyday-tuning-17.ts says how).
 *
 * Round 18 = the blind held-out half written on 2026-12-02 (60 queries), folded in unchanged before a
 * fresh held-out round 19 was written blind (everyday-tuning-18.ts says how).
 *
 * Round 19 = the blind held-out half written on 2026-12-02 (60 queries), folded in unchanged before a
 * fresh held-out round 20 was written blind (everyday-tuning-19.ts says how).
 *
 * Round 20 = the blind held-out half written on 2026-12-02 (60 queries), folded in unchanged before a
 * fresh held-out round 21 was written blind (everyday-tuning-20.ts says how).
 *
 * Round 21 = the blind held-out half written on 2026-12-02 (60 queries), folded in unchanged before a
 * fresh held-out round 22 was written blind (everyday-tuning-21.ts says how). The held-out half is
 * now everyday-held-out-22.ts.
 */
import { EVERYDAY_TUNING_2 } from './everyday-tuning-2.ts';
import { EVERYDAY_TUNING_3 } from './everyday-tuning-3.ts';
import { EVERYDAY_TUNING_4 } from './everyday-tuning-4.ts';
import { EVERYDAY_TUNING_5 } from './everyday-tuning-5.ts';
import { EVERYDAY_TUNING_6 } from './everyday-tuning-6.ts';
import { EVERYDAY_TUNING_7 } from './everyday-tuning-7.ts';
import { EVERYDAY_TUNING_8 } from './everyday-tuning-8.ts';
import { EVERYDAY_TUNING_9 } from './everyday-tuning-9.ts';
import { EVERYDAY_TUNING_10 } from './everyday-tuning-10.ts';
import { EVERYDAY_TUNING_11 } from './everyday-tuning-11.ts';
import { EVERYDAY_TUNING_12 } from './everyday-tuning-12.ts';
import { EVERYDAY_TUNING_13 } from './everyday-tuning-13.ts';
import { EVERYDAY_TUNING_14 } from './everyday-tuning-14.ts';
import { EVERYDAY_TUNING_15 } from './everyday-tuning-15.ts';
import { EVERYDAY_TUNING_16 } from './everyday-tuning-16.ts';
import { EVERYDAY_TUNING_17 } from './everyday-tuning-17.ts';
import { EVERYDAY_TUNING_18 } from './everyday-tuning-18.ts';
import { EVERYDAY_TUNING_19 } from './everyday-tuning-19.ts';
import { EVERYDAY_TUNING_20 } from './everyday-tuning-20.ts';
import { EVERYDAY_TUNING_21 } from './everyday-tuning-21.ts';
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING: EverydayQuery[] = [
  // ── synonym ──
  // round-1 tuning half
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

  // round-1 held-out half (folded into tuning after the first report)
  { query: '多台机器一起训练一个模型', relevant: ['000-q5', '004-q21'], style: 'synonym', note: '多台机器 = 分布式, 多个计算节点' },
  { query: '把模型参数从小数换成整数', relevant: ['001-q9', '000-q6', '003-q21'], style: 'synonym', note: '小数 = 浮点数: quantization' },
  {
    query: '无人车的难点',
    relevant: ['004-q23', '004-q7', '001-q27', '003-q14', '003-q18'],
    style: 'synonym',
    note: '无人车 = 自动驾驶, 难点 = 挑战',
  },
  { query: '训练大模型花钱太多怎么省', relevant: ['004-q5', '003-q21'], style: 'synonym', note: '花钱 = 成本; 003-q21 lowers 计算成本' },
  { query: '给每个学生定制学习计划', relevant: ['003-q12', '000-q21', '001-q20'], style: 'synonym', note: '定制 = 个性化学习' },
  {
    query: '大模型怎么帮医生看病',
    relevant: ['003-q8', '000-q13', '001-q19', '004-q6', '003-q13'],
    style: 'synonym',
    note: '看病 = 疾病诊断',
  },
  {
    query: '用大模型预测股价',
    relevant: ['000-q14', '004-q12', '003-q11', '004-q28'],
    style: 'synonym',
    note: '股价 = 股票价格走势, 市场预测',
  },

  // ── metaphor ──
  // round-1 tuning half
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

  // round-1 held-out half (folded into tuning after the first report)
  { query: '误差一层层往回传', relevant: ['002-s4-1', '002-s4-2', '001-q2', '002-s2-2'], style: 'metaphor', note: 'backpropagation' },
  { query: '做大模型创业怎么挖护城河', relevant: ['004-q4', '004-q16'], style: 'metaphor', note: '护城河 = 竞争优势' },
  { query: '让大模型减肥', relevant: ['000-q6', '003-q23', '003-q21', '001-q9'], style: 'metaphor', note: '减肥 = 压缩' },
  { query: '把数据切成一小口一小口喂给模型', relevant: ['000-q3'], style: 'metaphor', note: '批量处理（Mini-batch）' },
  {
    query: '模型死记硬背训练数据',
    relevant: ['004-q2', '000-q3', '003-q20', '002-s2-5', '004-q19'],
    style: 'metaphor',
    note: 'overfitting; 003-q20: 仅在训练数据上表现良好',
  },
  { query: '模型沿着山坡往下走找最低点', relevant: ['000-q3', '002-s4-1'], style: 'metaphor', note: 'gradient descent: 损失函数最小化' },
  { query: '大模型就是个黑盒子', relevant: ['004-q8', '002-s2-5'], style: 'metaphor', note: '可解释性, 透明度' },

  // ── situation ──
  // round-1 tuning half
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

  // round-1 held-out half (folded into tuning after the first report)
  { query: '医院的病人数据不能外泄，还想拿来训练模型', relevant: ['003-q4', '004-q10', '001-q28', '003-q16'], style: 'situation' },
  {
    query: '模型在训练集上很好测试集上很差怎么办',
    relevant: ['002-s2-5', '000-q3', '004-q19', '004-q2', '003-q20'],
    style: 'situation',
    note: 'overfitting: the remedies first, then the pages naming the symptom',
  },
  { query: '面试官问怎么评估一个大模型', relevant: ['000-q2', '004-q3', '004-q18', '000-q7'], style: 'situation' },
  { query: '模型跑得很慢，不知道卡在哪', relevant: ['003-q22', '003-q21'], style: 'situation', note: '性能分析 (计算时间、内存使用)' },
  {
    query: '下雨下雪天自动驾驶看不清路',
    relevant: ['003-q14', '004-q7', '004-q23'],
    style: 'situation',
    note: '鲁棒性: 复杂的天气和道路条件',
  },
  {
    query: '在吵闹的地铁里语音识别老出错',
    relevant: ['004-q14', '001-q26', '003-q6'],
    style: 'situation',
    note: '噪声干扰; 003-q6 抗噪性强',
  },
  { query: '模型太大一张显卡装不下', relevant: ['000-q5', '004-q21', '003-q23'], style: 'situation', note: '模型并行; 003-q23 分片' },

  // ── spoken ──
  // round-1 tuning half
  { query: '大模型能写歌吗', relevant: ['000-q22'], style: 'spoken', note: '音乐生成' },
  { query: '大模型咋训练的', relevant: ['001-q2', '002-s2-2', '002-s3-2', '000-q3', '002-s4-1'], style: 'spoken' },
  { query: '自动驾驶撞了人算谁的', relevant: ['004-q7'], style: 'spoken', note: '法律法规和伦理问题 is all the text says' },
  { query: '大模型到底有多大，几个亿参数？', relevant: ['003-q1', '001-q1', '004-q1', '002-s9-1', '000-q1'], style: 'spoken' },
  { query: '大模型以后会咋样', relevant: ['002-s9-5', '002-s8-2', '002-s8-4', '001-q8', '002-s7'], style: 'spoken' },
  { query: '大模型跟区块链能扯上啥关系', relevant: ['000-q27'], style: 'spoken' },
  { query: '大模型能抓黑客不', relevant: ['000-q28', '001-q22'], style: 'spoken', note: '入侵检测' },

  // round-1 held-out half (folded into tuning after the first report)
  { query: '大模型能画画不', relevant: ['003-q7', '000-q9', '004-q20'], style: 'spoken', note: '图像生成' },
  { query: '让大模型帮我理财靠谱吗', relevant: ['004-q12', '003-q11', '000-q14'], style: 'spoken', note: '智能投顾, 投资分析' },
  { query: '大模型能治堵车不', relevant: ['004-q30', '002-s7'], style: 'spoken', note: '交通流量预测; 002-s7 城市交通' },
  { query: '刷脸是不是也用大模型', relevant: ['000-q9'], style: 'spoken', note: '人脸识别' },
  { query: '大模型写出来的东西前言不搭后语咋整', relevant: ['004-q29', '003-q19'], style: 'spoken', note: '连贯性, 语义一致性' },
  { query: '大模型会不会被人故意骗', relevant: ['003-q1', '002-s2-6', '001-q22'], style: 'spoken', note: '对抗攻击 (易受攻击), 防御攻击' },
  { query: '做金融风控有啥坑', relevant: ['003-q15', '001-q30'], style: 'spoken' },

  // ── mixed-english ──
  // round-1 tuning half
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

  // round-1 held-out half (folded into tuning after the first report)
  { query: 'LLM 在医院里能干啥', relevant: ['000-q13', '001-q19', '003-q8', '004-q6', '003-q13'], style: 'mixed-english' },
  { query: 'BERT 和 GPT 最近有啥新进展', relevant: ['004-q9'], style: 'mixed-english' },
  { query: '推荐系统 cold start 怎么办', relevant: ['001-q25'], style: 'mixed-english' },
  {
    query: 'GPU 不够怎么训练大模型',
    relevant: ['001-q3', '003-q21', '004-q5'],
    style: 'mixed-english',
    note: '模型压缩, 混合精度; 004-q5 weighs 硬件 against cost',
  },
  { query: '训练到一半 loss 变成 NaN 了', relevant: ['000-q4'], style: 'mixed-english', note: 'exploding gradients: 梯度裁剪' },
  { query: 'CV 里大模型能做 object detection 吗', relevant: ['001-q5', '000-q9', '001-q12'], style: 'mixed-english' },
  { query: 'PyTorch 环境怎么配', relevant: ['002-s5-1'], style: 'mixed-english' },

  // ── plain ──
  // round-1 tuning half
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
  // round-1 held-out half (folded into tuning after the first report)
  { query: '物联网设备怎么用大模型', relevant: ['000-q26'], style: 'plain' },
  { query: '大模型在教育方面遇到哪些困难', relevant: ['001-q29'], style: 'plain' },
  { query: '怎样提高模型的泛化能力', relevant: ['002-s2-5', '004-q19', '001-q3', '002-s3-2', '003-q2'], style: 'plain' },
  { query: '新药研发能用大模型吗', relevant: ['003-q8', '001-q14', '004-q22', '000-q19', '004-q6'], style: 'plain' },
  { query: '怎么防止模型过拟合', relevant: ['000-q3', '004-q19', '002-s2-5', '004-q2'], style: 'plain' },
  { query: '大模型有什么缺点', relevant: ['002-s3-3', '002-s8-3', '002-s9-3', '003-q1'], style: 'plain' },
  { query: '大模型部署有哪些方式', relevant: ['002-s2-3', '002-s3-2', '003-q23'], style: 'plain' },
  // ── round 3 (everyday-tuning-3.ts) ──
  ...EVERYDAY_TUNING_3,
  // ── rounds 2 and 4 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_2,
  ...EVERYDAY_TUNING_4,
  // ── round 5 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_5,
  ...EVERYDAY_TUNING_6,
  // ── rounds 7 and 8 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_7,
  ...EVERYDAY_TUNING_8,
  ...EVERYDAY_TUNING_9,
  ...EVERYDAY_TUNING_10,
  // ── round 11 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_11,
  // ── round 12 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_12,
  // ── round 13 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_13,
  // ── round 14 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_14,
  // ── round 15 (held-out until 2026-12-01) ──
  ...EVERYDAY_TUNING_15,
  ...EVERYDAY_TUNING_16,
  ...EVERYDAY_TUNING_17,
  ...EVERYDAY_TUNING_18,
  ...EVERYDAY_TUNING_19,
  ...EVERYDAY_TUNING_20,
  ...EVERYDAY_TUNING_21,
];
