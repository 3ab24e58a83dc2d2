/**
 * Everyday-language search queries, round 13 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (twelfth session), before a fresh held-out round 14 (everyday-held-out-14.ts) was written blind,
 * round 13 was folded into tuning unchanged (last held-out figures: recall@5 0.801, MRR 0.739, none
 * empty; first run 0.801 / 0.728). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 13.
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
 * `ls content/` and `ls tests/search/` were not run either). What was read: /work/shared/SPEC.md,
 * tests/search/everyday-types.ts, everyday-tuning-12.ts (in full), and all 143 generated entries
 * under content/{concepts,training,compression,applications,challenges}/ (found with `find` inside
 * those five folders only: 9, 24, 5, 72 and 33 files), printed with awk so that of the front matter
 * only the `id` and `question` lines were shown, followed by the answer text (no other front-matter
 * field was seen). content/sources/, content/articles/, content/notes/, content/pages/,
 * content/topics/, articles.json and permalinks.json were not opened, nor was any other
 * everyday-held-out-*.ts file. Of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-11.ts
 * only the `query:` strings (grepped out with `grep -o "query: '[^']*'"`, and those grepped lines
 * counted) were looked at — not their header comments, relevant ids or notes — only to avoid
 * repeating earlier queries (an exact-match comparison of this file's 60 query strings
 * against the query strings of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-12.ts
 * found no duplicate, and none is repeated within this file; a small Python script, not node, then
 * checked that every listed id is the `id` of one of those entries — reading the entries' `id` lines
 * itself and printing only ids and counts — and counted styles, lengths and first entries). One query
 * was shortened after the check found it over 25 characters (pretrain + finetune 在 CV 里咋用 →
 * CV 里 pretrain 再 finetune); its relevant ids were left as written. No deviation from these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs and curious readers type them, 3–25 characters, about subjects from all
 * five topics — by the topic folder of the first relevant entry: concepts 4, training 10,
 * compression 3, applications 30, challenges 13 (roughly the folders' shares of the 143 entries).
 * The relevant ids do not depend on folders. The queries are spread over 55 different first entries
 * (no entry is the first relevant one of more than two queries; 000-q3, 000-q11, 000-q15, 001-q18
 * and 003-q7 are first twice) and not copied from the articles' headings. Earlier rounds already
 * cover the obvious wording of nearly every entry, so this round asks about facets in the readers'
 * own words and situations (e.g. 权重更新, 惩罚项, 削峰填谷, 家庭防盗, 征信审核, 开车导航, 事实错误,
 * 会议纪要, 全面体检, AI调度员, 按下快进键, 大胃王, 读心术, 会拿主意的大脑, 透明玻璃窗, 水土不服,
 * 交通总指挥, 打包搬上手机, 面试开场, 上云也进摄像头, 老人血压, 跨境电商, 憋不出稿子, 市场前景分析,
 * 空调声, 合作方的数据, 读片合规, 毕设路线图, 烧钱还有啥毛病, 分活, 初始化瞎给, 听出生气, 谁跟谁是一伙,
 * 顶几个人, 信得过, teacher-student, AUC, dropout 和 BN, pretrain 再 finetune, chatbot 意图,
 * fintech, medical imaging, sparse, AI security, EdTech, 激活函数, 物联网省电, 发病机制).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_13: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '模型权重更新靠什么算法',
    relevant: ['002-s4-1', '000-q3', '001-q2'],
    style: 'synonym',
    note: '权重更新 = 优化算法 / 梯度下降：使用优化算法（如梯度下降）更新模型参数以最小化误差；梯度下降迭代优化模型参数；反向传播计算梯度并更新参数',
  },
  {
    query: '精简网络结构能少算点吗',
    relevant: ['003-q21', '000-q6', '001-q3'],
    style: 'synonym',
    note: '精简结构 = 模型压缩 / 剪枝：压缩模型结构，减少参数数量和计算量；删除不重要的神经元和连接；减小模型参数量，降低计算复杂度',
  },
  {
    query: '电网削峰填谷能靠大模型吗',
    relevant: ['000-q17', '000-q29'],
    style: 'synonym',
    note: '削峰填谷 = 智能电网调度：实现智能电网的调度和控制、预测能源需求和供应；能源管理中的能源预测与智能化能源管理',
  },
  {
    query: '大模型能做家庭防盗吗',
    relevant: ['001-q18', '000-q30', '000-q24'],
    style: 'synonym',
    note: '防盗 = 智能安防 / 家庭安全监控：监控家居环境，检测异常行为并报警；通过大数据分析实时监控家庭安全；通过智能家居设备实现家庭安全监控',
  },
  {
    query: '加惩罚项防止模型学过头',
    relevant: ['000-q3', '002-s2-5', '002-s3-2'],
    style: 'synonym',
    note: '惩罚项 = 正则化，学过头 = 过拟合：模型正则化防止过拟合，如 L1、L2 正则化；用正则化等技术提高泛化能力；模型泛化中的正则化',
  },
  {
    query: '征信审核能用大模型吗',
    relevant: ['001-q16', '004-q28', '000-q14', '004-q12'],
    style: 'synonym',
    note: '征信 = 信用评估 / 信用评分：评估借款人的信用风险；信用评估为金融机构提供决策支持；评估客户信用状况用于贷款审批、信用评分；构建信用评分模型',
  },
  {
    query: '开车导航用大模型能更准吗',
    relevant: ['000-q25', '004-q30'],
    style: 'synonym',
    note: '开车导航 = 智能导航 / 路线规划：汽车领域提供智能化的导航服务；交通管理中预测交通流量，优化交通信号控制和路线规划',
  },
  {
    query: '大模型给的诊断能说出理由吗',
    relevant: ['003-q16', '001-q28'],
    style: 'synonym',
    note: '说出理由 = 模型解释性：大模型难以解释其诊断决策，可能影响医生的信任；决策过程缺乏可解释性，难以向医生解释模型诊断结果',
  },
  {
    query: '大模型生成的文字有事实错误',
    relevant: ['003-q19', '004-q29'],
    style: 'synonym',
    note: '事实错误 = 质量控制 / 准确性：文本生成需要保证质量，避免生成低质量或错误的信息；提高生成文本的准确性，减少错误和误解',
  },
  {
    query: '会议录音自动出纪要',
    relevant: ['000-q11', '001-q13', '000-q8', '001-q4'],
    style: 'synonym',
    note: '录音转文字 = 语音识别，纪要 = 摘要：语音识别将语音转换为文本；实现语音转文本；文本生成中的摘要',
  },

  // ── metaphor ──
  {
    query: '给训练好的模型做个全面体检',
    relevant: ['004-q3', '004-q18', '000-q2', '000-q7'],
    style: 'metaphor',
    note: '全面体检 = 多角度评估模型：指标评估、A/B 测试、人类评估；准确率、召回率、F1、交叉验证；准确率、召回率、F1、AUC；交叉验证评估泛化能力',
  },
  {
    query: '给车间配个AI调度员',
    relevant: ['001-q21', '000-q16', '004-q13'],
    style: 'metaphor',
    note: '调度员 = 生产调度：优化生产调度计划，提高生产效率；制定合理的生产计划、生产线优化；基于大模型优化生产流程',
  },
  {
    query: '大模型给新药研发按下快进键',
    relevant: ['003-q8', '001-q19', '000-q13', '001-q14', '004-q22', '000-q19', '004-q6'],
    style: 'metaphor',
    note: '按下快进键 = 加速药物研发：药物分子预测和筛选、预测药物与生物体相互作用；预测副作用和疗效；筛选药物靶点；设计新的药物分子；药物设计；新药研发；药物设计和筛选',
  },
  {
    query: '大模型是个吃数据又吃算力的大胃王吗',
    relevant: ['001-q1', '003-q1', '002-s9-1', '000-q1', '002-s3-3'],
    style: 'metaphor',
    note: '大胃王 = 需要海量数据和计算资源：大模型需要海量训练数据、大量计算资源和时间；计算资源需求高（GPU/TPU）；需要大量数据进行训练；缺点中的数据依赖性与计算资源消耗',
  },
  {
    query: '给客服中心装上读心术',
    relevant: ['004-q17', '003-q10', '001-q11'],
    style: 'metaphor',
    note: '读心术 = 情绪识别 / 意图理解：智能客服中的自然语言理解与情绪识别；分析用户的情感，提供个性化服务；对话系统中理解用户输入，提取关键信息和意图',
  },
  {
    query: '给无人车装个会拿主意的大脑',
    relevant: ['003-q9', '001-q15', '000-q12'],
    style: 'metaphor',
    note: '会拿主意的大脑 = 自动驾驶决策：大模型用于车辆决策，如路径规划、避障，实现实时决策；路径规划与控制（加速度、转向）；自动驾驶控制行驶方向和速度',
  },
  {
    query: '给模型的决策装个透明玻璃窗',
    relevant: ['004-q8', '002-s3-2', '002-s2-5'],
    style: 'metaphor',
    note: '透明玻璃窗 = 透明度 / 可解释性：可视化工具帮助用户理解决策过程、可解释性框架；通过模型可视化和决策过程解释提高解释性；模型解释性指决策过程的可解释性',
  },
  {
    query: '大模型在医院里水土不服',
    relevant: ['001-q28', '003-q16', '004-q24'],
    style: 'metaphor',
    note: '水土不服 = 医疗领域中的问题与挑战：数据隐私、数据质量和标注、可解释性、计算资源；数据隐私、模型解释性、数据多样性；医疗影像的数据质量、标注成本、诊断准确性、法律法规',
  },
  {
    query: '给城市交通请个AI总指挥',
    relevant: ['004-q30', '002-s7'],
    style: 'metaphor',
    note: '交通总指挥 = 智能交通管理：交通流量预测、优化信号控制、车辆调度、事故预警、停车管理；智能城市中实现城市交通的智能化管理',
  },
  {
    query: '把模型打包压缩再搬上手机',
    relevant: ['003-q23', '000-q6', '003-q21'],
    style: 'metaphor',
    note: '打包压缩搬上手机 = 在资源受限设备上部署：模型蒸馏、剪枝量化压缩、动态计算；压缩技术（剪枝、蒸馏、低秩分解、量化）；剪枝、量化、模型压缩减少计算量',
  },

  // ── situation ──
  {
    query: '面试开场被问啥叫大模型，咋答',
    relevant: ['003-q1', '001-q1', '004-q1', '000-q1', '002-s9-1'],
    style: 'situation',
    note: '大模型的定义：数十亿到数千亿参数的神经网络及其特点；参数量庞大的深度学习模型及与小模型的区别；大规模参数和复杂结构的机器学习模型；巨大参数量和计算量的深度学习模型',
  },
  {
    query: '模型既要上云也要装进摄像头里跑',
    relevant: ['002-s2-3', '002-s3-2', '003-q23'],
    style: 'situation',
    note: '上云 = 云端部署，装进摄像头 = 边缘计算：模型部署包括在线服务、边缘计算和云端部署；算法步骤中的模型部署；资源受限设备上的部署方法',
  },
  {
    query: '家里老人血压忽高忽低，想有个AI盯着',
    relevant: ['004-q6', '000-q30', '000-q13'],
    style: 'situation',
    note: '健康监测：分析患者数据，提供个性化健康建议和疾病预警；家庭健康管理，提供个性化健康管理建议；医疗咨询和健康管理服务',
  },
  {
    query: '做跨境电商，商品描述要翻成好几种语言',
    relevant: ['003-q3', '001-q4', '000-q8', '002-s3-4'],
    style: 'situation',
    note: '机器翻译：将一种语言的文本翻译成另一种语言、跨语言理解；机器翻译任务取得显著成果；自动翻译不同语言之间的文本；NLP 中的机器翻译',
  },
  {
    query: '公众号每天要发文，实在憋不出稿子',
    relevant: ['003-q7', '000-q8', '001-q4', '004-q9'],
    style: 'situation',
    note: '文本生成：生成连贯、自然的文本，用于自动写作；生成文章、摘要；生成文章、小说等；生成式模型生成高质量文章',
  },
  {
    query: '做PM要写一份大模型市场前景分析',
    relevant: ['001-q8', '002-s7', '002-s8-4', '002-s8-2', '002-s9-5'],
    style: 'situation',
    note: '市场前景：大模型在商业应用中的前景非常广阔；未来应用方向；国内广阔的应用前景与需关注方向；未来发展趋势',
  },
  {
    query: '录音里全是空调声，转写一堆错字',
    relevant: ['004-q14', '001-q26', '003-q6', '001-q13'],
    style: 'situation',
    note: '空调声 = 噪声干扰：语音识别需要处理各种噪声干扰；大模型需要提高抗噪声能力；语言建模使其在噪声环境下仍能准确识别；预处理语音信号，如去噪',
  },
  {
    query: '合作方想把数据给我们训模型，又怕泄露',
    relevant: ['003-q4', '004-q10'],
    style: 'situation',
    note: '保证训练数据隐私：数据加密、同态加密、差分隐私、联邦学习（数据不必集中存储）；数据加密、匿名化、访问控制、数据安全协议',
  },
  {
    query: '医院想上AI读片，法务担心隐私合规',
    relevant: ['004-q24', '001-q28', '003-q16'],
    style: 'situation',
    note: '读片 = 医疗影像分析：涉及个人隐私和数据保护，需要遵守相关法律法规；医疗数据高度敏感，需保护隐私和安全；患者敏感信息的数据隐私',
  },
  {
    query: '写毕设要画一张大模型技术路线图',
    relevant: ['002-s2', '002-s3-2'],
    style: 'situation',
    note: '技术路线图 = 核心概念与架构流程图：数据收集→预处理→训练→评估→部署等 Mermaid 图；算法步骤详解列出各环节',
  },

  // ── spoken ──
  {
    query: '大模型除了烧钱还有啥毛病',
    relevant: ['002-s3-3', '003-q1', '002-s8-3', '002-s9-3'],
    style: 'spoken',
    note: '毛病 = 缺点：数据依赖性、计算资源消耗、解释性较差；易受对抗攻击等潜在弱点；面临的挑战（数据质量、解释性、隐私保护）',
  },
  {
    query: '分布式训练是咋分活的',
    relevant: ['004-q21', '000-q5'],
    style: 'spoken',
    note: '分活 = 分布式计算策略：数据并行、模型并行、混合并行；数据并行、模型并行、梯度并行',
  },
  {
    query: '权重初始化瞎给会咋样',
    relevant: ['000-q3', '000-q4'],
    style: 'spoken',
    note: '初始化不当 = 梯度消失或爆炸：合理初始化模型权重，避免梯度消失或爆炸；使用 Xavier 等合适的权重初始化方法解决梯度消失和爆炸',
  },
  {
    query: '智能音箱咋听出我是不是生气了',
    relevant: ['000-q11'],
    style: 'spoken',
    note: '听出生气 = 语音情感分析：分析语音中的情感倾向；语音助手',
  },
  {
    query: '抖音上那些AI生成的图是咋弄出来的',
    relevant: ['003-q7', '000-q9', '004-q20'],
    style: 'spoken',
    note: 'AI 生成的图 = 图像生成：大模型可以生成逼真的图像；生成新的图像，如艺术作品、人脸；生成高质量的图像',
  },
  {
    query: '大模型能看出网上谁跟谁是一伙的不',
    relevant: ['000-q23'],
    style: 'spoken',
    note: '谁跟谁是一伙 = 社交网络分析：分析社交网络的结构和关系',
  },
  {
    query: '机器人客服能顶几个人啊',
    relevant: ['003-q10'],
    style: 'spoken',
    note: '顶几个人 = 替代人工客服：大模型可以替代人工客服，降低企业的运营成本',
  },
  {
    query: '手里几只股票咋搭配，问大模型靠谱不',
    relevant: ['004-q12', '003-q11', '000-q14'],
    style: 'spoken',
    note: '股票搭配 = 投资组合优化：市场预测和投资组合优化、智能投顾提供个性化投资建议；投资分析为投资决策提供参考；量化投资策略',
  },
  {
    query: '想让用户信得过AI得咋弄',
    relevant: ['001-q6', '004-q8', '002-s2-5'],
    style: 'spoken',
    note: '信得过 = 信任与可解释性：如何提高模型的可解释性以增强用户信任；可视化工具、可解释性框架、用户反馈；解释性对提高信任度的意义',
  },
  {
    query: '大模型在电商里能干哪些活儿',
    relevant: ['000-q15', '000-q10'],
    style: 'spoken',
    note: '电商应用：用户行为分析、商品推荐、价格预测、库存优化、供应链管理；推荐系统中的商品推荐、广告推荐',
  },

  // ── mixed-english ──
  {
    query: 'teacher-student 蒸馏咋回事',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'mixed-english',
    note: 'teacher-student = 教师-学生模型：大模型作为教师，训练小模型模仿其行为，软标签；用教师模型训练学生模型使其性能相近；模型蒸馏把知识传给小模型',
  },
  {
    query: 'AUC 到底是哪块面积',
    relevant: ['000-q2'],
    style: 'mixed-english',
    note: 'AUC：ROC 曲线下面的面积，用于评估分类器的区分能力',
  },
  {
    query: 'dropout 和 BN 在训练里各管啥',
    relevant: ['004-q19'],
    style: 'mixed-english',
    note: 'Dropout 随机丢弃神经元提高泛化能力；批量归一化加速训练并提高稳定性',
  },
  {
    query: 'CV 里 pretrain 再 finetune',
    relevant: ['003-q2'],
    style: 'mixed-english',
    note: '图像识别中的预训练与迁移学习：在大量图像上预训练学习通用特征，再微调模型适应新任务',
  },
  {
    query: 'chatbot 怎么识别用户意图',
    relevant: ['001-q11', '004-q17', '003-q17'],
    style: 'mixed-english',
    note: 'chatbot = 对话系统：自然语言理解提取关键信息和意图；智能客服中的自然语言理解；客服场景中准确理解用户意图是挑战（模糊和歧义语义）',
  },
  {
    query: 'fintech 场景下大模型能做啥',
    relevant: ['000-q14', '004-q12', '003-q11', '001-q16', '004-q28'],
    style: 'mixed-english',
    note: 'fintech = 金融领域：信用评估、风险管理、交易预测、量化投资、金融客服；风险管理、信用评分、投资策略、智能投顾；风险管理与投资分析；金融风控中的信用评估、风险监测、欺诈检测',
  },
  {
    query: 'medical imaging 的 AI 辅助诊断',
    relevant: ['003-q13', '000-q13', '001-q19', '004-q6'],
    style: 'mixed-english',
    note: 'medical imaging = 医疗影像分析：病变检测与诊断辅助；分析 CT、MRI 等医学影像；分析医疗影像为医生提供诊断依据；提高医学影像分析准确性，辅助诊断',
  },
  {
    query: 'recsys 数据 sparse 会有啥问题',
    relevant: ['001-q25'],
    style: 'mixed-english',
    note: 'recsys = 推荐系统，sparse = 数据稀疏性：推荐系统面临数据稀疏性问题，大模型难以从稀疏数据中提取有效特征',
  },
  {
    query: 'AI security 一般从哪几方面做',
    relevant: ['001-q22', '002-s2-6', '002-s3-2'],
    style: 'mixed-english',
    note: 'AI security = 人工智能安全：模型防御、数据加密、安全监测；模型的防御攻击能力、数据隐私保护和用户隐私保护；模型安全性与隐私保护',
  },
  {
    query: 'EdTech 用大模型有啥坑',
    relevant: ['001-q29'],
    style: 'mixed-english',
    note: 'EdTech = 教育领域，坑 = 挑战：个性化学习、数据质量和多样性、模型可解释性、计算资源消耗',
  },

  // ── plain ──
  {
    query: '前向传播用的激活函数是什么',
    relevant: ['002-s4-2'],
    style: 'plain',
    note: '公式推导中前向传播 A = σ(Z)，反向传播用到 σ′(Z)',
  },
  {
    query: '示例代码用了哪个损失函数',
    relevant: ['002-s5-3', '002-s5-2', '002-s4-3'],
    style: 'plain',
    note: "使用 SGD 优化器和 MSE 损失函数进行训练；代码 loss='mse'；案例用均方误差（MSE）作为评估指标",
  },
  {
    query: '大模型能分析用户的浏览记录吗',
    relevant: ['000-q15', '000-q10', '001-q10', '003-q5'],
    style: 'plain',
    note: '浏览记录 = 用户行为分析：分析用户在网站上的浏览、购买等行为；根据用户阅读历史和偏好推荐；用户行为预测；用户行为建模',
  },
  {
    query: '大模型可以控制家电吗',
    relevant: ['001-q18', '000-q24', '001-q7'],
    style: 'plain',
    note: '家电控制：控制家电的开关和调节、语音助手理解语音指令；语音识别实现语音控制智能家居设备；天猫精灵提供控制家电等服务',
  },
  {
    query: '大模型在智能制造中怎么保证产品质量',
    relevant: ['004-q13', '000-q16'],
    style: 'plain',
    note: '质量控制：对产品进行质量检测和评估，确保产品质量；质量检测，如缺陷检测、故障诊断',
  },
  {
    query: '大模型对国内人工智能发展有什么影响',
    relevant: ['002-s8-1', '002-s9-5', '002-s1'],
    style: 'plain',
    note: '研究成果总结：大模型技术在国内取得显著进展，推动人工智能技术的进步；未来推动人工智能技术的进步；背景介绍：大模型成为行业热点，国内研究与应用受到广泛关注',
  },
  {
    query: '图像识别为什么需要这么多标注数据',
    relevant: ['003-q20', '004-q15', '001-q23'],
    style: 'plain',
    note: '图像识别需要大量标注数据，标注耗时又昂贵；需要大量高质量的标注数据，标注成本高昂；计算机视觉任务需要大量标注数据',
  },
  {
    query: '大模型在物联网设备上怎么省电',
    relevant: ['000-q26'],
    style: 'plain',
    note: '资源优化：优化物联网设备的资源配置，提高设备性能和续航能力',
  },
  {
    query: '大模型能帮忙研究疾病的发病机制吗',
    relevant: ['000-q19', '001-q14'],
    style: 'plain',
    note: '疾病研究：研究疾病的发病机制和治疗方法；基因组分析识别基因突变和疾病关联',
  },
  {
    query: '自动驾驶规划路线时怎么保证安全',
    relevant: ['003-q18', '001-q15', '003-q9'],
    style: 'plain',
    note: '路径规划的安全性挑战：任何错误都可能导致严重后果；规划行驶路径，确保车辆安全到达目的地；决策中的路径规划、避障，提高安全性',
  },
];
