/**
 * Everyday-language search queries, round 4 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. That day, after a
 * fresh held-out round 5 (everyday-held-out-5.ts, since folded into tuning as everyday-tuning-5.ts) had been written blind and before any change of
 * that session was measured on it, this round was folded into tuning unchanged, its misses read,
 * and the vocabulary and ranking tuned on it. Its earlier held-out figures are in the git history
 * of tests/browser/search-everyday.test.ts. What follows is the original header.
 *
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: 2026-11-30, blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml, src/lib/,
 * scripts/, tests/search/tune.ts and tests/.tmp/ were not opened, and neither a search nor the site
 * was run). 60 queries, 10 per style, written as engineers, students and PMs type them, 3–25
 * characters, about subjects from all five topics (concepts, training, compression, applications,
 * challenges) and not copied from the articles' headings. The queries in everyday-tuning.ts and
 * everyday-tuning-3.ts were looked at only to learn the format and to avoid repeating or
 * paraphrasing them; of everyday-held-out.ts only the header was read.
 *
 * How they were judged: by reading every entry's answer under content/. An entry is listed when its
 * answer truly answers the query (not when it merely mentions a word of it), most relevant first,
 * from at most five distinct questions (entries that ask the same question may all be listed). Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_4: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '用大模型有哪些法律合规风险',
    relevant: ['004-q7', '004-q24', '003-q15'],
    style: 'synonym',
    note: '法律合规 = 法律法规/伦理挑战；003-q15 合规性与透明性',
  },
  {
    query: '把姓名手机号抹掉再拿去训练',
    relevant: ['004-q10', '003-q4'],
    style: 'synonym',
    note: '抹掉个人信息 = 数据匿名化（004-q10）；003-q4 同一问题的其他隐私措施',
  },
  { query: '把英文资料自动翻成中文', relevant: ['001-q4', '003-q3', '000-q8', '002-s3-4'], style: 'synonym', note: '翻成中文 = 机器翻译' },
  { query: '长文章自动缩成几句话', relevant: ['000-q8', '001-q4'], style: 'synonym', note: '缩成几句话 = 摘要（文本生成）' },
  { query: '车间排生产计划', relevant: ['001-q21', '000-q16', '004-q13'], style: 'synonym', note: '排计划 = 生产调度/生产计划' },
  {
    query: '学习速度自动调快调慢',
    relevant: ['001-q3', '004-q19', '000-q4'],
    style: 'synonym',
    note: '学习速度 = 学习率：自适应学习率、学习率调度、学习率衰减',
  },
  {
    query: '参数初始值怎么定',
    relevant: ['000-q3', '000-q4', '001-q2'],
    style: 'synonym',
    note: '= 权重初始化（Xavier；随机初始化或预训练模型）',
  },
  { query: '把大矩阵拆成两个小矩阵来压缩模型', relevant: ['000-q6'], style: 'synonym', note: '= 低秩分解（Low-Rank Factorization）' },
  { query: '从说话语气听出人的情绪', relevant: ['000-q11'], style: 'synonym', note: '= 语音情感分析' },
  {
    query: '大模型的长处和短处',
    relevant: ['002-s3-3', '003-q1', '001-q1'],
    style: 'synonym',
    note: '长处短处 = 优缺点；003-q1/001-q1 列出特点（含易受攻击、资源需求高）',
  },

  // ── metaphor ──
  { query: '大模型是个电老虎', relevant: ['004-q11', '004-q25'], style: 'metaphor', note: '电老虎 = 训练能耗高；绿色能源、能耗监控' },
  { query: '给智能体搭个虚拟练功房', relevant: ['004-q27'], style: 'metaphor', note: '练功房 = 为增强学习生成虚拟环境（环境模拟）' },
  { query: '模型看设备脸色行事，算力少就少算点', relevant: ['003-q23'], style: 'metaphor', note: '= 动态计算：按设备计算能力调整模型计算' },
  { query: '算算训大模型这笔账值不值', relevant: ['004-q5'], style: 'metaphor', note: '算账 = 平衡训练成本和效益' },
  {
    query: '让模型眼观六路耳听八方',
    relevant: ['004-q20', '004-q9', '002-s8-2', '002-s8-4'],
    style: 'metaphor',
    note: '= 多模态融合（文本、图像、声音）',
  },
  { query: '家里请个不睡觉的AI保安', relevant: ['001-q18', '000-q30', '000-q24'], style: 'metaphor', note: '= 智能安防、家庭安全监控' },
  {
    query: '大模型听不懂话外音',
    relevant: ['003-q17', '001-q24'],
    style: 'metaphor',
    note: '话外音 = 模糊、歧义语义与用户意图；语言的深层含义',
  },
  {
    query: '给训练图片换换装，一张当十张用',
    relevant: ['004-q19', '001-q3', '002-s2-1', '002-s3-2', '002-s2-5'],
    style: 'metaphor',
    note: '= 数据增强（对训练数据做变换、扩充）',
  },
  {
    query: 'AI当贴身家庭医生',
    relevant: ['004-q6', '000-q30', '000-q13'],
    style: 'metaphor',
    note: '= 健康监测与个性化健康建议、家庭健康管理、在线医疗咨询',
  },
  {
    query: '大模型从出生到上岗要走哪几步',
    relevant: ['002-s2', '002-s3-2', '001-q2'],
    style: 'metaphor',
    note: '出生到上岗 = 数据收集→预处理→训练→评估→部署的全流程',
  },

  // ── situation ──
  {
    query: '医生不信任AI给出的诊断结论',
    relevant: ['003-q16', '001-q28', '004-q8'],
    style: 'situation',
    note: '模型解释性影响医生信任；004-q8 提高可解释性的办法',
  },
  {
    query: '线上推理延迟太高用户等不及',
    relevant: ['003-q21', '001-q9', '000-q6', '003-q23'],
    style: 'situation',
    note: '降延迟 = 计算性能优化、量化提高推理速度、压缩',
  },
  {
    query: '风控数据缺失多、噪声大',
    relevant: ['003-q15', '001-q30', '002-s2-1'],
    style: 'situation',
    note: '金融风控的数据质量挑战；002-s2-1 数据清洗',
  },
  {
    query: '自动驾驶要收集车主行车轨迹，怕泄露',
    relevant: ['003-q14', '004-q10', '003-q4'],
    style: 'situation',
    note: '自动驾驶感知中的数据隐私；数据隐私保护措施',
  },
  { query: '想让客服机器人听出顾客在发火', relevant: ['004-q17', '003-q10'], style: 'situation', note: '发火 = 情绪识别/情感分析' },
  { query: '地里庄稼生虫了想早点知道', relevant: ['000-q20'], style: 'situation', note: '生虫 = 病虫害监测' },
  { query: '老板让我用AI提升公司竞争力，从哪下手', relevant: ['004-q16', '004-q4'], style: 'situation' },
  { query: '数据就那么点，怎么评估模型才靠谱', relevant: ['000-q7', '004-q18'], style: 'situation', note: '交叉验证' },
  { query: '期末考试要手推反向传播', relevant: ['002-s4-2', '002-s4-1', '001-q2'], style: 'situation', note: '反向传播公式推导' },
  { query: '要给领导讲清楚大模型是啥', relevant: ['001-q1', '003-q1', '000-q1', '004-q1', '002-s9-1'], style: 'situation' },

  // ── spoken ──
  { query: '找车位难，大模型能帮上忙不', relevant: ['004-q30'], style: 'spoken', note: '停车管理' },
  { query: '大模型能自己拍电影不', relevant: ['000-q22'], style: 'spoken', note: '视频生成（电影、动画）' },
  { query: '调参除了网格搜索还有啥招', relevant: ['000-q7'], style: 'spoken', note: '贝叶斯优化' },
  { query: 'AI写的东西一点新意都没有咋办', relevant: ['003-q19', '004-q29'], style: 'spoken', note: '新意 = 创造力、多样性' },
  {
    query: '训大模型得用啥显卡',
    relevant: ['004-q2', '003-q1', '004-q5', '004-q11'],
    style: 'spoken',
    note: '高性能 GPU/TPU；004-q11 低功耗 GPU、TPU',
  },
  { query: '静态量化跟动态量化有啥不一样', relevant: ['001-q9'], style: 'spoken' },
  {
    query: '大模型背后到底用了啥算法',
    relevant: ['002-s3-1', '002-s4-1', '000-q3'],
    style: 'spoken',
    note: '深度学习、强化学习、迁移学习；前向/反向传播与梯度下降',
  },
  { query: '推荐能跟着我口味实时变不', relevant: ['003-q5'], style: 'spoken', note: '实时学习用户反馈、动态调整推荐策略' },
  { query: '语音助手反应慢半拍是咋回事', relevant: ['004-q14', '001-q26'], style: 'spoken', note: '语音识别的实时性要求、计算资源消耗' },
  { query: '大模型能看懂监控录像里人在干啥不', relevant: ['000-q9', '001-q5', '004-q20'], style: 'spoken', note: '视频分析、动作识别' },

  // ── mixed-english ──
  { query: 'BatchNorm 的作用', relevant: ['004-q19'], style: 'mixed-english', note: '批量归一化' },
  {
    query: 'Allreduce 是干嘛的',
    relevant: ['000-q4', '000-q5'],
    style: 'mixed-english',
    note: '000-q4 点名 Allreduce（减小梯度差异）；000-q5 数据并行的参数同步',
  },
  { query: 'soft label 蒸馏是啥', relevant: ['003-q24', '000-q6'], style: 'mixed-english', note: '软标签、教师-学生模型' },
  {
    query: 'edge computing 部署模型',
    relevant: ['002-s2-3', '002-s3-2', '003-q23'],
    style: 'mixed-english',
    note: '边缘计算是部署方式之一；003-q23 资源受限设备上的部署',
  },
  {
    query: 'quant 量化交易能用大模型吗',
    relevant: ['000-q14', '004-q12', '003-q11'],
    style: 'mixed-english',
    note: '量化投资/投资策略，不是模型量化',
  },
  { query: 'next token prediction 是啥', relevant: ['003-q3'], style: 'mixed-english', note: '语言建模：预测下一个单词' },
  {
    query: 'chatbot 多轮对话怎么保持连贯',
    relevant: ['001-q11', '004-q29', '003-q19'],
    style: 'mixed-english',
    note: '对话管理保证连贯性和一致性；生成文本的连贯性、语义一致性',
  },
  { query: '游戏 NPC 用大模型来控制', relevant: ['001-q17', '000-q22'], style: 'mixed-english', note: '角色控制；游戏AI' },
  {
    query: 'XAI 可解释性怎么做',
    relevant: ['004-q8', '002-s3-2', '002-s2-5'],
    style: 'mixed-english',
    note: '可视化工具、可解释性框架；模型可视化、决策过程解释',
  },
  { query: 'AI startup 为啥都离不开大模型', relevant: ['004-q1', '004-q4'], style: 'mixed-english', note: '大模型对 AI 创业的重要性' },

  // ── plain ──
  {
    query: '训练时常用哪些正则化方法',
    relevant: ['000-q3', '004-q19', '002-s2-5', '002-s3-2'],
    style: 'plain',
    note: 'L1/L2 正则化、Dropout',
  },
  {
    query: '怎样保护模型不被恶意攻击',
    relevant: ['001-q22', '002-s2-6', '003-q1'],
    style: 'plain',
    note: '模型防御；防御攻击能力；对抗攻击',
  },
  { query: '大模型在汽车维修上能做什么', relevant: ['000-q25'], style: 'plain', note: '预测汽车故障，提供维修建议' },
  { query: '大模型怎么监测空气和水的污染', relevant: ['000-q18'], style: 'plain', note: '污染物监测' },
  {
    query: '模型评估除了看指标还能怎么做',
    relevant: ['004-q3', '004-q18', '000-q7'],
    style: 'plain',
    note: 'A/B 测试、人类评估、交叉验证',
  },
  { query: '复杂背景会影响图像识别吗', relevant: ['004-q15'], style: 'plain', note: '背景干扰' },
  { query: '医学影像分析有哪些难点', relevant: ['004-q24', '001-q28', '003-q16'], style: 'plain' },
  { query: '剪枝之后模型会变快吗', relevant: ['003-q21', '000-q6', '001-q3'], style: 'plain', note: '剪枝减少模型大小和计算量' },
  { query: '并行计算能加快模型推理吗', relevant: ['003-q21'], style: 'plain', note: '多 GPU、TPU 加速训练和推理' },
  {
    query: '大模型为什么需要那么多数据',
    relevant: ['001-q1', '003-q1', '002-s9-1', '000-q1', '002-s3-3'],
    style: 'plain',
    note: '海量数据带来泛化能力；002-s3-3 数据依赖性',
  },
];
