/**
 * Everyday-language search queries, round 15 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (fourteenth session), before a fresh held-out round 16 (everyday-held-out-16.ts) was written blind,
 * round 15 was folded into tuning unchanged (last held-out figures: recall@5 0.828, MRR 0.783, none
 * empty; first run 0.807 / 0.772). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 15.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written (2026-12-01): blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, content/topic-examples.json, src/, scripts/, tests/browser/, tests/unit/,
 * tests/.tmp/, tests/fixtures/, tests/search/tune.ts, tests/search/harness.ts,
 * tests/search/queries.ts, dist/ and bench-results/ were not opened, listed or grepped, and neither a
 * search, a build, a test, npm, node, a browser nor the site was run; no git command of any kind was
 * run, so neither `git log -p`, `git diff`, `git show` nor `git status`, and nothing was committed;
 * `ls content/` and `ls tests/search/` were not run either; no web or code search tool was used).
 * What was read: /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-tuning-14.ts (in
 * full, as the format model), and all 143 generated entries under content/{concepts,training,
 * compression,applications,challenges}/ (found with `find` inside those five folders only: 9, 24, 5,
 * 72 and 33 .mdx files), printed with awk so that of the front matter only the `id` and `question`
 * lines were shown, followed by the answer text (no other front-matter field was seen).
 * content/terms*, content/sources/, content/articles/, content/notes/, content/pages/,
 * content/topics/ and every *.json under content/ were not opened, nor was any other
 * everyday-held-out-*.ts file. Of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-13.ts
 * only the `query:` strings (grepped out with `grep -o "query: '[^']*'"`, together with those of
 * everyday-tuning-14.ts, into a scratch file outside the repository, /tmp/prev_queries.txt, 880
 * lines, four of them the regex fragment from header comments) were looked at — not their header
 * comments, relevant ids or notes — only to avoid repeating earlier queries. A small Python script
 * (python3, not node) then checked that none of this file's 60 query strings equals (after removing
 * spaces and punctuation and lowercasing) a query string of everyday-tuning.ts, everyday-tuning-2.ts
 * … everyday-tuning-14.ts, and that none is repeated within this file (no duplicate found); that every
 * listed id is the `id` of one of those entries (reading the entries' `id` lines itself and printing
 * only ids and counts: 143 entries, no unknown id); that no query lists entries of more than five
 * distinct questions (by the entries' `question` lines; at most four); and counted styles (10 each),
 * lengths (9–23 characters) and first entries. No query and no relevant id was changed after that
 * check (only this header's length range was corrected to the measured one). No deviation from
 * these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 3–25 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143
 * entries). The relevant ids do not depend on folders. The queries are spread over 56 different first
 * entries (no entry is the first relevant one of more than two queries; 000-q11, 003-q5, 003-q22 and
 * 003-q17 are first twice) and not copied from the articles' headings. Earlier rounds already cover
 * the obvious wording of nearly every entry, so this round asks about facets in the readers' own
 * words and situations (e.g. AI配音, 自动抠图, 梯度限幅, K折验证, 千人千面, 训练数据太单一,
 * 即时出字, 模型体积缩水, 通病, 行情研判, 风险预警雷达, 偏科生, 游戏造景师, 基因破译员,
 * 园区能源管家, 人工智障, 炒菜火候, 车流里穿针引线, 偷师, 事故预警哨, 八张卡怎么分工,
 * 导师让我跑线性回归例子, 语料全是一个网站的, 家门口摄像头认陌生人, 几百辆货车盯状态,
 * 短视频配乐, 客服通话录音分析情绪, 标注外包报价太高, 文案把产品参数写错, CT片子清晰度参差不齐,
 * 抗造, 这两年有啥新花样, 看懂体检报告, 排错法子, 智能电网沾边不, 推荐咋就准了, 种地的,
 * 小语种翻译, 踩啥坑, 省钱了效果会不会打折, integration test, Mermaid 架构图, drug discovery,
 * Green AI, SHAP, B2C 电商, NPU, LLM trend, SLA, human eval, 国内研究成果, AI生成的图片用在哪,
 * 天猫精灵能做哪些事, 目标检测方法, 对话系统负责哪几块, 企业决策参考预测, 生产流程更高效,
 * 疾病预测, 视觉大模型训练周期长, 语音识别换个环境就不准).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_15: EverydayQuery[] = [
  // ── synonym ──
  {
    query: 'AI配音能用大模型做吗',
    relevant: ['000-q11', '004-q20', '002-s3-4'],
    style: 'synonym',
    note: '配音 = 语音合成：将文本转换为语音；利用大模型进行语音合成，实现更自然、更流畅的语音输出；语音识别领域可用于语音合成',
  },
  {
    query: '梯度限幅能防止梯度爆炸吗',
    relevant: ['000-q4'],
    style: 'synonym',
    note: '梯度限幅 = 梯度裁剪（Gradient Clipping）：对梯度进行裁剪，限制梯度的最大值，用于解决梯度爆炸',
  },
  {
    query: '自动抠图用的是哪种视觉技术',
    relevant: ['001-q12', '001-q5', '002-s3-4'],
    style: 'synonym',
    note: '抠图 = 图像分割：将图像划分为多个区域，提取详细特征；语义分割、实例分割；计算机视觉可用于图像分割',
  },
  {
    query: '医疗AI的训练数据太单一会怎样',
    relevant: ['003-q16'],
    style: 'synonym',
    note: '太单一 = 数据多样性：医疗数据种类繁多，如何确保模型在多样性的数据集上有良好的表现成为挑战',
  },
  {
    query: 'K折验证能看出模型泛化好坏吗',
    relevant: ['000-q7', '004-q18'],
    style: 'synonym',
    note: 'K折验证 = 交叉验证：将数据划分为训练集和验证集，评估模型的泛化能力；交叉验证评估模型在不同数据集上的表现，确保泛化能力',
  },
  {
    query: '大模型能做到千人千面推荐吗',
    relevant: ['003-q5', '000-q10', '002-s7', '001-q10'],
    style: 'synonym',
    note: '千人千面 = 个性化推荐：学习用户兴趣和行为模式生成个性化推荐列表；构建用户画像用于个性化推荐；个性化推荐系统；预测用户偏好为个性化推荐提供依据',
  },
  {
    query: '语音转写要做到即时出字难吗',
    relevant: ['004-q14', '003-q6'],
    style: 'synonym',
    note: '即时出字 = 实时性：语音识别系统需要实时响应，以满足实时交互需求；大模型可快速处理语音信号，实现实时语音识别',
  },
  {
    query: '模型体积缩水有哪几种办法',
    relevant: ['000-q6', '003-q21', '003-q23', '001-q3'],
    style: 'synonym',
    note: '体积缩水 = 模型压缩：剪枝、知识蒸馏、低秩分解、量化减小模型大小；剪枝、量化、模型压缩减少参数数量；蒸馏与剪枝量化减小模型大小；权重共享、剪枝、量化减小参数量',
  },
  {
    query: '大模型的通病有哪些',
    relevant: ['002-s3-3', '002-s8-3', '002-s9-3', '003-q1'],
    style: 'synonym',
    note: '通病 = 缺点 / 挑战：数据依赖性、计算资源消耗、解释性较差；数据质量、计算资源消耗、模型解释性、隐私保护；潜在的弱点：计算资源需求高、易受攻击',
  },
  {
    query: '大模型能做行情研判吗',
    relevant: ['003-q11', '004-q28', '004-q12', '000-q14'],
    style: 'synonym',
    note: '行情研判 = 投资分析 / 市场预测：分析市场数据为投资决策提供参考、预测金融市场波动；市场预测帮助投资者决策；市场预测和投资组合优化；预测股票、期货价格走势',
  },

  // ── metaphor ──
  {
    query: '给银行装个风险预警雷达',
    relevant: ['001-q16', '004-q28', '000-q14', '003-q11', '004-q12'],
    style: 'metaphor',
    note: '风险预警雷达 = 风险监测：实时监测金融市场的风险，预警潜在风险；风险管理降低风险暴露；识别和预测金融市场的风险；预测金融市场波动；风险预测和评估',
  },
  {
    query: '大模型是不是偏科生',
    relevant: ['001-q1', '004-q1', '002-s3-3'],
    style: 'metaphor',
    note: '偏科 = 只擅长某类任务：大模型通常在各个任务上都能取得比小模型更好的性能；能在多种 AI 任务中实现出色的性能、通用性强；广泛的适用性，可应用于多个领域',
  },
  {
    query: '给游戏世界请个AI造景师',
    relevant: ['001-q17'],
    style: 'metaphor',
    note: '造景师 = 场景生成：大模型可以生成丰富的游戏场景，为玩家提供多样化的游戏体验',
  },
  {
    query: '客服机器人咋才能不像人工智障',
    relevant: ['003-q17', '004-q17'],
    style: 'metaphor',
    note: '人工智障 = 理解不了用户：模糊和歧义语义，如何准确理解用户意图、个性化服务是挑战；自然语言理解实现自然对话，智能回复提高准确率',
  },
  {
    query: '给基因密码请个AI破译员',
    relevant: ['001-q14', '004-q22', '000-q19'],
    style: 'metaphor',
    note: '破译基因密码 = 基因组分析：分析基因组的结构和功能，识别基因突变；基因组序列分析，预测基因功能；基因测序，对基因序列进行快速分析和解读',
  },
  {
    query: '学习率像炒菜火候，该大火还是小火',
    relevant: ['001-q3', '004-q19', '000-q4'],
    style: 'metaphor',
    note: '火候 = 学习率大小：自适应学习率，根据训练过程动态调整学习率；学习率调度；使用适当的学习率，如学习率衰减策略',
  },
  {
    query: '给工业园区请个AI能源管家',
    relevant: ['000-q29', '000-q17'],
    style: 'metaphor',
    note: '能源管家 = 能源管理：节能优化、能源监控、实现智能化的能源管理提高能源利用效率；节能优化，降低能源消耗',
  },
  {
    query: '无人车在车流里穿针引线难在哪',
    relevant: ['003-q18', '004-q23'],
    style: 'metaphor',
    note: '车流里穿针引线 = 复杂交通环境中的路径规划：需处理其他车辆、行人、道路状况，实时性与安全性；环境复杂性，动态和静态障碍物',
  },
  {
    query: '让小模型偷师大模型',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'metaphor',
    note: '偷师 = 知识蒸馏：软标签、教师-学生模型，训练小模型模仿大模型的行为；用教师模型训练学生模型使其性能相近；模型蒸馏把大模型的参数和知识传给小模型',
  },
  {
    query: '给路口装个事故预警哨',
    relevant: ['004-q30'],
    style: 'metaphor',
    note: '事故预警哨 = 智能交通管理中的事故预警：利用大模型进行事故预警，减少交通事故的发生',
  },

  // ── situation ──
  {
    query: '手上有八张卡，怎么分工训一个模型',
    relevant: ['004-q21', '000-q5', '003-q21'],
    style: 'situation',
    note: '多卡分工 = 分布式训练：数据并行、模型并行、混合并行、GPU 分布式训练；数据并行、模型并行、梯度并行；并行计算利用多 GPU 加速训练',
  },
  {
    query: '家门口摄像头想自动认出陌生人',
    relevant: ['001-q18', '000-q9', '000-q30', '000-q24'],
    style: 'situation',
    note: '认陌生人 = 智能安防 / 人脸识别：监控家居环境，检测异常行为并报警；人脸识别识别图像中的人脸；家庭安全监控；通过智能家居设备实现家庭安全监控',
  },
  {
    query: '导师让我把线性回归那个例子跑一遍',
    relevant: ['002-s5-2', '002-s4-3', '002-s5-3', '002-s5-1'],
    style: 'situation',
    note: '线性回归例子：源代码（TensorFlow、SGD、MSE、1000 轮）；案例（100 个样本、学习率 0.01、MSE）；代码解读；开发环境搭建（Python、TensorFlow/PyTorch、NumPy）',
  },
  {
    query: '自动驾驶数据标注外包报价太高',
    relevant: ['004-q23', '004-q7'],
    style: 'situation',
    note: '标注外包贵 = 数据标注成本：自动驾驶需要大量高质量的标注数据，数据标注成本高昂；场景复杂多变，需要大量标注数据',
  },
  {
    query: '物流公司几百辆货车想统一盯状态',
    relevant: ['000-q25'],
    style: 'situation',
    note: '盯货车状态 = 车辆监控：实时监控车辆的状态和性能；预测汽车故障',
  },
  {
    query: '爬来的语料全是一个网站的，行吗',
    relevant: ['002-s2-1'],
    style: 'situation',
    note: '来源单一 = 数据多样性：数据收集阶段需要关注数据的多样性和质量',
  },
  {
    query: '短视频要配乐，想让AI现编一段',
    relevant: ['000-q22'],
    style: 'situation',
    note: '现编配乐 = 音乐生成：生成新的音乐作品；视频生成',
  },
  {
    query: '文案生成器老把产品参数写错',
    relevant: ['004-q29', '003-q19'],
    style: 'situation',
    note: '写错 = 生成文本准确性：提高生成文本准确性，减少错误和误解；质量控制，避免生成低质量或错误的信息',
  },
  {
    query: '客服通话录音想批量分析客户情绪',
    relevant: ['000-q11', '004-q17', '003-q10'],
    style: 'situation',
    note: '录音里的情绪 = 语音情感分析：分析语音中的情感倾向；情绪识别；情感分析分析用户的情感',
  },
  {
    query: '收上来的CT片子清晰度参差不齐',
    relevant: ['004-q24', '001-q28'],
    style: 'situation',
    note: '片子质量不一 = 数据质量：医疗影像数据质量参差不齐，需要处理各种噪声和缺失值；医疗数据质量参差不齐，如何获取高质量的数据是关键',
  },

  // ── spoken ──
  {
    query: '自动驾驶模型够不够抗造',
    relevant: ['003-q14', '004-q7', '004-q23', '001-q27'],
    style: 'spoken',
    note: '抗造 = 鲁棒性 / 稳定性：在各种复杂的天气和道路条件下工作，需较强的鲁棒性；确保模型在各种环境下稳定运行；各种环境下的稳定性；多样性数据确保鲁棒性',
  },
  {
    query: '调模型有啥顺手的排错法子',
    relevant: ['003-q22'],
    style: 'spoken',
    note: '排错 = 调试：单元测试、集成测试、性能分析、调试工具（断点、日志）、代码审查',
  },
  {
    query: '语言模型这两年有啥新花样',
    relevant: ['004-q9'],
    style: 'spoken',
    note: '新花样 = 最新进展：预训练语言模型（GPT-3、BERT、RoBERTa）、多模态学习、迁移学习、生成式文本生成',
  },
  {
    query: '大模型能帮我看懂体检报告不',
    relevant: ['004-q6', '000-q30', '000-q13'],
    style: 'spoken',
    note: '看体检报告 = 健康监测 / 健康管理：通过分析患者数据，提供个性化健康建议和疾病预警；提供个性化的健康管理建议；在线医疗咨询和健康管理服务',
  },
  {
    query: '智能电网跟大模型沾边不',
    relevant: ['000-q17'],
    style: 'spoken',
    note: '能源领域应用：实现智能电网的调度和控制',
  },
  {
    query: '大模型推荐咋就比以前准了',
    relevant: ['003-q5', '001-q10'],
    style: 'spoken',
    note: '更准 = 高精度推荐：捕捉用户和商品的复杂特征，提供更准确的推荐结果；提取物品深层次特征，提高推荐系统的准确性',
  },
  {
    query: '种地的能用上大模型不',
    relevant: ['000-q20'],
    style: 'spoken',
    note: '种地 = 农业：作物生长预测、水文预测、病虫害监测、种植优化、农业智能化',
  },
  {
    query: '公司上大模型最容易踩啥坑',
    relevant: ['001-q6', '002-s8-3', '002-s9-3'],
    style: 'spoken',
    note: '踩坑 = 商业应用中的挑战：计算资源消耗、数据隐私和安全、模型可解释性；数据质量、计算资源、解释性、隐私保护',
  },
  {
    query: '小语种翻译大模型靠谱不',
    relevant: ['003-q3', '001-q4', '000-q8'],
    style: 'spoken',
    note: '小语种翻译 = 跨语言理解 / 机器翻译：学习不同语言之间的关联，实现跨语言文本处理；机器翻译取得显著成果；自动翻译不同语言之间的文本',
  },
  {
    query: '训练省钱了效果会不会打折',
    relevant: ['004-q5'],
    style: 'spoken',
    note: '省钱与效果 = 平衡训练成本和效益：优化算法、硬件升级、数据预处理减少冗余、成本控制',
  },

  // ── mixed-english ──
  {
    query: 'drug discovery 上大模型能干啥',
    relevant: ['001-q19', '003-q8', '001-q14', '004-q22', '000-q19', '004-q6', '000-q13'],
    style: 'mixed-english',
    note: 'drug discovery = 药物发现 / 药物研发：预测药物副作用和疗效；药物分子预测和筛选；设计新的药物分子；药物设计加速新药研发；新药研发筛选靶点；药物设计和筛选',
  },
  {
    query: 'integration test 在模型里测啥',
    relevant: ['003-q22'],
    style: 'mixed-english',
    note: 'integration test = 集成测试：在整个模型中运行测试，确保各个组件协同工作',
  },
  {
    query: 'Green AI 训练流程怎么搭',
    relevant: ['004-q25', '004-q11'],
    style: 'mixed-english',
    note: 'Green AI = 可持续训练：绿色能源、数据回收、计算优化、模型压缩；硬件优化、绿色数据中心、能耗监控',
  },
  {
    query: 'Mermaid 画的大模型架构图',
    relevant: ['002-s2'],
    style: 'mixed-english',
    note: '核心概念与联系：使用 Mermaid 绘制的流程图，展示大模型技术的核心概念和架构',
  },
  {
    query: '有没有类似 SHAP 的可解释性工具',
    relevant: ['004-q8', '002-s3-2'],
    style: 'mixed-english',
    note: 'SHAP = 可解释性工具：开发可视化工具、构建可解释性框架；模型可视化、特征提取和决策过程解释',
  },
  {
    query: '做 B2C 电商能用大模型干啥',
    relevant: ['000-q15', '000-q10'],
    style: 'mixed-english',
    note: 'B2C 电商：用户行为分析、商品推荐、价格预测、库存优化、供应链管理；商品推荐',
  },
  {
    query: '客服机器人响应时间达不到 SLA',
    relevant: ['003-q17'],
    style: 'mixed-english',
    note: 'SLA 响应时间 = 实时性：智能客服需要在短时间内响应用户，大模型的计算速度和实时性可能无法满足需求',
  },
  {
    query: '算力有限的 NPU 上怎么部署模型',
    relevant: ['003-q23', '000-q6', '003-q21'],
    style: 'mixed-english',
    note: 'NPU 算力有限 = 资源受限设备：模型蒸馏、模型压缩、分片、动态计算；剪枝、蒸馏、低秩分解、量化；剪枝、量化降低计算量',
  },
  {
    query: 'LLM 未来几年的 trend',
    relevant: ['002-s8-2', '002-s8-4', '002-s9-5', '002-s7'],
    style: 'mixed-english',
    note: 'trend = 未来发展趋势：算法创新、多模态融合、分布式计算、安全性与隐私保护；研究展望；将继续发展；未来应用方向',
  },
  {
    query: 'human eval 适合哪些任务',
    relevant: ['004-q3'],
    style: 'mixed-english',
    note: 'human eval = 人类评估：通过人类评估者对模型的输出进行评价，特别是在自然语言处理和图像识别等任务中',
  },

  // ── plain ──
  {
    query: '国内大模型研究取得了哪些成果',
    relevant: ['002-s8-1'],
    style: 'plain',
    note: '研究成果总结：大模型技术在国内取得了显著的进展，已经在多个领域得到了应用',
  },
  {
    query: '视觉大模型为什么训练周期特别长',
    relevant: ['001-q23', '004-q2', '003-q1'],
    style: 'plain',
    note: '训练周期长：训练大模型需要大量迭代，训练时间较长；训练时间通常非常长，可能需要几天甚至几周；参数数量庞大，训练时间较长',
  },
  {
    query: 'AI生成的图片能用在哪些场景',
    relevant: ['003-q7', '004-q20', '000-q9'],
    style: 'plain',
    note: '图像生成用途：生成逼真的图像用于艺术创作、虚拟现实；图像修复、图像生成；生成艺术作品、人脸等',
  },
  {
    query: '天猫精灵能帮用户做哪些事',
    relevant: ['001-q7'],
    style: 'plain',
    note: '商业案例：天猫精灵为用户提供便捷的购物、查询、控制家电等服务',
  },
  {
    query: '目标检测有哪些常用的大模型方法',
    relevant: ['001-q5', '001-q12', '000-q9'],
    style: 'plain',
    note: '目标检测：取得突破性成果，如 YOLO、SSD；检测图像中的多个目标并定位；检测图像中的目标物体及其位置',
  },
  {
    query: '语音识别换个环境就不准是为什么',
    relevant: ['001-q26', '004-q14'],
    style: 'plain',
    note: '换环境不准：语音具有高度的变异性，大模型难以适应各种语音环境和口音，且受噪声干扰；语音多样性、噪声干扰（交通噪音、背景音乐）',
  },
  {
    query: '对话系统里大模型负责哪几块',
    relevant: ['001-q11', '004-q17'],
    style: 'plain',
    note: '对话系统：自然语言理解、语言生成、对话管理；智能客服中的自然语言理解、智能回复',
  },
  {
    query: '企业做决策能参考大模型的预测吗',
    relevant: ['004-q16'],
    style: 'plain',
    note: '预测分析：利用 AI 技术进行预测分析，为企业决策提供数据支持',
  },
  {
    query: '大模型怎么让生产流程更高效',
    relevant: ['004-q13', '000-q16', '001-q21', '002-s7'],
    style: 'plain',
    note: '生产优化：基于大模型优化生产流程，提高生产效率；生产线优化；优化生产调度计划；智能制造中生产过程的自适应优化',
  },
  {
    query: '疾病预测能靠大模型做吗',
    relevant: ['004-q22', '004-q6'],
    style: 'plain',
    note: '疾病预测：利用大模型进行疾病预测，辅助医生诊断和治疗；健康监测，提供疾病预警',
  },
];
