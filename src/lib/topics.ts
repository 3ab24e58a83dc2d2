/**
 * The five fixed topics of the knowledge base (SPEC: "Topic"). Ids are part of every
 * permalink, so they never change; names and blurbs are UI text.
 */
export const TOPIC_IDS = ['concepts', 'training', 'compression', 'applications', 'challenges'] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicInfo {
  id: TopicId;
  name: string;
  blurb: string;
}

export const TOPICS: Record<TopicId, TopicInfo> = {
  concepts: {
    id: 'concepts',
    name: '基础概念',
    blurb: '大模型是什么、有什么特点、与小模型的区别、核心概念与原理概览、优缺点。',
  },
  training: {
    id: 'training',
    name: '训练与优化',
    blurb: '数据准备、训练流程、前向与反向传播、优化技巧、分布式与混合精度训练、评估调优、调试与代码实践、训练成本。',
  },
  compression: {
    id: 'compression',
    name: '压缩与部署',
    blurb: '剪枝、量化、知识蒸馏、低秩分解、推理与计算优化、在资源受限设备上的部署。',
  },
  applications: {
    id: 'applications',
    name: '应用与商业',
    blurb: '大模型在自然语言处理、视觉、语音、推荐、医疗、金融、自动驾驶、教育等领域的应用，商业案例、市场前景与创业策略。',
  },
  challenges: {
    id: 'challenges',
    name: '挑战与风险',
    blurb: '通用与领域内的问题和挑战、隐私与安全、可解释性、能耗与可持续、成本障碍、法律与伦理。',
  },
};

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}
