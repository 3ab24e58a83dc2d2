/**
 * Groups a topic's questions for its list page: by application domain for 应用 and 挑战 (what a
 * reader scans for: 医疗, 金融 …), by theme for the others. First matching group wins.
 */
import type { TopicId } from './topics.ts';

interface Group {
  name: string;
  cues: string[];
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
  { name: '工业、能源与物联网', cues: ['工业', '制造', '能源', '物联网', '智能家居', '环境', '农业'] },
  { name: '商业与创业', cues: ['商业', '创业', '企业', '竞争', '市场'] },
];

const THEMES: Partial<Record<TopicId, Group[]>> = {
  training: [
    { name: '训练流程与数据', cues: ['训练过程', '数据', '模型训练', '算法步骤'] },
    { name: '优化技巧', cues: ['梯度', '优化', '成本'] },
    { name: '分布式训练', cues: ['分布式'] },
    { name: '评估与调试', cues: ['评估', '调试'] },
    { name: '数学与代码实践', cues: ['数学', '公式', '代码', '开发环境', '案例'] },
  ],
};

export function groupQuestions<T extends { title: string }>(topic: TopicId, questions: readonly T[]): { name: string; questions: T[] }[] {
  const groups = topic === 'applications' || topic === 'challenges' ? DOMAINS : THEMES[topic];
  if (!groups) return [{ name: '', questions: [...questions] }];
  const fallback = topic === 'applications' || topic === 'challenges' ? '综合' : '其他';
  const buckets = new Map<string, T[]>(groups.map((g) => [g.name, []]));
  buckets.set(fallback, []);
  for (const q of questions) {
    const group = groups.find((g) => g.cues.some((c) => q.title.includes(c)));
    buckets.get(group?.name ?? fallback)!.push(q);
  }
  return [...buckets].filter(([, qs]) => qs.length > 0).map(([name, qs]) => ({ name, questions: qs }));
}
