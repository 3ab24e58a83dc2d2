/**
 * The search query set: what readers type, and the question pages a good search must put in its
 * first five results. Judged by reading the entries in content/ (each list holds the questions
 * that are *about* the query, not every page that mentions a word of it; at most five, so
 * recall@5 can reach 1). Used by tests/browser/search-quality.test.ts.
 *
 * Kinds:
 * - exact: a Chinese term as it appears in the text;
 * - natural: a question or paraphrase in everyday words, with question words and filler;
 * - aspect: a domain plus an aspect (医疗 挑战), the way people narrow a search;
 * - english: a machine-learning term in English (the articles mostly don't gloss them);
 * - traditional: Traditional-script queries against the Simplified text.
 *
 * Pages are `topic/slug` (the question's permalink without slashes around it).
 */

export type QueryKind = 'exact' | 'natural' | 'aspect' | 'english' | 'traditional';

export interface JudgedQuery {
  kind: QueryKind;
  query: string;
  relevant: string[];
  /** Why these pages, when it isn't obvious. */
  note?: string;
}

// Question pages, named once so a typo fails loudly (the test checks every one exists).
const P = {
  distill: 'compression/da-mo-xing-ru-he-jin-xing-zhi-shi-zheng-liu',
  compressTech: 'compression/da-mo-xing-de-ya-suo-ji-shu-you-na-xie',
  quantTech: 'compression/da-mo-xing-de-liang-hua-ji-shu',
  constrained: 'compression/da-mo-xing-zai-zi-yuan-shou-xian-she-bei-shang-de-bu-shu',
  computePerf: 'compression/ru-he-you-hua-da-mo-xing-de-ji-suan-xing-neng',
  optimizeTraining: 'training/ru-he-you-hua-da-mo-xing-de-xun-lian',
  trainingProcess: 'training/da-mo-xing-de-xun-lian-guo-cheng-shi-zen-yang-de',
  trainingKeyTech: 'training/da-mo-xing-de-xun-lian-guo-cheng-you-na-xie-guan-jian-ji-shu',
  vanishing: 'training/ru-he-jie-jue-da-mo-xing-xun-lian-guo-cheng-zhong-de-ti-du-xiao-shi-he',
  distributed: 'training/ru-he-shi-xian-da-mo-xing-de-fen-bu-shi-xun-lian',
  distributedStrategies: 'training/da-mo-xing-xun-lian-zhong-de-fen-bu-shi-ji-suan-ce-lve-you-na-xie',
  commonOptim: 'training/da-mo-xing-xun-lian-zhong-de-chang-jian-you-hua-ji-shu-you-na-xie',
  evaluate: 'training/ru-he-ping-gu-da-mo-xing-de-xiao-guo',
  evaluateTask: 'training/ru-he-ping-gu-da-mo-xing-zai-ju-ti-ren-wu-zhong-de-xing-neng',
  debug: 'training/da-mo-xing-ru-he-jin-xing-you-xiao-tiao-shi',
  costBenefit: 'training/ru-he-ping-heng-da-mo-xing-xun-lian-de-cheng-ben-he-xiao-yi',
  formula: 'training/gong-shi-tui-dao-guo-cheng',
  mathModel: 'training/shu-xue-mo-xing-gou-jian',
  modelTraining: 'training/mo-xing-xun-lian',
  algoSteps: 'training/suan-fa-bu-zhou-xiang-jie',
  whatIs: 'concepts/shen-me-shi-da-mo-xing',
  algoPrinciples: 'concepts/suan-fa-yuan-li-gai-shu',
  algoProsCons: 'concepts/suan-fa-you-que-dian',
  privacyTraining: 'challenges/da-mo-xing-xun-lian-guo-cheng-zhong-ru-he-bao-zheng-shu-ju-yin-si',
  privacySecurity: 'challenges/ru-he-que-bao-da-mo-xing-xun-lian-de-shu-ju-yin-si-he-an-quan',
  securityPrivacy: 'challenges/mo-xing-an-quan-xing-yu-yin-si-bao-hu',
  energy: 'challenges/da-mo-xing-xun-lian-de-neng-hao-wen-ti-ru-he-jie-jue',
  sustainable: 'challenges/ru-he-gou-jian-ke-chi-xu-de-da-mo-xing-xun-lian-liu-cheng',
  interpretability: 'challenges/ru-he-ping-heng-da-mo-xing-xun-lian-de-ke-jie-shi-xing-he-tou-ming-du',
  generalization: 'challenges/mo-xing-fan-hua-yu-jie-shi-xing',
  businessChallenges: 'challenges/da-mo-xing-zai-shang-ye-ying-yong-zhong-de-tiao-zhan',
  trainingChallenges: 'challenges/da-mo-xing-xun-lian-de-tiao-zhan-you-na-xie',
  medDiagnosis: 'challenges/da-mo-xing-zai-yi-liao-zhen-duan-zhong-de-tiao-zhan',
  medImagingChallenges: 'challenges/da-mo-xing-zai-yi-liao-ying-xiang-fen-xi-zhong-de-tiao-zhan-you-na-xie',
  medProblems: 'challenges/da-mo-xing-zai-yi-liao-ling-yu-zhong-de-wen-ti',
  driveChallenges: 'challenges/da-mo-xing-zai-zi-dong-jia-shi-zhong-de-tiao-zhan-you-na-xie',
  drivePerception: 'challenges/da-mo-xing-zai-zi-dong-jia-shi-gan-zhi-zhong-de-tiao-zhan',
  drivePlanning: 'challenges/da-mo-xing-zai-zi-dong-jia-shi-lu-jing-gui-hua-zhong-de-tiao-zhan',
  driveProblems: 'challenges/da-mo-xing-zai-zi-dong-jia-shi-zhong-de-wen-ti',
  riskChallenges: 'challenges/da-mo-xing-zai-jin-rong-feng-kong-zhong-de-tiao-zhan',
  riskProblems: 'challenges/da-mo-xing-zai-jin-rong-feng-kong-zhong-de-ying-yong-wen-ti',
  speechChallenges: 'challenges/da-mo-xing-zai-yu-yin-shi-bie-zhong-de-tiao-zhan-you-na-xie',
  speechProblems: 'challenges/da-mo-xing-zai-yu-yin-shi-bie-zhong-de-wen-ti',
  recProblems: 'challenges/da-mo-xing-zai-tui-jian-xi-tong-zhong-de-wen-ti',
  imageChallenges: 'challenges/da-mo-xing-zai-tu-xiang-shi-bie-zhong-de-tiao-zhan',
  serviceChallenges: 'challenges/da-mo-xing-zai-zhi-neng-ke-fu-zhong-de-tiao-zhan',
  recApps: 'applications/da-mo-xing-zai-tui-jian-xi-tong-zhong-de-ying-yong',
  financeApps: 'applications/da-mo-xing-zai-jin-rong-ling-yu-de-ying-yong',
  riskApps: 'applications/da-mo-xing-zai-jin-rong-feng-kong-zhong-de-ying-yong',
  eduApps: 'applications/da-mo-xing-zai-jiao-yu-ling-yu-zhong-de-ying-yong',
  personalEdu: 'applications/da-mo-xing-zai-ge-xing-hua-jiao-yu-zhong-de-ying-yong',
  medImagingApps: 'applications/da-mo-xing-zai-yi-liao-ying-xiang-fen-xi-zhong-de-ying-yong',
  driveApps: 'applications/da-mo-xing-zai-zi-dong-jia-shi-zhong-de-ying-yong',
  imageApps: 'applications/da-mo-xing-zai-tu-xiang-shi-bie-zhong-de-ying-yong',
  nlpProgress: 'applications/da-mo-xing-zai-zi-ran-yu-yan-chu-li-zhong-de-zui-xin-jin-zhan-shi-shen',
  startup: 'applications/ru-he-li-yong-jing-zheng-you-shi-jin-xing-ai-da-mo-xing-chuang-ye',
  futureTrends: 'applications/wei-lai-fa-zhan-qu-shi',
  futureOutlook: 'applications/da-mo-xing-ji-shu-de-wei-lai-fa-zhan-qian-jing-ru-he',
} as const;

