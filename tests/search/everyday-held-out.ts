/**
 * Everyday-language search queries — the HELD-OUT half.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Test floors are checked against this half; tune on
 * everyday-tuning.ts instead. Adding a synonym because a query here fails invalidates the half.
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

export const EVERYDAY_HELD_OUT: EverydayQuery[] = [
  // ── synonym ──
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
  { query: '大模型能画画不', relevant: ['003-q7', '000-q9', '004-q20'], style: 'spoken', note: '图像生成' },
  { query: '让大模型帮我理财靠谱吗', relevant: ['004-q12', '003-q11', '000-q14'], style: 'spoken', note: '智能投顾, 投资分析' },
  { query: '大模型能治堵车不', relevant: ['004-q30', '002-s7'], style: 'spoken', note: '交通流量预测; 002-s7 城市交通' },
  { query: '刷脸是不是也用大模型', relevant: ['000-q9'], style: 'spoken', note: '人脸识别' },
  { query: '大模型写出来的东西前言不搭后语咋整', relevant: ['004-q29', '003-q19'], style: 'spoken', note: '连贯性, 语义一致性' },
  { query: '大模型会不会被人故意骗', relevant: ['003-q1', '002-s2-6', '001-q22'], style: 'spoken', note: '对抗攻击 (易受攻击), 防御攻击' },
  { query: '做金融风控有啥坑', relevant: ['003-q15', '001-q30'], style: 'spoken' },

  // ── mixed-english ──
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
  { query: '物联网设备怎么用大模型', relevant: ['000-q26'], style: 'plain' },
  { query: '大模型在教育方面遇到哪些困难', relevant: ['001-q29'], style: 'plain' },
  { query: '怎样提高模型的泛化能力', relevant: ['002-s2-5', '004-q19', '001-q3', '002-s3-2', '003-q2'], style: 'plain' },
  { query: '新药研发能用大模型吗', relevant: ['003-q8', '001-q14', '004-q22', '000-q19', '004-q6'], style: 'plain' },
  { query: '怎么防止模型过拟合', relevant: ['000-q3', '004-q19', '002-s2-5', '004-q2'], style: 'plain' },
  { query: '大模型有什么缺点', relevant: ['002-s3-3', '002-s8-3', '002-s9-3', '003-q1'], style: 'plain' },
  { query: '大模型部署有哪些方式', relevant: ['002-s2-3', '002-s3-2', '003-q23'], style: 'plain' },
];
