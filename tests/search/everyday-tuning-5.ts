/**
 * Everyday-language search queries, round 5 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. That day, after a
 * fresh held-out round 6 (everyday-held-out-6.ts, now everyday-tuning-6.ts) had been written blind and measured once as the
 * search stood (before any change chosen on this round), this round was folded into tuning
 * unchanged. Its last held-out figures: recall@5 0.638, MRR 0.668, none empty (first run 0.575 /
 * 0.594). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 5.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: 2026-12-01, blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, src/, scripts/, tests/browser/, tests/unit/, tests/.tmp/,
 * tests/search/tune.ts and tests/search/harness.ts were not opened, the vocabulary was not grepped,
 * and neither a search, a build, a test nor the site was run). The entries were read with their
 * generated front matter stripped to `id` and `question` (only the ten concepts entries were once
 * seen whole). 60 queries, 10 per style, written as engineers, students and PMs type them, 3–25
 * characters, about subjects from all five topics (concepts, training, compression, applications,
 * challenges), spread over many different entries and not copied from the articles' headings. The
 * queries in everyday-tuning.ts, everyday-tuning-3.ts, everyday-held-out.ts and
 * everyday-held-out-4.ts (since folded into tuning as everyday-tuning-2.ts and everyday-tuning-4.ts)
 * were looked at only to learn the format and to avoid repeating or paraphrasing them.
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). Ids name entries, not pages, so the set stays valid when questions are regrouped or moved
 * to another topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_5: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '复用现成模型来省训练成本',
    relevant: ['004-q9', '003-q2', '004-q1'],
    style: 'synonym',
    note: '复用现成模型 = 迁移学习/预训练模型，降低新任务训练成本；004-q1 通用性强降低开发成本',
  },
  {
    query: '大模型平时用起来也很吃算力吗',
    relevant: ['001-q1', '003-q1', '001-q6'],
    style: 'synonym',
    note: '用起来 = 推理；吃算力 = 训练和推理都需要大量计算资源',
  },
  {
    query: '查全率和查准率怎么看',
    relevant: ['000-q2', '004-q18', '004-q3', '002-s2-3', '002-s3-2'],
    style: 'synonym',
    note: '查全率 = 召回率，查准率 ≈ 准确率（及 F1）',
  },
  { query: '参数共享能压缩模型吗', relevant: ['001-q3'], style: 'synonym', note: '参数共享 = 权重共享（模型压缩手段之一）' },
  {
    query: '训练大模型的碳排放怎么降',
    relevant: ['004-q25', '004-q11'],
    style: 'synonym',
    note: '碳排放 ≈ 能源消耗：可再生/绿色能源、绿色数据中心、低功耗硬件',
  },
  {
    query: '各家医院的数据千差万别',
    relevant: ['003-q16', '001-q28', '004-q24'],
    style: 'synonym',
    note: '千差万别 = 医疗数据多样性、质量参差不齐',
  },
  {
    query: '工厂流水线怎么改得更高效',
    relevant: ['000-q16', '004-q13', '001-q21', '002-s7'],
    style: 'synonym',
    note: '流水线 = 生产线优化（布局和流程）、生产优化、生产调度、智能制造',
  },
  { query: '预测明天全城用电量', relevant: ['000-q17', '000-q29'], style: 'synonym', note: '用电量 = 能源需求（能源预测）' },
  {
    query: '根据每个人的DNA来开药',
    relevant: ['000-q19'],
    style: 'synonym',
    note: 'DNA 开药 = 个性化医疗：根据患者基因信息制定治疗方案',
  },
  {
    query: '提前知道新药有啥副作用',
    relevant: ['001-q19', '003-q8'],
    style: 'synonym',
    note: '001-q19 预测药物副作用和疗效；003-q8 预测药物分子与生物体的相互作用',
  },

  // ── metaphor ──
  {
    query: '一个模型通吃各种任务',
    relevant: ['004-q1', '002-s3-3', '001-q1'],
    style: 'metaphor',
    note: '通吃 = 通用性强、广泛的适用性、在各个任务上都更好',
  },
  {
    query: '先给数据统一尺码再训练',
    relevant: ['002-s2-1', '001-q2', '002-s3-2'],
    style: 'metaphor',
    note: '统一尺码 = 数据归一化（预处理）',
  },
  {
    query: '怎么把大模型这头大象塞进小设备',
    relevant: ['003-q23', '000-q6', '003-q21', '001-q9'],
    style: 'metaphor',
    note: '大象塞进小设备 = 资源受限设备上的部署、压缩',
  },
  {
    query: '给模型参数抹掉零头',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'metaphor',
    note: '抹零头 = 浮点转低精度/整数（量化）',
  },
  {
    query: '小模型不光抄答案还学老师的解题过程',
    relevant: ['003-q24', '000-q6'],
    style: 'metaphor',
    note: '抄答案 = 软标签，解题过程 = 中间层输出（知识蒸馏）',
  },
  {
    query: '给AI系统做实时体检',
    relevant: ['001-q22'],
    style: 'metaphor',
    note: '体检 = 安全监测：实时监测人工智能系统运行状态，发现安全隐患',
  },
  {
    query: '给训练数据上把锁',
    relevant: ['004-q10', '003-q4'],
    style: 'metaphor',
    note: '上锁 = 数据加密、数据访问控制',
  },
  {
    query: '给每个用户贴兴趣标签',
    relevant: ['000-q10', '003-q5', '001-q10'],
    style: 'metaphor',
    note: '贴标签 = 用户画像、用户行为建模（兴趣）',
  },
  { query: '理清社交平台上的人情关系网', relevant: ['000-q23'], style: 'metaphor', note: '人情关系网 = 社交网络分析（结构和关系）' },
  { query: '给梯度戴个紧箍咒', relevant: ['000-q4'], style: 'metaphor', note: '紧箍咒 = 梯度裁剪，限制梯度的最大值' },

  // ── situation ──
  {
    query: '刚入门大模型，先搞懂哪些概念',
    relevant: ['002-s2', '001-q1', '002-s3-1'],
    style: 'situation',
    note: '核心概念与联系（流程图）；大模型定义；算法原理概述',
  },
  {
    query: '显存占用一直涨，想查是哪出的问题',
    relevant: ['003-q22'],
    style: 'situation',
    note: '调试：性能分析（内存使用）、调试工具（断点、日志）定位问题',
  },
  {
    query: '训练集里一大堆重复样本',
    relevant: ['004-q5', '004-q25', '002-s2-1'],
    style: 'situation',
    note: '减少数据重复和冗余；数据回收减少重复标注和存储；数据清洗',
  },
  {
    query: '线上推理的服务器账单太贵',
    relevant: ['003-q21', '001-q9', '000-q6'],
    style: 'situation',
    note: '账单 = 推理的计算成本：剪枝、量化、压缩',
  },
  {
    query: '模型文件太大塞不进App安装包',
    relevant: ['000-q6', '003-q23', '003-q21', '001-q9'],
    style: 'situation',
    note: '减小模型大小、减少存储（压缩、量化）',
  },
  {
    query: '老师想知道每个学生哪块没学会',
    relevant: ['003-q12', '001-q20', '000-q21'],
    style: 'situation',
    note: '学习分析（学习效果评估和反馈）、分析学习行为、教育数据分析',
  },
  {
    query: '换了个摄像头拍的图模型就认不准',
    relevant: ['003-q20', '002-s2-5', '004-q2'],
    style: 'situation',
    note: '图像识别的泛化能力；泛化与数据增强；过拟合导致测试集表现差',
  },
  {
    query: '请医生标注片子太花钱',
    relevant: ['004-q24', '001-q28'],
    style: 'situation',
    note: '片子 = 医疗影像；标注成本高昂、标注过程复杂',
  },
  {
    query: 'AI给学生的评价老师看不懂依据',
    relevant: ['001-q29'],
    style: 'situation',
    note: '教育领域的模型可解释性：难以向教师和学生解释',
  },
  {
    query: '路测数据覆盖不了各种路况',
    relevant: ['001-q27', '004-q7', '004-q23', '003-q14'],
    style: 'situation',
    note: '自动驾驶数据多样性/复杂性与标注；003-q14 各种天气和道路条件下的鲁棒性',
  },

  // ── spoken ──
  {
    query: '大模型为啥让人信不过',
    relevant: ['002-s3-3', '002-s8-3', '001-q6', '002-s2-5', '003-q16'],
    style: 'spoken',
    note: '信不过 = 解释性差影响信任度',
  },
  {
    query: '大模型跟深度学习啥关系啊',
    relevant: ['001-q1', '002-s4-1', '002-s9-1', '002-s3-1', '000-q1'],
    style: 'spoken',
    note: '大模型是深度学习模型；大模型技术的核心是深度学习',
  },
  {
    query: '模型训好了放云上还是放本地',
    relevant: ['002-s2-3', '002-s3-2', '003-q23'],
    style: 'spoken',
    note: '部署方式：在线服务、边缘计算、云端部署；资源受限设备上部署',
  },
  { query: '数据并行跟模型并行有啥不一样', relevant: ['000-q5', '004-q21'], style: 'spoken' },
  {
    query: '训练要跑到啥时候才算完',
    relevant: ['001-q2'],
    style: 'spoken',
    note: '迭代直至达到预设训练次数或损失函数收敛',
  },
  {
    query: '蒸馏出来的小模型能有大模型几成功力',
    relevant: ['000-q6', '003-q24'],
    style: 'spoken',
    note: '使小模型具有类似的性能；模仿大模型的行为',
  },
  { query: '大模型能猜到东西啥时候降价不', relevant: ['000-q15'], style: 'spoken', note: '降价 = 价格预测（商品价格走势）' },
  { query: '开车老急刹，大模型能提醒我不', relevant: ['000-q25'], style: 'spoken', note: '安全驾驶建议' },
  { query: '大模型落地有啥成功的例子不', relevant: ['001-q7'], style: 'spoken', note: '商业应用成功案例：天猫精灵' },
  {
    query: '为啥给我推这个，能说出个理由不',
    relevant: ['001-q25'],
    style: 'spoken',
    note: '推荐系统的可解释性：难以向用户解释推荐结果',
  },

  // ── mixed-english ──
  {
    query: '大模型也怕 garbage in 吗',
    relevant: ['002-s3-3', '002-s8-3', '001-q24', '002-s2-1'],
    style: 'mixed-english',
    note: 'garbage in garbage out = 数据依赖性、数据质量差影响性能',
  },
  {
    query: 'AIGC 写文章现在能到啥水平',
    relevant: ['004-q9', '003-q7', '001-q4', '000-q8'],
    style: 'mixed-english',
    note: 'AIGC = 生成式文本生成（最新进展、自动写作）',
  },
  {
    query: '用 numpy 随机造100条数据练手',
    relevant: ['002-s5-2', '002-s5-3', '002-s4-3'],
    style: 'mixed-english',
    note: '线性回归案例：np.random 生成 100 个样本',
  },
  {
    query: 'sigmoid 导数在反向传播里怎么用',
    relevant: ['002-s4-2', '002-s4-1'],
    style: 'mixed-english',
    note: 'σ 与 σ′ 出现在反向传播公式推导中',
  },
  {
    query: 'loss 降得特别慢，迟迟不收敛',
    relevant: ['001-q3', '004-q19'],
    style: 'mixed-english',
    note: '自适应学习率提高收敛速度；学习率调度、批量归一化加速训练',
  },
  {
    query: 'Raspberry Pi 上能跑大模型吗',
    relevant: ['003-q23', '000-q6', '003-q21', '001-q9'],
    style: 'mixed-english',
    note: '树莓派 = 资源受限设备',
  },
  {
    query: '低 bit 量化能让推理变快吗',
    relevant: ['001-q9', '003-q21', '000-q6'],
    style: 'mixed-english',
    note: '低比特表示，提高推理速度、降低计算复杂度',
  },
  { query: 'ReID 跨摄像头找同一个人', relevant: ['001-q5'], style: 'mixed-english', note: 'ReID = 行人重识别' },
  {
    query: 'differential privacy 是啥',
    relevant: ['003-q4'],
    style: 'mixed-english',
    note: '差分隐私：对训练数据进行扰动',
  },
  {
    query: '摄像头实时识别 FPS 跟不上',
    relevant: ['004-q15', '003-q21'],
    style: 'mixed-english',
    note: '图像识别的实时性要求；优化计算性能加速推理',
  },

  // ── plain ──
  {
    query: '大模型效果不好有哪些提升办法',
    relevant: ['002-s9-4', '002-s2-4', '001-q3', '004-q19', '002-s3-2'],
    style: 'plain',
    note: '优化性能：算法优化、数据增强、压缩、分布式；调整参数和优化算法',
  },
  { query: '激活值也需要量化吗', relevant: ['003-q21'], style: 'plain', note: '权重和激活值都转换为较低精度' },
  { query: '游戏地图能让AI自动生成吗', relevant: ['001-q17'], style: 'plain', note: '地图 = 游戏场景生成' },
  {
    query: '低秩分解和剪枝有什么区别',
    relevant: ['000-q6', '003-q21'],
    style: 'plain',
    note: '000-q6 两者都有定义；003-q21 只有剪枝',
  },
  {
    query: '模型变小了是不是更好解释',
    relevant: ['004-q8'],
    style: 'plain',
    note: '模型压缩减少参数数量，提高模型透明度',
  },
  {
    query: '语音识别前怎么给录音去杂音',
    relevant: ['001-q13', '003-q6'],
    style: 'plain',
    note: '语音信号处理：去噪、增强；003-q6 抗噪性强',
  },
  {
    query: '大模型能实时监测金融市场风险吗',
    relevant: ['001-q16', '000-q14', '003-q11', '004-q12', '004-q28', '003-q15', '001-q30'],
    style: 'plain',
    note: '风险监测与预警、风险管理；003-q15/001-q30 实时性是风控的挑战',
  },
  {
    query: '大模型一般能处理哪些类型的数据',
    relevant: ['003-q1', '004-q9', '002-s8-2', '000-q1'],
    style: 'plain',
    note: '文本、图像、声音等；多模态',
  },
  { query: '集成学习能提升泛化能力吗', relevant: ['002-s2-5', '002-s3-2'], style: 'plain' },
  { query: '贾扬清是什么背景', relevant: ['002-s1'], style: 'plain', note: '伯克利副教授、Facebook AI 首席科学家' },
];
