/**
 * Everyday-language search queries — HELD-OUT round 22.
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
 * `ls tests/search/` were not run either; no web or code search tool was used). The brief reached the
 * helper as the literal text `$(cat /tmp/prompts/queries.md)`, so that file (outside the repository)
 * was listed with `ls -la /tmp/prompts/` and read with cat; the other file in that folder was not
 * opened. What was read otherwise: /work/shared/SPEC.md (in full, with cat),
 * tests/search/everyday-types.ts (with cat) and everyday-tuning-21.ts (in full, with cat, as the
 * format model), and all 143 generated entries under
 * content/{concepts,training,compression,applications,challenges}/ (found with `find` inside those
 * five folders only: 9, 24, 5, 72 and 33 .mdx files, and, checked with `find -type f ! -name '*.mdx'`,
 * no other file in them), printed with awk into a scratch file outside the repository
 * (/tmp/ho22/entries.txt, 1766 lines; file list in /tmp/ho22/files.txt) so that of the front matter
 * only the `id` and `question` lines were shown, each entry preceded by its file path, followed by the
 * answer text (143 `id:`, 143 `question:` and 143 file lines, counted with grep -c); that scratch file
 * was then read in full with sed (no other front-matter field was seen, and no entry file was printed
 * in any other way). content/terms*, content/sources/, content/articles/ and every other file or
 * folder under content/ outside those five topic folders were not opened, nor was any
 * everyday-held-out-*.ts file other than this one. Of everyday-tuning.ts and everyday-tuning-2.ts …
 * everyday-tuning-21.ts only the `query:` strings (grepped out by explicit file name with
 * `grep -o "query: '[^']*'"` into /tmp/ho22/prev_queries_raw.txt, 1307 lines, eleven of them the regex
 * fragment from header comments, so 1296 earlier queries, kept without file names in
 * /tmp/ho22/prev_queries.txt) were looked at — not their header comments, relevant ids or notes — only
 * to avoid repeating earlier queries. That list was read once as query strings and grepped with
 * grep -F -c for candidate words (e.g. 盯场, 疙瘩, 底噪, 尺度, 成色, 学问, 概率分布, 造梦, 钱袋子,
 * 三座大山, 风向标, 装修, 出师, 婚礼, 零件, 乡音, 止损, 车况, 框出来, 榨, GMV, cross-lingual,
 * reasoning, face, 结盟, 风电, 对话管理, 智能音箱, 车流量, 因材施教, 作曲, 会诊, 窄门, 低碳, 理财, 网课,
 * 好几秒, 配送, 基因序列, 千万, 捋, 路子, 生意, 省点电, pretrain, gradient, TPU, audio, corpus, SGD,
 * 向司机, 算力消耗, 可解释) to steer away from earlier wording; what it showed changed no drafted
 * wording. The 60 queries, their relevant ids and notes were written together into a Python list
 * (/tmp/ho22/data.py) from which a small Python script (/tmp/ho22/gen.py) printed this file. A small
 * Python script (python3, not node; /tmp/ho22/check.py) then checked that none of this file's 60 query
 * strings equals (after removing spaces, punctuation, symbols and control characters and lowercasing)
 * one of those 1296 earlier query strings, and that none is repeated within this file (none found);
 * that every listed id is the `id` of one of those entries (parsing only the `id`, `question` and
 * file-path lines of the scratch file /tmp/ho22/entries.txt and printing only counts: 143 entries, no
 * unknown id); that no query lists entries of more than five distinct questions (by the entries'
 * `question` lines; at most four, in one query); and counted styles (10 each), first entries (60
 * distinct) and their topic folders. All checks passed on the first run. The same run showed the
 * longest queries at 31–42 characters, all mixed-english (their English words are long); to keep to the
 * 10–30 character range, three of them were shortened in data.py before this file was generated, with
 * their relevant ids unchanged (copy of the earlier data in /tmp/ho22/data_before_length_fix.py):
 * 'pretrain 和 transfer 之外，语言大模型最近还有啥新玩法' became 'pretrain 之外，NLP 大模型最近还有啥新玩法'
 * (its note was reworded to match: 迁移学习 moved into the list of other advances), 'NLP 任务的 corpus
 * 质量一般，大模型效果会受多大影响' became 'NLP 的 corpus 质量一般，大模型会差多少', and 'face recognition 和
 * face generation，大模型都能做吗' became 'face recognition 和生成人脸，大模型都行吗'. The check was
 * re-run on the final data with the same results (lengths now 13–30). As an extra, informational step
 * it compared each query with its most similar earlier query (Python difflib ratio on the normalised
 * strings) and printed pairs at 0.6 or above: one on the first run (0.63, the face-recognition query
 * against 'semantic segmentation 大模型能做吗'), none after the rewording. No relevant id was revised
 * after being written. Apart from the three shortened queries (and one note) no deviation from these
 * rules. (This file was generated twice: after the first generation one header sentence, the count of
 * queries listing four questions, was corrected from a wrong "three" to "one"; the data did not change.)
 *
 * 60 queries, 10 per style (synonym, metaphor, situation, spoken, mixed-english, plain), written as
 * engineers, students, PMs, business owners and curious readers type them, 13–30 characters, about
 * subjects from all five topics — by the topic folder of the first relevant entry: concepts 4,
 * training 10, compression 3, applications 29, challenges 14 (roughly the folders' shares of the 143
 * entries: 9, 24, 5, 72, 33). The relevant ids do not depend on folders. The queries are spread over
 * 60 different first entries (no entry is the first relevant one of more than one query) and not
 * copied from the articles' headings. Earlier rounds already cover the obvious wording of nearly every
 * entry, so this round again asks about facets in the readers' own words and situations (e.g.
 * 后台盯场, 链上节点, 片子上长了个疙瘩, 沙沙的底噪, 拉回同一个尺度, 种类杂不杂、成色好不好, 去过哪走的哪条道,
 * 前后说的得是一个意思, 撑起大模型的那几门学问, 概率分布去学, 身兼作曲和动画师, 钱袋子配个AI理财管家, 造梦师,
 * 会诊专家兼修理工, 小设备是道窄门, 训模型像装修, 学成出师, 低碳日子, 三座大山, 舆论场风向标, 上下游物料,
 * 卡住的那一刻就给提示, 婚礼办在户外, 零件照片就拍了几十张, 想请人来评, 新到一台服务器, 单独验一验这层,
 * 回一句要等好几秒, 无人配送车, 基因序列人工解读跟不上, 千万级参数, 好在哪差在哪, 赶紧止损, 盯着车况,
 * 挨个框出来, 把名字啥的抹了, 带乡音, 再榨一榨, 这门生意, 空调冰箱常年开着, pretrain, gradient, GPU、TPU,
 * text、image、audio, GMV, cross-lingual, corpus, reasoning, face recognition, SGD 和 MSE, 电网调度和风电场,
 * 车流量, 因材施教, 国内智能音箱, 对话管理, 结成联盟, 向司机说明, 必须实时, 算力消耗, 让用户看懂什么).
 *
 * How they were judged: by reading every plausibly relevant entry's answer under content/. An entry is
 * listed when its answer truly answers the query (not when it merely mentions a word of it), most
 * relevant first, from at most five distinct questions (entries that ask the same question may all be
 * listed). The relevant ids were written together with each query and not revised afterwards. Ids name
 * entries, not pages, so the set stays valid when questions are regrouped or moved to another topic.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_HELD_OUT_22: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '客服接待时让大模型在后台盯场，出岔子先提个醒',
    relevant: ['004-q17'],
    style: 'synonym',
    note: '盯场、提个醒 = 实时监控：实时监控客服过程，提供问题预警和解决方案',
  },
  {
    query: '链上节点跑得又慢又费资源，大模型能帮着调优吗',
    relevant: ['000-q27'],
    style: 'synonym',
    note: '链上节点 = 区块链节点：节点优化：优化区块链节点的性能和资源消耗',
  },
  {
    query: '片子上长了个疙瘩，大模型能把它找出来吗',
    relevant: ['003-q13', '000-q13', '001-q19', '004-q6'],
    style: 'synonym',
    note: '疙瘩 = 病变/肿瘤：病变检测：检测医学影像中的病变区域，如肿瘤；癌症筛查与医疗影像分析；分析医疗影像为诊断提供依据；医学影像分析',
  },
  {
    query: '录音里沙沙的底噪，大模型能先滤掉再转成文字吗',
    relevant: ['001-q13', '003-q6'],
    style: 'synonym',
    note: '底噪 = 噪声：语音信号处理：预处理语音信号，如去噪、增强；语音转文本；抗噪性强：噪声环境下仍能准确识别',
  },
  {
    query: '把每层的输出拉回同一个尺度，训练会更快更稳吗',
    relevant: ['004-q19'],
    style: 'synonym',
    note: '拉回同一尺度 = 批量归一化：加速模型训练并提高模型稳定性',
  },
  {
    query: '攒训练素材时，种类杂不杂、成色好不好哪个更要紧',
    relevant: ['002-s2-1'],
    style: 'synonym',
    note: '种类 = 多样性，成色 = 质量：在数据收集阶段，需要关注数据的多样性和质量',
  },
  {
    query: '无人车记着我去过哪、走的哪条道，这些信息会不会外泄',
    relevant: ['003-q14'],
    style: 'synonym',
    note: '去过哪、走哪条道 = 车辆位置、行驶轨迹：自动驾驶感知的数据隐私挑战',
  },
  {
    query: '机器写长文，前后说的得是一个意思，这为啥难',
    relevant: ['003-q19', '004-q29'],
    style: 'synonym',
    note: '前后一个意思 = 语义一致性（对语义理解能力要求高）；连贯性：避免歧义和不连贯的句子',
  },
  {
    query: '撑起大模型的那几门学问分别是啥',
    relevant: ['002-s3-1', '002-s4-1'],
    style: 'synonym',
    note: '几门学问 = 算法原理：深度学习、强化学习和迁移学习共同构成理论基础；核心是深度学习（前向、反向传播与优化算法）',
  },
  {
    query: '小模型照着大模型给出的概率分布去学，这招叫啥',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'synonym',
    note: '概率分布 = 软标签：知识蒸馏：用大模型的输出作为软标签指导小模型；教师-学生模型；模型蒸馏',
  },

  // ── metaphor ──
  {
    query: '让大模型身兼作曲和动画师两份活',
    relevant: ['000-q22'],
    style: 'metaphor',
    note: '作曲、动画师 = 娱乐领域：音乐生成：生成新的音乐作品；视频生成：电影、动画',
  },
  {
    query: '给我的钱袋子配个AI理财管家',
    relevant: ['004-q12', '003-q11'],
    style: 'metaphor',
    note: '理财管家 = 智能投顾：提供个性化投资建议，帮助投资者实现资产增值；智能投资决策',
  },
  {
    query: '让大模型当造梦师，给虚拟现实变出逼真画面',
    relevant: ['003-q7', '000-q9', '004-q20'],
    style: 'metaphor',
    note: '造梦、逼真画面 = 图像生成：生成逼真的图像，用于艺术创作、虚拟现实；CV 的图像生成；生成高质量的图像',
  },
  {
    query: '车间机器出故障，让大模型当一回会诊专家兼修理工',
    relevant: ['001-q21'],
    style: 'metaphor',
    note: '会诊兼修理 = 故障诊断：诊断设备的故障原因，提供故障解决方案',
  },
  {
    query: '小设备是道窄门，大模型得先缩身才挤得进去吗',
    relevant: ['003-q23', '000-q6'],
    style: 'metaphor',
    note: '窄门、缩身 = 资源受限设备上的部署：模型蒸馏、模型压缩、分片、动态计算；压缩技术减小模型大小',
  },
  {
    query: '训模型像装修，预算账本该怎么记才不超支',
    relevant: ['004-q5'],
    style: 'metaphor',
    note: '预算账本 = 成本控制：制定详细的预算计划，监控成本支出，确保项目在预算范围内完成',
  },
  {
    query: '模型学成出师后，是去云端、边缘还是在线服务上岗',
    relevant: ['002-s2-3', '002-s3-2'],
    style: 'metaphor',
    note: '出师上岗 = 模型部署：包括在线服务、边缘计算和云端部署等',
  },
  {
    query: '让大模型训练过上低碳日子，先从哪几处改',
    relevant: ['004-q25', '004-q11'],
    style: 'metaphor',
    note: '低碳日子 = 可持续训练流程：绿色能源、数据回收、计算优化、模型压缩；训练能耗的解决方法',
  },
  {
    query: '大模型做生意要翻的三座大山',
    relevant: ['001-q6', '002-s8-3', '002-s9-3'],
    style: 'metaphor',
    note: '三座大山 = 商业应用中的挑战：计算资源消耗、数据隐私和安全、模型可解释性；面临的挑战',
  },
  {
    query: '让大模型给舆论场立个风向标',
    relevant: ['004-q26'],
    style: 'metaphor',
    note: '舆论场风向标 = 舆情监控：发现热点话题和社会趋势',
  },

  // ── situation ──
  {
    query: '厂里想把上下游物料算准点，少压些库存',
    relevant: ['004-q13', '000-q16', '000-q15'],
    style: 'situation',
    note: '上下游物料、少压库存 = 供应链预测和优化，降低库存成本；供应链管理；库存优化',
  },
  {
    query: '做网课平台，想在学生卡住的那一刻就给提示',
    relevant: ['001-q20', '003-q12'],
    style: 'situation',
    note: '卡住就给提示 = 在线学习支持：分析学生的学习行为，提供实时反馈和辅助；实时反馈',
  },
  {
    query: '婚礼办在户外，想让AI提前看看那天会不会下雨',
    relevant: ['000-q18', '000-q20'],
    style: 'situation',
    note: '会不会下雨 = 气象预测：预测天气和气候变化；水文预测：预测降雨量',
  },
  {
    query: '零件照片就拍了几十张，想借个现成模型来做识别',
    relevant: ['003-q2'],
    style: 'situation',
    note: '借现成模型 = 预训练 + 迁移学习：减少对新数据的依赖，降低数据收集和标注的成本',
  },
  {
    query: '聊天机器人答得好不好，指标说不清，想请人来评',
    relevant: ['004-q3'],
    style: 'situation',
    note: '请人来评 = 人类评估：由人类评估者对模型的输出进行评价，特别是在自然语言处理任务中',
  },
  {
    query: '实验室新到一台服务器，跑深度学习前要装哪些东西',
    relevant: ['002-s5-1'],
    style: 'situation',
    note: '要装哪些东西 = 开发环境搭建：Python 3.8+、TensorFlow 或 PyTorch、NumPy、Pandas',
  },
  {
    query: '只改了模型里的一层，想单独验一验这层对不对',
    relevant: ['003-q22'],
    style: 'situation',
    note: '单独验一层 = 单元测试：对模型中的单个层或组件进行测试，确保其功能正确',
  },
  {
    query: '客服机器人换成大模型后，回一句要等好几秒',
    relevant: ['003-q17'],
    style: 'situation',
    note: '等好几秒 = 智能客服的实时性挑战：大模型的计算速度和实时性可能无法满足需求',
  },
  {
    query: '公司要做无人配送车，上路前政策和伦理这关咋过',
    relevant: ['004-q7'],
    style: 'situation',
    note: '政策和伦理 = 法律法规：自动驾驶技术面临法律法规和伦理问题，需要制定规范和标准',
  },
  {
    query: '实验室每天测出一大堆基因序列，人工解读跟不上',
    relevant: ['000-q19', '004-q22', '001-q14'],
    style: 'situation',
    note: '解读基因序列 = 基因测序：对基因序列进行快速分析和解读；基因组序列分析；基因组分析',
  },

  // ── spoken ──
  {
    query: '千万级参数算小模型，上亿才叫大的，是这么分不',
    relevant: ['001-q1', '003-q1', '004-q1'],
    style: 'spoken',
    note: '参数量级：大模型通常在亿级以上，传统小模型在千万以下；数十亿到数千亿参数',
  },
  {
    query: '大模型好在哪、差在哪，一句话给捋捋呗',
    relevant: ['002-s3-3', '003-q1'],
    style: 'spoken',
    note: '好在哪差在哪 = 算法优缺点；大模型的特点（含计算资源需求高、易受攻击）',
  },
  {
    query: '服务器被人黑了，AI能帮着赶紧止损不',
    relevant: ['000-q28'],
    style: 'spoken',
    note: '止损 = 网络安全事件响应：快速响应网络安全事件，降低损失',
  },
  {
    query: '车上装个大模型，能帮我盯着车况不',
    relevant: ['000-q25'],
    style: 'spoken',
    note: '盯着车况 = 车辆监控：实时监控车辆的状态和性能',
  },
  {
    query: '一张图里好几样东西，大模型能挨个框出来、标好位置不',
    relevant: ['001-q12', '000-q9', '001-q5', '002-s3-4'],
    style: 'spoken',
    note: '挨个框出来标位置 = 目标检测：检测图像中的多个目标，并定位目标位置；目标物体及其位置',
  },
  {
    query: '训练用的用户资料，把名字啥的抹了就万事大吉了不',
    relevant: ['004-q10', '003-q4'],
    style: 'spoken',
    note: '抹名字 = 数据匿名化，只是措施之一：还要数据加密、访问控制、安全协议；差分隐私、联邦学习等',
  },
  {
    query: '我说话带乡音，语音识别老认岔，是模型的锅不',
    relevant: ['001-q26', '004-q14'],
    style: 'spoken',
    note: '乡音 = 口音、方言：语音变异性，大模型难以适应各种口音；语音多样性',
  },
  {
    query: '大模型的性能还想再榨一榨，有哪几条路子',
    relevant: ['002-s9-4', '001-q3', '003-q21'],
    style: 'spoken',
    note: '榨性能 = 优化性能：算法优化、数据增强、模型压缩、分布式计算；优化训练；优化计算性能',
  },
  {
    query: '大模型这门生意往后还有得做不',
    relevant: ['001-q8', '002-s7'],
    style: 'spoken',
    note: '往后还有得做 = 商业应用前景：非常广阔；未来应用前景非常广阔',
  },
  {
    query: '家里空调冰箱常年开着，大模型能帮着省点电不',
    relevant: ['000-q24', '000-q30'],
    style: 'spoken',
    note: '省电 = 节能优化：优化智能家居设备的能耗管理；家庭能源管理',
  },

  // ── mixed-english ──
  {
    query: 'pretrain 之外，NLP 大模型最近还有啥新玩法',
    relevant: ['004-q9'],
    style: 'mixed-english',
    note: '最新进展：预训练语言模型之外，还有多模态学习、迁移学习、生成式文本生成',
  },
  {
    query: 'gradient 也能拆成几份，分到不同 GPU 上去更新吗',
    relevant: ['000-q5'],
    style: 'mixed-english',
    note: 'gradient = 梯度：梯度并行：将梯度拆分为多个部分，分别在不同 GPU 或节点上进行更新',
  },
  {
    query: '推理太慢，多堆几块 GPU、TPU 并行算能快起来吗',
    relevant: ['003-q21'],
    style: 'mixed-english',
    note: '并行计算：利用多 GPU、TPU 等硬件加速模型训练和推理',
  },
  {
    query: 'text、image、audio 揉进一个模型里，前景怎样',
    relevant: ['004-q20', '002-s8-2', '002-s8-4', '004-q9'],
    style: 'mixed-english',
    note: '多模态融合：跨模态学习的应用前景；融合文本、图像和语音的趋势；研究展望；多模态学习',
  },
  {
    query: '电商想拉高 GMV，大模型能从哪几块帮上忙',
    relevant: ['000-q15'],
    style: 'mixed-english',
    note: 'GMV = 电商成交额：电子商务领域的应用：用户行为分析、商品推荐、价格预测、库存优化、供应链管理',
  },
  {
    query: 'cross-lingual 理解算不算大模型的强项',
    relevant: ['003-q3'],
    style: 'mixed-english',
    note: 'cross-lingual = 跨语言理解：大模型能够学习到不同语言之间的关联，实现跨语言的文本处理',
  },
  {
    query: 'NLP 的 corpus 质量一般，大模型会差多少',
    relevant: ['001-q24', '002-s8-3', '002-s3-3'],
    style: 'mixed-english',
    note: 'corpus = 语料/数据：数据质量直接影响大模型的性能；数据不足或质量差会影响模型的性能',
  },
  {
    query: 'AI 诊断说不出 reasoning，医生凭啥信它',
    relevant: ['003-q16', '001-q28'],
    style: 'mixed-english',
    note: 'reasoning = 诊断依据：模型解释性：难以解释其诊断决策，影响医生的信任；难以向医生解释模型诊断结果',
  },
  {
    query: 'face recognition 和生成人脸，大模型都行吗',
    relevant: ['000-q9'],
    style: 'mixed-english',
    note: 'face recognition = 人脸识别；face generation = 图像生成（人脸）',
  },
  {
    query: 'demo 里的 SGD 和 MSE 各管哪一摊',
    relevant: ['002-s5-3', '002-s5-2', '002-s4-3'],
    style: 'mixed-english',
    note: 'SGD 优化器和 MSE 损失函数进行训练；compile(optimizer=sgd, loss=mse)；梯度下降训练、MSE 评估',
  },

  // ── plain ──
  {
    query: '大模型在电网调度和风电场发电上能做什么',
    relevant: ['000-q17'],
    style: 'plain',
    note: '智能电网：实现智能电网的调度和控制；风电场优化：优化风电场的发电效率',
  },
  {
    query: '预测出车流量以后，交通管理能拿它做什么',
    relevant: ['004-q30'],
    style: 'plain',
    note: '交通流量预测：优化交通信号控制和路线规划',
  },
  {
    query: '因材施教这件事，大模型具体靠哪些手段实现',
    relevant: ['003-q12', '000-q21', '001-q20'],
    style: 'plain',
    note: '因材施教 = 个性化教育：智能推荐与学习分析；个性化学习、课程推荐；个性化推荐',
  },
  {
    query: '有哪款国内智能音箱是靠大模型撑起来的',
    relevant: ['001-q7'],
    style: 'plain',
    note: '天猫精灵：基于大模型的智能语音助手',
  },
  {
    query: '聊天机器人里的对话管理具体负责什么',
    relevant: ['001-q11'],
    style: 'plain',
    note: '对话管理：管理对话流程，确保对话的连贯性和一致性',
  },
  {
    query: '大模型创业公司为什么要跟别的公司结成联盟',
    relevant: ['004-q4'],
    style: 'plain',
    note: '合作与联盟：与其他公司建立合作联盟，共同推动大模型研发和应用',
  },
  {
    query: '自动驾驶系统为什么很难向司机说明自己的行为',
    relevant: ['001-q27'],
    style: 'plain',
    note: '模型可解释性：决策过程缺乏可解释性，难以向驾驶员解释自动驾驶系统的行为',
  },
  {
    query: '语音交互为什么要求识别结果必须实时给出',
    relevant: ['004-q14'],
    style: 'plain',
    note: '实时性要求：语音识别系统需要实时响应，以满足实时交互需求',
  },
  {
    query: '医疗机构用大模型，为什么算力消耗是个难题',
    relevant: ['001-q28'],
    style: 'plain',
    note: '计算资源消耗：训练和推理需要大量的计算资源，如何优化计算效率是关键',
  },
  {
    query: '自然语言生成里的可解释性，指的是让用户看懂什么',
    relevant: ['004-q29'],
    style: 'plain',
    note: '可解释性：提高生成的文本可解释性，使得用户能够理解生成的文本含义',
  },
];
