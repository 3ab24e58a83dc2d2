/**
 * Everyday-language search queries, round 11 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (tenth session), before a fresh held-out round 12 (everyday-held-out-12.ts) was written blind,
 * round 11 was folded into tuning unchanged (last held-out figures: recall@5 0.678, MRR 0.687, none
 * empty; first run 0.678 / 0.698). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 11.
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
 * /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-tuning-10.ts (in full), and all
 * 143 generated entries under content/{concepts,training,compression,applications,challenges}/
 * (found with `find` inside those five folders only: 9, 24, 5, 72 and 33 files), printed with awk so
 * that of the front matter only the `id` and `question` lines were shown, followed by the answer
 * text (no other front-matter field was seen). content/sources/, content/articles/, content/notes/,
 * content/pages/, content/topics/, articles.json and permalinks.json were not opened, nor was any
 * everyday-held-out-*.ts file. Of everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-9.ts
 * only the `query:` strings (grepped out with `grep -o "query: '[^']*'"`) were looked at — not their
 * header comments, relevant ids or notes — only to avoid repeating or paraphrasing earlier queries
 * (an exact-match grep of this file's 60 query strings against the query strings of
 * everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-10.ts found no duplicate, and none
 * is repeated within this file; a small Python script, not node, then checked that every listed id
 * is the `id` of one of those entries, and counted styles and first entries).
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students and PMs type them, 3–25 characters, about subjects from all five topics — by
 * the topic folder of the first relevant entry: concepts 3, training 11, compression 4,
 * applications 28, challenges 14 (roughly the folders' shares of the entries; compression got a
 * little more than its share, applications a little less, and one query meant for concepts ended up
 * under challenges because a challenges entry answers it best). While this file was being written,
 * entry 004-q9 moved from content/concepts/ to content/applications/ (a final `find` counted 8 and
 * 73 files there instead of the 9 and 72 it had counted when the entries were read); the counts
 * above use the folders after that move (under the earlier ones they would be concepts 4,
 * applications 27). The relevant ids do not depend on folders. The queries are spread over 54
 * different first entries (no entry is the first relevant one of more than two queries) and not
 * copied from the articles' headings. Since earlier rounds already cover the obvious wording of
 * nearly every entry, this round asks about facets they left alone (e.g. 预处理之后的环节, 各类任务上的
 * 性能, 多模态对复杂任务的帮助, 部署之后的安全, 量化的分类, 动态计算, 压缩后的效果, 创造力与一致性的
 * 矛盾, 防御攻击, 动态障碍物（鬼探头）, 数据重复存储, 传输中的加密, 医疗算力, 语音识别的可解释性,
 * 透明度, 模糊语义, 大模型易过拟合, 各行业的共同难题, 训练三要素, 数据是基础, 小批量与显存,
 * 指标的平衡, 示例的输出与 compile 参数, 正则化的作用, 反向传播的顺序, 优化与训练的区别, 优化训练的
 * 权衡, 随机失活, 金融市场稳定性, 药物筛选, 营销文案, 强化学习的智能决策, 市场定位, 面试评估团队,
 * 老人跌倒报警, 读片效率, 陪聊, 气候变化, 跨模态前景, 语音合成, 供应链, 入侵检测, 蛋白质功能, 药效,
 * 路径规划, 情感分析与文本分类, 内容创作提效, 硬件升级与商业化, 反欺诈实时性, 视频场景分割,
 * 多模态与泛化, 教育资源利用效率, 推荐算法优化, 识图精度, 药物分子设计). Some English terms
 * (multimodal, overfitting, federated learning, hallucination, TTS, IDS, supply chain …) stand in for
 * Chinese wording an earlier round already used.
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_11: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '随机失活能提高泛化吗',
    relevant: ['004-q19'],
    style: 'synonym',
    note: '随机失活 = Dropout：通过随机丢弃神经元，提高模型的泛化能力',
  },
  {
    query: '内容创作行业能靠大模型提效吗',
    relevant: ['003-q7', '000-q22'],
    style: 'synonym',
    note: '提效 = 提高生产效率，内容创作 = 创意产业：高效生成高质量内容，为创意产业提供新工具；音乐生成、视频生成',
  },
  {
    query: '芯片越来越强，大模型商业化会更快吗',
    relevant: ['001-q8'],
    style: 'synonym',
    note: '芯片变强 = 硬件设施的升级，商业化 = 商业应用：随着技术进步和硬件设施的升级，大模型在商业应用中的前景非常广阔',
  },
  {
    query: '交易反欺诈能做到实时拦截吗',
    relevant: ['004-q28', '001-q16'],
    style: 'synonym',
    note: '反欺诈 = 欺诈检测：利用大模型进行欺诈检测，提高检测准确率和实时性；检测金融交易中的欺诈行为',
  },
  {
    query: '视频画面能按场景自动切分吗',
    relevant: ['000-q9'],
    style: 'synonym',
    note: '按场景切分 = 场景分割：视频分析，分析视频内容，如动作识别、场景分割等',
  },
  {
    query: '融合多种数据能让模型更通用吗',
    relevant: ['002-s8-4', '002-s8-2'],
    style: 'synonym',
    note: '多种数据融合 = 多模态融合，更通用 = 泛化能力 / 更广泛的应用：实现多种数据类型的融合，提高大模型的泛化能力；融合文本、图像和语音，实现更广泛的应用',
  },
  {
    query: '大模型能让教育资源用得更充分吗',
    relevant: ['003-q12'],
    style: 'synonym',
    note: '用得更充分 = 利用效率：大模型可以自动化处理大量的学习数据，提高教育资源的利用效率',
  },
  {
    query: '大模型能把推荐算法调得更好吗',
    relevant: ['001-q10', '003-q5'],
    style: 'synonym',
    note: '调得更好 = 优化：推荐算法优化，提高推荐效果和用户体验；实时学习用户反馈，动态调整推荐策略',
  },
  {
    query: '大模型识图为什么更准',
    relevant: ['003-q2', '001-q12', '001-q5'],
    style: 'synonym',
    note: '识图 = 图像识别：大模型能够学习到复杂的图像特征，从而提高图像识别的精度；大大提高了图像处理任务的准确性；CV 应用提高准确性和效率',
  },
  {
    query: '新药分子能让大模型从头设计吗',
    relevant: ['001-q14', '004-q22', '004-q6', '000-q19'],
    style: 'synonym',
    note: '从头设计 = 设计新的药物分子：药物设计，大模型可以设计新的药物分子；药物设计加速新药研发；药物设计和筛选；优化药物分子结构',
  },

  // ── metaphor ──
  {
    query: 'AI写作既要天马行空又不能跑题',
    relevant: ['003-q19', '004-q29'],
    style: 'metaphor',
    note: '天马行空 = 创造力 / 多样性，不跑题 = 语义一致性 / 连贯性：文本生成既需要创造力又要保持语义一致性；提高连贯性和多样性',
  },
  {
    query: '给大模型练一身金钟罩',
    relevant: ['001-q22', '002-s2-6', '002-s3-2'],
    style: 'metaphor',
    note: '金钟罩 = 防御攻击：模型防御，检测和防御恶意攻击；需要关注模型的防御攻击能力；模型安全性包括防御攻击能力',
  },
  {
    query: '自动驾驶怎么应对鬼探头',
    relevant: ['004-q23', '003-q18', '003-q9', '001-q27'],
    style: 'metaphor',
    note: '鬼探头 = 突然出现的行人 / 动态障碍物：需要处理动态和静态障碍物、实时做出决策；复杂交通环境包括行人，实时性；感知（行人检测）与决策（避障）；实时处理环境信息',
  },
  {
    query: '模型训练靠哪三板斧',
    relevant: ['002-s2-2', '002-s4-1', '002-s3-2', '001-q2'],
    style: 'metaphor',
    note: '三板斧 = 三个核心步骤：训练过程包括前向传播、反向传播和优化算法等步骤；数学模型主要包括这三者；训练过程的完整步骤',
  },
  {
    query: '为啥说数据是大模型的粮食',
    relevant: ['002-s2-1', '002-s3-3', '001-q1', '002-s8-3'],
    style: 'metaphor',
    note: '粮食 = 基础：数据是构建大模型的基础；数据依赖性，数据不足或质量差会影响性能；大模型需要海量训练数据以获得泛化能力；对数据质量要求很高',
  },
  {
    query: '给金融市场装个稳压器',
    relevant: ['003-q11', '001-q16'],
    style: 'metaphor',
    note: '稳压器 = 稳定金融市场：有助于提高金融市场的效率和稳定性，降低金融风险；实时监测金融市场的风险，预警潜在风险',
  },
  {
    query: '新药候选分子的海选能交给AI吗',
    relevant: ['003-q8', '004-q6'],
    style: 'metaphor',
    note: '海选 = 筛选：大模型可以用于药物分子的预测和筛选，加速药物研发；帮助科学家进行药物设计和筛选',
  },
  {
    query: '电商文案能找AI当枪手吗',
    relevant: ['003-q7', '000-q8', '001-q4', '004-q9'],
    style: 'metaphor',
    note: '当枪手 = 代写，文本生成：生成连贯自然的文本用于自动写作，快速生成高质量内容；生成文章、摘要；生成文章、小说；生成高质量文本',
  },
  {
    query: '给强化学习的智能体装个大脑',
    relevant: ['004-q27'],
    style: 'metaphor',
    note: '大脑 = 智能决策 / 策略：利用大模型进行智能决策、状态表示和策略优化，实现更高效的智能体行为',
  },
  {
    query: '大模型创业怎么找准靶心',
    relevant: ['004-q4'],
    style: 'metaphor',
    note: '找准靶心 = 市场定位：确定目标市场和用户群体，提供具有差异化优势的产品和服务',
  },

  // ── situation ──
  {
    query: '每条业务线都要从头训一个模型，太费劲',
    relevant: ['004-q1', '004-q9', '003-q2'],
    style: 'situation',
    note: '大模型的通用性强，可以减少针对特定任务的定制化开发，降低研发成本；利用预训练模型迁移学习，降低新任务的训练成本；微调适应新任务',
  },
  {
    query: '客户的老旧服务器也得能跑我们的模型',
    relevant: ['003-q23', '000-q6', '003-q21'],
    style: 'situation',
    note: '老旧服务器 = 资源受限设备：蒸馏、剪枝量化压缩、动态计算，使模型在有限资源下仍能运行；压缩减少存储和计算需求；优化计算性能',
  },
  {
    query: '训练数据拷了好几份，存储费用老高',
    relevant: ['004-q25', '004-q5'],
    style: 'situation',
    note: '数据回收：优化数据使用策略，减少数据重复标注和存储；数据预处理减少数据重复和冗余，提高数据利用效率',
  },
  {
    query: '训练数据要传到云上，怕半路泄露',
    relevant: ['004-q10', '003-q4', '001-q22'],
    style: 'situation',
    note: '数据加密：确保数据在传输和存储过程中的安全性 / 不被泄露；大模型可以加密数据传输，防止数据泄露',
  },
  {
    query: '小医院想上AI辅助诊断，算力跟不上',
    relevant: ['001-q28', '003-q23', '003-q21'],
    style: 'situation',
    note: '医疗领域的计算资源消耗问题，如何优化计算效率是关键；资源受限设备上的部署方法降低计算需求；剪枝、量化等优化计算性能',
  },
  {
    query: '每次把全部数据一次塞进去训练，显存爆了',
    relevant: ['000-q3'],
    style: 'situation',
    note: '批量处理（Mini-batch）：将训练数据分成小批量进行训练，提高训练效率',
  },
  {
    query: '创业团队招算法工程师，面试该问啥',
    relevant: ['004-q30'],
    style: 'situation',
    note: '该答案末段：创业者可以通过这些问题和面试题，评估团队成员的技术水平和创新能力，为团队的建设提供参考（答案主体是智能交通，只有末段相关）',
  },
  {
    query: '独居老人在家摔倒了想自动报警',
    relevant: ['001-q18', '000-q30', '000-q24'],
    style: 'situation',
    note: '智能安防：监控家居环境，检测异常行为并报警；家庭安全监控、家庭健康管理；通过智能家居设备实现家庭安全监控',
  },
  {
    query: '影像科每天片子多到看不完',
    relevant: ['003-q13', '004-q6', '000-q13', '001-q19'],
    style: 'situation',
    note: '读片效率：实时分析医学影像，提高诊断效率，为医生提供诊断辅助；提高医学影像分析准确性，辅助医生；医疗影像分析（CT、MRI）；为医生提供诊断依据',
  },
  {
    query: '想做个陪老人聊天的AI',
    relevant: ['001-q11', '003-q7'],
    style: 'situation',
    note: '陪聊 = 对话系统：生成自然流畅的回复，模拟人类对话，对话管理确保连贯；文本生成用于聊天机器人',
  },

  // ── spoken ──
  {
    query: '数据预处理搞定了，接着该干嘛',
    relevant: ['002-s2', '002-s3-2', '001-q2'],
    style: 'spoken',
    note: '流程图：数据预处理 → 模型训练；算法步骤中数据收集与预处理之后是模型训练；训练过程中数据预处理之后是模型初始化、前向传播',
  },
  {
    query: '大模型在各类任务上都更能打吗',
    relevant: ['001-q1', '004-q1', '002-s3-3'],
    style: 'spoken',
    note: '能打 = 性能好：大模型通常在各个任务上都能取得比小模型更好的性能；能够在各种复杂任务上取得优异的性能；强大的性能、广泛的适用性',
  },
  {
    query: '模型压完还能跟原来一样好使不',
    relevant: ['000-q6', '003-q24'],
    style: 'spoken',
    note: '知识蒸馏使小模型具有类似的性能；训练小模型使其模仿大模型的行为',
  },
  {
    query: '语音识别认错了也说不清为啥',
    relevant: ['001-q26', '002-s8-3'],
    style: 'spoken',
    note: '语音识别中的模型可解释性问题：决策过程缺乏可解释性，难以理解模型内部的工作机制；大模型的决策过程复杂，难以解释',
  },
  {
    query: '大模型能做得透明点不',
    relevant: ['004-q8', '002-s3-2'],
    style: 'spoken',
    note: '透明 = 透明度 / 可解释性：模型压缩提高透明度、可视化工具、可解释性框架、用户反馈；通过模型可视化、特征提取和决策过程解释提高解释性',
  },
  {
    query: '用户说话含含糊糊，客服机器人咋整',
    relevant: ['003-q17', '001-q11'],
    style: 'spoken',
    note: '含糊 = 模糊和歧义语义：客服场景中存在大量的模糊和歧义语义，如何准确理解用户的意图成为挑战；自然语言理解提取关键信息和意图',
  },
  {
    query: '准确率和召回率顾此失彼咋办',
    relevant: ['004-q18', '000-q2', '000-q7'],
    style: 'spoken',
    note: 'F1 分数结合准确率和召回率，评估平衡二者的性能；F1 是准确率和召回率的调和平均值；根据任务目标调整模型参数，优化性能指标',
  },
  {
    query: '示例跑完打印出来的是啥',
    relevant: ['002-s5-2', '002-s4-3', '002-s5-3'],
    style: 'spoken',
    note: '源代码最后 loss = model.evaluate(X, Y); print("MSE:", loss)，即均方误差；案例用 MSE 作为评估指标；代码解读：MSE 损失函数，用训练集评估',
  },
  {
    query: '正则化到底正则了个啥',
    relevant: ['000-q3', '002-s2-5', '002-s3-2'],
    style: 'spoken',
    note: '模型正则化用于防止模型过拟合，如 L1、L2 正则化；正则化等技术用于提高模型的泛化能力',
  },
  {
    query: '大模型能算出几十年后气候咋变不',
    relevant: ['000-q18'],
    style: 'spoken',
    note: '环境监测中的气象预测：预测天气和气候变化',
  },

  // ── mixed-english ──
  {
    query: 'multimodal 训练对复杂任务有帮助吗',
    relevant: ['004-q9', '004-q20', '002-s8-4'],
    style: 'mixed-english',
    note: 'multimodal = 多模态：结合文本、图像、声音等多模态数据进行训练，提高模型在复杂任务中的性能；多模态融合提高跨模态任务的表现；提高泛化能力',
  },
  {
    query: 'dynamic inference 怎么按设备调',
    relevant: ['003-q23'],
    style: 'mixed-english',
    note: 'dynamic inference = 动态计算：根据设备的计算能力动态调整模型的部分或全部计算',
  },
  {
    query: '大模型也会 overfitting 吗',
    relevant: ['004-q2', '003-q20', '000-q3'],
    style: 'mixed-english',
    note: 'overfitting = 过拟合：大模型容易过拟合训练数据，导致在测试集上表现不佳；可能仅在训练数据上表现良好而无法泛化；正则化防止过拟合',
  },
  {
    query: 'federated learning 怎么保隐私',
    relevant: ['003-q4'],
    style: 'mixed-english',
    note: 'federated learning = 联邦学习：采用联邦学习框架，使得数据不必集中存储，从而保护数据的隐私',
  },
  {
    query: 'hallucination 问题能避免吗',
    relevant: ['003-q19', '004-q29'],
    style: 'mixed-english',
    note: 'hallucination = 生成错误信息：质量控制，保证生成文本的质量，避免生成低质量或错误的信息；准确性，减少错误和误解',
  },
  {
    query: '示例 compile 用的啥 optimizer',
    relevant: ['002-s5-2', '002-s5-3', '002-s4-3'],
    style: 'mixed-english',
    note: '源代码 model.compile 中 optimizer 为 sgd、loss 为 mse；代码解读：使用 SGD 优化器和 MSE 损失函数；案例：使用梯度下降算法训练',
  },
  {
    query: 'cross-modal 学习前景咋样',
    relevant: ['004-q20', '002-s8-2', '002-s8-4', '004-q9'],
    style: 'mixed-english',
    note: 'cross-modal = 跨模态：跨模态学习的应用前景（多模态融合、视频理解、语音合成、图像生成）；未来趋势与研究展望中的多模态融合；多模态学习',
  },
  {
    query: 'TTS 也能用大模型做吗',
    relevant: ['000-q11', '004-q20', '001-q7', '002-s3-4'],
    style: 'mixed-english',
    note: 'TTS = 语音合成：将文本转换为语音；利用大模型进行语音合成，实现更自然流畅的语音输出；天猫精灵的语音合成；语音识别领域的语音合成',
  },
  {
    query: 'supply chain 优化能用大模型吗',
    relevant: ['000-q15', '000-q16', '004-q13'],
    style: 'mixed-english',
    note: 'supply chain = 供应链：电商与工业制造中的供应链管理，优化供应链流程提高效率；供应链预测和优化，降低库存成本',
  },
  {
    query: 'IDS 能用大模型做吗',
    relevant: ['000-q28'],
    style: 'mixed-english',
    note: 'IDS = 入侵检测系统：网络安全领域的入侵检测，通过大数据分析实时检测网络安全威胁',
  },

  // ── plain ──
  {
    query: '模型上线后还要考虑安全问题吗',
    relevant: ['002-s2-6', '002-s3-2', '002-s2'],
    style: 'plain',
    note: '随着大模型技术的应用，模型的安全性和隐私保护成为重要问题（防御攻击能力、数据与用户隐私）；算法步骤中的模型安全性与隐私保护；流程图：模型部署 → 模型安全性',
  },
  {
    query: '量化技术分哪几类',
    relevant: ['001-q9'],
    style: 'plain',
    note: '静态量化、动态量化、混合精度训练',
  },
  {
    query: '不同行业用大模型有哪些共同难题',
    relevant: ['002-s8-3', '002-s9-3', '001-q6', '001-q28', '001-q30', '001-q29'],
    style: 'plain',
    note: '通用挑战：数据质量、计算资源消耗、模型解释性、隐私保护；商业、医疗、金融风控、教育的挑战都反复出现可解释性、计算资源和数据质量',
  },
  {
    query: '反向传播先算输出层还是隐藏层',
    relevant: ['002-s4-2', '002-s4-1'],
    style: 'plain',
    note: '公式推导：先算 δ₂ = (A₂ − Y)·σ′(Z₂)，再由 δ₂ 推出 δ₁；反向传播先计算预测结果与真实结果之间的误差，再反向传播',
  },
  {
    query: '模型优化跟模型训练是一回事吗',
    relevant: ['002-s3-2', '002-s2-4', '002-s2-2'],
    style: 'plain',
    note: '算法步骤把模型训练（前向、反向传播和优化算法）与模型优化（调整模型参数和优化算法，提高性能和效率）列为不同步骤；模型优化旨在提高性能和效率；模型训练是核心步骤',
  },
  {
    query: '优化训练要权衡哪些因素',
    relevant: ['001-q3', '004-q5'],
    style: 'plain',
    note: '优化大模型训练的方法需要综合考虑计算资源、模型性能和训练时间等因素；平衡训练的成本和效益',
  },
  {
    query: '大模型能预测蛋白质的功能吗',
    relevant: ['001-q14', '004-q22'],
    style: 'plain',
    note: '大模型可以预测蛋白质的结构和功能；蛋白质结构预测帮助研究人员理解蛋白质的功能',
  },
  {
    query: '大模型能预测药物疗效吗',
    relevant: ['001-q19', '003-q8'],
    style: 'plain',
    note: '药物发现：大模型可以预测药物的副作用和疗效；预测药物分子与生物体的相互作用',
  },
  {
    query: '自动驾驶的行车路线是大模型规划的吗',
    relevant: ['001-q15', '003-q9'],
    style: 'plain',
    note: '路径规划：大模型可以规划车辆的行驶路径，确保车辆安全到达目的地；决策包括路径规划、避障',
  },
  {
    query: '情感分析算文本分类的一种吗',
    relevant: ['001-q4', '003-q3'],
    style: 'plain',
    note: '文本分类：使用大模型对文本进行分类，如情感分析、新闻分类 / 主题分类',
  },
];
