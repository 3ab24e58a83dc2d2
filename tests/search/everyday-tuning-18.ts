/**
 * Everyday-language search queries, round 18 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-02. On 2026-12-02
 * (seventeenth session), before a fresh held-out round 19 (everyday-held-out-19.ts) was written blind,
 * round 18 was folded into tuning unchanged (last held-out figures: recall@5 0.700, MRR 0.703, one
 * query empty; first run 0.722 / 0.705). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 18.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written (2026-12-02): blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, content/topic-examples.json, src/, scripts/, tests/browser/, tests/unit/,
 * tests/.tmp/, tests/fixtures/, tests/search/tune.ts, tests/search/harness.ts,
 * tests/search/queries.ts, dist/ and bench-results/ were not opened, listed or grepped, and neither a
 * search, a build, a test, npm, node, npx, a browser nor the site was run; no git command of any kind
 * was run, so neither `git log -p`, `git diff`, `git show` nor `git status`, and nothing was
 * committed; `ls content/` and `ls tests/search/` were not run either; no web or code search tool was
 * used). What was read: /work/shared/SPEC.md, tests/search/everyday-types.ts, everyday-tuning-17.ts
 * (in full, as the format model), and all 143 generated entries under content/{concepts,training,
 * compression,applications,challenges}/ (found with `find` inside those five folders only: 9, 24, 5,
 * 72 and 33 .mdx files, and no other file in them), printed with awk so that of the front matter only
 * the `id` and `question` lines were shown, each entry preceded by its file path, followed by the
 * answer text (no other front-matter field was seen; to learn the format, only the first line of one
 * entry file, the `---` delimiter, was printed before that). content/terms*, content/sources/,
 * content/articles/ and every other file or folder under content/ outside those five topic folders
 * were not opened, nor was any other everyday-held-out-*.ts file. Of everyday-tuning.ts and
 * everyday-tuning-2.ts … everyday-tuning-16.ts only the `query:` strings (grepped out by explicit
 * file name with `grep -o "query: '[^']*'"`, together with those of everyday-tuning-17.ts, into a
 * scratch file outside the repository, /tmp/prev_queries_18.txt, 1063 lines, seven of them the regex
 * fragment from header comments, so 1056 earlier queries) were looked at — not their header comments,
 * relevant ids or notes — only to avoid repeating earlier queries (that scratch file was also grepped
 * for a few candidate words, e.g. 相册, 峰谷, KOL, 播客, to steer away from earlier wording). A small
 * Python script (python3, not node; /tmp/ho18/check.py) then checked that none of this file's 60
 * query strings equals (after removing spaces and punctuation and lowercasing) a query string of
 * everyday-tuning.ts, everyday-tuning-2.ts … everyday-tuning-17.ts, and that none is repeated within
 * this file (no duplicate found); that every listed id is the `id` of one of those entries (reading
 * only the front matter's `id` and `question` lines of the 143 entries itself and printing only ids
 * and counts: 143 entries, no unknown id); that no query lists entries of more than five distinct
 * questions (by the entries' `question` lines; at most three, in one query); and counted styles (10
 * each), lengths (11–23 characters) and first entries. The check found no problem, so nothing was
 * changed after it; no query and no relevant id was revised after being written. No deviation from
 * these rules.
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 10–30 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143
 * entries). The relevant ids do not depend on folders. The queries are spread over 60 different first
 * entries (no entry is the first relevant one of more than one query) and not copied from the
 * articles' headings. Earlier rounds already cover the obvious wording of nearly every entry, so this
 * round asks about facets in the readers' own words and situations (e.g. 少耗电的训练算法,
 * 像真人一样接话, 相册按人脸归类, 医疗数据好坏不一, 股市大起大落, 模型被人下毒, 社群里的号召力,
 * 有声书朗读, 从会员消费记录里淘信息, 画的图有没有原创性, 理论地基的几块砖, 水管水压忽高忽低,
 * 真人评委打分, 参数挪进小格子, 24小时值班的保安, 法律通行证, 堵车天气预报, AI作曲家, AI估价师,
 * 沙盘演练, 给爸妈讲大白话, 化工园区污染泄漏, 模块拼起来跑不通, Python 3.6, 几家银行联合训练,
 * 排期只有两周, 机房流量暴涨, 出差时家里进人, 峰谷电价, 主任医师不敢签字, 训练慢又说训练高效,
 * 理财平台暴雷, 考研复习计划, 实习生翻训练数据, 实验室准现场拉胯, 大半夜没人值班, 限速牌,
 * 光靠数据并行不够, 播客文字稿, 挨个组合试, LLM 的训练数据, Adam, feature scaling, QPS,
 * MES 排产, KOL 转评赞, 遥感 segmentation, 机器人抓取 RL, CV 标注人力, 实时字幕 latency,
 * 输出层误差, 风控响应速度, 链上交易数据, 智能门锁芯片, 按基因定治疗方案, 基层医院诊断水平,
 * 客服千人千面, 游戏关卡场景, 外卖App猜口味, 先在海量图片上预训练).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry
 * is listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids
 * name entries, not pages, so the set stays valid when questions are regrouped or moved to another
 * topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_18: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '换个更聪明的训练算法能少耗电吗',
    relevant: ['004-q11'],
    style: 'synonym',
    note: '少耗电 = 降低能耗：算法优化：使用更高效的训练算法和模型架构，减少能耗',
  },
  {
    query: 'AI 聊天怎么做到像真人一样接话',
    relevant: ['001-q11', '003-q3', '004-q17'],
    style: 'synonym',
    note: '像真人接话 = 语言生成 / 自然对话：生成自然流畅的回复，模拟人类对话；生成连贯、自然的语言，为对话系统提供支持；实现智能客服与用户的自然对话',
  },
  {
    query: '手机相册按人脸自动归类靠的是啥',
    relevant: ['000-q9'],
    style: 'synonym',
    note: '按人脸归类 = 人脸识别：识别图像中的人脸（及图像分类）',
  },
  {
    query: '医疗数据好坏不一又难打标签',
    relevant: ['001-q28', '004-q24'],
    style: 'synonym',
    note: '好坏不一、难打标签 = 数据质量和标注：医疗数据质量参差不齐，标注过程复杂；医疗影像数据质量参差不齐，标注成本高昂',
  },
  {
    query: '股市大起大落，大模型能提前预判吗',
    relevant: ['003-q11', '000-q14', '004-q28', '004-q12'],
    style: 'synonym',
    note: '大起大落 = 市场波动：预测金融市场波动；交易预测（股票价格走势）；市场预测；市场预测和投资组合优化',
  },
  {
    query: '模型被人下毒、用户信息被套走怎么防',
    relevant: ['002-s2-6', '001-q22', '004-q10', '003-q4'],
    style: 'synonym',
    note: '下毒 = 攻击，信息被套走 = 隐私泄露：防御攻击能力、数据隐私保护和用户隐私保护；检测和防御恶意攻击、加密防止数据泄露；加密、匿名化、访问控制；加密、差分隐私、联邦学习',
  },
  {
    query: '找出社群里最有号召力的那几个人',
    relevant: ['000-q23'],
    style: 'synonym',
    note: '谁最有号召力 = 社交网络分析：分析社交网络的结构和关系',
  },
  {
    query: '有声书想用更自然的AI声音来朗读',
    relevant: ['004-q20', '000-q11'],
    style: 'synonym',
    note: '朗读 = 语音合成：实现更自然、更流畅的语音输出；将文本转换为语音',
  },
  {
    query: '从会员消费记录里淘出有价值的信息',
    relevant: ['004-q16', '000-q15'],
    style: 'synonym',
    note: '淘出有价值的信息 = 数据挖掘：挖掘企业内部和外部的数据，发现有价值的信息；用户行为分析（浏览、购买）',
  },
  {
    query: '大模型画的图有没有原创性',
    relevant: ['003-q7'],
    style: 'synonym',
    note: '原创性 = 创造力：创造力强，能生成独特的、创造性的内容（图像生成用于艺术创作）',
  },

  // ── metaphor ──
  {
    query: '大模型的理论地基是哪几块砖砌的',
    relevant: ['002-s3-1', '002-s4-1'],
    style: 'metaphor',
    note: '理论地基 = 理论基础：深度学习、强化学习和迁移学习共同构成了大模型技术的理论基础；核心是深度学习，数学模型包括前向传播、反向传播和优化算法',
  },
  {
    query: '梯度像水管水压忽高忽低，咋稳住',
    relevant: ['000-q4', '000-q3'],
    style: 'metaphor',
    note: '忽高忽低 = 梯度消失和梯度爆炸：权重初始化、学习率衰减、梯度裁剪、Allreduce；合理初始化权重，避免梯度消失或爆炸',
  },
  {
    query: '请真人评委给AI写的作文打分',
    relevant: ['004-q3'],
    style: 'metaphor',
    note: '真人评委 = 人类评估：通过人类评估者对模型的输出进行评价',
  },
  {
    query: '参数从大格子挪进小格子存，模型能跑快点吗',
    relevant: ['001-q9', '000-q6', '003-q21'],
    style: 'metaphor',
    note: '小格子 = 低比特 / 低精度（量化）：浮点参数转换为低比特位表示，降低资源消耗、提高推理速度；浮点权重转换为低精度数值；转换为较低精度的数值，降低计算复杂度',
  },
  {
    query: '给AI系统配个24小时值班的保安',
    relevant: ['001-q22'],
    style: 'metaphor',
    note: '值班保安 = 安全监测 / 模型防御：实时监测人工智能系统的运行状态，及时发现安全隐患；检测和防御恶意攻击',
  },
  {
    query: '无人车上路前得先拿到法律通行证',
    relevant: ['004-q7'],
    style: 'metaphor',
    note: '法律通行证 = 法律法规：自动驾驶技术面临法律法规和伦理问题的挑战，需要制定相应的规范和标准',
  },
  {
    query: '给城市路网做一份堵车天气预报',
    relevant: ['004-q30'],
    style: 'metaphor',
    note: '堵车预报 = 交通流量预测：预测交通流量，优化交通信号控制和路线规划',
  },
  {
    query: '给综艺节目请个AI作曲家',
    relevant: ['000-q22'],
    style: 'metaphor',
    note: 'AI作曲家 = 音乐生成：生成新的音乐作品',
  },
  {
    query: '给二手车请个AI估价师',
    relevant: ['000-q15'],
    style: 'metaphor',
    note: '估价师 = 价格预测：预测商品的价格走势，用于库存管理、定价策略等',
  },
  {
    query: '先拿沙盘把大模型项目流程演练一遍',
    relevant: ['002-s5-3', '002-s4-3', '002-s5-2'],
    style: 'metaphor',
    note: '沙盘演练 = 简单案例：通过这个简单的案例了解大模型项目的基本实现流程；线性回归案例（数据集、模型、训练、评估）；源代码实现',
  },

  // ── situation ──
  {
    query: '想给爸妈讲讲大模型是啥，要大白话',
    relevant: ['002-s9-1', '000-q1', '001-q1', '003-q1', '004-q1'],
    style: 'situation',
    note: '什么是大模型（同一问题的五个来源）：巨大参数量和计算量的深度学习模型，需要大量数据训练',
  },
  {
    query: '化工园区想提前评估污染泄漏风险',
    relevant: ['000-q18'],
    style: 'situation',
    note: '评估污染风险 = 环境监测中的风险评估：评估自然灾害、环境污染等风险；智能预警和应急响应',
  },
  {
    query: '组里几人各写一个模块，拼起来就跑不通',
    relevant: ['003-q22'],
    style: 'situation',
    note: '拼起来跑不通 = 集成测试：在整个模型中运行测试，确保各个组件协同工作（调试方法）',
  },
  {
    query: '公司电脑Python还是3.6，能跑示例吗',
    relevant: ['002-s5-1'],
    style: 'situation',
    note: 'Python 版本 = 开发环境搭建：安装Python（3.8及以上版本）',
  },
  {
    query: '几家银行想联合训反欺诈模型，数据不能互给',
    relevant: ['003-q4'],
    style: 'situation',
    note: '数据不能互给 = 联邦学习：数据不必集中存储，从而保护数据的隐私（及同态加密、差分隐私）',
  },
  {
    query: '项目排期就两周，大模型训得完吗',
    relevant: ['004-q2', '003-q1'],
    style: 'situation',
    note: '训得完吗 = 训练时间：训练时间通常非常长，可能需要几天甚至几周；训练时间较长，可能需要几天甚至几周',
  },
  {
    query: '机房流量突然暴涨，是不是被人攻击了',
    relevant: ['000-q28'],
    style: 'situation',
    note: '流量暴涨 = 网络流量分析 / 入侵检测：实时分析网络流量，识别异常行为；实时检测网络安全威胁',
  },
  {
    query: '出差在外想知道家里有没有进人',
    relevant: ['001-q18', '000-q30', '000-q24'],
    style: 'situation',
    note: '家里进人 = 智能安防：监控家居环境，检测异常行为并报警；家庭安全监控；通过智能家居设备实现家庭安全监控',
  },
  {
    query: '工厂想按峰谷电价错开用电时间',
    relevant: ['000-q29', '000-q17'],
    style: 'situation',
    note: '峰谷电价错开用电 = 能源预测 + 节能优化：预测能源需求、供应和价格走势；优化能源使用，降低能源消耗',
  },
  {
    query: '主任医师嫌AI诊断讲不出道理，不敢签字',
    relevant: ['003-q16', '001-q28'],
    style: 'situation',
    note: '讲不出道理 = 模型解释性：难以解释其诊断决策，可能影响医生的信任和决策；难以向医生解释模型诊断结果',
  },

  // ── spoken ──
  {
    query: '都说大模型训练慢，咋又说它训练高效',
    relevant: ['002-s3-3'],
    style: 'spoken',
    note: '优点“高效的训练：通过深度学习和迁移学习等技术，可以高效地训练模型”，缺点“计算资源消耗：需要大量的计算资源和时间”',
  },
  {
    query: '理财平台暴雷前大模型能看出苗头不',
    relevant: ['001-q16', '004-q28', '000-q14', '004-q12', '003-q11'],
    style: 'spoken',
    note: '暴雷苗头 = 风险监测 / 风险预警：实时监测金融市场的风险，预警潜在风险；风险管理；识别和预测金融市场的风险；风险预测和评估；预测金融市场波动',
  },
  {
    query: '考研复习计划能让AI帮着排不',
    relevant: ['001-q20', '000-q21', '003-q12'],
    style: 'spoken',
    note: '排复习计划 = 个性化学习建议：为学生提供个性化的学习建议；个性化的学习资源和指导；个性化的学习内容',
  },
  {
    query: '实习生能随便翻训练数据不',
    relevant: ['004-q10'],
    style: 'spoken',
    note: '谁能翻数据 = 数据访问控制：实施严格的数据访问控制策略，限制对训练数据的访问权限',
  },
  {
    query: '识别模型在实验室挺准，一到现场就拉胯',
    relevant: ['003-q20', '002-s2-5', '004-q2'],
    style: 'spoken',
    note: '到现场就拉胯 = 泛化能力差 / 过拟合：可能仅在训练数据上表现良好，无法泛化到未见过的数据；泛化能力是在未知数据上的表现；过拟合导致测试集上表现不佳',
  },
  {
    query: '大半夜没人值班，客服能全交给AI不',
    relevant: ['003-q10', '004-q17', '003-q17'],
    style: 'spoken',
    note: '交给AI = 替代人工客服：快速响应、替代人工客服降低成本；智能回复提高效率；挑战：语义理解、实时性、个性化服务',
  },
  {
    query: '车上摄像头能自己认出限速牌不',
    relevant: ['000-q12'],
    style: 'spoken',
    note: '限速牌 = 交通标志识别 / 路标识别：识别交通标志和信号灯；识别道路上的路标和标志',
  },
  {
    query: '多卡训练光靠数据并行不够咋整',
    relevant: ['004-q21', '000-q5'],
    style: 'spoken',
    note: '不够 = 模型并行 / 混合并行：结合数据并行和模型并行，充分利用计算资源；模型并行、梯度并行',
  },
  {
    query: '播客录完想直接出文字稿，能行不',
    relevant: ['000-q11', '001-q13', '000-q8'],
    style: 'spoken',
    note: '出文字稿 = 语音识别（语音转文本）：将语音转换为文本；识别语音中的单词和句子，实现语音转文本',
  },
  {
    query: '调参挨个组合试太慢，有快点的法子不',
    relevant: ['000-q7'],
    style: 'spoken',
    note: '挨个试 = 网格搜索，快点的法子 = 贝叶斯优化：利用贝叶斯理论进行模型参数优化，提高搜索效率',
  },

  // ── mixed-english ──
  {
    query: 'LLM 跟传统小模型要的训练数据差多少',
    relevant: ['001-q1'],
    style: 'mixed-english',
    note: '与传统小模型的区别：大模型通常需要使用海量的训练数据（及参数量、计算资源）',
  },
  {
    query: 'Adam 这类自适应学习率好在哪',
    relevant: ['001-q3', '004-q19'],
    style: 'mixed-english',
    note: '自适应学习率：根据训练过程动态调整学习率，提高收敛速度；学习率调度',
  },
  {
    query: 'feature scaling 要在训练前做吗',
    relevant: ['002-s2-1', '001-q2', '002-s3-2'],
    style: 'mixed-english',
    note: 'feature scaling = 归一化：数据预处理包括数据清洗、数据增强和归一化；清洗、归一化、编码；预处理步骤',
  },
  {
    query: 'QPS 上不去，推理侧能怎么优化',
    relevant: ['003-q21', '001-q9', '000-q6'],
    style: 'mixed-english',
    note: 'QPS = 推理速度：剪枝、量化、并行计算提高训练和推理速度；量化提高推理速度；压缩减少存储和计算需求',
  },
  {
    query: 'MES 排产想接入大模型做调度',
    relevant: ['001-q21', '000-q16', '004-q13'],
    style: 'mixed-english',
    note: '排产 = 生产调度 / 生产计划：优化生产调度计划；制定合理的生产计划；优化生产流程',
  },
  {
    query: 'KOL 发帖前想预估转评赞有多少',
    relevant: ['004-q26', '000-q23'],
    style: 'mixed-english',
    note: '转评赞 = 用户行为预测：预测用户行为，如点赞、评论、分享；用户行为分析（点赞、评论）',
  },
  {
    query: '遥感影像分地块算 segmentation 吗',
    relevant: ['001-q12', '001-q5'],
    style: 'mixed-english',
    note: 'segmentation = 图像分割：将图像划分为多个区域；语义分割、实例分割',
  },
  {
    query: '机器人抓取用 RL 训，大模型能帮啥',
    relevant: ['004-q27'],
    style: 'mixed-english',
    note: 'RL = 增强学习：智能决策、环境模拟、状态表示、策略优化',
  },
  {
    query: 'CV 项目的标注要搭进去多少人力',
    relevant: ['001-q23', '004-q15', '003-q20'],
    style: 'mixed-english',
    note: '标注人力 = 数据标注成本：数据标注需要耗费大量时间和人力；数据标注成本高昂；数据标注既耗时又昂贵',
  },
  {
    query: '实时字幕 latency 太高，语音识别难在哪',
    relevant: ['004-q14', '003-q6'],
    style: 'mixed-english',
    note: 'latency = 实时性：语音识别系统需要实时响应，以满足实时交互需求；快速处理语音信号，实现实时语音识别',
  },

  // ── plain ──
  {
    query: '输出层误差为什么是预测值减真实值',
    relevant: ['002-s4-2', '002-s4-1'],
    style: 'plain',
    note: "反向传播公式 δ2 = (A2 − Y)·σ'(Z2)；计算预测结果与真实结果之间的误差，并反向传播误差",
  },
  {
    query: '金融风控为什么对模型响应速度要求高',
    relevant: ['001-q30', '003-q15'],
    style: 'plain',
    note: '响应速度 = 实时性要求：金融风控系统需要实时处理海量数据；需要对市场数据实时分析',
  },
  {
    query: '区块链上的交易数据能用大模型实时分析吗',
    relevant: ['000-q27'],
    style: 'plain',
    note: '数据分析：对区块链上的数据进行实时分析和处理',
  },
  {
    query: '智能门锁芯片上怎么部署人脸识别模型',
    relevant: ['003-q23', '000-q6', '003-q21'],
    style: 'plain',
    note: '门锁芯片 = 资源受限设备：模型蒸馏、模型压缩、分片、动态计算；剪枝、蒸馏、低秩分解、量化；剪枝、量化等',
  },
  {
    query: '癌症患者能根据基因信息定制治疗方案吗',
    relevant: ['000-q19'],
    style: 'plain',
    note: '个性化医疗：根据患者的基因信息，制定个性化的治疗方案',
  },
  {
    query: '基层医院能靠大模型提高诊断水平吗',
    relevant: ['001-q19', '000-q13', '003-q8', '004-q6'],
    style: 'plain',
    note: '提高诊断水平 = 辅助诊断：辅助医生进行疾病诊断，提高诊断准确率；辅助医生进行疾病诊断；提高诊断精度；提高诊断准确率和效率',
  },
  {
    query: '智能客服想对不同客户千人千面，难在哪',
    relevant: ['003-q17'],
    style: 'plain',
    note: '千人千面难 = 个性化服务挑战：如何根据用户的个性化需求提供高质量的服务成为挑战',
  },
  {
    query: '小团队做游戏能用大模型生成关卡场景吗',
    relevant: ['001-q17'],
    style: 'plain',
    note: '关卡场景 = 场景生成：生成丰富的游戏场景，为玩家提供多样化的游戏体验',
  },
  {
    query: '外卖App如何预测用户爱吃哪家店',
    relevant: ['001-q10', '003-q5', '000-q10'],
    style: 'plain',
    note: '爱吃哪家 = 用户偏好预测：预测用户对特定物品的偏好；学习用户的兴趣和行为模式；根据用户历史行为和兴趣推荐',
  },
  {
    query: '做图像识别为什么要先在海量图片上预训练',
    relevant: ['003-q2'],
    style: 'plain',
    note: '预训练：在大量的图像数据上预训练，学习到通用的图像特征，再迁移学习微调，减少数据需求',
  },
];
