/**
 * Everyday-language search queries, round 10 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (ninth session), before a fresh held-out round 11 (everyday-held-out-11.ts) was written blind,
 * rounds 9 and 10 were folded into tuning unchanged (last held-out figures: recall@5 0.746, MRR 0.645, none empty; first run 0.721 / 0.649). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 10.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written: blind, by a helper who saw neither the search code nor the
 * vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, src/, scripts/, tests/browser/, tests/unit/, tests/.tmp/, tests/fixtures/,
 * tests/search/tune.ts, tests/search/harness.ts, dist/ and bench-results/ were not opened, listed or
 * grepped, and neither a search, a build, a test, npm, node, a browser nor the site was run; no git
 * command of any kind was run, so neither `git log -p`, `git diff`, `git show` nor `git status`, and
 * nothing was committed; `ls content/` and `ls tests/search/` were not run either). What was read:
 * /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-held-out-9.ts (in full), and all
 * 143 generated entries under content/{concepts,training,compression,applications,challenges}/
 * (found with `find` inside those five folders only: 9, 24, 5, 72 and 33 files), printed with awk so
 * that of the front matter only the `id` and `question` lines were shown, followed by the answer
 * text (no other front-matter field was seen). content/sources/, content/articles/, content/notes/,
 * content/pages/, content/topics/, articles.json and permalinks.json were not opened, nor were
 * everyday-held-out-7.ts or -8.ts. Of everyday-tuning.ts and everyday-tuning-2.ts …
 * everyday-tuning-8.ts only the leading header comment (printed with awk up to the end of that comment)
 * and the `query:` strings (grepped out with `grep -o`) were looked at, only to learn the format and
 * to avoid repeating or paraphrasing earlier queries (an exact-match grep of this file's query
 * strings against those query strings and everyday-held-out-9.ts found no duplicate).
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students and PMs type them, 3–25 characters, about subjects from all five topics — by
 * the topic folder of the first relevant entry: concepts 9, training 12, compression 9,
 * applications 19, challenges 11 (compression holds only 5 entries whose wording earlier rounds have
 * nearly exhausted, so it got one query fewer and applications one more) — spread over 52 different
 * first entries (no entry is the first relevant one of more than two queries) and not copied from
 * the articles' headings. Since earlier rounds already cover the obvious wording of most entries,
 * this round asks about facets they left alone (e.g. 表示能力, 优缺点并存, 实验平台, 评估之后的环节,
 * 理论基础的梳理, 训练慢的原因, 编码, 示例数据的特征数与生成方式, 数据增强与鲁棒性, 批量归一化与稳定性,
 * 损失的计算, 高效架构省成本, 检验泛化, 按任务目标调指标, ROC 与 AUC, 优化器的目标, 验证集, 整数运算硬件,
 * 混合精度的效率与精度, 教师与学生的大小, 冗余权重, 无标注时的软标签, 嵌入式部署, 蒸馏模型的去处,
 * 区块链应用开发, 基因功能, 药物靶点, 可穿戴健康预警, 药物分子相互作用, 目标定位, 教育数据自动处理,
 * 调优的精度与速度, 物联网数据实时分析, 语音助手购物, 点击率预估, 灾害风险评估, MRI, 减少交通事故,
 * 通用图像特征, 智能投顾, 良品率, 车机, 泛化的定义, 用户反馈与可解释性, 语言多样性, 医院落地障碍,
 * 差分隐私的扰动, 语音变异性, 新物品冷启动, 图像识别的硬件门槛, 分布外数据, 隐私为何是难题,
 * 自动驾驶立法).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_10: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '大模型表征能力为啥强',
    relevant: ['001-q1', '003-q1', '004-q1'],
    style: 'synonym',
    note: '表征 = 表示：参数量和训练数据的增加实现了对复杂特征的提取和表示；参数庞大可捕捉复杂模式和关联；强大的表示能力',
  },
  {
    query: '数据扩充能让模型更抗干扰吗',
    relevant: ['004-q19'],
    style: 'synonym',
    note: '数据扩充 = 数据增强，抗干扰 = 鲁棒性：通过对训练数据进行变换，增加模型的鲁棒性',
  },
  {
    query: '换个更省的网络结构能省训练钱吗',
    relevant: ['004-q5', '004-q11'],
    style: 'synonym',
    note: '网络结构 = 模型架构：使用更高效的算法和模型架构，减少训练时间和计算资源需求；更高效的训练算法和模型架构减少能耗',
  },
  {
    query: '嵌入式板卡上部署大模型',
    relevant: ['003-q23', '000-q6'],
    style: 'synonym',
    note: '嵌入式板卡 = 资源受限设备：模型蒸馏、剪枝量化压缩、分片、动态计算；压缩技术减小模型大小和计算需求',
  },
  {
    query: '模型裁剪后体积会变小吗',
    relevant: ['000-q6', '003-q21', '003-q23'],
    style: 'synonym',
    note: '裁剪 = 剪枝，体积 = 模型大小：删除不重要的神经元和连接减小模型大小；删除冗余参数减少模型大小；剪枝量化减小模型的大小',
  },
  {
    query: '找药物靶点能靠大模型吗',
    relevant: ['000-q19', '000-q13'],
    style: 'synonym',
    note: '新药研发 / 药物研发：筛选药物靶点、优化药物分子结构',
  },
  {
    query: '核磁共振片子大模型能看吗',
    relevant: ['000-q13', '003-q13', '001-q19', '004-q6'],
    style: 'synonym',
    note: '核磁共振 = MRI：医疗影像分析（CT、MRI）；病变检测与诊断辅助；分析医疗影像为医生提供诊断依据；提高医学影像分析准确性',
  },
  {
    query: '提升良品率大模型能帮上啥',
    relevant: ['004-q13', '000-q16'],
    style: 'synonym',
    note: '良品率 = 产品质量：质量控制、生产优化提高产品质量；质量检测（缺陷检测、故障诊断）',
  },
  {
    query: '车机里的大模型能干点啥',
    relevant: ['000-q25'],
    style: 'synonym',
    note: '车机 = 汽车领域的应用：智能驾驶、车辆监控、智能导航、安全驾驶建议、汽车维修',
  },
  {
    query: '无人驾驶的立法难题',
    relevant: ['004-q7'],
    style: 'synonym',
    note: '无人驾驶 = 自动驾驶，立法 = 法律法规：面临法律法规和伦理问题的挑战，需要制定相应的规范和标准',
  },

  // ── metaphor ──
  {
    query: '大模型是把双刃剑吗',
    relevant: ['002-s3-3', '003-q1'],
    style: 'metaphor',
    note: '双刃剑 = 优缺点并存：强大性能、广泛适用 vs 数据依赖、计算资源消耗、解释性差；特点与潜在弱点（计算资源需求高、易受攻击）',
  },
  {
    query: '大模型是新算法的试验田吗',
    relevant: ['004-q1'],
    style: 'metaphor',
    note: '试验田 = 实验平台：大模型的强大能力为新的算法和技术提供了实验平台，加速创新',
  },
  {
    query: '把类别翻译成模型认得的数字',
    relevant: ['001-q2'],
    style: 'metaphor',
    note: '翻译成数字 = 编码：数据预处理对原始数据进行清洗、归一化、编码等处理，以便于模型训练',
  },
  {
    query: '大模型算力怎么开源节流',
    relevant: ['003-q21', '001-q3'],
    style: 'metaphor',
    note: '开源 = 并行计算（多 GPU、TPU 加速），节流 = 剪枝、量化、混合精度、模型压缩减少计算量；训练侧的压缩、分布式训练、混合精度',
  },
  {
    query: '给区块链应用开发配个AI副驾',
    relevant: ['000-q27'],
    style: 'metaphor',
    note: '副驾 = 智能化辅助：区块链应用开发，为区块链应用提供智能化的解决方案',
  },
  {
    query: '推荐系统能成用户肚子里的蛔虫吗',
    relevant: ['003-q5', '002-s7', '001-q10'],
    style: 'metaphor',
    note: '肚子里的蛔虫 = 懂用户：学习用户的兴趣和行为模式，更好地理解用户的需求；更准确地预测用户的兴趣和需求；预测用户对物品的偏好',
  },
  {
    query: '给自然灾害风险算一卦',
    relevant: ['000-q18'],
    style: 'metaphor',
    note: '算一卦 = 预测评估：环境监测中的风险评估，评估自然灾害、环境污染等风险',
  },
  {
    query: '给投资人配个AI军师',
    relevant: ['004-q12', '003-q11', '004-q28'],
    style: 'metaphor',
    note: '军师 = 智能投顾：提供个性化投资建议；分析市场数据为投资决策提供参考；市场预测帮助投资者做出更明智的决策',
  },
  {
    query: '往数据里掺点噪声保护隐私',
    relevant: ['003-q4'],
    style: 'metaphor',
    note: '掺噪声 = 差分隐私：在训练过程中对训练数据进行扰动，以防止隐私泄露',
  },
  {
    query: '新上架商品总坐冷板凳',
    relevant: ['001-q25'],
    style: 'metaphor',
    note: '坐冷板凳 = 新物品推荐不出去：冷启动问题，新用户或新物品缺乏历史数据，大模型难以为其推荐合适的内容',
  },

  // ── situation ──
  {
    query: '写开题报告要梳理大模型的理论基础',
    relevant: ['002-s3-1'],
    style: 'situation',
    note: '深度学习、强化学习和迁移学习等算法原理共同构成了大模型技术的理论基础',
  },
  {
    query: 'loss曲线上下乱跳，训练不稳',
    relevant: ['004-q19'],
    style: 'situation',
    note: '训练不稳 → 批量归一化加速模型训练并提高模型稳定性；学习率调度优化训练过程',
  },
  {
    query: '业务方更看重召回，模型要怎么调',
    relevant: ['000-q7', '004-q18', '000-q2'],
    style: 'situation',
    note: '性能指标调整：根据不同的任务目标调整模型参数，优化性能指标；召回率判断模型是否遗漏重要信息，F1 平衡准确率和召回率',
  },
  {
    query: '边缘盒子只支持整数运算',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'situation',
    note: '只支持整数 → 量化：把浮点参数转换为低比特位（如整数）表示；浮点权重转为低精度数值；权重和激活值转为较低精度',
  },
  {
    query: '权重一大半接近0，能删掉吗',
    relevant: ['003-q21', '000-q6'],
    style: 'situation',
    note: '删接近 0 的权重 = 剪枝：删除模型中的冗余参数，减少模型大小和计算量；删除不重要的神经元和连接',
  },
  {
    query: '没标注数据，但有个训好的大模型',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'situation',
    note: '知识蒸馏：用大模型的输出作为软标签指导小模型训练；大模型当教师训练学生模型；把大模型的知识传递给小模型',
  },
  {
    query: '戴着手环想让AI提前预警生病',
    relevant: ['004-q6', '000-q30'],
    style: 'situation',
    note: '手环数据 → 健康监测：通过分析患者数据，提供个性化健康建议和疾病预警；家庭健康管理建议',
  },
  {
    query: '货架照片里要把每件商品框出来',
    relevant: ['001-q12', '000-q9', '001-q5'],
    style: 'situation',
    note: '框出来 = 目标检测：检测图像中的多个目标并定位目标位置；检测目标物体及其位置；目标检测（YOLO、SSD）',
  },
  {
    query: '学生学习记录堆成山没人分析',
    relevant: ['003-q12', '001-q20', '000-q21'],
    style: 'situation',
    note: '学习分析：自动化处理大量学习数据、提供学习效果评估和反馈；分析学生的学习行为；教育数据分析',
  },
  {
    query: '要上图像识别项目，担心机器带不动',
    relevant: ['004-q15', '001-q23', '003-q20'],
    style: 'situation',
    note: '图像识别任务需要大量计算资源，对硬件设备要求较高；CV 计算资源消耗大，对硬件设施和运维能力要求高；计算资源导致成本高',
  },

  // ── spoken ──
  {
    query: '模型评估完了下一步干啥',
    relevant: ['002-s2', '002-s3-2'],
    style: 'spoken',
    note: '流程图：模型评估 → 模型部署；算法步骤中模型评估之后是模型部署（在线服务、边缘计算、云端）',
  },
  {
    query: '大模型训练为啥这么磨叽',
    relevant: ['003-q1', '001-q23', '004-q2'],
    style: 'spoken',
    note: '磨叽 = 训练时间长：参数数量庞大，训练可能需要几天甚至几周；需要大量迭代；训练时间是训练挑战之一',
  },
  {
    query: '示例里的Y是咋造出来的',
    relevant: ['002-s5-2'],
    style: 'spoken',
    note: '源代码：Y = 2 * X[:, 0] + 3 * X[:, 1] + np.random.rand(100)，两个特征的线性组合加随机噪声',
  },
  {
    query: '损失是拿啥跟啥比算出来的',
    relevant: ['001-q2', '002-s4-1', '002-s4-2'],
    style: 'spoken',
    note: '根据模型输出和真实标签计算损失函数值；计算预测结果与真实结果之间的误差；δ₂ = (A₂ − Y)·σ′(Z₂)',
  },
  {
    query: '优化器到底在优化个啥',
    relevant: ['002-s4-1', '000-q3'],
    style: 'spoken',
    note: '优化器 = 优化算法：使用梯度下降等更新模型参数，以最小化误差；梯度下降迭代优化参数使损失函数最小化',
  },
  {
    query: '大模型能看出一段基因是干啥的不',
    relevant: ['004-q22', '001-q14'],
    style: 'spoken',
    note: '基因是干啥的 = 基因功能：基因组序列分析预测基因功能、基因突变；分析基因组的结构和功能',
  },
  {
    query: '模型调优能不能又准又快',
    relevant: ['002-s2-4', '002-s3-2'],
    style: 'spoken',
    note: '模型优化：通过调整模型参数和优化算法，可以提高模型的精度和速度；提高模型的性能和效率',
  },
  {
    query: '跟智能音箱说句话就能网购不',
    relevant: ['001-q7'],
    style: 'spoken',
    note: '天猫精灵：基于大模型的智能语音助手，为用户提供便捷的购物、查询、控制家电等服务',
  },
  {
    query: '无人车真能少出车祸吗',
    relevant: ['003-q9', '001-q15', '004-q30'],
    style: 'spoken',
    note: '大模型可以提高自动驾驶的安全性，减少交通事故的发生；提高安全性和可靠性；事故预警减少交通事故',
  },
  {
    query: '网络新梗大模型能懂不',
    relevant: ['001-q24'],
    style: 'spoken',
    note: '新梗 = 语言的复杂性和多样性：大模型难以完全理解语言的深层含义',
  },

  // ── mixed-english ──
  {
    query: '大模型怕 adversarial attack 吗',
    relevant: ['003-q1', '001-q22'],
    style: 'mixed-english',
    note: 'adversarial attack = 对抗攻击：大模型容易受到对抗攻击，微小扰动即可破坏输出；模型防御检测和防御恶意攻击',
  },
  {
    query: '大模型除了NLP还能做CV吗',
    relevant: ['000-q1', '002-s3-4', '002-s9-2', '001-q5', '000-q9'],
    style: 'mixed-english',
    note: 'CV = 计算机视觉：常见应用场景含 NLP、CV（图像分类、目标检测、图像生成）、推荐；应用领域列举；CV 中的应用',
  },
  {
    query: 'ROC 曲线跟 AUC 啥关系',
    relevant: ['000-q2'],
    style: 'mixed-english',
    note: 'AUC（Area Under Curve）是 ROC 曲线下面的面积，用于评估分类器的区分能力',
  },
  {
    query: 'mixed precision 能提效又保精度吗',
    relevant: ['001-q9', '001-q3', '003-q21'],
    style: 'mixed-english',
    note: 'mixed precision = 混合精度训练：结合浮点数和整数运算，提高训练效率和精度；以不同精度训练降低计算成本',
  },
  {
    query: 'KD 的 teacher 必须更大吗',
    relevant: ['000-q6', '003-q24', '003-q23'],
    style: 'mixed-english',
    note: 'KD = 知识蒸馏：用一个大模型（教师模型）训练小模型（学生模型）；以大模型为教师；把大模型的知识传给小模型',
  },
  {
    query: 'IoT 传感器数据怎么实时分析',
    relevant: ['000-q26'],
    style: 'mixed-english',
    note: 'IoT = 物联网：对物联网设备收集的大量数据进行实时分析和处理',
  },
  {
    query: 'CTR 预估能用大模型吗',
    relevant: ['001-q10', '003-q5', '004-q26'],
    style: 'mixed-english',
    note: 'CTR 预估 = 预测用户会不会点：用户行为预测（预测用户对特定物品的偏好）；用户行为建模；预测点赞、评论、分享',
  },
  {
    query: 'user feedback 能改进可解释性吗',
    relevant: ['004-q8'],
    style: 'mixed-english',
    note: 'user feedback = 用户反馈：充分收集用户反馈，改进模型性能和可解释性',
  },
  {
    query: 'ASR 听不准老人小孩的声音',
    relevant: ['001-q26', '004-q14'],
    style: 'mixed-english',
    note: 'ASR = 语音识别；声音各异 = 语音变异性：难以适应各种语音环境和口音；需处理语言、方言、口音等语音多样性',
  },
  {
    query: 'OOD 数据上大模型还靠得住吗',
    relevant: ['003-q20', '002-s2-5', '003-q1'],
    style: 'mixed-english',
    note: 'OOD = 分布外、没见过的数据：大模型可能仅在训练数据上表现良好而无法泛化；泛化能力 = 在未知数据上的表现',
  },

  // ── plain ──
  {
    query: '预训练语言模型提升了哪些能力',
    relevant: ['004-q9', '003-q3'],
    style: 'plain',
    note: 'GPT-3、BERT、RoBERTa 等大型预训练模型提高了文本理解和生成能力；NLP 中语义理解、语言生成、跨语言理解的优势',
  },
  {
    query: '线性回归例子的数据有几个特征',
    relevant: ['002-s4-3', '002-s5-2'],
    style: 'plain',
    note: '数据集包含 100 个样本，每个样本包含两个特征和目标变量；代码中 X = np.random.rand(100, 2)',
  },
  {
    query: '怎么检验模型泛化好不好',
    relevant: ['002-s2-3', '000-q7', '004-q18'],
    style: 'plain',
    note: '模型评估用于检验模型的性能和泛化能力；交叉验证划分训练集和验证集评估泛化能力；在不同数据集上评估表现',
  },
  {
    query: '为什么要单独留出验证集',
    relevant: ['000-q7', '004-q18'],
    style: 'plain',
    note: '交叉验证：将数据划分为训练集和验证集，评估模型的泛化能力；在不同数据集上评估以确保泛化能力',
  },
  {
    query: '蒸馏出来的小模型一般部署在哪',
    relevant: ['003-q23'],
    style: 'plain',
    note: '模型蒸馏：将大模型的参数和知识传递给小模型，以便在资源受限的设备上运行',
  },
  {
    query: '药物分子和人体的相互作用能预测吗',
    relevant: ['003-q8', '001-q19'],
    style: 'plain',
    note: '大模型可以预测药物分子与生物体的相互作用，加速新药研发；预测药物的副作用和疗效',
  },
  {
    query: '一个视觉预训练模型能用到多种图像任务吗',
    relevant: ['003-q2'],
    style: 'plain',
    note: '在大量图像上预训练学到通用的图像特征，可泛化到各种不同的图像任务；迁移学习微调适应新任务',
  },
  {
    query: '泛化能力到底指什么',
    relevant: ['002-s2-5', '003-q20', '003-q1'],
    style: 'plain',
    note: '模型泛化能力是指模型在未知数据上的表现；能否泛化到未见过的数据上',
  },
  {
    query: '医院落地大模型有哪些障碍',
    relevant: ['001-q28', '003-q16', '004-q24'],
    style: 'plain',
    note: '医疗领域的问题：数据隐私和安全、数据质量和标注、可解释性、计算资源；医疗诊断的挑战；医疗影像分析的挑战',
  },
  {
    query: '为什么大模型绕不开隐私问题',
    relevant: ['001-q6', '002-s8-3', '002-s2-6', '001-q28'],
    style: 'plain',
    note: '训练过程中需要大量敏感数据；随着大模型技术的应用，如何保护用户隐私成为重要挑战；医疗数据高度敏感',
  },
];
