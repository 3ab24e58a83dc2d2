/**
 * Everyday-language search queries, round 14 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-01. On 2026-12-01
 * (thirteenth session), before a fresh held-out round 15 (everyday-held-out-15.ts) was written blind,
 * round 14 was folded into tuning unchanged (last held-out figures: recall@5 0.723, MRR 0.744, none
 * empty; first run 0.739 / 0.752). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 14.
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
 * What was read: /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-tuning-13.ts (in
 * full), and all 143 generated entries under content/{concepts,training,compression,applications,
 * challenges}/ (found with `find` inside those five folders only: 9, 24, 5, 72 and 33 files), printed
 * with awk so that of the front matter only the `id` and `question` lines were shown, followed by the
 * answer text (no other front-matter field was seen). content/terms, content/sources/,
 * content/articles/, content/notes/, content/pages/, content/topics/, articles.json and
 * permalinks.json were not opened, nor was any other everyday-held-out-*.ts file. Of
 * everyday-tuning.ts and everyday-tuning-2.ts … everyday-tuning-12.ts only the `query:` strings
 * (grepped out with `grep -o "query: '[^']*'"` into a scratch file outside the repository, 758
 * lines) were looked at — not their header comments, relevant ids or notes — only to avoid repeating
 * earlier queries. A small Python script (python3, not node) then checked that none of this file's 60
 * query strings equals (after removing spaces and punctuation and lowercasing) a query string of
 * everyday-tuning.ts, everyday-tuning-2.ts … everyday-tuning-12.ts or everyday-tuning-13.ts, and that
 * none is repeated within this file (no duplicate found); that every listed id is the `id` of one of
 * those entries (reading the entries' `id` lines itself and printing only ids and counts: 143 entries,
 * no unknown id); and counted styles, lengths (3–24 characters) and first entries. No query and no
 * relevant id was changed after that check. No deviation from these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 3–25 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143
 * entries). The relevant ids do not depend on folders. The queries are spread over 56 different first
 * entries (no entry is the first relevant one of more than two queries; 000-q28, 001-q21, 001-q25 and
 * 004-q27 are first twice) and not copied from the articles' headings. Earlier rounds already cover
 * the obvious wording of nearly every entry, so this round asks about facets in the readers' own
 * words and situations (e.g. 骗保骗贷, 测评看哪几个分, 网课平台, 训练机房低碳, 底座模型微调, 脱敏,
 * 用户分群, 说不清为啥这么判, 渗透测试, 舆论分析, AI老中医, 灌进小模型, 城市最强大脑, 学习体检单,
 * 农田千里眼, 白纸一样的新用户, 跑马拉松, 复读机, 随叫随到的分身, 降噪耳机, 内部文档问答助手,
 * 手表上的语音唤醒, 先买卡还是先改算法, 各区的PM2.5, 工地传感器, 网站被扫描攻击, 开放给其他系统调用,
 * 加个归一化, 怪输入搞崩了, 吐槽莫名其妙, 该保养, 看图听声, 图啥, 三种学习跟大模型啥关系,
 * 还能火多久, 告诉我咋修, 写网文, 量化完会变快不, 不透明, 数据要咋收拾, TensorFlow 和 PyTorch,
 * mini-batch, Bayesian 和 grid search, forward/backward, 大模型 vs 小模型, AI agent, SaaS, ToB,
 * HIPAA, LLM 语义前后矛盾, 耗时和内存, 训练成本会降吗, 减少误诊, 贾扬清的观点, 期货价格,
 * 机器人练走路, 语音助手做成生意, 法规伦理, 完全理解人类语言, 图像识别的硬件要求).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_14: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '大模型能揪出骗保骗贷吗',
    relevant: ['001-q16', '004-q28', '000-q14'],
    style: 'synonym',
    note: '揪出骗保骗贷 = 欺诈检测 / 信用评估：检测金融交易中的欺诈行为、评估借款人的信用风险；欺诈检测提高检测准确率和实时性；信用评估用于贷款审批',
  },
  {
    query: '模型测评一般看哪几个分',
    relevant: ['000-q2', '004-q18', '004-q3', '002-s2-3', '002-s3-2'],
    style: 'synonym',
    note: '测评的分 = 评估指标：准确率、召回率、F1、AUC；准确率、召回率、F1、交叉验证；指标评估、A/B 测试、人类评估；常用评估指标准确率、召回率和 F1 值',
  },
  {
    query: '网课平台能用上大模型吗',
    relevant: ['001-q20', '000-q21', '003-q12'],
    style: 'synonym',
    note: '网课 = 在线学习：在线学习支持，分析学习行为提供实时反馈；个性化学习、智能问答、课程推荐；智能推荐与学习分析',
  },
  {
    query: '训练机房怎么做到低碳',
    relevant: ['004-q11', '004-q25'],
    style: 'synonym',
    note: '机房 = 数据中心，低碳 = 能耗 / 绿色能源：建立绿色数据中心，采用节能技术和设备；使用可再生能源降低训练能源消耗',
  },
  {
    query: '拿底座模型微调做图片分类',
    relevant: ['003-q2'],
    style: 'synonym',
    note: '底座模型 = 预训练模型：在大量图像上预训练学习通用特征，再迁移学习、微调适应新任务',
  },
  {
    query: '给训练数据做脱敏',
    relevant: ['004-q10', '003-q4'],
    style: 'synonym',
    note: '脱敏 = 数据匿名化：对训练数据进行匿名化处理保护个人隐私；同一问题的另一答案：加密、差分隐私扰动、联邦学习',
  },
  {
    query: '大模型能给用户分群吗',
    relevant: ['000-q10', '000-q15'],
    style: 'synonym',
    note: '用户分群 = 用户画像：构建用户画像用于个性化推荐；用户行为分析（浏览、购买等）',
  },
  {
    query: '模型说不清自己为啥这么判',
    relevant: ['004-q8', '002-s2-5', '002-s3-2', '002-s3-3', '002-s8-3'],
    style: 'synonym',
    note: '说不清为啥 = 可解释性：可视化工具、可解释性框架；模型解释性指决策过程的可解释性；通过可视化、特征提取和决策过程解释提高解释性；决策过程复杂难以解释（缺点 / 挑战）',
  },
  {
    query: '渗透测试能用大模型做吗',
    relevant: ['000-q28'],
    style: 'synonym',
    note: '渗透测试 = 漏洞挖掘 / 入侵检测：利用深度学习技术挖掘网络设备的漏洞，实时检测网络安全威胁',
  },
  {
    query: '大模型能做舆论分析吗',
    relevant: ['004-q26', '000-q23'],
    style: 'synonym',
    note: '舆论分析 = 舆情监控：利用大模型进行舆情监控，发现热点话题；情感分析与社交网络分析',
  },

  // ── metaphor ──
  {
    query: '给工厂机器请个AI老中医',
    relevant: ['001-q21', '000-q16', '004-q13'],
    style: 'metaphor',
    note: '老中医 = 设备监测与故障诊断：实时监测设备运行状态，诊断故障原因并提供解决方案；质量检测中的故障诊断、设备维护；设备故障预测',
  },
  {
    query: '把大模型的本事灌进小模型',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'metaphor',
    note: '灌进小模型 = 知识蒸馏：软标签、教师-学生模型、中间层输出；用教师模型训练学生模型；模型蒸馏把参数和知识传给小模型',
  },
  {
    query: '给城市装个最强大脑',
    relevant: ['002-s7', '004-q30'],
    style: 'metaphor',
    note: '城市大脑 = 智能城市：实现城市交通、环境和公共安全的智能化管理；智能交通管理（流量预测、信号控制、车辆调度）',
  },
  {
    query: '给每个学生开张学习体检单',
    relevant: ['003-q12', '001-q20'],
    style: 'metaphor',
    note: '学习体检单 = 学习分析：分析学生学习数据，提供学习效果的评估和反馈；分析学习行为，提供实时反馈',
  },
  {
    query: '给农田装上千里眼',
    relevant: ['000-q20'],
    style: 'metaphor',
    note: '千里眼 = 农业监测：病虫害监测、作物生长预测、水文预测',
  },
  {
    query: '推荐系统遇上白纸一样的新用户',
    relevant: ['001-q25'],
    style: 'metaphor',
    note: '白纸一样的新用户 = 冷启动：新用户或新物品缺乏历史数据，难以推荐合适内容',
  },
  {
    query: '训大模型为啥像跑马拉松',
    relevant: ['004-q2', '003-q1', '001-q23'],
    style: 'metaphor',
    note: '跑马拉松 = 训练时间长：训练时间通常非常长，可能需要几天甚至几周；训练时间较长；训练需要大量迭代，训练时间较长',
  },
  {
    query: '别让AI写手变成复读机',
    relevant: ['004-q29', '003-q19'],
    style: 'metaphor',
    note: '复读机 = 生成多样性：提高文本多样性，避免生成重复或相似的内容；创造力：生成新颖、独特的文本',
  },
  {
    query: '给客服配个随叫随到的分身',
    relevant: ['003-q10', '004-q17'],
    style: 'metaphor',
    note: '随叫随到的分身 = 智能客服：快速响应用户查询、替代人工客服；智能回复提高回答效率',
  },
  {
    query: '给语音识别戴上降噪耳机',
    relevant: ['001-q13', '003-q6', '001-q26', '004-q14'],
    style: 'metaphor',
    note: '降噪 = 去噪 / 抗噪：预处理语音信号，如去噪、增强；抗噪性强；需要提高抗噪声能力；处理各种噪声干扰',
  },

  // ── situation ──
  {
    query: '公司内部文档想做成问答助手',
    relevant: ['001-q4', '000-q8', '003-q10'],
    style: 'situation',
    note: '问答助手 = 问答系统：理解自然语言查询并给出准确回答；自动回答用户提出的问题；构建智能问答系统回答用户查询',
  },
  {
    query: '手表上想跑个语音唤醒模型',
    relevant: ['003-q23', '000-q6', '003-q21'],
    style: 'situation',
    note: '手表 = 资源受限设备：模型蒸馏、剪枝量化压缩、动态计算；压缩技术（剪枝、蒸馏、低秩分解、量化）；剪枝、量化减少计算量',
  },
  {
    query: '经费有限，先买卡还是先改算法',
    relevant: ['004-q5'],
    style: 'situation',
    note: '平衡成本和效益：优化算法减少资源需求，或投资 GPU、TPU 等硬件升级，并做预算控制',
  },
  {
    query: '环保局想实时掌握各区的PM2.5',
    relevant: ['000-q18'],
    style: 'situation',
    note: 'PM2.5 = 污染物监测：监测空气、水质等污染物浓度，并实现智能预警',
  },
  {
    query: '工地几百个传感器要统一监控',
    relevant: ['000-q26'],
    style: 'situation',
    note: '传感器 = 物联网设备：实时监控物联网设备的状态，对设备收集的大量数据实时分析',
  },
  {
    query: '公司网站老被扫描攻击',
    relevant: ['000-q28'],
    style: 'situation',
    note: '网站被攻击 = 网络安全：入侵检测、网络流量分析识别异常行为、安全防护',
  },
  {
    query: '训好的模型想开放给其他系统调用',
    relevant: ['002-s2-3', '002-s3-2'],
    style: 'situation',
    note: '开放调用 = 在线服务部署：模型部署包括在线服务、边缘计算和云端部署；算法步骤中的模型部署',
  },
  {
    query: '训练老不稳定，想加个归一化',
    relevant: ['004-q19'],
    style: 'situation',
    note: '批量归一化加速模型训练并提高模型稳定性',
  },
  {
    query: '模型上线后被人用怪输入搞崩了',
    relevant: ['001-q22', '003-q1', '002-s2-6'],
    style: 'situation',
    note: '怪输入 = 对抗攻击：模型防御检测和防御恶意攻击；易受对抗攻击（微小扰动破坏输出）；模型的防御攻击能力',
  },
  {
    query: '推荐结果被用户吐槽莫名其妙',
    relevant: ['001-q25'],
    style: 'situation',
    note: '莫名其妙 = 推荐缺乏可解释性：推荐决策过程难以向用户解释推荐结果',
  },

  // ── spoken ──
  {
    query: '设备啥时候该保养，AI能算出来不',
    relevant: ['000-q16', '004-q13', '001-q21'],
    style: 'spoken',
    note: '保养 = 预测性维护：预测设备故障，实现预测性维护；设备故障预测，提前安排维护计划；实时监测设备状态，预测设备故障',
  },
  {
    query: '语言模型现在能看图听声了不',
    relevant: ['004-q9', '004-q20', '002-s8-2', '002-s8-4'],
    style: 'spoken',
    note: '看图听声 = 多模态：结合文本、图像、声音等多模态数据进行训练；多模态融合；未来趋势与研究展望中的多模态融合',
  },
  {
    query: '用大模型图啥，好处在哪',
    relevant: ['002-s3-3', '004-q1', '001-q1'],
    style: 'spoken',
    note: '好处 = 优点：强大的性能、高效训练、广泛适用性；提高性能、降低开发成本、加速创新；比小模型性能更好',
  },
  {
    query: '深度学习强化学习迁移学习跟大模型啥关系',
    relevant: ['002-s3-1', '002-s4-1'],
    style: 'spoken',
    note: '算法原理：深度学习、强化学习和迁移学习共同构成大模型技术的理论基础；核心是深度学习',
  },
  {
    query: '大模型商业化还能火多久',
    relevant: ['001-q8', '002-s7', '002-s8-4', '002-s9-5'],
    style: 'spoken',
    note: '商业化前景：在商业应用中的前景非常广阔；未来应用方向；国内广阔的应用前景；未来将继续发展',
  },
  {
    query: '机器出毛病了AI能告诉我咋修不',
    relevant: ['001-q21', '000-q16'],
    style: 'spoken',
    note: '故障诊断：诊断设备故障原因，提供故障解决方案；质量检测中的故障诊断',
  },
  {
    query: 'AI能帮我写网文不',
    relevant: ['003-q7', '001-q4', '000-q8', '004-q9'],
    style: 'spoken',
    note: '写网文 = 文本生成：生成连贯自然的文本用于自动写作；生成文章、小说；生成文章、对话；生成式模型生成故事',
  },
  {
    query: '量化完模型会变快不',
    relevant: ['001-q9', '003-q21', '000-q6'],
    style: 'spoken',
    note: '量化把浮点参数转为低比特表示，降低计算资源消耗、提高推理速度；降低计算复杂度；减少存储和计算需求',
  },
  {
    query: '老说大模型不透明，到底啥意思',
    relevant: ['002-s2-5', '002-s3-3', '004-q8', '002-s8-3'],
    style: 'spoken',
    note: '不透明 = 解释性差：模型解释性指决策过程的可解释性；决策过程复杂难以解释，影响信任度；可解释性与透明度；面临的挑战',
  },
  {
    query: '训模型前数据要咋收拾',
    relevant: ['002-s2-1', '001-q2', '002-s3-2'],
    style: 'spoken',
    note: '收拾数据 = 数据预处理：数据清洗、数据增强和归一化；清洗、归一化、编码',
  },

  // ── mixed-english ──
  {
    query: 'TensorFlow 和 PyTorch 装哪个',
    relevant: ['002-s5-1'],
    style: 'mixed-english',
    note: '开发环境搭建：安装深度学习库（如 TensorFlow 或 PyTorch）',
  },
  {
    query: 'mini-batch 为啥训得更快',
    relevant: ['000-q3'],
    style: 'mixed-english',
    note: '批量处理（Mini-batch）：将训练数据分成小批量进行训练，提高训练效率',
  },
  {
    query: 'Bayesian 优化和 grid search',
    relevant: ['000-q7'],
    style: 'mixed-english',
    note: '贝叶斯优化提高搜索效率；网格搜索遍历所有参数组合',
  },
  {
    query: 'forward/backward 公式推导',
    relevant: ['002-s4-2', '002-s4-1'],
    style: 'mixed-english',
    note: '前向传播和反向传播的公式推导；数学模型中的前向传播、反向传播',
  },
  {
    query: '大模型 vs 小模型参数差多少',
    relevant: ['001-q1', '003-q1', '004-q1'],
    style: 'mixed-english',
    note: '参数量：大模型通常在亿级以上，传统小模型通常在千万以下；大模型数十亿到数千亿参数',
  },
  {
    query: 'AI agent 怎么做决策',
    relevant: ['004-q27'],
    style: 'mixed-english',
    note: 'agent = 智能体：增强学习中利用大模型进行智能决策、策略优化，实现更高效的智能体行为',
  },
  {
    query: 'SaaS 公司怎么用 AI 提效',
    relevant: ['004-q16'],
    style: 'mixed-english',
    note: '提效：数据挖掘、个性化推荐、预测分析、自动化流程提高运营效率',
  },
  {
    query: 'ToB 大模型创业怎么找差异化',
    relevant: ['004-q4'],
    style: 'mixed-english',
    note: '差异化：市场定位提供差异化优势的产品和服务，技术创新、数据优势、合作联盟',
  },
  {
    query: 'HIPAA 下医疗数据能训模型吗',
    relevant: ['004-q24', '001-q28', '003-q16', '003-q4', '004-q10'],
    style: 'mixed-english',
    note: 'HIPAA = 医疗隐私法规：医疗影像涉及个人隐私需遵守法律法规；医疗数据高度敏感，需保护隐私；患者敏感信息；训练中保证数据隐私的方法',
  },
  {
    query: 'LLM 写的文案语义前后矛盾',
    relevant: ['003-q19', '004-q29'],
    style: 'mixed-english',
    note: '语义前后矛盾 = 语义一致性 / 连贯性：保持生成文本的语义一致性；避免歧义和不连贯的句子',
  },

  // ── plain ──
  {
    query: '怎么查模型跑一遍的耗时和内存',
    relevant: ['003-q22'],
    style: 'plain',
    note: '性能分析：使用工具分析模型的计算时间、内存使用等',
  },
  {
    query: '大模型训练成本以后会降下来吗',
    relevant: ['002-s8-2', '002-s8-4'],
    style: 'plain',
    note: '未来趋势：分布式计算技术的发展将降低大模型训练的计算成本；研究分布式计算降低训练成本',
  },
  {
    query: 'AI看片能减少误诊吗',
    relevant: ['003-q13', '004-q6', '001-q19'],
    style: 'plain',
    note: '医疗影像分析：高精度病变检测，辅助诊断减少误诊率；提高医学影像分析准确性；辅助诊断提高诊断准确率',
  },
  {
    query: '为什么要参考贾扬清的观点',
    relevant: ['002-s1'],
    style: 'plain',
    note: '背景介绍：贾扬清在计算机视觉和深度学习领域成就卓越，观点对分析国内大模型市场有参考价值',
  },
  {
    query: '期货价格能用大模型预测吗',
    relevant: ['000-q14', '004-q28', '003-q11', '004-q12'],
    style: 'plain',
    note: '交易预测：预测股票、期货等金融产品的价格走势；市场预测；预测金融市场波动；市场预测和投资组合优化',
  },
  {
    query: '机器人练走路能在虚拟环境里训吗',
    relevant: ['004-q27'],
    style: 'plain',
    note: '环境模拟：利用大模型生成虚拟环境，为增强学习提供更丰富的训练场景',
  },
  {
    query: '有没有语音助手做成生意的例子',
    relevant: ['001-q7'],
    style: 'plain',
    note: '商业案例：天猫精灵基于大模型的智能语音助手',
  },
  {
    query: '自动驾驶要面对哪些法规伦理问题',
    relevant: ['004-q7'],
    style: 'plain',
    note: '自动驾驶技术面临法律法规和伦理问题的挑战，需要制定相应的规范和标准',
  },
  {
    query: '大模型能完全理解人类语言吗',
    relevant: ['001-q24', '003-q3'],
    style: 'plain',
    note: '语言复杂性：大模型难以完全理解语言的深层含义；强大的语义理解能力',
  },
  {
    query: '图像识别对硬件要求高吗',
    relevant: ['004-q15', '003-q20', '001-q23'],
    style: 'plain',
    note: '计算资源：图像识别需要大量计算资源，对硬件设备要求较高；成本高、能耗大；对硬件设施和运维能力要求较高',
  },
];
