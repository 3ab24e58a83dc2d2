/**
 * Everyday-language search queries, round 8 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01,
 * once a fresh held-out round 9 (everyday-held-out-9.ts) had been written blind, this round was
 * folded into tuning unchanged (last held-out figures: recall@5 0.717, MRR 0.706, none empty;
 * first run 0.717 / 0.706). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 8.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: 2026-12-01, blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, src/, scripts/, tests/browser/, tests/unit/, tests/.tmp/, tests/fixtures/,
 * tests/search/tune.ts, tests/search/harness.ts and dist/ were not opened, the vocabulary was not
 * grepped, and neither a search, a build, a test, npm, node, a browser nor the site was run, nor
 * `git log -p`, `git diff` or `git show`; a plain `ls content/` and `ls tests/search/` showed those
 * files' names only, and `git status --short` listed some modified bench-results/ files and untracked
 * file names under tests/fixtures/ without them being opened). What was read: /work/shared/SPEC.md,
 * tests/search/everyday-types.ts, and all 143 generated entries under
 * content/{concepts,training,compression,applications,challenges}/, printed with their front matter
 * filtered to the `id` and `question` lines only, followed by the answer text (no other front-matter
 * field was seen). The five source articles in content/sources/, content/articles/, content/notes/,
 * content/pages/, content/topics/, articles.json and permalinks.json were not opened. 60 queries,
 * 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as engineers,
 * students and PMs type them, 3–25 characters, about subjects from all five topics — by the topic of
 * the first relevant entry: concepts 9, training 12, compression 10, applications 17, challenges 12
 * (concepts and compression hold only 9 and 5 of the 143 entries and earlier rounds already use most
 * of their wording; applications holds 72) — spread over many different entries and not copied from
 * the articles' headings. everyday-held-out-7.ts was read in full and the header and query strings of
 * everyday-tuning.ts, everyday-tuning-2.ts … everyday-tuning-6.ts were looked at (plus the first few
 * rows of everyday-tuning-6.ts), only to learn the format and to avoid repeating or paraphrasing
 * their queries; since those sets already cover the obvious wording of most entries, this round asks
 * about facets the earlier rounds left alone (e.g. 代码审查, 集成测试, δ 误差项, 示例学习率, AUC 的
 * 区分能力, 梯度截断, 稀疏化, 定点化, SVD, 运维能力, 医疗影像法规, 电车难题, 生产线布局, 环境治理,
 * 用户浏览行为, 人脸生成, 家庭健康管理, 肺炎诊断, 种植优化, 链上数据分析, 物联网安全防护, 车辆监控,
 * 即时反馈, 新闻分类, 自适应生产, 实时字幕).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_8: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '超大规模神经网络是什么',
    relevant: ['003-q1', '004-q1', '001-q1', '002-s9-1', '000-q1'],
    style: 'synonym',
    note: '超大规模神经网络 = 大模型（数十亿到数千亿参数的神经网络模型）',
  },
  {
    query: '模型各模块联调怎么测',
    relevant: ['003-q22'],
    style: 'synonym',
    note: '联调 = 集成测试：在整个模型中运行测试，确保各组件协同工作',
  },
  { query: '衡量模型区分正负样本的能力', relevant: ['000-q2'], style: 'synonym', note: '= AUC：ROC 曲线下面积，评估分类器的区分能力' },
  { query: '梯度截断是什么', relevant: ['000-q4'], style: 'synonym', note: '梯度截断 = 梯度裁剪（Gradient Clipping），限制梯度的最大值' },
  {
    query: '模型稀疏化怎么做',
    relevant: ['000-q6', '003-q21'],
    style: 'synonym',
    note: '稀疏化 ≈ 剪枝：删除不重要的神经元和连接 / 冗余参数',
  },
  {
    query: '模型轻量化有哪些手段',
    relevant: ['000-q6', '003-q23', '003-q21', '001-q3'],
    style: 'synonym',
    note: '轻量化 = 模型压缩：剪枝、蒸馏、低秩分解、量化；资源受限设备上的部署方法',
  },
  {
    query: '模型定点化是什么',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'synonym',
    note: '定点化 = 量化：把浮点参数转换为低比特整数表示',
  },
  {
    query: '训练数据的安全规范怎么定',
    relevant: ['004-q10', '003-q4'],
    style: 'synonym',
    note: '安全规范 = 数据安全协议和规范（及加密、匿名化、访问控制）',
  },
  {
    query: '车间设备怎么摆放更顺',
    relevant: ['000-q16', '004-q13'],
    style: 'synonym',
    note: '设备摆放 = 生产线优化：优化生产线布局和流程；004-q13 生产优化（流程）',
  },
  { query: '治污方案怎么定更有效', relevant: ['000-q18'], style: 'synonym', note: '治污方案 = 环境治理：优化环境治理策略，提高治理效果' },

  // ── metaphor ──
  {
    query: '给图片化个淡妆就能骗过大模型',
    relevant: ['003-q1', '002-s2-6', '001-q22'],
    style: 'metaphor',
    note: '化淡妆 = 微小扰动：大模型易受对抗攻击（003-q1）；防御攻击能力、模型防御',
  },
  {
    query: '有了大模型就不用重复造轮子了吗',
    relevant: ['004-q1', '004-q9'],
    style: 'metaphor',
    note: '重复造轮子 = 定制化开发：大模型通用性强，降低研发成本；迁移学习降低新任务训练成本',
  },
  {
    query: '分头各练一份数据最后对答案',
    relevant: ['000-q5', '004-q21', '000-q4'],
    style: 'metaphor',
    note: '= 数据并行：训练数据分给各 GPU/节点分别训练，最后参数同步；Allreduce 减小梯度差异',
  },
  {
    query: '把模型参数从高清降成标清',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'metaphor',
    note: '降清晰度 = 量化：浮点转低比特 / 低精度数值',
  },
  {
    query: '自动驾驶的电车难题谁来定规矩',
    relevant: ['004-q7'],
    style: 'metaphor',
    note: '电车难题 = 伦理问题：自动驾驶面临法律法规和伦理挑战，需制定规范和标准',
  },
  {
    query: '学校那点算力小马拉大车，咋跑AI教学',
    relevant: ['001-q29', '003-q23', '000-q6'],
    style: 'metaphor',
    note: '小马拉大车 = 算力不足：教育领域的计算资源消耗挑战；资源受限设备上的部署与压缩',
  },
  {
    query: '让AI凭空捏出一张人脸',
    relevant: ['000-q9', '003-q7', '004-q20'],
    style: 'metaphor',
    note: '捏人脸 = 图像生成（生成新的图像，如人脸）',
  },
  { query: '给区块链账本配个显微镜', relevant: ['000-q27'], style: 'metaphor', note: '显微镜 = 数据分析：对区块链上的数据实时分析和处理' },
  { query: '给爱车做实时体检', relevant: ['000-q25'], style: 'metaphor', note: '实时体检 = 车辆监控：实时监控车辆的状态和性能' },
  {
    query: '让生产线自己学会随机应变',
    relevant: ['002-s7'],
    style: 'metaphor',
    note: '随机应变 = 智能制造中生产过程的自适应优化和智能化控制',
  },

  // ── situation ──
  {
    query: '纠结该用大模型还是小模型',
    relevant: ['001-q1', '003-q1', '002-s3-3'],
    style: 'situation',
    note: '大模型与传统小模型的区别（参数、数据、算力、性能）；特点与优缺点',
  },
  {
    query: '模型老漏检，该看哪个指标',
    relevant: ['004-q18', '000-q2', '004-q3', '002-s2-3'],
    style: 'situation',
    note: '漏检 → 召回率：判断模型是否遗漏了重要信息 / 召回所有正样本的能力',
  },
  {
    query: '车载芯片算力有限，模型要塞进车里',
    relevant: ['003-q23', '000-q6', '003-q21', '001-q9'],
    style: 'situation',
    note: '资源受限设备上的部署：蒸馏、剪枝量化、动态计算；压缩降低计算需求',
  },
  {
    query: '推理要占好几张卡，想压到一张',
    relevant: ['000-q6', '003-q21', '001-q9', '003-q23'],
    style: 'situation',
    note: '压缩/量化减小模型大小、存储和计算需求',
  },
  {
    query: '公司运维就两个人，撑得起大模型吗',
    relevant: ['001-q6', '001-q23', '001-q24', '001-q26', '001-q27'],
    style: 'situation',
    note: '训练和推理对硬件设施和运维能力提出了较高要求（商业应用及 CV、NLP、语音、自动驾驶中的问题）',
  },
  {
    query: '刚开网店，想知道顾客都逛了啥',
    relevant: ['000-q15'],
    style: 'situation',
    note: '电商用户行为分析：分析用户在网站上的浏览、购买',
  },
  {
    query: '拍了胸片想让AI看看是不是肺炎',
    relevant: ['000-q13', '003-q13', '001-q19', '004-q6'],
    style: 'situation',
    note: '疾病诊断（肺炎诊断）、医疗影像分析（CT 等）、病变检测与诊断辅助',
  },
  {
    query: '智能摄像头和路由器怕被黑',
    relevant: ['000-q26', '000-q28'],
    style: 'situation',
    note: '物联网安全防护：防范物联网设备的安全威胁；网络安全入侵检测',
  },
  {
    query: '新闻稿想自动分到财经体育栏目',
    relevant: ['001-q4', '003-q3', '002-s3-4'],
    style: 'situation',
    note: '文本分类：新闻分类 / 主题分类',
  },
  {
    query: '开会时想实时把发言转成字幕',
    relevant: ['003-q6', '000-q11', '001-q13'],
    style: 'situation',
    note: '实时语音识别（003-q6 实时性）；语音转文本',
  },

  // ── spoken ──
  {
    query: '光堆参数模型就能变聪明吗',
    relevant: ['001-q1', '003-q1', '002-s9-1', '000-q1'],
    style: 'spoken',
    note: '参数数量和训练数据一起增加才能提取复杂特征；还需大量数据和计算资源，也有弱点',
  },
  {
    query: '拿训练集测效果算作弊不',
    relevant: ['000-q7', '004-q18', '002-s3-2', '002-s2-3'],
    style: 'spoken',
    note: '应划分训练集和验证集 / 用测试集评估泛化能力（交叉验证）',
  },
  { query: 'F1 分数咋算的', relevant: ['000-q2', '004-q18'], style: 'spoken', note: 'F1 = 准确率和召回率的调和平均值' },
  {
    query: 'AI看片子到底准不准',
    relevant: ['004-q24', '003-q13', '004-q6'],
    style: 'spoken',
    note: '诊断准确性是医疗影像分析的关键挑战；高精度检测、减少误诊率；提高影像分析准确性',
  },
  {
    query: '智能客服最难搞的是啥',
    relevant: ['003-q17'],
    style: 'spoken',
    note: '智能客服中的挑战：语义理解、实时性、个性化服务',
  },
  {
    query: '图像模型凭啥判成猫，看不明白',
    relevant: ['001-q23', '004-q8', '002-s3-2'],
    style: 'spoken',
    note: 'CV 中模型可解释性差；可视化工具、决策过程解释',
  },
  { query: '智能家居能帮忙管家人健康不', relevant: ['000-q30'], style: 'spoken', note: '家庭健康管理：提供个性化的健康管理建议' },
  {
    query: '种啥怎么种产量高，大模型能出主意不',
    relevant: ['000-q20'],
    style: 'spoken',
    note: '种植优化：优化种植策略，提高作物产量和质量',
  },
  {
    query: '学生刚做完题AI能马上点评不',
    relevant: ['003-q12', '001-q20'],
    style: 'spoken',
    note: '实时反馈：实时分析学习数据，提供即时的学习反馈；在线学习支持',
  },
  {
    query: '追剧App咋知道我爱看啥',
    relevant: ['000-q22', '000-q10', '003-q5', '001-q10'],
    style: 'spoken',
    note: '娱乐内容推荐；内容推荐（视频）；用户行为建模 / 偏好预测',
  },

  // ── mixed-english ──
  {
    query: 'Large Model 是什么意思',
    relevant: ['000-q1', '001-q1', '003-q1', '004-q1', '002-s9-1'],
    style: 'mixed-english',
  },
  {
    query: '1B 参数算大模型吗',
    relevant: ['001-q1', '003-q1', '004-q1'],
    style: 'mixed-english',
    note: '1B = 十亿：大模型参数通常在亿级以上（001-q1）；数十亿到数千亿',
  },
  { query: '模型代码要做 code review 吗', relevant: ['003-q22'], style: 'mixed-english', note: '调试方法之一：代码审查，确保代码质量' },
  {
    query: '反向传播的 delta 怎么算',
    relevant: ['002-s4-2', '002-s4-1'],
    style: 'mixed-english',
    note: 'δ2 = (A2 − Y)·σ′(Z2)，δ1 由 δ2 反传；反向传播误差、更新参数',
  },
  {
    query: '多机多卡训练用啥 framework',
    relevant: ['004-q21', '000-q5'],
    style: 'mixed-english',
    note: 'GPU 分布式训练框架，如 TensorFlow、PyTorch；000-q5 同一问题（分布式训练）',
  },
  {
    query: 'inference 加速有哪些招',
    relevant: ['003-q21', '001-q9', '000-q6'],
    style: 'mixed-english',
    note: '提高推理速度：剪枝、量化、混合精度、并行计算、压缩',
  },
  {
    query: 'distillation 和量化有啥区别',
    relevant: ['000-q6', '003-q24', '001-q9'],
    style: 'mixed-english',
    note: '000-q6 分别定义知识蒸馏（教师教学生）和模型量化（浮点转低精度）',
  },
  {
    query: 'SVD 分解能给模型瘦身吗',
    relevant: ['000-q6'],
    style: 'mixed-english',
    note: 'SVD ≈ 低秩分解：高维矩阵分解为低维矩阵，降低参数数量',
  },
  {
    query: 'GDPR 下还能拿用户数据训模型吗',
    relevant: ['004-q10', '003-q4'],
    style: 'mixed-english',
    note: 'GDPR = 数据保护法规：匿名化、访问控制、加密、差分隐私、联邦学习',
  },
  {
    query: 'fine-tune 视觉模型能少标点数据吗',
    relevant: ['003-q2', '004-q9'],
    style: 'mixed-english',
    note: '迁移学习微调预训练模型，减少对新数据的依赖、降低标注成本',
  },

  // ── plain ──
  { query: '传统小模型一般有多少参数', relevant: ['001-q1'], style: 'plain', note: '传统小模型通常在千万以下（大模型亿级以上）' },
  {
    query: '迁移学习在大模型里起什么作用',
    relevant: ['004-q9', '003-q2', '002-s3-3', '002-s3-1'],
    style: 'plain',
    note: '利用预训练模型降低新任务训练成本；微调适应新任务；高效训练；理论基础之一',
  },
  { query: '线性回归例子用的学习率是多少', relevant: ['002-s4-3'], style: 'plain', note: '案例：梯度下降训练，学习率为 0.01' },
  {
    query: '预训练权重能当初始化用吗',
    relevant: ['001-q2', '003-q2', '004-q9'],
    style: 'plain',
    note: '模型初始化：随机初始化或预训练模型；预训练后迁移学习微调',
  },
  {
    query: '剪枝和量化能一起用吗',
    relevant: ['003-q23', '001-q3', '003-q21', '000-q6'],
    style: 'plain',
    note: '模型压缩通过剪枝、量化等技术（组合）减小模型大小',
  },
  {
    query: '医学影像AI要遵守哪些法规',
    relevant: ['004-q24', '001-q28', '003-q16'],
    style: 'plain',
    note: '医疗影像分析涉及个人隐私和数据保护，需遵守相关法律法规；医疗数据隐私',
  },
  {
    query: '大模型存在哪些安全风险',
    relevant: ['002-s2-6', '003-q1', '002-s9-3', '002-s8-3', '001-q6'],
    style: 'plain',
    note: '防御攻击能力、数据和用户隐私；易受对抗攻击；安全性与隐私保护挑战',
  },
  {
    query: '模型压缩能降低能耗吗',
    relevant: ['004-q25', '003-q21'],
    style: 'plain',
    note: '可持续训练：模型压缩减少模型体积和计算需求；压缩降低计算成本',
  },
  {
    query: '自动驾驶为什么对实时性要求这么高',
    relevant: ['004-q7', '004-q23', '001-q27', '003-q14', '003-q18'],
    style: 'plain',
    note: '需快速响应环境变化、实时做出决策；感知和路径规划要在短时间内完成',
  },
  {
    query: '大模型在商业上还有多大空间',
    relevant: ['001-q8', '002-s7', '002-s8-4'],
    style: 'plain',
    note: '商业应用前景非常广阔；未来应用展望；广阔的应用前景',
  },
];
