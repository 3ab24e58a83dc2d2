/**
 * Groups a topic's questions for its list page: by application domain for 应用 and 挑战 (what a
 * reader scans for: 医疗, 金融 …), by theme for 训练. Groups are listed in the order below; a
 * question goes to the first group, in `match` order, that one of its title's cues hits. Broad
 * groups (总览, 隐私 …) are shown first but matched last, so 「医疗领域的应用前景」 stays under 医疗.
 */
import type { TopicId } from './topics.ts';

interface Group {
  name: string;
  cues: string[];
  /** Lower matches earlier; default 0. Broad, cross-cutting groups match after the domains. */
  match?: number;
}

const DOMAINS: Group[] = [
  { name: '语言与对话', cues: ['自然语言', '文本', '对话', '客服', '社交媒体', '翻译'] },
  { name: '视觉与图像', cues: ['视觉', '图像', '影像'] },
  { name: '语音', cues: ['语音'] },
  { name: '推荐与电商', cues: ['推荐', '电子商务', '电商'] },
  { name: '医疗与生命科学', cues: ['医疗', '生物', '健康', '药物'] },
  { name: '金融', cues: ['金融', '风控', '区块链'] },
  { name: '自动驾驶与交通', cues: ['自动驾驶', '交通', '汽车'] },
  { name: '教育', cues: ['教育'] },
  { name: '工业、能源与物联网', cues: ['工业', '制造', '能源领域', '能源管理', '物联网', '智能家居', '环境', '农业'] },
  { name: '娱乐与游戏', cues: ['娱乐', '游戏'] },
];

const GROUPS: Partial<Record<TopicId, Group[]>> = {
  applications: [
    { name: '总览与前景', cues: ['应用领域', '应用场景', '应用展望', '发展前景', '发展趋势', '研究展望', '研究成果', '应用'], match: 2 },
    ...DOMAINS,
    { name: '安全', cues: ['网络安全', '人工智能安全'] },
    { name: '前沿方向', cues: ['生成式', '跨模态', '增强学习', '强化学习'], match: 1 },
    { name: '商业与创业', cues: ['商业', '创业', '企业', '竞争', '市场'] },
  ],
  challenges: [
    { name: '总体挑战', cues: ['挑战', '问题'], match: 3 },
    { name: '隐私与安全', cues: ['隐私', '安全'], match: 1 },
    { name: '可解释性与透明度', cues: ['解释', '透明'], match: 1 },
    { name: '能耗与可持续', cues: ['能耗', '可持续'], match: 1 },
    ...DOMAINS,
    { name: '商业应用', cues: ['商业', '创业', '企业'] },
  ],
  training: [
    { name: '训练流程与数据', cues: ['训练过程', '数据', '模型训练', '算法步骤', '训练'], match: 2 },
    { name: '优化技巧', cues: ['梯度', '优化', '成本'], match: 1 },
    { name: '分布式训练', cues: ['分布式'] },
    { name: '评估与调试', cues: ['评估', '调试'] },
    { name: '数学与代码实践', cues: ['数学', '公式', '代码', '开发环境', '案例'] },
  ],
};

export function groupQuestions<T extends { title: string }>(topic: TopicId, questions: readonly T[]): { name: string; questions: T[] }[] {
  const groups = GROUPS[topic];
  if (!groups) return [{ name: '', questions: [...questions] }];
  const fallback = topic === 'training' ? '其他' : '综合';
  const byMatch = [...groups].sort((a, b) => (a.match ?? 0) - (b.match ?? 0));
  const buckets = new Map<string, T[]>(groups.map((g) => [g.name, []]));
  buckets.set(fallback, []);
  for (const q of questions) {
    const group = byMatch.find((g) => g.cues.some((c) => q.title.includes(c)));
    buckets.get(group?.name ?? fallback)!.push(q);
  }
  return [...buckets].filter(([, qs]) => qs.length > 0).map(([name, qs]) => ({ name, questions: qs }));
}
