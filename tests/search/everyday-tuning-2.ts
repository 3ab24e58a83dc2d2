/**
 * Everyday-language search queries, round 2 — now part of the TUNING set (appended to
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
 * vocabulary entries or ranking constants. Test floors are checked against this half; tune on
 * everyday-tuning.ts instead. Adding a synonym because a query here fails invalidates the half.
 *
 * How the queries were written: 2026-11-30, blind, by a helper who saw neither the search code nor
 * the vocabulary (content/vocabulary.yaml, src/lib/search/, src/lib/vocabulary/, src/lib/text/,
 * tests/search/tune.ts were not opened, and no search was run). 60 queries, 10 per style, written as
 * engineers, students and PMs type them, about subjects from all five topics (concepts, training,
 * compression, applications, challenges); the round-1 queries (now all in everyday-tuning.ts) were
 * looked at only to learn the format and to avoid repeating or paraphrasing them.
 *
 * How they were judged: by reading every entry's answer under content/. An entry is listed when its
 * answer truly answers the query (not when it merely mentions a word of it), most relevant first,
 * from at most five distinct questions (entries that ask the same question may all be listed). Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic. Checked by tests/unit/everyday-queries.test.ts.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_2: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '用大模型把英文资料译成中文',
    relevant: ['001-q4', '003-q3', '000-q8', '002-s3-4'],
    style: 'synonym',
    note: '译成中文 = 机器翻译',
  },
  {
    query: '自动判断评论是好评还是差评',
    relevant: ['004-q26', '000-q23', '001-q4', '003-q3', '000-q8'],
    style: 'synonym',
    note: '好评差评 = 情感分析 / 情感倾向',
  },
  {
    query: '预测用户会不会点赞转发',
    relevant: ['004-q26', '000-q23'],
    style: 'synonym',
    note: '点赞转发 = 用户行为预测 (点赞、评论、分享) in 社交媒体',
  },
  {
    query: '大模型给借钱的人打信用分',
    relevant: ['000-q14', '004-q12', '001-q16', '004-q28'],
    style: 'synonym',
    note: '借钱/打信用分 = 信用评估, 信用评分, 贷款审批',
  },
  {
    query: '让AI自动写新闻稿',
    relevant: ['003-q7', '001-q4', '000-q8', '003-q3'],
    style: 'synonym',
    note: '写稿 = 文本生成 / 自动写作',
  },
  { query: '大模型估算庄稼收成', relevant: ['000-q20'], style: 'synonym', note: '庄稼收成 = 作物生长预测, 产量' },
  { query: '流水线上挑出有瑕疵的产品', relevant: ['000-q16', '004-q13'], style: 'synonym', note: '挑瑕疵 = 质量检测, 缺陷检测, 质量控制' },
  { query: '用大模型盯着河水有没有被污染', relevant: ['000-q18'], style: 'synonym', note: '河水污染 = 污染物监测 (水质)' },
  {
    query: '看监控视频认出人在干什么',
    relevant: ['000-q9', '001-q5', '004-q20'],
    style: 'synonym',
    note: '认出人在干什么 = 视频分析 / 视频理解: 动作识别',
  },
  { query: '把图片翻转裁剪来扩充训练集', relevant: ['001-q3', '004-q19', '002-s2-1'], style: 'synonym', note: '翻转裁剪扩充 = 数据增强' },
  // ── metaphor ──
  {
    query: '把神经网络里的枯枝砍掉',
    relevant: ['000-q6', '003-q21', '001-q3', '003-q23'],
    style: 'metaphor',
    note: '砍枯枝 = 模型剪枝 (删除不重要的神经元和连接)',
  },
  {
    query: '家里的AI管家',
    relevant: ['001-q18', '000-q24', '000-q30'],
    style: 'metaphor',
    note: '管家 = 智能家居的智能助手 / 语音助手 (one question, three entries)',
  },
  { query: '给训练数据打码', relevant: ['004-q10', '003-q4'], style: 'metaphor', note: '打码 = 数据匿名化, 差分隐私 (对训练数据进行扰动)' },
  {
    query: '给汽车装一双会看路的眼睛',
    relevant: ['003-q9', '001-q15', '000-q12'],
    style: 'metaphor',
    note: '看路的眼睛 = 自动驾驶环境感知, 行人检测, 道路场景理解',
  },
  { query: '让大模型帮忙给系统找窟窿', relevant: ['000-q28'], style: 'metaphor', note: '找窟窿 = 漏洞挖掘 (网络安全)' },
  {
    query: '大模型净说车轱辘话',
    relevant: ['004-q29', '003-q19'],
    style: 'metaphor',
    note: '车轱辘话 = 生成重复或相似的内容: 文本生成的多样性',
  },
  { query: '给破损的老照片做修补手术', relevant: ['004-q20'], style: 'metaphor', note: '修补手术 = 图像修复 (跨模态学习的应用前景)' },
  {
    query: '给机器装上一张会说话的嘴',
    relevant: ['000-q11', '004-q20', '002-s3-4'],
    style: 'metaphor',
    note: '会说话的嘴 = 语音合成 (文本转换为语音)',
  },
  {
    query: '随叫随到的AI答疑老师',
    relevant: ['000-q21', '001-q20', '003-q12'],
    style: 'metaphor',
    note: '答疑老师 = 教育中的智能问答, 在线学习支持, 实时反馈',
  },
  {
    query: '给智能体搭一个练功房',
    relevant: ['004-q27'],
    style: 'metaphor',
    note: '练功房 = 环境模拟: 生成虚拟环境为增强学习提供训练场景',
  },
  // ── situation ──
  {
    query: '开网店想知道该备多少货',
    relevant: ['000-q15', '004-q13'],
    style: 'situation',
    note: '备货 = 库存优化 / 供应链预测 (降低库存成本)',
  },
  { query: '果园里虫害总是发现得太晚', relevant: ['000-q20'], style: 'situation', note: '虫害 = 病虫害监测 (农业)' },
  { query: '商场停车场车位总是很难找', relevant: ['004-q30'], style: 'situation', note: '车位 = 停车管理 (智能交通管理)' },
  {
    query: '客服团队人力成本太高想换成机器',
    relevant: ['003-q10', '004-q17'],
    style: 'situation',
    note: '换成机器 = 智能客服替代人工客服, 降低运营成本; 智能回复',
  },
  {
    query: '社区每天有大量违规帖子要审核',
    relevant: ['000-q23'],
    style: 'situation',
    note: '违规帖子 = 社交媒体安全监控 (违规内容和行为)',
  },
  { query: '照片背景太乱模型认不出东西', relevant: ['004-q15'], style: 'situation', note: '背景太乱 = 图像识别中的背景干扰' },
  {
    query: '大部分用户只买过一两样东西推荐不准',
    relevant: ['001-q25'],
    style: 'situation',
    note: '只买过一两样 = 推荐系统的数据稀疏性 (not cold start)',
  },
  {
    query: '公司攒了一堆数据不知道怎么用起来',
    relevant: ['004-q16'],
    style: 'situation',
    note: '用起来 = 数据挖掘, 预测分析: 用大数据和 AI 提升企业竞争力',
  },
  {
    query: '不同手机算力差别很大模型怎么适配',
    relevant: ['003-q23'],
    style: 'situation',
    note: '算力差别 = 资源受限设备部署: 动态计算 (根据设备计算能力调整)',
  },
  {
    query: '想做个拍照识别植物的小程序',
    relevant: ['001-q5', '001-q12', '000-q9'],
    style: 'situation',
    note: '识别植物 = 图像分类 (分类动物、植物)',
  },
  // ── spoken ──
  {
    query: '炼一个大模型得多长时间啊',
    relevant: ['004-q2', '003-q1', '001-q23'],
    style: 'spoken',
    note: '炼 = 训练; 训练时间 几天甚至几周',
  },
  {
    query: '让大模型看病靠谱不',
    relevant: ['003-q16', '001-q28', '004-q24'],
    style: 'spoken',
    note: '靠谱不 = 医疗诊断中的挑战/问题 (隐私, 可解释性, 数据质量)',
  },
  {
    query: '网购那些猜你喜欢是咋弄的',
    relevant: ['000-q10', '003-q5', '001-q10', '000-q15'],
    style: 'spoken',
    note: '猜你喜欢 = 推荐系统, 商品推荐, 用户画像',
  },
  { query: '车快坏了大模型能提前说一声不', relevant: ['000-q25'], style: 'spoken', note: '车快坏了 = 汽车领域: 预测汽车故障, 车辆监控' },
  {
    query: '大模型真能听懂话里有话吗',
    relevant: ['001-q24', '003-q17'],
    style: 'spoken',
    note: '话里有话 = 难以理解语言的深层含义; 模糊和歧义语义',
  },
  {
    query: '大模型比小模型强在哪儿啊',
    relevant: ['001-q1', '003-q1', '004-q1', '002-s3-3'],
    style: 'spoken',
    note: '与传统小模型的区别, 特点, 优点',
  },
  { query: '网上热搜大模型能提前看出来不', relevant: ['004-q26'], style: 'spoken', note: '热搜 = 舆情监控, 发现热点话题' },
  { query: '天猫精灵里头用的是大模型不', relevant: ['001-q7'], style: 'spoken', note: 'the only case study entry (商业应用中的案例)' },
  { query: '模型代码咋测才放心', relevant: ['003-q22'], style: 'spoken', note: '咋测 = 大模型调试: 单元测试, 集成测试, 代码审查' },
  {
    query: '大模型能帮着排生产计划不',
    relevant: ['001-q21', '000-q16', '004-q13'],
    style: 'spoken',
    note: '排生产计划 = 生产调度, 生产计划, 生产优化',
  },
  // ── mixed-english ──
  {
    query: 'low-rank 分解能压缩模型吗',
    relevant: ['000-q6'],
    style: 'mixed-english',
    note: 'low-rank = 低秩分解 (Low-Rank Factorization)',
  },
  {
    query: '大模型做 chatbot 能干啥',
    relevant: ['001-q11', '004-q17', '003-q10'],
    style: 'mixed-english',
    note: 'chatbot = 对话系统, 智能客服',
  },
  {
    query: '大模型从数据到上线的 pipeline',
    relevant: ['002-s3-2', '002-s2'],
    style: 'mixed-english',
    note: 'pipeline = 数据收集→预处理→训练→评估→部署 (算法步骤, 核心概念流程图)',
  },
  {
    query: 'semantic segmentation 大模型能做吗',
    relevant: ['001-q5', '001-q12'],
    style: 'mixed-english',
    note: 'semantic segmentation = 语义分割 / 图像分割',
  },
  {
    query: 'DNA 测序数据能用大模型分析吗',
    relevant: ['000-q19', '001-q14', '004-q22'],
    style: 'mixed-english',
    note: 'DNA 测序 = 基因测序, 基因组分析',
  },
  {
    query: 'soft label 在蒸馏里干嘛用',
    relevant: ['003-q24'],
    style: 'mixed-english',
    note: 'soft label = 软标签: 大模型输出指导小模型训练',
  },
  { query: 'BatchNorm 有啥用', relevant: ['004-q19'], style: 'mixed-english', note: 'BatchNorm = 批量归一化: 加速训练, 提高稳定性' },
  {
    query: 'cross validation 有什么用',
    relevant: ['004-q18', '000-q7'],
    style: 'mixed-english',
    note: 'cross validation = 交叉验证: 评估泛化能力',
  },
  {
    query: 'smart city 里大模型能干啥',
    relevant: ['002-s7'],
    style: 'mixed-english',
    note: 'smart city = 智能城市 (交通、环境、公共安全)',
  },
  { query: 'NPC 能用大模型来控制吗', relevant: ['001-q17', '000-q22'], style: 'mixed-english', note: 'NPC = 游戏角色控制; 游戏 AI 对手' },
  // ── plain ──
  { query: '动态量化和静态量化有什么区别', relevant: ['001-q9'], style: 'plain' },
  { query: '训练大模型需要什么样的硬件', relevant: ['004-q2', '003-q1', '004-q5'], style: 'plain', note: '高性能 GPU、TPU' },
  { query: '怎么找到最合适的超参数', relevant: ['000-q7'], style: 'plain', note: '超参数 never occurs: 网格搜索, 贝叶斯优化' },
  {
    query: '文字图片声音能放在一起训练吗',
    relevant: ['004-q9', '004-q20', '002-s8-2'],
    style: 'plain',
    note: '一起训练 = 多模态学习 / 多模态融合',
  },
  {
    query: '大模型背后用了哪些算法',
    relevant: ['002-s3-1', '002-s4-1'],
    style: 'plain',
    note: '算法原理: 深度学习, 强化学习, 迁移学习; 前向/反向传播',
  },
  {
    query: '企业落地大模型会遇到哪些阻碍',
    relevant: ['001-q6', '002-s8-3'],
    style: 'plain',
    note: '落地阻碍 = 商业应用中的挑战 (计算资源, 隐私, 可解释性)',
  },
  { query: '模型生成的内容需要人工打分吗', relevant: ['004-q3'], style: 'plain', note: '人工打分 = 人类评估' },
  {
    query: '权重一开始应该怎么初始化',
    relevant: ['000-q3', '000-q4', '001-q2'],
    style: 'plain',
    note: '权重初始化, Xavier 初始化, 模型初始化',
  },
  {
    query: '大模型怎么做文本分类',
    relevant: ['001-q4', '003-q3', '002-s3-4'],
    style: 'plain',
    note: '文本分类 (情感分析、新闻分类、主题分类)',
  },
  { query: '大模型对 AI 创业有什么意义', relevant: ['004-q1'], style: 'plain', note: '大模型在 AI 创业中的重要性' },
];
