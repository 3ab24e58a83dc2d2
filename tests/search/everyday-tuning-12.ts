/**
 * Everyday-language search queries, round 12 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (eleventh session), before a fresh held-out round 13 (everyday-held-out-13.ts) was written blind,
 * round 12 was folded into tuning unchanged (last held-out figures: recall@5 0.771, MRR 0.720, none
 * empty; the same at its first run). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 12.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: blind, by a helper who saw neither the search code nor the
 * vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, content/topic-examples.json, src/, scripts/, tests/browser/, tests/unit/,
 * tests/.tmp/, tests/fixtures/, tests/search/tune.ts, tests/search/harness.ts,
 * tests/search/queries.ts, dist/ and bench-results/ were not opened, listed or grepped, and neither a
 * search, a build, a test, npm, node, a browser nor the site was run; no git command of any kind was
 * run, so neither `git log -p`, `git diff`, `git show` nor `git status`, and nothing was committed;
 * `ls content/` and `ls tests/search/` were not run either). What was read: /work/shared/SPEC.md,
 * tests/search/everyday-types.ts, everyday-tuning-11.ts (in full), and all 143 generated entries
 * under content/{concepts,training,compression,applications,challenges}/ (found with `find` inside
 * those five folders only: 9, 24, 5, 72 and 33 files), printed with awk so that of the front matter
 * only the `id` and `question` lines were shown, followed by the answer text (no other front-matter
 * field was seen). content/sources/, content/articles/, content/notes/, content/pages/,
 * content/topics/, articles.json and permalinks.json were not opened, nor was any other
 * everyday-held-out-*.ts file. Of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-10.ts
 * only the `query:` strings (grepped out with `grep -o "query: '[^']*'"`) were looked at — not their
 * header comments, relevant ids or notes — only to avoid repeating earlier queries (an exact-match
 * comparison of this file's 60 query strings against the query strings of everyday-tuning.ts and
 * everyday-tuning-2.ts … everyday-tuning-11.ts found no duplicate, and none is repeated within this
 * file; a small Python script, not node, then checked that every listed id is the `id` of one of
 * those entries, and counted styles and first entries). No deviation from these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs and curious readers type them, 3–25 characters, about subjects from all
 * five topics — by the topic folder of the first relevant entry: concepts 4, training 10,
 * compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143 entries).
 * The relevant ids do not depend on folders. The queries are spread over 58 different first entries
 * (no entry is the first relevant one of more than two queries; 000-q15 and 003-q12 are first twice)
 * and not copied from the articles' headings. Earlier rounds already cover the obvious wording of
 * nearly every entry, so this round asks about facets in the readers' own words (e.g. 上线给用户用,
 * 数据种类杂, 小钢炮, 软肋, 拦路虎, 耳背, 火眼金睛, 金牌导购, AI私教, 情绪温度计, 翻译官, 驾驶教练,
 * 程序化交易, 养生方案, 绿色机房, 病历隐患, 库存周转, 坏了才修, 几百张图, 地铁调度, 健身动作识别,
 * 投入产出, 配环境, 替换线上模型, 调参全靠蒙, 梯度没了/炸了, 真懂假懂, 一碰新图就认错, 小团队跟大厂拼,
 * 刷短视频的推荐, 聊天记上下文, robo-advisor, 0day, data mining, AIGC, homomorphic, BN, FP32→INT8,
 * 癌症早筛, 降雨量, 应急响应, 智能音箱, 多语种语音识别, 可持续训练, 安全隐患监测).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_12: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '训好的模型怎么上线给用户用',
    relevant: ['002-s2-3', '002-s3-2'],
    style: 'synonym',
    note: '上线 = 模型部署：将训练好的模型应用于实际场景，包括在线服务、边缘计算和云端部署；算法步骤中的模型部署',
  },
  {
    query: '训练数据种类杂一点更好吗',
    relevant: ['002-s2-1', '001-q27'],
    style: 'synonym',
    note: '种类杂 = 多样性：数据收集阶段需要关注数据的多样性和质量；自动驾驶需要大量高质量、多样性的训练数据以确保鲁棒性',
  },
  {
    query: '让小模型模仿大模型的输出',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'synonym',
    note: '小模型模仿大模型 = 知识蒸馏：软标签、教师-学生模型；使小模型具有类似的性能；模型蒸馏把大模型的知识传递给小模型',
  },
  {
    query: '程序化交易能交给大模型吗',
    relevant: ['000-q14', '003-q11', '004-q12'],
    style: 'synonym',
    note: '程序化交易 = 量化投资 / 自动化交易：构建量化投资策略，实现自动化交易；智能投资，自动分析市场数据实现智能化投资决策；投资策略',
  },
  {
    query: '大模型以后能在哪些行业赚钱',
    relevant: ['001-q8', '002-s7'],
    style: 'synonym',
    note: '赚钱 = 商业应用前景：未来大模型将在医疗、金融、教育等更多领域发挥作用；未来应用展望（推荐、客服、智能制造、智能城市）',
  },
  {
    query: '大模型能给我定制养生方案吗',
    relevant: ['004-q6', '000-q30', '000-q13'],
    style: 'synonym',
    note: '养生方案 = 个性化健康建议 / 健康管理：健康监测，提供个性化健康建议和疾病预警；家庭健康管理，个性化健康管理建议；健康管理服务',
  },
  {
    query: 'AI 能帮工厂省电吗',
    relevant: ['000-q29', '000-q17'],
    style: 'synonym',
    note: '省电 = 节能优化：优化能源使用，降低能源消耗；提高能源利用效率（两条答案都不专指工厂）',
  },
  {
    query: '风控模型不透明过不了合规',
    relevant: ['003-q15', '001-q30'],
    style: 'synonym',
    note: '不透明 = 模型解释性差：难以解释其决策过程，对金融风控的合规性和透明性提出挑战；难以向金融机构解释风险预警结果',
  },
  {
    query: '绿色机房能降低训练能耗吗',
    relevant: ['004-q11', '004-q25'],
    style: 'synonym',
    note: '绿色机房 = 绿色数据中心：建立绿色数据中心，采用节能技术和设备；使用可再生能源，降低大模型训练的能源消耗',
  },
  {
    query: '拿病历训模型有啥隐患',
    relevant: ['001-q28', '003-q16', '004-q24'],
    style: 'synonym',
    note: '病历 = 医疗数据，隐患 = 问题/挑战：医疗数据高度敏感，数据隐私和安全、标注与质量；患者敏感信息的隐私；涉及个人隐私，需要遵守法律法规',
  },

  // ── metaphor ──
  {
    query: '大模型的软肋在哪',
    relevant: ['002-s3-3', '003-q1', '002-s8-3', '002-s9-3'],
    style: 'metaphor',
    note: '软肋 = 缺点 / 弱点：数据依赖性、计算资源消耗、解释性较差；易受对抗攻击、计算资源需求高（解析：潜在的弱点）；面临的挑战',
  },
  {
    query: '把大模型压成小钢炮',
    relevant: ['000-q6', '003-q24', '003-q23', '003-q21'],
    style: 'metaphor',
    note: '小钢炮 = 体积小、性能不减：剪枝、蒸馏（使小模型具有类似的性能）、低秩分解、量化；知识蒸馏方法；资源受限设备上的部署；剪枝量化等减小模型',
  },
  {
    query: '大模型能当我的驾驶教练不',
    relevant: ['000-q25'],
    style: 'metaphor',
    note: '驾驶教练 = 安全驾驶建议：汽车领域中通过大数据分析，提供安全驾驶建议',
  },
  {
    query: '给电商平台配个金牌导购',
    relevant: ['000-q15', '000-q10', '001-q10', '003-q5'],
    style: 'metaphor',
    note: '导购 = 商品推荐：电商中根据用户兴趣和购买记录推荐相关商品；推荐系统中的商品推荐、用户行为预测、个性化推荐',
  },
  {
    query: '给学生配个AI私教',
    relevant: ['003-q12', '000-q21', '001-q20'],
    style: 'metaphor',
    note: '私教 = 个性化学习 / 因材施教：个性化教育中的智能推荐、学习分析、实时反馈；教育领域的个性化学习、智能问答；个性化学习建议',
  },
  {
    query: '给社交平台装个情绪温度计',
    relevant: ['004-q26', '000-q23'],
    style: 'metaphor',
    note: '情绪温度计 = 情感分析：社交媒体分析中识别用户情绪和态度；分析社交媒体内容中的情感倾向',
  },
  {
    query: '给银行请个火眼金睛的风控员',
    relevant: ['001-q16', '004-q28', '000-q14'],
    style: 'metaphor',
    note: '火眼金睛 = 欺诈检测 / 风险识别：金融风控中的信用评估、风险监测、欺诈检测；提高检测准确率和实时性；识别和预测金融市场的风险',
  },
  {
    query: '让大模型当翻译官',
    relevant: ['001-q4', '003-q3', '000-q8', '002-s3-4'],
    style: 'metaphor',
    note: '翻译官 = 机器翻译：大模型在机器翻译任务中取得显著成果；将一种语言的文本翻译成另一种语言；自动翻译；NLP 中的机器翻译',
  },
  {
    query: '语音助手总是耳背',
    relevant: ['001-q26', '004-q14', '003-q6'],
    style: 'metaphor',
    note: '耳背 = 听不清 / 识别不准：语音变异性与口音、噪声干扰；语音多样性、噪声、准确率；大模型的高精度识别与抗噪性',
  },
  {
    query: '大模型眼下的几大拦路虎',
    relevant: ['002-s8-3', '002-s9-3', '001-q6'],
    style: 'metaphor',
    note: '拦路虎 = 挑战：数据质量、计算资源消耗、模型解释性、隐私保护；商业应用中的挑战（计算资源、隐私、可解释性）',
  },

  // ── situation ──
  {
    query: '换了台新电脑，要重新配深度学习环境',
    relevant: ['002-s5-1'],
    style: 'situation',
    note: '开发环境搭建：安装 Python 3.8+、TensorFlow 或 PyTorch、NumPy、Pandas 等依赖',
  },
  {
    query: '想用新模型换掉线上老模型，怎么证明更好',
    relevant: ['004-q3'],
    style: 'situation',
    note: 'A/B 测试：将模型部署到生产环境中，与现有模型进行对比测试，评估新模型的实际效果',
  },
  {
    query: '老板嫌训练太烧钱，让我算投入产出',
    relevant: ['004-q5'],
    style: 'situation',
    note: '投入产出 = 成本和效益：平衡大模型训练的成本和效益（优化算法、硬件投资、数据预处理、预算与成本监控）',
  },
  {
    query: '仓库货压太久，周转率上不去',
    relevant: ['000-q15', '004-q13'],
    style: 'situation',
    note: '库存优化：优化库存水平，提高库存周转率；供应链预测和优化，降低库存成本',
  },
  {
    query: '工厂设备老是坏了才修',
    relevant: ['004-q13', '000-q16', '001-q21'],
    style: 'situation',
    note: '预测性维护：设备故障预测，提前安排维护计划；预测设备故障，实现预测性维护；实时监测设备运行状态，预测设备故障',
  },
  {
    query: '孩子写作业遇到不会的题没人问',
    relevant: ['000-q21', '001-q20'],
    style: 'situation',
    note: '智能问答：为学生提供智能问答服务，解答学习中的问题；在线学习支持，提供实时反馈和辅助',
  },
  {
    query: '只有几百张产品图，也想训个识别模型',
    relevant: ['003-q2'],
    style: 'situation',
    note: '数据少 = 迁移学习：预训练大模型微调适应新任务，减少对新数据的依赖，降低数据收集和标注的成本',
  },
  {
    query: '早高峰地铁挤爆了，调度能靠AI吗',
    relevant: ['004-q30'],
    style: 'situation',
    note: '车辆调度：提高公共交通的运营效率；交通流量预测',
  },
  {
    query: '健身App想自动识别用户做的是哪个动作',
    relevant: ['000-q9', '001-q5', '004-q20'],
    style: 'situation',
    note: '动作识别：视频分析，如动作识别；视频分析任务中的动作识别；跨模态学习中的视频理解（视频分类、动作识别）',
  },
  {
    query: '客户说看不懂我们AI怎么决策，不敢用',
    relevant: ['001-q6', '004-q8', '002-s8-3', '002-s2-5'],
    style: 'situation',
    note: '可解释性与信任：如何提高模型的可解释性以增强用户信任；可视化工具、可解释性框架帮助用户理解决策过程；解释性差影响信任度；解释性对提高信任度的意义',
  },

  // ── spoken ──
  {
    query: '大模型用的是深度学习还是强化学习啊',
    relevant: ['002-s3-1', '002-s4-1'],
    style: 'spoken',
    note: '算法原理概述：涉及深度学习、强化学习和迁移学习等；数学模型构建：大模型技术的核心是深度学习',
  },
  {
    query: '梯度一会儿没了一会儿炸了咋办',
    relevant: ['000-q4', '000-q3'],
    style: 'spoken',
    note: '没了 = 梯度消失，炸了 = 梯度爆炸：Xavier 初始化、学习率衰减、梯度裁剪、Allreduce；权重初始化避免梯度消失或爆炸',
  },
  {
    query: '调参全靠蒙吗',
    relevant: ['000-q7'],
    style: 'spoken',
    note: '调参 = 超参数搜索：贝叶斯优化、网格搜索、交叉验证等系统方法',
  },
  {
    query: '训练一轮具体都干了啥',
    relevant: ['001-q2', '002-s2-2', '002-s4-1'],
    style: 'spoken',
    note: '一轮 = 一次迭代：前向传播、损失函数计算、反向传播并更新参数，重复迭代；训练过程包括前向传播、反向传播和优化算法',
  },
  {
    query: '聊天机器人咋记得前面聊过啥',
    relevant: ['001-q11'],
    style: 'spoken',
    note: '记得前面聊过啥 = 对话管理：管理对话流程，确保对话的连贯性和一致性',
  },
  {
    query: '刷短视频越刷越上头，推荐是咋做的',
    relevant: ['000-q10', '001-q10', '003-q5', '000-q22', '004-q26'],
    style: 'spoken',
    note: '内容推荐：根据用户阅读历史和偏好推荐文章、视频；用户行为预测与建模、实时学习反馈；娱乐内容推荐；社交媒体个性化内容推荐',
  },
  {
    query: '小团队搞大模型咋跟大厂拼',
    relevant: ['004-q4'],
    style: 'spoken',
    note: '跟大厂拼 = 竞争优势：技术创新、数据优势、合作与联盟、市场定位（差异化）',
  },
  {
    query: '训大模型最头疼的是啥',
    relevant: ['004-q2'],
    style: 'spoken',
    note: '头疼 = 挑战：计算资源需求、数据需求与标注成本、训练时间长、过拟合',
  },
  {
    query: '大模型是真懂还是假懂',
    relevant: ['001-q24'],
    style: 'spoken',
    note: '真懂 = 理解语言：自然语言具有高度复杂性，大模型难以完全理解语言的深层含义',
  },
  {
    query: '识图模型一碰新图就认错',
    relevant: ['003-q20', '002-s2-5'],
    style: 'spoken',
    note: '一碰新图就错 = 泛化能力差：大模型可能仅在训练数据上表现良好，无法泛化到未见过的数据；提高泛化能力的数据增强、正则化和集成学习',
  },

  // ── mixed-english ──
  {
    query: 'LLM 在 NLP 上的最新突破',
    relevant: ['004-q9'],
    style: 'mixed-english',
    note: '最新进展：GPT-3、BERT、RoBERTa 等预训练语言模型，多模态学习，迁移学习，生成式文本生成',
  },
  {
    query: 'BN 能加速收敛吗',
    relevant: ['004-q19'],
    style: 'mixed-english',
    note: 'BN = 批量归一化：加速模型训练并提高模型稳定性',
  },
  {
    query: 'FP32 转 INT8 有啥好处',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'mixed-english',
    note: 'FP32 转 INT8 = 量化：浮点参数转为低比特整数，降低计算资源消耗、提高推理速度；减少存储和计算需求；降低计算复杂度',
  },
  {
    query: 'CV 大模型一般能干哪些活',
    relevant: ['001-q5', '000-q9', '001-q12', '003-q2'],
    style: 'mixed-english',
    note: 'CV = 计算机视觉：图像分类、目标检测、图像分割、视频分析；人脸识别、图像生成；图像识别中的检测、分类、分割',
  },
  {
    query: 'robo-advisor 能用大模型做吗',
    relevant: ['004-q12', '003-q11', '000-q14'],
    style: 'mixed-english',
    note: 'robo-advisor = 智能投顾：提供个性化投资建议；智能投资，为投资决策提供参考；金融在线咨询、量化投资',
  },
  {
    query: '0day 漏洞能靠大模型挖吗',
    relevant: ['000-q28'],
    style: 'mixed-english',
    note: '0day 漏洞 = 未公开漏洞，挖 = 漏洞挖掘：利用深度学习技术挖掘网络设备的漏洞',
  },
  {
    query: 'data mining 对企业有啥用',
    relevant: ['004-q16'],
    style: 'mixed-english',
    note: 'data mining = 数据挖掘：挖掘企业内部和外部的数据，发现有价值的信息，提升企业竞争力',
  },
  {
    query: 'AIGC 对创意行业有啥影响',
    relevant: ['003-q7', '000-q22'],
    style: 'mixed-english',
    note: 'AIGC = 生成式任务：文本、图像生成，创造力强、高效生成，为创意产业提供新的工具；娱乐中的音乐生成、视频生成',
  },
  {
    query: 'homomorphic 加密能训模型吗',
    relevant: ['003-q4'],
    style: 'mixed-english',
    note: 'homomorphic encryption = 同态加密：可以在加密状态下对数据进行计算，保护训练数据隐私',
  },
  {
    query: 'explainability 和透明度怎么兼顾',
    relevant: ['004-q8'],
    style: 'mixed-english',
    note: 'explainability = 可解释性：模型压缩提高透明度、可视化工具、可解释性框架、用户反馈',
  },

  // ── plain ──
  {
    query: '大模型一般有多少参数量',
    relevant: ['003-q1', '004-q1', '001-q1'],
    style: 'plain',
    note: '数十亿到数千亿参数；数十亿至数千亿；通常在亿级以上（传统小模型在千万以下）',
  },
  {
    query: '大模型代码怎么做单元测试',
    relevant: ['003-q22'],
    style: 'plain',
    note: '调试方法：对模型中的单个层或组件进行单元测试，另有集成测试、性能分析、调试工具、代码审查',
  },
  {
    query: '学生做题数据能用来评估学习效果吗',
    relevant: ['003-q12', '001-q20'],
    style: 'plain',
    note: '学习分析：分析学生的学习数据，提供学习效果的评估和反馈；分析学生的学习行为，提供实时反馈',
  },
  {
    query: '突发环境事件的应急响应能用AI吗',
    relevant: ['000-q18'],
    style: 'plain',
    note: '环境监测中的智能预警和应急响应、风险评估',
  },
  {
    query: '降雨量能用大模型预测吗',
    relevant: ['000-q20', '000-q18'],
    style: 'plain',
    note: '农业水文预测：预测土壤水分、降雨量等；环境监测中的气象预测：预测天气和气候变化',
  },
  {
    query: '智能音箱用到了哪些AI技术',
    relevant: ['001-q7', '001-q18', '000-q24'],
    style: 'plain',
    note: '天猫精灵（智能语音助手）：自然语言理解、语音识别和语音合成；智能家居中的语音助手理解语音指令；语音识别实现语音控制',
  },
  {
    query: '癌症早筛能用大模型吗',
    relevant: ['000-q13', '003-q13', '004-q6', '001-q19'],
    style: 'plain',
    note: '辅助疾病诊断，如癌症筛查；医学影像中的病变检测（肿瘤）；疾病诊断与疾病预警；辅助医生进行疾病诊断',
  },
  {
    query: '怎么实时发现AI系统的安全隐患',
    relevant: ['001-q22'],
    style: 'plain',
    note: '安全监测：实时监测人工智能系统的运行状态，及时发现安全隐患',
  },
  {
    query: '大模型训练怎么做到可持续',
    relevant: ['004-q25', '004-q11'],
    style: 'plain',
    note: '可持续训练流程：绿色能源、数据回收、计算优化、模型压缩；能耗问题的解决：低功耗硬件、算法优化、绿色数据中心、能耗监控',
  },
  {
    query: '多语种语音识别难在哪',
    relevant: ['004-q14', '001-q26'],
    style: 'plain',
    note: '语音多样性：需要处理不同语言、方言、口音；语音变异性，难以适应各种语音环境和口音',
  },
];