export const PAGES: readonly string[] = Object.values(P);

export const QUERIES: JudgedQuery[] = [
  // ── exact Chinese terms ──
  { kind: 'exact', query: '蒸馏', relevant: [P.distill, P.compressTech, P.constrained], note: '模型蒸馏 in the deployment answer counts' },
  { kind: 'exact', query: '知识蒸馏', relevant: [P.distill, P.compressTech] },
  { kind: 'exact', query: '量化', relevant: [P.quantTech, P.compressTech, P.computePerf, P.constrained], note: 'not 量化投资 (finance)' },
  { kind: 'exact', query: '剪枝', relevant: [P.compressTech, P.computePerf, P.constrained, P.optimizeTraining] },
  { kind: 'exact', query: '联邦学习', relevant: [P.privacyTraining] },
  { kind: 'exact', query: '差分隐私', relevant: [P.privacyTraining] },
  { kind: 'exact', query: '梯度消失', relevant: [P.vanishing, P.trainingKeyTech] },
  { kind: 'exact', query: '分布式训练', relevant: [P.distributed, P.distributedStrategies] },
  { kind: 'exact', query: '混合精度', relevant: [P.optimizeTraining, P.quantTech, P.computePerf] },
  {
    kind: 'exact',
    query: '可解释性',
    relevant: [P.interpretability, P.generalization],
    note: 'the pages about it; a dozen others list it as one problem',
  },
  { kind: 'exact', query: '数据隐私', relevant: [P.privacyTraining, P.privacySecurity, P.securityPrivacy] },
  { kind: 'exact', query: '能耗', relevant: [P.energy, P.sustainable], note: 'the sustainability answer says 能源消耗' },
  { kind: 'exact', query: '学习率', relevant: [P.commonOptim, P.vanishing, P.optimizeTraining] },
  { kind: 'exact', query: '损失函数', relevant: [P.trainingProcess, P.trainingKeyTech] },
  { kind: 'exact', query: '推荐系统', relevant: [P.recApps, P.recProblems] },

  // ── natural-language questions and paraphrases ──
  { kind: 'natural', query: '什么是知识蒸馏？', relevant: [P.distill, P.compressTech] },
  { kind: 'natural', query: '大模型怎么压缩？', relevant: [P.compressTech, P.computePerf, P.constrained, P.quantTech] },
  { kind: 'natural', query: '大模型的训练过程是怎样的', relevant: [P.trainingProcess, P.trainingKeyTech] },
  {
    kind: 'natural',
    query: '如何让大模型在手机上运行？',
    relevant: [P.constrained],
    note: '手机 never occurs: 资源受限设备 is the answer',
  },
  { kind: 'natural', query: '训练大模型为什么这么耗电？', relevant: [P.energy, P.sustainable], note: '耗电 never occurs (能耗, 能源消耗)' },
  { kind: 'natural', query: '怎样保护训练数据的隐私', relevant: [P.privacyTraining, P.privacySecurity] },
  { kind: 'natural', query: '大模型有什么特点？', relevant: [P.whatIs] },
  { kind: 'natural', query: '大模型和小模型有什么区别', relevant: [P.whatIs] },
  { kind: 'natural', query: '如何评估大模型的效果？', relevant: [P.evaluate, P.evaluateTask] },
  { kind: 'natural', query: '梯度爆炸了怎么办', relevant: [P.vanishing] },
  {
    kind: 'natural',
    query: '多台机器怎么一起训练大模型',
    relevant: [P.distributed, P.distributedStrategies],
    note: 'the text says 多个计算节点, 分布式',
  },
  { kind: 'natural', query: 'AI 创业怎么利用竞争优势', relevant: [P.startup] },
  { kind: 'natural', query: '大模型未来会怎么发展', relevant: [P.futureTrends, P.futureOutlook] },
  { kind: 'natural', query: '大模型出了问题怎么调试', relevant: [P.debug] },
  { kind: 'natural', query: '训练大模型太贵了怎么办', relevant: [P.costBenefit], note: '贵 never occurs (成本)' },

  // ── domain + aspect ──
  { kind: 'aspect', query: '医疗 挑战', relevant: [P.medDiagnosis, P.medImagingChallenges, P.medProblems] },
  { kind: 'aspect', query: '自动驾驶 挑战', relevant: [P.driveChallenges, P.drivePerception, P.drivePlanning, P.driveProblems] },
  { kind: 'aspect', query: '金融 应用', relevant: [P.financeApps, P.riskApps] },
  { kind: 'aspect', query: '金融风控 问题', relevant: [P.riskChallenges, P.riskProblems] },
  { kind: 'aspect', query: '语音识别 挑战', relevant: [P.speechChallenges, P.speechProblems] },
  { kind: 'aspect', query: '教育 应用', relevant: [P.eduApps, P.personalEdu] },
  { kind: 'aspect', query: '推荐系统 问题', relevant: [P.recProblems] },
  { kind: 'aspect', query: '图像识别 挑战', relevant: [P.imageChallenges] },
  { kind: 'aspect', query: '智能客服 挑战', relevant: [P.serviceChallenges] },
  { kind: 'aspect', query: '医疗影像 应用', relevant: [P.medImagingApps] },

  // ── English terms ──
  { kind: 'english', query: 'knowledge distillation', relevant: [P.distill, P.compressTech] },
  { kind: 'english', query: 'pruning', relevant: [P.compressTech, P.computePerf, P.constrained] },
  { kind: 'english', query: 'quantization', relevant: [P.quantTech, P.compressTech, P.computePerf] },
  { kind: 'english', query: 'federated learning', relevant: [P.privacyTraining] },
  { kind: 'english', query: 'data parallelism', relevant: [P.distributed, P.distributedStrategies] },
  { kind: 'english', query: 'mixed precision', relevant: [P.optimizeTraining, P.quantTech, P.computePerf] },
  { kind: 'english', query: 'differential privacy', relevant: [P.privacyTraining] },
  { kind: 'english', query: 'transfer learning', relevant: [P.algoPrinciples, P.imageApps, P.nlpProgress, P.algoProsCons] },
  { kind: 'english', query: 'backpropagation', relevant: [P.trainingProcess, P.formula, P.mathModel, P.modelTraining, P.algoSteps] },
  { kind: 'english', query: 'gradient clipping', relevant: [P.vanishing] },
  { kind: 'english', query: 'learning rate', relevant: [P.commonOptim, P.vanishing, P.optimizeTraining] },
  { kind: 'english', query: 'overfitting', relevant: [P.trainingKeyTech, P.trainingChallenges] },
  { kind: 'english', query: 'explainability', relevant: [P.interpretability, P.generalization] },
  { kind: 'english', query: 'recommender system', relevant: [P.recApps, P.recProblems] },
  { kind: 'english', query: 'speech recognition challenges', relevant: [P.speechChallenges, P.speechProblems] },
  { kind: 'english', query: 'energy consumption', relevant: [P.energy, P.sustainable] },
  { kind: 'english', query: 'What is a large language model?', relevant: [P.whatIs] },
  { kind: 'english', query: 'autonomous driving', relevant: [P.driveApps, P.driveChallenges] },
  { kind: 'english', query: 'homomorphic encryption', relevant: [P.privacyTraining] },
  { kind: 'english', query: 'fine-tuning', relevant: [P.imageApps] },

  // ── Traditional script ──
  { kind: 'traditional', query: '知識蒸餾', relevant: [P.distill, P.compressTech] },
  { kind: 'traditional', query: '聯邦學習', relevant: [P.privacyTraining] },
  { kind: 'traditional', query: '語言模型', relevant: [P.nlpProgress], note: '预训练语言模型 in the NLP-progress answer' },
  { kind: 'traditional', query: '模型壓縮', relevant: [P.compressTech, P.constrained, P.computePerf] },
  { kind: 'traditional', query: '梯度消失問題', relevant: [P.vanishing] },
  { kind: 'traditional', query: '自動駕駛的挑戰', relevant: [P.driveChallenges, P.drivePerception, P.drivePlanning] },
  { kind: 'traditional', query: '醫療影像分析', relevant: [P.medImagingApps, P.medImagingChallenges] },
  { kind: 'traditional', query: '數據隱私', relevant: [P.privacyTraining, P.privacySecurity, P.securityPrivacy] },
  { kind: 'traditional', query: '分佈式訓練', relevant: [P.distributed, P.distributedStrategies] },
  {
    kind: 'traditional',
    query: '資料隱私如何保護',
    relevant: [P.privacyTraining, P.privacySecurity],
    note: 'Taiwan 資料 (data): no character map turns it into 数据',
  },
];
