/**
 * Everyday-language search queries, round 16 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-02. On 2026-12-02
 * (fifteenth session), before a fresh held-out round 17 (everyday-held-out-17.ts) was written blind,
 * round 16 was folded into tuning unchanged (last held-out figures: recall@5 0.767, MRR 0.761, none
 * empty; first run 0.789 / 0.773). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 16.
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
 * What was read: /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-tuning-15.ts (in
 * full, as the format model), and all 143 generated entries under content/{concepts,training,
 * compression,applications,challenges}/ (found with `find` inside those five folders only: 9, 24, 5,
 * 72 and 33 .mdx files), printed with awk so that of the front matter only the `id` and `question`
 * lines were shown, followed by the answer text (no other front-matter field was seen); a second awk
 * pass over the same files listed only each entry's folder, `id` and `question`.
 * content/terms*, content/sources/, content/articles/ and every other file or folder under content/
 * outside those five topic folders were not opened, nor was any other everyday-held-out-*.ts file.
 * Of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-14.ts only the `query:` strings
 * (grepped out with `grep -o "query: '[^']*'"`, together with those of everyday-tuning-15.ts, into a
 * scratch file outside the repository, /tmp/prev_queries_16.txt, 941 lines, five of them the regex
 * fragment from header comments) were looked at — not their header comments, relevant ids or notes —
 * only to avoid repeating earlier queries. A small Python script (python3, not node) then checked
 * that none of this file's 60 query strings equals (after removing spaces and punctuation and
 * lowercasing) a query string of everyday-tuning.ts, everyday-tuning-2.ts … everyday-tuning-15.ts,
 * and that none is repeated within this file (no duplicate found); that every listed id is the `id`
 * of one of those entries (reading only the front matter's `id` and `question` lines of the 143
 * entries itself and printing only ids and counts: 143 entries, no unknown id); that no query lists
 * entries of more than five distinct questions (by the entries' `question` lines; at most four); and
 * counted styles (10 each), lengths (10–30 characters) and first entries. No query and no relevant id
 * was changed after that check. No deviation from these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 10–30 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143
 * entries). The relevant ids do not depend on folders. The queries are spread over 57 different first
 * entries (no entry is the first relevant one of more than two queries; 003-q1, 000-q22 and 004-q17
 * are first twice) and not copied from the articles' headings. Earlier rounds already cover the
 * obvious wording of nearly every entry, so this round again asks about facets in the readers' own
 * words and situations (e.g. 学得太死板, 数据保密工作, 反应速度, 反洗钱, 土壤墒情, 光伏发电量,
 * 病灶自动圈出来, 良莠不齐, 车联网, 极端天气预警, 玻璃心, 带个徒弟, 闷葫芦, 进货参谋, 陪练对手,
 * 炼丹, 拧收音机旋钮, 传话游戏, 难啃的骨头, 碳排放大户, 老款安卓机离线跑, 几个G压到几百M,
 * 数据单位五花八门, 给实习生讲利和弊, 听不懂反话, 动画短片, 查骗保数据又脏又缺, 标题一个腔调,
 * 民宿智能音箱开关灯, 领导问该报哪些数, 同声传译, 古诗的言外之意, 几千万参数, 大雾天, 抢饭碗,
 * 跑崩了从哪查起, learning rate schedule, PyTorch 多机多卡, GPT-3 大在哪, topic classification,
 * anomaly detection, AI tutor, privacy-preserving ML, chatbot 实时盯服务质量, precision medicine,
 * traffic flow prediction, 梯度下降怎么更新参数, 设备运行状态实时监测, 视频分析, 情绪识别的作用,
 * 蛋白质结构预测与药物设计, 在线学习实时反馈, 研究下一步该关注什么, 生成文本的场景).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_16: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '防止模型学得太死板有哪些招',
    relevant: ['000-q3', '002-s2-5', '004-q19', '001-q3', '002-s3-2'],
    style: 'synonym',
    note: '学得太死板 = 过拟合 / 泛化差：模型正则化防止模型过拟合；数据增强、正则化和集成学习提高泛化能力；Dropout 随机丢弃神经元提高泛化能力；数据增强提高泛化能力；模型泛化：数据增强、正则化和集成学习',
  },
  {
    query: '大模型项目的数据保密工作怎么做',
    relevant: ['004-q10', '003-q4'],
    style: 'synonym',
    note: '保密 = 数据隐私与安全：数据加密、数据匿名化、数据访问控制、数据安全协议；数据加密、同态加密、差分隐私、联邦学习，确保数据的保密性和安全性',
  },
  {
    query: '自动驾驶的反应速度跟得上吗',
    relevant: ['001-q27', '004-q7', '004-q23', '003-q14', '003-q18', '003-q9'],
    style: 'synonym',
    note: '反应速度 = 实时性：实时性要求高；需要快速响应环境变化；需要实时做出决策；感知对计算速度和实时性要求高；路径规划可能无法满足实时性需求；大模型可快速分析感知数据，实现实时决策',
  },
  {
    query: '反洗钱能用大模型筛可疑交易吗',
    relevant: ['001-q16', '004-q28'],
    style: 'synonym',
    note: '筛可疑交易 = 欺诈检测：检测金融交易中的欺诈行为；利用大模型进行欺诈检测，提高检测准确率和实时性',
  },
  {
    query: '土壤墒情预测能靠大模型吗',
    relevant: ['000-q20'],
    style: 'synonym',
    note: '墒情 = 土壤水分：水文预测，预测土壤水分、降雨量等',
  },
  {
    query: '光伏发电量能用大模型预测吗',
    relevant: ['000-q17', '000-q29'],
    style: 'synonym',
    note: '发电量 = 能源供应：能源预测，预测能源需求、供应和价格走势',
  },
  {
    query: '影像里的病灶能让大模型自动圈出来吗',
    relevant: ['003-q13', '000-q13', '001-q19', '004-q6'],
    style: 'synonym',
    note: '病灶 = 病变区域：病变检测，检测医学影像中的病变区域，如肿瘤；医疗影像分析（CT、MRI）；分析医疗影像为医生提供诊断依据；提高医学影像分析准确性',
  },
  {
    query: '教学数据良莠不齐会拖累大模型吗',
    relevant: ['001-q29', '002-s8-3', '002-s3-3'],
    style: 'synonym',
    note: '良莠不齐 = 数据质量参差不齐：教育数据质量参差不齐，如何获取高质量、多样性的数据是关键；数据不足或质量差会影响模型的性能（数据质量 / 数据依赖性）',
  },
  {
    query: '车联网平台能接入大模型做点啥',
    relevant: ['000-q25', '000-q26'],
    style: 'synonym',
    note: '车联网 = 汽车 + 物联网：智能驾驶、车辆监控、智能导航、安全驾驶、汽车维修；物联网设备的数据分析、设备监控、设备交互',
  },
  {
    query: '极端天气预警能用上大模型吗',
    relevant: ['000-q18'],
    style: 'synonym',
    note: '极端天气预警 = 气象预测 + 智能预警：预测天气和气候变化；评估自然灾害风险；实现智能预警和应急响应',
  },

  // ── metaphor ──
  {
    query: '大模型是不是玻璃心，加点扰动就崩',
    relevant: ['003-q1'],
    style: 'metaphor',
    note: '玻璃心 = 易受攻击：大模型容易受到对抗攻击，即通过微小扰动来破坏模型的输出',
  },
  {
    query: '让大模型带个徒弟出来',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'metaphor',
    note: '带徒弟 = 知识蒸馏：教师-学生模型，训练小模型模仿大模型的行为；用教师模型训练学生模型使其性能相近；模型蒸馏把大模型的参数和知识传给小模型',
  },
  {
    query: '大模型是个闷葫芦，问它为啥这么判也不说',
    relevant: ['002-s8-3', '002-s3-3', '004-q8', '002-s2-5', '002-s9-3'],
    style: 'metaphor',
    note: '闷葫芦 = 可解释性差：决策过程复杂，难以解释，影响信任度和实用性（面临的挑战 / 缺点）；可视化工具、可解释性框架；模型解释性指决策过程的可解释性；挑战包括模型解释性',
  },
  {
    query: '给网店进货请个AI参谋',
    relevant: ['000-q15', '004-q13', '000-q16'],
    style: 'metaphor',
    note: '进货参谋 = 库存与供应链优化：价格预测用于库存管理、库存优化、供应链管理；供应链预测和优化，降低库存成本；供应链管理',
  },
  {
    query: '让AI当游戏里的陪练对手',
    relevant: ['000-q22', '001-q17'],
    style: 'metaphor',
    note: '陪练对手 = 游戏AI：为游戏提供智能化的 AI 对手；控制游戏角色的动作和表情',
  },
  {
    query: '大模型炼丹到底炼的是啥',
    relevant: ['002-s2-2', '002-s4-1', '001-q2'],
    style: 'metaphor',
    note: '炼丹 = 模型训练：通过大量数据训练，模型学习到数据的特征和规律；前向传播、反向传播、优化算法最小化误差；训练步骤（前向传播、损失计算、反向传播更新参数）',
  },
  {
    query: '调超参像拧收音机旋钮，有没有省事的拧法',
    relevant: ['000-q7'],
    style: 'metaphor',
    note: '拧旋钮 = 超参数搜索：贝叶斯优化提高搜索效率、网格搜索遍历参数组合、性能指标调整',
  },
  {
    query: '梯度像传话游戏，传到前几层就没声了',
    relevant: ['000-q4', '000-q3'],
    style: 'metaphor',
    note: '传话没声 = 梯度消失：Xavier 初始化、学习率调整、梯度裁剪等；合理初始化模型权重，避免梯度消失或爆炸',
  },
  {
    query: '医疗数据为啥是块难啃的骨头',
    relevant: ['001-q28', '004-q24', '003-q16'],
    style: 'metaphor',
    note: '难啃的骨头 = 医疗数据难题：高度敏感需保护隐私、质量参差不齐、标注过程复杂；影像数据质量、标注成本高昂、法律法规；数据隐私、数据多样性',
  },
  {
    query: '大模型训练是不是个碳排放大户',
    relevant: ['004-q11', '004-q25'],
    style: 'metaphor',
    note: '碳排放大户 = 训练能耗：能耗问题的解决（低功耗硬件、绿色数据中心、能耗监控）；可持续训练流程（可再生能源、计算优化、模型压缩）',
  },

  // ── situation ──
  {
    query: '老款安卓机也想离线跑识别模型',
    relevant: ['003-q23', '000-q6', '003-q21', '001-q9'],
    style: 'situation',
    note: '老手机 = 资源受限设备：模型蒸馏、模型压缩、动态计算；剪枝、蒸馏、低秩分解、量化；剪枝、量化降低计算量；量化降低计算资源消耗、提高推理速度',
  },
  {
    query: '模型文件有好几个G，想压到几百M',
    relevant: ['000-q6', '003-q21', '003-q23', '001-q3'],
    style: 'situation',
    note: '压体积 = 模型压缩：剪枝、蒸馏、低秩分解、量化减小模型大小和存储；剪枝、量化、模型压缩减少参数数量；通过剪枝、量化减小模型大小；权重共享、剪枝、量化减小参数量',
  },
  {
    query: '采集来的数据单位五花八门，训练前要处理吗',
    relevant: ['002-s2-1', '001-q2', '002-s3-2'],
    style: 'situation',
    note: '单位不统一 = 数据预处理 / 归一化：数据预处理包括数据清洗、数据增强和归一化；对原始数据清洗、归一化、编码；预处理包括归一化',
  },
  {
    query: '周会上要给实习生讲讲大模型的利和弊',
    relevant: ['002-s3-3', '003-q1', '002-s8-3', '002-s9-3'],
    style: 'situation',
    note: '利和弊 = 优缺点：性能强、训练高效、适用性广 vs 数据依赖、计算资源消耗、解释性差；特点与潜在弱点（资源需求高、易受攻击）；面临的挑战',
  },
  {
    query: '客服机器人老听不懂用户说的反话',
    relevant: ['003-q17', '001-q24'],
    style: 'situation',
    note: '反话 = 模糊和歧义语义：如何准确理解用户的意图成为挑战；自然语言复杂，大模型难以完全理解语言的深层含义',
  },
  {
    query: '做自媒体想让AI直接生成动画短片',
    relevant: ['000-q22'],
    style: 'situation',
    note: '动画短片 = 视频生成：生成新的视频内容，如电影、动画等',
  },
  {
    query: '想用AI查骗保，可理赔数据又脏又缺',
    relevant: ['003-q15', '001-q30', '001-q16', '004-q28'],
    style: 'situation',
    note: '数据又脏又缺 = 金融风控的数据质量：数据包含大量噪声和缺失值；如何处理数据缺失和不完整；查骗保 = 欺诈检测',
  },
  {
    query: '新闻App自动起的标题都一个腔调',
    relevant: ['004-q29', '003-q19'],
    style: 'situation',
    note: '一个腔调 = 生成多样性不足：提高生成文本多样性，避免生成重复或相似的内容；创造力，生成新颖、独特的文本',
  },
  {
    query: '开民宿想让客人用智能音箱开关灯',
    relevant: ['001-q18', '000-q24', '001-q7', '000-q30'],
    style: 'situation',
    note: '音箱开关灯 = 语音助手 + 家电控制：理解语音指令、控制家电开关；语音识别实现语音控制智能家居设备；天猫精灵控制家电；智能家居设备交互',
  },
  {
    query: '分类模型做完了，领导问效果怎么样，该报哪些数',
    relevant: ['000-q2', '004-q18', '004-q3', '002-s2-3', '002-s3-2'],
    style: 'situation',
    note: '报哪些数 = 评估指标：准确率、召回率、F1、AUC；准确率、召回率、F1、交叉验证；指标评估；常用评估指标准确率、召回率和F1值',
  },

  // ── spoken ──
  {
    query: '语音助手是咋把我说的话认出来的',
    relevant: ['001-q13', '003-q6', '000-q11'],
    style: 'spoken',
    note: '认出说的话 = 语音识别原理：语音信号处理（去噪）、特征提取（频谱特征）、识别单词和句子；声学建模与语言建模；将语音转换为文本',
  },
  {
    query: '大模型能干同声传译的活不',
    relevant: ['000-q8', '001-q4', '003-q3', '003-q6'],
    style: 'spoken',
    note: '同声传译 = 机器翻译 + 实时语音识别：翻译、语音识别（语音转文本）；机器翻译取得显著成果；机器翻译、跨语言理解；实时语音识别',
  },
  {
    query: '大模型读得懂古诗的言外之意不',
    relevant: ['001-q24', '003-q3'],
    style: 'spoken',
    note: '言外之意 = 语言的深层含义：自然语言复杂多样，大模型难以完全理解语言的深层含义；大模型具有强大的语义理解能力',
  },
  {
    query: '几千万参数的模型算大模型不',
    relevant: ['001-q1', '003-q1', '004-q1'],
    style: 'spoken',
    note: '大模型参数通常在亿级以上，传统小模型通常在千万以下；大模型参数数十亿到数千亿',
  },
  {
    query: '无人车碰上大雾天还靠得住不',
    relevant: ['003-q14', '004-q7', '004-q23', '001-q27'],
    style: 'spoken',
    note: '大雾天靠得住 = 鲁棒性 / 稳定性：需在各种复杂天气和道路条件下工作，需较强鲁棒性；确保模型在各种环境下稳定运行；各种环境下的稳定性；多样性数据确保鲁棒性',
  },
  {
    query: '跟聊天机器人说话，它咋知道我想干啥',
    relevant: ['001-q11', '004-q17', '003-q17'],
    style: 'spoken',
    note: '知道我想干啥 = 意图理解：自然语言理解提取关键信息和意图；自然语言理解实现自然对话；准确理解用户意图是挑战',
  },
  {
    query: '物联网那么多传感器数据，大模型处理得过来不',
    relevant: ['000-q26'],
    style: 'spoken',
    note: '物联网数据分析：对物联网设备收集的大量数据进行实时分析和处理',
  },
  {
    query: '自动驾驶里大模型具体管哪几摊事',
    relevant: ['001-q15', '003-q9', '000-q12'],
    style: 'spoken',
    note: '管哪几摊事 = 自动驾驶中的作用：环境感知、路径规划、控制；感知与决策；路标/交通标志识别、行人检测、场景理解、驾驶控制',
  },
  {
    query: '训练代码跑崩了从哪查起啊',
    relevant: ['003-q22'],
    style: 'spoken',
    note: '从哪查 = 调试：单元测试、集成测试、性能分析、调试工具（断点、日志）定位问题、代码审查',
  },
  {
    query: '大模型进医院是帮医生还是抢饭碗',
    relevant: ['000-q13', '001-q19', '003-q8', '003-q13', '004-q6'],
    style: 'spoken',
    note: '帮医生 = 辅助诊断：辅助医生进行疾病诊断；辅助医生诊断，为医生提供诊断依据；为医生提供有力的辅助工具；辅助医生做出更准确的诊断',
  },

  // ── mixed-english ──
  {
    query: 'learning rate schedule 有哪些常见做法',
    relevant: ['004-q19', '001-q3', '000-q4'],
    style: 'mixed-english',
    note: 'learning rate schedule = 学习率调度：通过调整学习率优化训练；自适应学习率，动态调整学习率；学习率衰减策略',
  },
  {
    query: 'PyTorch 能直接做多机多卡训练吗',
    relevant: ['004-q21', '000-q5'],
    style: 'mixed-english',
    note: '多机多卡 = 分布式训练：使用 GPU 分布式训练框架，如 TensorFlow、PyTorch；数据并行、模型并行、梯度并行',
  },
  {
    query: 'GPT-3 这种模型到底大在哪',
    relevant: ['003-q1', '004-q1', '001-q1', '002-s9-1', '000-q1'],
    style: 'mixed-english',
    note: '大在哪 = 什么是大模型：数十亿到数千亿参数、计算资源需求高；数十亿至数千亿参数；参数量亿级以上、海量训练数据；巨大参数量和计算量；大规模参数和复杂结构',
  },
  {
    query: 'topic classification 用大模型怎么做',
    relevant: ['003-q3', '001-q4', '002-s3-4'],
    style: 'mixed-english',
    note: 'topic classification = 主题分类 / 文本分类：文本分类，如情感分析、主题分类；文本分类，如新闻分类；文本分类',
  },
  {
    query: 'anomaly detection 在网络安全里能干啥',
    relevant: ['000-q28'],
    style: 'mixed-english',
    note: 'anomaly detection = 异常行为识别：网络流量分析，识别异常行为；入侵检测，实时检测网络安全威胁',
  },
  {
    query: 'AI tutor 能做到因材施教吗',
    relevant: ['003-q12', '000-q21', '001-q20', '001-q29'],
    style: 'mixed-english',
    note: 'AI tutor = 个性化教育：有助于实现因材施教；个性化学习资源和指导、智能问答；个性化学习建议；个性化学习仍是挑战',
  },
  {
    query: 'privacy-preserving ML 有哪些技术路线',
    relevant: ['003-q4', '004-q10'],
    style: 'mixed-english',
    note: 'privacy-preserving ML = 训练中的数据隐私保护：数据加密、同态加密、差分隐私、联邦学习；数据加密、匿名化、访问控制、安全协议',
  },
  {
    query: 'chatbot 上线后怎么实时盯服务质量',
    relevant: ['004-q17'],
    style: 'mixed-english',
    note: '实时盯质量 = 实时监控：利用大模型实时监控客服过程，提供问题预警和解决方案',
  },
  {
    query: 'precision medicine 能靠大模型吗',
    relevant: ['000-q19'],
    style: 'mixed-english',
    note: 'precision medicine = 个性化医疗：根据患者的基因信息，制定个性化的治疗方案',
  },
  {
    query: 'traffic flow prediction 能用大模型吗',
    relevant: ['004-q30'],
    style: 'mixed-english',
    note: 'traffic flow prediction = 交通流量预测：预测交通流量，优化交通信号控制和路线规划',
  },

  // ── plain ──
  {
    query: '梯度下降每一步是怎么更新参数的',
    relevant: ['002-s4-1', '000-q3', '001-q2'],
    style: 'plain',
    note: '参数更新：使用优化算法（如梯度下降）更新模型参数以最小化误差；梯度下降通过迭代优化模型参数，使损失函数最小化；反向传播计算梯度并更新模型参数',
  },
  {
    query: '工业设备运行状态怎么用大模型实时监测',
    relevant: ['001-q21', '004-q13', '000-q16'],
    style: 'plain',
    note: '设备监测：实时监测设备运行状态，预测设备故障；设备故障预测，提前安排维护；预测设备故障，实现预测性维护',
  },
  {
    query: '训练大模型主要受哪些资源限制',
    relevant: ['004-q2', '002-s8-3', '003-q1'],
    style: 'plain',
    note: '资源限制：计算资源（GPU、TPU）、高质量标注数据、训练时间；训练需要大量计算资源和时间；计算资源需求高、训练时间较长',
  },
  {
    query: '大模型在视频分析里能做什么',
    relevant: ['001-q5', '000-q9', '004-q20'],
    style: 'plain',
    note: '视频分析：动作识别、行人重识别；分析视频内容，如动作识别、场景分割；视频理解，视频分类、动作识别',
  },
  {
    query: '情绪识别在智能客服里起什么作用',
    relevant: ['004-q17', '003-q10'],
    style: 'plain',
    note: '情绪识别：为用户提供更有针对性的服务；情感分析分析用户的情感，提供个性化的服务',
  },
  {
    query: '语音识别的准确率受哪些因素影响',
    relevant: ['001-q26', '004-q14'],
    style: 'plain',
    note: '影响因素：语音变异性（环境、口音）、噪声干扰；语言/方言/口音多样性、噪声干扰（交通噪音、背景音乐）',
  },
  {
    query: '蛋白质结构预测对药物设计有什么帮助',
    relevant: ['001-q14', '004-q22'],
    style: 'plain',
    note: '蛋白质结构预测为药物设计提供依据；帮助研究人员理解蛋白质的功能',
  },
  {
    query: '在线学习平台如何给学生实时反馈',
    relevant: ['001-q20', '003-q12'],
    style: 'plain',
    note: '实时反馈：在线学习支持，分析学生的学习行为，提供实时反馈和辅助；实时分析学生的学习数据，提供即时的学习反馈',
  },
  {
    query: '国内大模型研究下一步该关注什么',
    relevant: ['002-s8-4', '002-s8-2'],
    style: 'plain',
    note: '下一步关注：研究展望（算法创新、多模态融合、分布式计算、安全性与隐私保护）；未来发展趋势（同四个方面）',
  },
  {
    query: '大模型生成的文本可以用在哪些场景',
    relevant: ['003-q7', '000-q8', '001-q4', '004-q9'],
    style: 'plain',
    note: '文本生成用途：自动写作、聊天机器人；生成文章、摘要、对话；生成文章、小说、摘要；生成文章、对话、故事',
  },
];
