/**
 * Everyday-language search queries, round 3 — part of the TUNING set (appended to EVERYDAY_TUNING
 * in everyday-tuning.ts; may be tuned on).
 *
 * Written 2026-11-30 by a helper who saw neither the search code nor the vocabulary
 * (content/vocabulary.yaml), nor the held-out set. 72 queries, 12 per style, as readers type them
 * (engineers, students, PMs preparing for interviews), spread over the five topics. Judged by
 * reading the entries' answers under content/: an entry is listed when its answer truly answers the
 * query (not when it merely mentions a word of it), most relevant first, from at most five distinct
 * questions.
 */
import type { EverydayQuery } from './everyday-types.ts';

export const EVERYDAY_TUNING_3: EverydayQuery[] = [
  // ── synonym ──
  {
    query: '看片子找肿瘤',
    relevant: ['003-q13', '000-q13', '004-q6', '001-q19'],
    style: 'synonym',
    note: '看片子 = 医疗影像分析, 找肿瘤 = 病变检测',
  },
  { query: '风力发电提效', relevant: ['000-q17'], style: 'synonym', note: '风力发电 = 风电场优化' },
  { query: '预测庄稼收成', relevant: ['000-q20'], style: 'synonym', note: '庄稼收成 = 作物生长预测/产量' },
  { query: '新用户推荐不准', relevant: ['001-q25'], style: 'synonym', note: '新用户没有历史 = 冷启动问题' },
  { query: '防黑客攻击', relevant: ['000-q28', '001-q22'], style: 'synonym', note: '防黑客 = 入侵检测、安全防护、模型防御' },
  {
    query: '认出照片里是猫是狗',
    relevant: ['000-q9', '001-q12', '001-q5', '003-q2'],
    style: 'synonym',
    note: '认照片 = 图像分类/图像识别',
  },
  { query: '录音自动变成文字', relevant: ['000-q11', '001-q13', '003-q6'], style: 'synonym', note: '录音变文字 = 语音识别（语音转文本）' },
  { query: '把文字念成声音', relevant: ['000-q11', '004-q20', '002-s3-4'], style: 'synonym', note: '念出来 = 语音合成' },
  {
    query: '大模型帮忙研制新药',
    relevant: ['003-q8', '001-q14', '004-q22', '000-q19', '001-q19'],
    style: 'synonym',
    note: '研制新药 = 药物研发/药物设计/药物发现',
  },
  {
    query: '打标签太费钱',
    relevant: ['003-q20', '004-q15', '001-q23', '004-q24', '003-q2'],
    style: 'synonym',
    note: '打标签 = 数据标注成本; 003-q2: 迁移学习降低标注成本',
  },
  { query: '方言口音识别不准', relevant: ['004-q14', '001-q26'], style: 'synonym', note: '方言口音 = 语音多样性/语音变异性' },
  { query: '网上热点话题监测', relevant: ['004-q26'], style: 'synonym', note: '热点话题监测 = 舆情监控' },

  // ── metaphor ──
  {
    query: '大模型当老师教小模型',
    relevant: ['003-q24', '000-q6', '003-q23'],
    style: 'metaphor',
    note: '老师教学生 = 知识蒸馏（教师-学生模型）',
  },
  {
    query: '把模型里没用的枝叶剪掉',
    relevant: ['000-q6', '003-q21', '003-q23', '001-q3'],
    style: 'metaphor',
    note: '剪枝叶 = 模型剪枝',
  },
  {
    query: '大模型黑盒看不透',
    relevant: ['004-q8', '002-s2-5', '002-s3-3', '002-s8-3'],
    style: 'metaphor',
    note: '黑盒 = 可解释性差; 004-q8 讲如何提高可解释性',
  },
  {
    query: '模型死记硬背不会举一反三',
    relevant: ['002-s2-5', '000-q3', '004-q19', '001-q3', '004-q2'],
    style: 'metaphor',
    note: '死记硬背 = 过拟合, 举一反三 = 泛化能力（正则化、Dropout、数据增强）',
  },
  { query: '梯度像雪崩一样越来越大', relevant: ['000-q4', '000-q3'], style: 'metaphor', note: '雪崩 = 梯度爆炸' },
  {
    query: '模型太大拆成几块分头训练',
    relevant: ['000-q5', '004-q21', '003-q23'],
    style: 'metaphor',
    note: '拆成几块 = 模型并行 / 分片训练',
  },
  {
    query: '给模型打分考试',
    relevant: ['004-q3', '004-q18', '000-q2', '000-q7'],
    style: 'metaphor',
    note: '打分考试 = 模型评估（准确率、召回率、F1）',
  },
  {
    query: '大模型当医生的第二双眼睛',
    relevant: ['003-q13', '000-q13', '001-q19', '004-q6', '003-q8'],
    style: 'metaphor',
    note: '第二双眼睛 = 辅助诊断、医疗影像分析',
  },
  { query: '数据不出家门也能训模型', relevant: ['003-q4'], style: 'metaphor', note: '数据不出门 = 联邦学习（数据不必集中存储）' },
  {
    query: '模型怎么从错误里长记性',
    relevant: ['002-s4-1', '001-q2', '002-s2-2', '002-s4-2'],
    style: 'metaphor',
    note: '从错误里长记性 = 计算误差、反向传播更新参数',
  },
  {
    query: '给汽车装上会思考的眼睛',
    relevant: ['001-q15', '003-q9', '000-q12', '003-q14'],
    style: 'metaphor',
    note: '汽车的眼睛 = 自动驾驶环境感知',
  },
  {
    query: '家里有个听话的电子管家',
    relevant: ['001-q18', '000-q24', '000-q30', '001-q7'],
    style: 'metaphor',
    note: '电子管家 = 智能家居语音助手/智能助手; 001-q7 天猫精灵控制家电',
  },

  // ── situation ──
  {
    query: '要在手机上跑模型',
    relevant: ['003-q23', '000-q6', '001-q9', '003-q21'],
    style: 'situation',
    note: '手机 = 资源受限设备部署, 压缩/量化',
  },
  { query: '训练预算超支了', relevant: ['004-q5', '003-q21'], style: 'situation', note: '预算 = 平衡训练成本和效益（成本控制）' },
  {
    query: '银行要给贷款客户打信用分',
    relevant: ['000-q14', '004-q12', '001-q16', '004-q28', '002-s6'],
    style: 'situation',
    note: '信用分 = 信用评估/信用评分',
  },
  {
    query: '做风控模型，监管要求解释清楚',
    relevant: ['003-q15', '004-q8', '001-q30'],
    style: 'situation',
    note: '监管解释 = 金融风控中的模型解释性、合规透明',
  },
  {
    query: '医院数据不能拿出来怎么训练',
    relevant: ['003-q4', '004-q10'],
    style: 'situation',
    note: '数据不能拿出来 = 联邦学习、匿名化等数据隐私措施',
  },
  { query: '面试官让我讲讲知识蒸馏', relevant: ['003-q24', '000-q6', '003-q23'], style: 'situation' },
  {
    query: '做在线教育想给学生推荐课程',
    relevant: ['000-q21', '001-q20', '003-q12'],
    style: 'situation',
    note: '推荐课程 = 课程推荐/个性化推荐学习资源',
  },
  {
    query: '模型在训练集上很好测试集很差',
    relevant: ['004-q2', '000-q3', '002-s2-5', '004-q19'],
    style: 'situation',
    note: '= 过拟合; 正则化、Dropout 提高泛化',
  },
  { query: '产线上想自动挑出次品', relevant: ['000-q16', '004-q13'], style: 'situation', note: '挑次品 = 质量检测/缺陷检测' },
  { query: '网店库存总积压', relevant: ['000-q15', '004-q13'], style: 'situation', note: '库存积压 = 库存优化/供应链降低库存成本' },
  { query: '城市早晚高峰堵车严重', relevant: ['004-q30', '002-s7'], style: 'situation', note: '堵车 = 智能交通管理（交通流量预测）' },
  { query: '写了模型代码不知道哪里出错', relevant: ['003-q22'], style: 'situation', note: '找错 = 大模型调试' },

  // ── spoken ──
  { query: '大模型比小模型强在哪啊', relevant: ['001-q1', '003-q1', '004-q1'], style: 'spoken', note: '大模型与传统小模型的区别' },
  { query: '训个大模型要多久啊', relevant: ['004-q2', '003-q1', '001-q23'], style: 'spoken', note: '训练时间：几天甚至几周' },
  {
    query: '大模型能做点啥',
    relevant: ['002-s3-4', '002-s9-2', '002-s6', '000-q1', '002-s2-4'],
    style: 'spoken',
    note: '应用领域概览',
  },
  {
    query: '自动驾驶靠谱不',
    relevant: ['004-q7', '004-q23', '001-q27', '003-q18'],
    style: 'spoken',
    note: '靠谱 = 安全性和可靠性挑战',
  },
  {
    query: '大模型能帮我炒股不',
    relevant: ['000-q14', '003-q11', '004-q12', '004-q28'],
    style: 'spoken',
    note: '炒股 = 交易预测、量化投资、投资分析、市场预测',
  },
  { query: '咋防止模型泄露用户隐私', relevant: ['004-q10', '003-q4', '002-s2-6'], style: 'spoken' },
  { query: '搞大模型创业有戏吗', relevant: ['004-q4', '004-q1', '001-q8'], style: 'spoken', note: '创业 = 利用竞争优势进行 AI 大模型创业' },
  { query: '跑大模型代码要装啥', relevant: ['002-s5-1'], style: 'spoken', note: '装啥 = 开发环境搭建' },
  {
    query: '客服机器人老答非所问',
    relevant: ['003-q17', '004-q17', '003-q10'],
    style: 'spoken',
    note: '答非所问 = 智能客服的语义理解挑战',
  },
  { query: '推荐的东西为啥老不准', relevant: ['001-q25', '003-q5', '001-q10'], style: 'spoken', note: '数据稀疏、冷启动' },
  {
    query: '训练慢得要死咋加速',
    relevant: ['001-q3', '003-q21', '000-q3', '000-q5', '004-q19'],
    style: 'spoken',
    note: '加速训练 = 分布式、混合精度、并行计算、批量归一化',
  },
  { query: '大模型写的文章老重复咋整', relevant: ['004-q29', '003-q19'], style: 'spoken', note: '重复 = 文本生成多样性挑战' },

  // ── mixed-english ──
  { query: 'loss变成NaN了', relevant: ['000-q4'], style: 'mixed-english', note: 'NaN = 梯度爆炸（梯度裁剪、学习率）' },
  { query: 'CV大模型难点', relevant: ['001-q23', '003-q20', '004-q15'], style: 'mixed-english', note: 'CV = 计算机视觉/图像识别的挑战' },
  { query: 'NLP大模型有哪些问题', relevant: ['001-q24', '003-q19', '004-q29'], style: 'mixed-english' },
  { query: 'INT8量化是什么', relevant: ['001-q9', '000-q6', '003-q21'], style: 'mixed-english', note: 'INT8 = 浮点转整数/低精度' },
  {
    query: 'GPU多卡并行训练',
    relevant: ['000-q5', '004-q21', '000-q3', '003-q21'],
    style: 'mixed-english',
    note: '多卡 = 分布式训练/并行计算',
  },
  { query: 'GPT BERT这些预训练模型', relevant: ['004-q9'], style: 'mixed-english', note: 'NLP 最新进展: 预训练语言模型' },
  { query: 'YOLO目标检测', relevant: ['001-q5', '001-q12', '000-q9'], style: 'mixed-english' },
  { query: 'IoT设备上用大模型', relevant: ['000-q26', '003-q23'], style: 'mixed-english' },
  { query: 'A/B test评估模型', relevant: ['004-q3'], style: 'mixed-english' },
  { query: 'TensorFlow写个线性回归', relevant: ['002-s5-2', '002-s5-3', '002-s4-3'], style: 'mixed-english' },
  { query: 'F1 score和recall区别', relevant: ['000-q2', '004-q18', '004-q3', '002-s2-3'], style: 'mixed-english' },
  { query: 'RL和大模型结合', relevant: ['004-q27'], style: 'mixed-english', note: 'RL = 增强学习' },

  // ── plain ──
  { query: '大模型在农业上有什么用', relevant: ['000-q20'], style: 'plain' },
  { query: '区块链和大模型能结合吗', relevant: ['000-q27'], style: 'plain' },
  { query: '游戏开发怎么用大模型', relevant: ['001-q17', '000-q22'], style: 'plain', note: '000-q22: 游戏AI' },
  { query: '大模型怎么预测蛋白质结构', relevant: ['001-q14', '004-q22', '000-q19'], style: 'plain' },
  { query: '自动驾驶路径规划难在哪', relevant: ['003-q18', '004-q23', '001-q27'], style: 'plain' },
  { query: '贾扬清怎么看国内大模型', relevant: ['002-s1'], style: 'plain' },
  {
    query: '大模型以后会往哪个方向发展',
    relevant: ['002-s8-2', '002-s8-4', '002-s9-5', '002-s7', '001-q8'],
    style: 'plain',
    note: '未来发展趋势/研究展望',
  },
  { query: '多模态融合是什么意思', relevant: ['004-q20', '004-q9', '002-s8-2', '002-s8-4'], style: 'plain' },
  { query: '如何调大模型的超参数', relevant: ['000-q7'], style: 'plain', note: '网格搜索、贝叶斯优化' },
  {
    query: '大模型怎么做情感分析',
    relevant: ['004-q26', '000-q23', '003-q3', '001-q4', '000-q8'],
    style: 'plain',
  },
  { query: '什么是混合精度训练', relevant: ['001-q9', '003-q21', '001-q3'], style: 'plain' },
  { query: '教育领域用大模型有哪些挑战', relevant: ['001-q29'], style: 'plain' },
];
