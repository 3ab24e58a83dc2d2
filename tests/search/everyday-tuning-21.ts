/**
 * Everyday-language search queries, round 21 — now part of the TUNING set (appended to
 * EVERYDAY_TUNING in everyday-tuning.ts; may be tuned on).
 *
 * Written blind as a held-out half (below) and reported as one until 2026-12-02. On 2026-12-02
 * (twentieth session), before a fresh held-out round 22 (everyday-held-out-22.ts) was written blind,
 * round 21 was folded into tuning unchanged (last held-out figures: recall@5 0.735, MRR 0.710, none
 * empty; the first run was the same). What follows is the original header.
 *
 *
 * Everyday-language search queries — HELD-OUT round 21.
 *
 * Never tuned on: do not read these queries, or how the search ranks them, while choosing synonyms,
 * vocabulary entries or ranking constants. Adding a synonym because a query here fails invalidates
 * the set; tune on everyday-tuning.ts instead.
 *
 * How the queries were written (2026-12-02): blind, by a helper who saw neither the search code nor
 * the vocabulary nor any search result (content/vocabulary.yaml, content/overrides.yaml,
 * content/glossary.json, content/topic-examples.json, content/terms*, content/sources/,
 * content/articles/, src/, scripts/, tests/browser/, tests/unit/, tests/.tmp/, tests/fixtures/,
 * tests/search/tune.ts, tests/search/harness.ts, tests/search/queries.ts, dist/, bench-results/ and
 * node_modules/ were not opened, listed or grepped, and neither a search, a build, a test, npm, node,
 * npx, a browser nor the site was run; no git command of any kind was run, so neither `git log -p`,
 * `git diff`, `git show` nor `git status`, and nothing was committed; `ls content/` and
 * `ls tests/search/` were not run either; no web or code search tool was used). What was read:
 * /work/shared/SPEC.md (in full, with cat), tests/search/everyday-types.ts (with cat) and
 * everyday-tuning-20.ts (in full, with cat, as the format model), and all 143 generated entries under
 * content/{concepts,training,compression,applications,challenges}/ (found with `find` inside those
 * five folders only: 9, 24, 5, 72 and 33 .mdx files, and, checked with `find -type f ! -name '*.mdx'`,
 * no other file in them), printed with awk into a scratch file outside the repository
 * (/tmp/ho21/entries.txt, 1766 lines) so that of the front matter only the `id` and `question` lines
 * were shown, each entry preceded by its file path, followed by the answer text (143 `id:` and 143
 * `question:` lines, counted with grep -c); that scratch file was then read in full with sed (no other
 * front-matter field was seen, and no entry file was printed in any other way). content/terms*,
 * content/sources/, content/articles/ and every other file or folder under content/ outside those five
 * topic folders were not opened, nor was any everyday-held-out-*.ts file. Of everyday-tuning.ts and
 * everyday-tuning-2.ts … everyday-tuning-19.ts only the `query:` strings (grepped out, together with
 * those of everyday-tuning-20.ts, by explicit file name with `grep -o "query: '[^']*'"` into a scratch
 * file outside the repository, /tmp/ho21/prev_queries.txt, 1246 lines, ten of them the regex fragment
 * from header comments, so 1236 earlier queries) were looked at — not their header comments, relevant
 * ids or notes — only to avoid repeating earlier queries. That scratch file was read once as a list of
 * query strings and grepped with grep -F for candidate words (e.g. 褒, 底细, 截走, 抽检, 立体, 保姆,
 * 神经中枢, 内鬼, 地铁, 油门, 仪表盘, 门槛, 忽多忽少, 打日志, 拉胯, 取舍, 电费, 卡壳, 撬门, 慢半拍,
 * 过拟合, anti-fraud, MRI, roadmap, input_shape, PTQ, metric, label, 摸清, 拿主意, 跟不上, 规律) to
 * steer away from earlier wording; because of what it showed, four drafted wordings were reworded
 * before this file's data were written down (摸清 became 弄清, 拿主意 became 说了算, 拉胯 became 掉链子,
 * and 慢半拍 became 看路的速度赶不上车速), with their relevant ids unchanged. The 60 queries, their
 * relevant ids and notes were written together into a Python list (/tmp/ho21/data.py) from which a
 * small Python script (/tmp/ho21/gen.py) printed this file. A small Python script (python3, not node;
 * /tmp/ho21/check.py) then checked that none of this file's 60 query strings equals (after removing
 * spaces, punctuation and symbols and lowercasing) one of those 1236 earlier query strings, and that
 * none is repeated within this file (no duplicate found); that every listed id is the `id` of one of
 * those entries (parsing only the `id` and `question` lines of the 143 entries from the scratch file
 * /tmp/ho21/entries.txt and printing only counts: 143 entries, no unknown id); that no query lists
 * entries of more than five distinct questions (by the entries' `question` lines; at most four, in one
 * query); and counted styles (10 each), lengths (12–30 characters) and first entries (60 distinct). As
 * an extra, informational step it compared each query with its most similar earlier query (Python
 * difflib ratio on the normalised strings) and printed pairs at 0.6 or above: none. The check found no
 * problem on its first run, so nothing was changed after it: no query and no relevant id was revised
 * after being written. No deviation from these rules.
 *
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 12–30 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 2, applications 30, challenges 14 (roughly the folders' shares of the 143
 * entries: 9, 24, 5, 72, 33). The relevant ids do not depend on folders. The queries are spread over
 * 60 different first entries (no entry is the first relevant one of more than one query) and not
 * copied from the articles' headings. Earlier rounds already cover the obvious wording of nearly every
 * entry, so this round again asks about facets in the readers' own words and situations (e.g. 评论是褒是贬,
 * 还款靠不靠谱, 卖点跟口味对上号, 划成好几块区域, 被人截走, 起步时的参数, 成品抽检, 折成立体形状,
 * 给炒股装个自动驾驶, 庄稼保姆, 给环境治理开方子, 城市的神经中枢, 流量里的内鬼, 自己悟出规律,
 * 地铁线路图, 给推理踩油门, 仪表盘, 请进课堂的门槛, 订单忽多忽少, 资讯App, 健康App, 垂直行业锁定客户,
 * 标注排几个月人工, 打日志排查, 一碰新数据就掉链子, 经费紧怎么取舍, 短篇故事和对白, 集群电费吓人,
 * 作业卡壳, 撬门报警, 客服老答错, 用电是紧是松, 路口该走该停, 两特征的回归例子, 掺了假消息, 过拟合老大难,
 * 几张卡一块训, 看路赶不上车速, CV, anti-fraud, CT、MRI, speech, roadmap, input_shape=(2,), pain point,
 * PTQ, metric, label, 想办什么事, 金融行情, 新意, 精度还是速度, 激活函数的导数, 数学模型的组成,
 * 隐私和安全, 推荐结果难解释, 适用范围, 规划路线的复杂情况).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry is
 * listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids name
 * entries, not pages, so the set stays valid when questions are regrouped or moved to another topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_21: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '帖子底下的评论整体是褒是贬，大模型分得清吗',
    relevant: ['000-q23', '004-q26', '000-q8', '001-q4', '003-q3'],
    style: 'synonym',
    note: '褒贬 = 情感倾向：情感分析：分析社交媒体内容中的情感倾向；识别用户情绪和态度；NLP 中的情感分析（文本分类）',
  },
  {
    query: '放贷前想弄清申请人还款靠不靠谱，大模型能帮忙吗',
    relevant: ['001-q16', '004-q28', '000-q14', '004-q12'],
    style: 'synonym',
    note: '还款靠不靠谱 = 信用评估：评估借款人的信用风险；评估客户的信用状况，用于贷款审批；信用评分',
  },
  {
    query: '推荐引擎怎么把商品卖点跟顾客口味对上号',
    relevant: ['003-q5', '001-q10'],
    style: 'synonym',
    note: '卖点对口味 = 商品属性建模：分析商品的特征，将其与用户的兴趣进行匹配；物品特征提取',
  },
  {
    query: '把一张图划成好几块区域，分别认出是啥',
    relevant: ['001-q12', '001-q5', '002-s3-4'],
    style: 'synonym',
    note: '划成区域 = 图像分割：将图像划分为多个区域，提取图像的详细特征；语义分割、实例分割；CV 可用于图像分割',
  },
  {
    query: '语音识别换上大模型以后，凭啥认得更准',
    relevant: ['003-q6', '001-q13'],
    style: 'synonym',
    note: '认得更准 = 高精度识别：学习到语音信号的复杂特征，提高精度；声学建模提高准确性；使语音识别更加准确和高效',
  },
  {
    query: '训练数据在传输和存储时被人截走怎么办',
    relevant: ['003-q4', '004-q10', '001-q22'],
    style: 'synonym',
    note: '截走 = 泄露：数据加密，确保数据在传输和存储过程中不被泄露；大模型可以加密数据传输，防止数据泄露',
  },
  {
    query: '模型起步时的参数，是随手给还是拿现成的',
    relevant: ['001-q2', '000-q3'],
    style: 'synonym',
    note: '起步 = 模型初始化：通常采用随机初始化或预训练模型；合理初始化模型权重',
  },
  {
    query: '计算量和参数都特别庞大的深度网络，就叫大模型吗',
    relevant: ['002-s9-1', '001-q1', '003-q1', '004-q1', '000-q1'],
    style: 'synonym',
    note: '定义：具有巨大参数量和计算量的深度学习模型；同一问题「什么是大模型」的各篇回答',
  },
  {
    query: '出厂前的成品抽检，大模型能接手吗',
    relevant: ['004-q13', '000-q16'],
    style: 'synonym',
    note: '成品抽检 = 质量控制/质量检测：利用大模型对产品进行质量检测和评估，确保产品质量',
  },
  {
    query: '蛋白质会折成什么立体形状，大模型算得出吗',
    relevant: ['000-q19', '001-q14', '004-q22'],
    style: 'synonym',
    note: '立体形状 = 三维结构：蛋白质结构预测：预测蛋白质的三维结构；预测蛋白质的结构和功能',
  },

  // ── metaphor ──
  {
    query: '给炒股装个自动驾驶，按策略自己下单',
    relevant: ['000-q14', '004-q12', '003-q11'],
    style: 'metaphor',
    note: '自动驾驶下单 = 量化投资：构建量化投资策略，实现自动化交易；投资策略；智能投资决策',
  },
  {
    query: '给庄稼请个AI保姆，从长势到产量全程盯着',
    relevant: ['000-q20'],
    style: 'metaphor',
    note: '保姆盯长势 = 作物生长预测：预测作物的生长状态和产量；农业智能化管理',
  },
  {
    query: '让AI给环境治理开个方子',
    relevant: ['000-q18'],
    style: 'metaphor',
    note: '开方子 = 环境治理：优化环境治理策略，提高治理效果',
  },
  {
    query: '让城市长出神经中枢，交通环保治安一起管',
    relevant: ['002-s7'],
    style: 'metaphor',
    note: '神经中枢 = 智能城市：实现城市交通、环境和公共安全的智能化管理',
  },
  {
    query: '网络流量里混进了内鬼，AI揪得出来吗',
    relevant: ['000-q28'],
    style: 'metaphor',
    note: '内鬼 = 异常行为/威胁：网络流量分析：实时分析网络流量，识别异常行为；入侵检测',
  },
  {
    query: '让模型啃完一大堆数据，自己悟出规律',
    relevant: ['002-s2-2', '001-q2', '002-s4-1'],
    style: 'metaphor',
    note: '悟出规律 = 模型训练：使用大量数据进行训练，模型能够学习到数据的特征和规律；训练过程；前向/反向传播与优化算法',
  },
  {
    query: '大模型流程图像地铁线路图，哪站通到哪站',
    relevant: ['002-s2', '002-s3-2'],
    style: 'metaphor',
    note: '地铁线路图 = Mermaid 流程图：数据收集→预处理→训练→评估→部署等连线；算法步骤按顺序列出各环节',
  },
  {
    query: '给大模型推理踩一脚油门，有哪些提速招',
    relevant: ['003-q21', '001-q9', '000-q6'],
    style: 'metaphor',
    note: '踩油门 = 优化计算性能：剪枝、量化、混合精度、并行计算、模型压缩，提高训练和推理速度；量化提高推理速度；压缩减少计算需求',
  },
  {
    query: '给大模型装块仪表盘，让人看清它咋做决定',
    relevant: ['004-q8', '002-s3-2'],
    style: 'metaphor',
    note: '仪表盘 = 可视化工具：帮助用户理解模型的工作原理和决策过程；模型解释性：通过模型可视化、决策过程解释',
  },
  {
    query: '把大模型请进课堂，要迈过哪几道门槛',
    relevant: ['001-q29'],
    style: 'metaphor',
    note: '门槛 = 教育领域的挑战：个性化学习、数据质量和多样性、可解释性、计算资源',
  },

  // ── situation ──
  {
    query: '订单忽多忽少，工厂每月该产多少总定不下来',
    relevant: ['000-q16', '001-q21'],
    style: 'situation',
    note: '该产多少 = 生产计划：根据市场需求和生产能力，制定合理的生产计划；生产调度：优化生产调度计划',
  },
  {
    query: '资讯App想按读者看过的文章推送新内容',
    relevant: ['000-q10', '000-q23', '004-q26', '000-q22'],
    style: 'situation',
    note: '按看过的文章推 = 内容推荐：根据用户阅读历史和偏好，推荐相关的文章、视频；社交媒体/娱乐的内容推荐',
  },
  {
    query: '想做个健康App，靠用户数据提前提醒患病风险',
    relevant: ['004-q6', '000-q30', '004-q22'],
    style: 'situation',
    note: '提醒患病风险 = 健康监测：通过分析患者数据，提供个性化健康建议和疾病预警；家庭健康管理；疾病预测',
  },
  {
    query: '做垂直行业大模型，头一步该锁定哪类客户',
    relevant: ['004-q4'],
    style: 'situation',
    note: '锁定客户 = 市场定位：确定目标市场和用户群体，提供具有差异化优势的产品和服务',
  },
  {
    query: '视觉项目光标注就得排几个月人工，正常吗',
    relevant: ['001-q23', '003-q20', '004-q15', '004-q2'],
    style: 'situation',
    note: '标注排几个月人工 = 数据标注成本高：数据标注需要耗费大量时间和人力；耗时又昂贵；标注成本高昂',
  },
  {
    query: '训练脚本跑出来结果不对，想打日志一步步排查',
    relevant: ['003-q22'],
    style: 'situation',
    note: '打日志排查 = 调试工具：使用调试工具（如断点、日志等）跟踪模型运行过程，定位问题',
  },
  {
    query: '模型一碰到没见过的数据就掉链子，从哪几方面补救',
    relevant: ['002-s2-5', '002-s3-2', '001-q3', '004-q19'],
    style: 'situation',
    note: '没见过的数据 = 泛化能力：数据增强、正则化和集成学习；Dropout、数据增强提高泛化能力',
  },
  {
    query: '项目经费紧，又想训出像样的模型，该怎么取舍',
    relevant: ['004-q5'],
    style: 'situation',
    note: '经费与效果取舍 = 平衡训练的成本和效益：优化算法、硬件升级、数据预处理、成本控制',
  },
  {
    query: '想让模型帮着写短篇故事和对白，现在到哪一步了',
    relevant: ['004-q9', '003-q7', '001-q4', '000-q8'],
    style: 'situation',
    note: '写故事和对白 = 生成式文本生成（最新进展：文章、对话、故事）；文本生成用于自动写作；生成小说、对话',
  },
  {
    query: '训练集群的电费吓人，硬件和机房能怎么节能',
    relevant: ['004-q11', '004-q25'],
    style: 'situation',
    note: '电费 = 能耗：硬件优化（低功耗 GPU、TPU）、绿色数据中心、能耗监控；可持续训练流程：绿色能源、计算优化',
  },

  // ── spoken ──
  {
    query: '娃写作业卡壳了，AI能给讲讲不',
    relevant: ['000-q21'],
    style: 'spoken',
    note: '卡壳求讲解 = 智能问答：为学生提供智能问答服务，解答学习中的问题',
  },
  {
    query: '家里没人时有人撬门，AI能报警不',
    relevant: ['001-q18', '000-q24', '000-q30'],
    style: 'spoken',
    note: '撬门报警 = 智能安防：监控家居环境，检测异常行为并报警；家庭安全监控',
  },
  {
    query: '客服老答错，换成大模型能答得准点不',
    relevant: ['004-q17', '003-q10'],
    style: 'spoken',
    note: '答得准 = 智能回复：提高客服回答的准确率和效率；问答系统回答用户的查询',
  },
  {
    query: '往后用电是紧是松，大模型能算出来不',
    relevant: ['000-q17', '000-q29'],
    style: 'spoken',
    note: '用电紧松 = 能源预测：预测能源需求、供应和价格走势',
  },
  {
    query: '无人车到路口该走该停，是大模型说了算不',
    relevant: ['003-q9', '001-q15', '000-q12'],
    style: 'spoken',
    note: '该走该停 = 决策/控制：自动驾驶车辆的决策，如路径规划、避障；控制加速度、转向；自动驾驶控制',
  },
  {
    query: '那个两特征的回归例子，最后拿啥打分',
    relevant: ['002-s4-3', '002-s5-2', '002-s5-3'],
    style: 'spoken',
    note: '打分 = 评估指标：使用均方误差（MSE）作为评估指标；model.evaluate 打印 MSE；MSE 损失函数、用训练集评估',
  },
  {
    query: '大模型写的东西掺了假消息，咋管住',
    relevant: ['003-q19', '004-q29'],
    style: 'spoken',
    note: '掺假消息 = 质量控制：避免生成低质量或错误的信息；准确性：减少错误和误解',
  },
  {
    query: '训大模型动不动就过拟合，这算老大难不',
    relevant: ['004-q2', '000-q3'],
    style: 'spoken',
    note: '老大难 = 训练挑战：大模型容易过拟合训练数据，测试集上表现不佳；正则化防止过拟合（对策）',
  },
  {
    query: '几张卡一块训，数据咋分、模型咋拆',
    relevant: ['000-q5', '004-q21'],
    style: 'spoken',
    note: '数据咋分模型咋拆 = 数据并行、模型并行（分布式训练）',
  },
  {
    query: '无人车看路的速度赶不上车速，咋整',
    relevant: ['003-q14', '001-q27', '004-q7', '004-q23'],
    style: 'spoken',
    note: '看路跟不上 = 感知的实时性：需要在短时间内对复杂道路环境进行感知；实时处理环境信息；快速响应环境变化',
  },

  // ── mixed-english ──
  {
    query: 'CV 里分类、检测、分割，大模型都能搞定吗',
    relevant: ['001-q5', '001-q12', '000-q9', '002-s3-4'],
    style: 'mixed-english',
    note: 'CV = 计算机视觉：图像分类、目标检测、图像分割；图像识别中的检测、分类、分割',
  },
  {
    query: '风控的 anti-fraud 换成大模型，准头能高吗',
    relevant: ['004-q28', '001-q16'],
    style: 'mixed-english',
    note: 'anti-fraud = 欺诈检测：利用大模型进行欺诈检测，提高检测准确率和实时性',
  },
  {
    query: 'CT、MRI 片子交给大模型看，靠谱吗',
    relevant: ['000-q13', '003-q13', '001-q19', '004-q6', '004-q24'],
    style: 'mixed-english',
    note: 'CT、MRI = 医疗影像分析；高精度检测、减少误诊；提高医学影像分析准确性；诊断准确性仍是挑战',
  },
  {
    query: 'NLP、CV、speech 三块，大模型分别能干啥',
    relevant: ['002-s3-4', '002-s9-2'],
    style: 'mixed-english',
    note: 'speech = 语音识别：NLP 机器翻译/情感分析/文本分类，CV 图像识别/检测/分割，语音识别/合成',
  },
  {
    query: '大模型接下来几年的技术 roadmap 大概啥样',
    relevant: ['002-s8-2', '002-s8-4', '002-s9-5'],
    style: 'mixed-english',
    note: 'roadmap = 未来发展趋势：算法创新、多模态融合、分布式计算、安全性与隐私保护；研究展望',
  },
  {
    query: 'Dense 层里 input_shape=(2,) 是啥意思',
    relevant: ['002-s5-2', '002-s4-3'],
    style: 'mixed-english',
    note: 'input_shape=(2,) = 每个样本两个特征：X = np.random.rand(100, 2)；案例：每个样本包含两个特征',
  },
  {
    query: '大模型商业落地的几个 pain point',
    relevant: ['001-q6', '002-s8-3', '002-s9-3'],
    style: 'mixed-english',
    note: 'pain point = 商业应用中的挑战：计算资源消耗、数据隐私和安全、模型可解释性；面临的挑战',
  },
  {
    query: 'PTQ 量化完，推理能快多少',
    relevant: ['001-q9', '003-q21', '000-q6'],
    style: 'mixed-english',
    note: 'PTQ = 训练后（静态）量化：训练完成后将参数从浮点数转换为整数，提高推理速度；量化降低计算复杂度',
  },
  {
    query: 'metric 一直不达标，回头该怎么调参',
    relevant: ['000-q7', '002-s2-4', '002-s3-2'],
    style: 'mixed-english',
    note: 'metric = 性能指标：性能指标调整：根据任务目标调整模型参数；贝叶斯优化、网格搜索；通过调整模型参数提高性能',
  },
  {
    query: '医学影像 AI 的 label 又贵，片子质量又参差',
    relevant: ['004-q24', '001-q28'],
    style: 'mixed-english',
    note: 'label = 标注：医疗影像标注成本高昂；数据质量参差不齐，需要处理噪声和缺失值；医疗数据质量和标注',
  },

  // ── plain ──
  {
    query: '对话系统怎么从一句话里听出用户想办什么事',
    relevant: ['001-q11', '004-q17'],
    style: 'plain',
    note: '想办什么事 = 意图：自然语言理解：理解用户输入，提取关键信息和意图',
  },
  {
    query: '大模型凭什么能把金融行情预测得更准',
    relevant: ['003-q11'],
    style: 'plain',
    note: '预测更准 = 精准预测：分析大量的金融数据，提高预测的准确性',
  },
  {
    query: '生成式大模型写出来的东西为什么会有新意',
    relevant: ['003-q7', '003-q19'],
    style: 'plain',
    note: '新意 = 创造力强：学习到大量的数据特征，生成独特的、创造性的内容；文本生成需要具备创造力',
  },
  {
    query: '模型优化主要为了提升精度还是速度',
    relevant: ['002-s2-4', '002-s3-2'],
    style: 'plain',
    note: '模型优化：通过调整模型参数和优化算法，提高模型的精度和速度；提高模型的性能和效率',
  },
  {
    query: '推导反向传播时，激活函数的导数出现在哪一步',
    relevant: ['002-s4-2'],
    style: 'plain',
    note: '公式推导：δ2 = (A2 − Y)·σ′(Z2)，δ1 = (A1·W2·δ2)·σ′(Z1)',
  },
  {
    query: '深度学习的数学模型主要由哪几部分构成',
    relevant: ['002-s4-1', '002-s2-2'],
    style: 'plain',
    note: '数学模型：前向传播、反向传播和优化算法；训练过程包括前向传播、反向传播和优化算法',
  },
  {
    query: '大模型的隐私和安全要从哪几方面考虑',
    relevant: ['002-s2-6', '002-s3-2'],
    style: 'plain',
    note: '模型安全性与隐私保护：防御攻击能力、数据隐私保护和用户隐私保护',
  },
  {
    query: '推荐系统给出的结果为什么很难向用户解释',
    relevant: ['001-q25'],
    style: 'plain',
    note: '推荐系统的问题：模型可解释性：推荐决策过程缺乏可解释性，难以向用户解释推荐结果',
  },
  {
    query: '大模型的适用范围广，具体体现在哪些领域',
    relevant: ['002-s3-3', '002-s3-4', '002-s9-2'],
    style: 'plain',
    note: '广泛的适用性：可应用于自然语言处理、计算机视觉和语音识别等；算法应用领域',
  },
  {
    query: '自动驾驶规划路线要应付哪些复杂情况',
    relevant: ['003-q18', '004-q23'],
    style: 'plain',
    note: '复杂情况 = 环境复杂性：其他车辆、行人、道路状况；动态和静态障碍物',
  },
];
