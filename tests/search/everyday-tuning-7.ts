/**
 * Everyday-language search queries, round 7 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01,
 * once a fresh held-out round 9 (everyday-held-out-9.ts) had been written blind, this round was
 * folded into tuning unchanged (last held-out figures: recall@5 0.814, MRR 0.724, none empty;
 * first run 0.797 / 0.726). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 7.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: 2026-12-01, blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, src/, scripts/, tests/browser/, tests/unit/, tests/.tmp/, tests/fixtures/,
 * tests/search/tune.ts, tests/search/harness.ts and dist/ were not opened, the vocabulary was not
 * grepped, and neither a search, a build, a test, npm, node, a browser nor the site was run; a plain
 * `ls content/` showed those files' names only, and `git status` listed some untracked file names
 * under tests/fixtures/ without them being opened). What was read: /work/shared/SPEC.md,
 * tests/search/everyday-types.ts, and all 143 generated entries under
 * content/{concepts,training,compression,applications,challenges}/, printed with their front matter
 * stripped to `id` and `question` followed by the answer text (the whole front matter of one entry,
 * 001-q9, was seen once while checking the file format; no query was chosen from it). The five source
 * articles in content/sources/ were not opened. 60 queries, 10 per style (synonym, metaphor,
 * situation, spoken, mixed-english, plain), written as engineers, students and PMs type them,
 * 3–25 characters, about subjects from all five topics (concepts, training, compression,
 * applications, challenges), spread over many different entries and not copied from the articles'
 * headings. The queries in everyday-tuning.ts, everyday-tuning-2.ts, everyday-tuning-3.ts,
 * everyday-tuning-4.ts, everyday-tuning-5.ts and everyday-held-out-6.ts (now everyday-tuning-6.ts) were looked at only to learn
 * the format and to avoid repeating or paraphrasing them; since those sets already cover the obvious
 * wording of most entries, this round deliberately asks about facets of the answers that earlier
 * rounds left alone (e.g. 燃料电池, 水文预测, 节点优化, 安全事件响应, 交通信号控制, 事故预警,
 * 续航, 教学优化, 医疗咨询, 合作与联盟, 调试工具, 数据回收, 梯度共享, 状态表示).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_7: EverydayQuery[] = [
  // ── synonym ──
  { query: '网上问诊能用大模型吗', relevant: ['000-q13'], style: 'synonym', note: '网上问诊 = 医疗咨询：在线医疗咨询和健康管理服务' },
  { query: '让燃料电池更耐用', relevant: ['000-q17'], style: 'synonym', note: '更耐用 = 优化燃料电池的性能和寿命（能源领域）' },
  { query: '预测地里缺不缺水', relevant: ['000-q20'], style: 'synonym', note: '缺不缺水 = 水文预测：土壤水分、降雨量' },
  {
    query: '找出跟疾病有关的基因突变',
    relevant: ['001-q14', '004-q22', '000-q19'],
    style: 'synonym',
    note: '基因组分析识别基因突变和疾病关联；基因组序列分析预测基因突变；基因测序解读',
  },
  { query: '提前预判哪里容易出车祸', relevant: ['004-q30'], style: 'synonym', note: '出车祸 = 事故预警（智能交通管理）' },
  {
    query: '自动给短视频归类',
    relevant: ['004-q20', '000-q9', '001-q5'],
    style: 'synonym',
    note: '归类 = 视频分类（跨模态学习中的视频理解）；计算机视觉里的视频分析',
  },
  { query: '换更省电的显卡来训练', relevant: ['004-q11'], style: 'synonym', note: '省电的显卡 = 硬件优化：低功耗 GPU、TPU' },
  { query: '同一批数据别反复标注', relevant: ['004-q25'], style: 'synonym', note: '= 数据回收：减少数据重复标注和存储（可持续训练流程）' },
  {
    query: '银行的在线咨询机器人',
    relevant: ['000-q14', '003-q10', '004-q17'],
    style: 'synonym',
    note: '= 金融客服：提供在线金融咨询和服务；其次是一般的智能客服',
  },
  { query: '帮老师改进上课方式', relevant: ['000-q21'], style: 'synonym', note: '改进上课方式 = 教学优化：优化教学过程，提高教学效果' },

  // ── metaphor ──
  { query: '找几家公司抱团做大模型', relevant: ['004-q4'], style: 'metaphor', note: '抱团 = 合作与联盟（利用竞争优势进行 AI 大模型创业）' },
  { query: '给区块链节点减减负', relevant: ['000-q27'], style: 'metaphor', note: '减负 = 节点优化：优化区块链节点的性能和资源消耗' },
  { query: '网络被黑后的救火队', relevant: ['000-q28'], style: 'metaphor', note: '救火队 = 网络安全事件响应：快速响应、降低损失' },
  {
    query: '给股票组合排兵布阵',
    relevant: ['004-q12', '000-q14'],
    style: 'metaphor',
    note: '排兵布阵 = 投资组合优化；000-q14 构建量化投资策略',
  },
  {
    query: '让机器说话不再像念经',
    relevant: ['004-q20', '000-q11'],
    style: 'metaphor',
    note: '不像念经 = 语音合成更自然、更流畅（004-q20）；000-q11 语音合成',
  },
  { query: '拿放大镜逐层排查模型', relevant: ['003-q22'], style: 'metaphor', note: '逐层排查 = 调试：单元测试（对单个层或组件测试）' },
  { query: '给能源设备装个心电图', relevant: ['000-q29'], style: 'metaphor', note: '心电图 = 能源监控：实时监控能源设备的状态和性能' },
  {
    query: '帮科学家揪出疾病的根源',
    relevant: ['000-q19', '001-q14'],
    style: 'metaphor',
    note: '= 疾病研究：研究疾病的发病机制；001-q14 识别基因突变和疾病关联',
  },
  {
    query: '给导航请个认路的老司机',
    relevant: ['000-q25', '004-q30'],
    style: 'metaphor',
    note: '认路 = 智能导航（汽车领域）；004-q30 交通流量预测用于路线规划',
  },
  { query: '地毯式搜索最佳参数组合', relevant: ['000-q7'], style: 'metaphor', note: '地毯式搜索 = 网格搜索：遍历所有可能的参数组合' },

  // ── situation ──
  {
    query: '路口红绿灯时长不合理，车排老长',
    relevant: ['004-q30'],
    style: 'situation',
    note: '交通流量预测，优化交通信号控制（不是 000-q12 的信号灯识别）',
  },
  { query: '园区传感器电池老是撑不了几天', relevant: ['000-q26'], style: 'situation', note: '物联网资源优化：提高设备性能和续航能力' },
  {
    query: '显卡一会儿闲一会儿排队，资源浪费',
    relevant: ['004-q25', '004-q11', '004-q21'],
    style: 'situation',
    note: '计算优化：优化计算资源分配和调度；能耗监控优化资源分配；混合并行充分利用计算资源',
  },
  {
    query: '用户抱怨看不懂模型给的结果',
    relevant: ['004-q8', '002-s3-2', '001-q6'],
    style: 'situation',
    note: '可解释性框架让输出易于理解、收集用户反馈；决策过程解释；可解释性增强用户信任',
  },
  { query: '想让手游角色的表情更生动', relevant: ['001-q17'], style: 'situation', note: '角色控制：控制游戏角色的动作和表情' },
  { query: '游戏里电脑对手太笨，玩家没兴趣', relevant: ['000-q22'], style: 'situation', note: '游戏AI：为游戏提供智能化的 AI 对手' },
  {
    query: '推理服务器只有CPU没有显卡',
    relevant: ['003-q21', '001-q9', '003-q23', '000-q6'],
    style: 'situation',
    note: '算力受限：剪枝、量化（浮点转整数）降低计算复杂度；资源受限设备上的部署',
  },
  {
    query: '预算有限，纠结要不要升级训练服务器',
    relevant: ['004-q5'],
    style: 'situation',
    note: '平衡成本和效益：硬件升级提高训练速度、成本控制',
  },
  {
    query: '做辅助驾驶，要认出车道线和行人',
    relevant: ['000-q12', '001-q15', '003-q9'],
    style: 'situation',
    note: '行人检测、道路场景理解（车道线）；环境感知识别道路和行人',
  },
  { query: '老板拍板全靠感觉，想用数据说话', relevant: ['004-q16'], style: 'situation', note: '预测分析为企业决策提供数据支持；数据挖掘' },

  // ── spoken ──
  {
    query: '自动驾驶出一次错就完蛋咋整',
    relevant: ['003-q18', '004-q23', '004-q7'],
    style: 'spoken',
    note: '安全性：任何错误都可能导致严重后果；需确保模型在各种环境下稳定',
  },
  {
    query: '电价油价涨不涨能预测不',
    relevant: ['000-q17', '000-q29'],
    style: 'spoken',
    note: '能源预测：预测能源需求、供应和价格走势',
  },
  {
    query: '大模型能编故事不',
    relevant: ['004-q9', '001-q4', '003-q7', '000-q8'],
    style: 'spoken',
    note: '生成式文本生成（文章、对话、故事）；文本生成（小说）；自动写作',
  },
  {
    query: '大模型能提前预警地震洪水不',
    relevant: ['000-q18'],
    style: 'spoken',
    note: '环境监测：评估自然灾害风险、智能预警和应急响应',
  },
  { query: '机器写的东西读者看得明白不', relevant: ['004-q29'], style: 'spoken', note: '文本生成的可解释性：让用户能理解生成的文本含义' },
  {
    query: '前向传播跟反向传播谁先谁后啊',
    relevant: ['001-q2', '002-s4-1', '002-s2-2'],
    style: 'spoken',
    note: '训练步骤：前向传播 → 损失函数计算 → 反向传播，迭代',
  },
  {
    query: '大模型为啥非得做那么大',
    relevant: ['003-q1', '001-q1', '004-q1'],
    style: 'spoken',
    note: '参数庞大才能捕捉复杂模式和关联、提取和表示复杂特征；强大的表示能力',
  },
  {
    query: '模型效果只拿测试集测一遍靠谱不',
    relevant: ['000-q7', '004-q18', '004-q3'],
    style: 'spoken',
    note: '还有交叉验证（验证集、不同数据集）、A/B 测试和人类评估',
  },
  {
    query: '模型压缩对训练也有用不',
    relevant: ['001-q3', '004-q25', '003-q21'],
    style: 'spoken',
    note: '模型压缩列为训练优化方法、可持续训练的手段，降低训练和推理的计算量',
  },
  {
    query: '中英文夹着说语音助手认得出不',
    relevant: ['004-q14', '001-q26'],
    style: 'spoken',
    note: '语音多样性：需处理不同语言、方言、口音（挑战）',
  },

  // ── mixed-english ──
  { query: 'Python 装哪个版本跑模型', relevant: ['002-s5-1'], style: 'mixed-english', note: '开发环境搭建：Python 3.8 及以上' },
  {
    query: 'SGD 优化器怎么用',
    relevant: ['002-s5-2', '002-s5-3', '000-q3'],
    style: 'mixed-english',
    note: "代码里 optimizer='sgd'；用 SGD 优化器和 MSE 损失训练；梯度下降",
  },
  { query: 'RoBERTa 算大模型吗', relevant: ['004-q9'], style: 'mixed-english', note: 'RoBERTa 列为大型预训练语言模型' },
  { query: 'debug 时打 log 还是下断点', relevant: ['003-q22'], style: 'mixed-english', note: '调试工具：断点、日志跟踪模型运行过程' },
  { query: 'PM 怎么做 AI 产品差异化', relevant: ['004-q4'], style: 'mixed-english', note: '市场定位：提供具有差异化优势的产品和服务' },
  {
    query: 'AIoT 设备智能交互',
    relevant: ['000-q26', '000-q30', '000-q24'],
    style: 'mixed-english',
    note: '物联网设备交互；智能家居设备交互',
  },
  {
    query: 'L2 正则能防过拟合吗',
    relevant: ['000-q3', '002-s2-5', '002-s3-2'],
    style: 'mixed-english',
    note: '模型正则化（L1、L2）防止过拟合；正则化提高泛化能力',
  },
  { query: '量化 bit 宽能动态调吗', relevant: ['001-q9'], style: 'mixed-english', note: '动态量化：根据输入数据动态调整参数的量化位宽' },
  {
    query: 'sharding 分片训练是啥',
    relevant: ['003-q23', '000-q5', '004-q21'],
    style: 'mixed-english',
    note: '分片训练：把大模型拆成多个部分在不同设备上训练；模型并行',
  },
  {
    query: 'ESG 要求下怎么训大模型',
    relevant: ['004-q25', '004-q11'],
    style: 'mixed-english',
    note: 'ESG ≈ 可持续：绿色能源、绿色数据中心、降低能耗',
  },

  // ── plain ──
  {
    query: '分布式计算能让训练变便宜吗',
    relevant: ['002-s8-2', '002-s8-4'],
    style: 'plain',
    note: '发展趋势/研究展望：分布式计算降低大模型训练的计算成本',
  },
  { query: '增强学习里大模型怎么表示状态', relevant: ['004-q27'], style: 'plain', note: '状态表示：提高增强学习算法的鲁棒性和性能' },
  {
    query: '图像分割分哪几种',
    relevant: ['001-q5', '001-q12', '000-q9'],
    style: 'plain',
    note: '语义分割、实例分割；把图像划分为多个区域；场景分割',
  },
  {
    query: '自动驾驶为什么需要大量标注数据',
    relevant: ['004-q7', '004-q23', '001-q27'],
    style: 'plain',
    note: '场景复杂多变需要大量标注数据；标注成本高；高质量多样性数据保证鲁棒性',
  },
  {
    query: '知识蒸馏里梯度共享是什么',
    relevant: ['003-q24'],
    style: 'plain',
    note: '训练中共享教师模型和学生模型的梯度（该条目在此处截断）',
  },
  {
    query: '混合精度和量化有什么关系',
    relevant: ['001-q9', '003-q21', '001-q3'],
    style: 'plain',
    note: '001-q9 把混合精度训练列为量化技术之一；003-q21、001-q3 并列两者（结合浮点和整数运算）',
  },
  {
    query: '大模型处理语言任务强在哪',
    relevant: ['003-q3', '004-q9'],
    style: 'plain',
    note: 'NLP 中的优势：语义理解、语言生成、跨语言理解；预训练模型提高理解和生成能力',
  },
  { query: '大模型对AI创新有什么推动作用', relevant: ['004-q1'], style: 'plain', note: '加速创新：为新的算法和技术提供实验平台' },
  {
    query: '数据并行时各节点参数怎么同步',
    relevant: ['000-q5', '000-q4'],
    style: 'plain',
    note: '数据并行最后进行参数同步；Allreduce 减小梯度差异',
  },
  {
    query: '国内哪些机构在关注大模型',
    relevant: ['002-s1'],
    style: 'plain',
    note: '背景介绍：政府、企业和研究机构广泛关注国内大模型',
  },
];
