/**
 * Topic cues, per the topic table in SPEC.md. A cue found in a heading counts for its full
 * weight, one found in an answer body for a fraction of it: what a question asks decides more
 * than the words its answer happens to use. Tune weights here, never per question (that is what
 * content/overrides.yaml is for).
 */
import type { TopicId } from '../../../src/lib/topics.ts';

export interface Cue {
  /** Plain substring, or a regular expression for patterns like 「在…中的应用」. */
  match: string | RegExp;
  weight: number;
  /** Shown in the explanation; defaults to the substring. */
  label?: string;
}

export const CUES: Record<TopicId, Cue[]> = {
  concepts: [
    { match: '什么是', weight: 6 },
    { match: '是什么', weight: 3 },
    { match: '特点', weight: 4 },
    { match: '概念', weight: 5 },
    { match: '定义', weight: 4 },
    { match: '区别', weight: 4 },
    { match: '原理', weight: 4 },
    { match: '概述', weight: 3 },
    { match: '优缺点', weight: 6 },
    { match: '背景', weight: 4 },
    { match: '基本', weight: 2 },
    { match: '小模型', weight: 2 },
    { match: '参数量', weight: 1 },
  ],
  training: [
    { match: '训练', weight: 3 },
    { match: '数据预处理', weight: 5 },
    { match: '数据收集', weight: 5 },
    { match: '预处理', weight: 3 },
    { match: '梯度', weight: 6 },
    { match: '反向传播', weight: 5 },
    { match: '前向传播', weight: 5 },
    { match: '学习率', weight: 5 },
    { match: '正则化', weight: 4 },
    { match: '归一化', weight: 4 },
    { match: 'Dropout', weight: 4 },
    { match: '过拟合', weight: 3 },
    { match: '优化器', weight: 4 },
    { match: '优化技术', weight: 4 },
    { match: '优化', weight: 2 },
    { match: '分布式', weight: 5 },
    { match: '并行', weight: 3 },
    { match: '混合精度', weight: 5 },
    { match: '评估', weight: 4 },
    { match: '调优', weight: 4 },
    { match: '调试', weight: 6 },
    { match: '数学模型', weight: 5 },
    { match: '公式', weight: 5 },
    { match: '推导', weight: 4 },
    { match: '代码', weight: 5 },
    { match: '开发环境', weight: 5 },
    { match: '案例分析', weight: 3 },
    { match: '算法步骤', weight: 4 },
    { match: '成本和效益', weight: 4 },
    { match: '性能', weight: 1 },
  ],
  compression: [
    { match: '压缩', weight: 6 },
    { match: '剪枝', weight: 6 },
    { match: '量化', weight: 6 },
    { match: '蒸馏', weight: 6 },
    { match: '低秩', weight: 6 },
    { match: '部署', weight: 5 },
    { match: '推理', weight: 3 },
    { match: '计算性能', weight: 6 },
    { match: '资源受限', weight: 6 },
    { match: '边缘', weight: 3 },
    { match: '移动设备', weight: 3 },
  ],
  applications: [
    { match: /在.{1,16}?(?:中|领域|方面|上)?的?应用(?!问题|挑战)/u, weight: 7, label: '在…的应用' },
    { match: /应用于/u, weight: 6, label: '应用于' },
    { match: '应用', weight: 2 },
    { match: '应用场景', weight: 3 },
    { match: '应用领域', weight: 4 },
    { match: '创业', weight: 5 },
    { match: '商业', weight: 4 },
    { match: '市场', weight: 3 },
    { match: '竞争', weight: 4 },
    { match: '企业', weight: 3 },
    { match: '案例', weight: 3 },
    { match: '前景', weight: 5 },
    { match: '展望', weight: 5 },
    { match: '趋势', weight: 5 },
    { match: '未来', weight: 3 },
    { match: '进展', weight: 4 },
    { match: '研究成果', weight: 3 },
    { match: '自然语言处理', weight: 2 },
    { match: '计算机视觉', weight: 2 },
    { match: '图像识别', weight: 2 },
    { match: '语音识别', weight: 2 },
    { match: '推荐系统', weight: 2 },
    { match: '医疗', weight: 2 },
    { match: '金融', weight: 2 },
    { match: '自动驾驶', weight: 2 },
    { match: '教育', weight: 2 },
    { match: '客服', weight: 2 },
  ],
  challenges: [
    { match: '挑战', weight: 8 },
    { match: /问题(?!与解答)/u, weight: 6, label: '问题' },
    { match: '风险', weight: 6 },
    { match: '隐私', weight: 8 },
    { match: '安全', weight: 5 },
    { match: '可解释', weight: 8 },
    { match: '解释性', weight: 8 },
    { match: '透明', weight: 6 },
    { match: '能耗', weight: 8 },
    { match: '可持续', weight: 8 },
    { match: '伦理', weight: 8 },
    { match: '法律', weight: 8 },
    { match: '偏见', weight: 6 },
    { match: '公平', weight: 5 },
    { match: '对抗攻击', weight: 4 },
    { match: '泛化', weight: 2 },
  ],
};

/** A body cue counts this much of its weight, and at most this many times. */
export const BODY_FACTOR = 0.15;
export const BODY_CAP = 3;
