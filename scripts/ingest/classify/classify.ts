/**
 * Step 4 — classify: score a question against every topic from the cues of lexicon.ts and keep
 * the explanation (which cue, where, how much), so a reader can see why it sits where it does.
 */
import { TOPIC_IDS, TOPICS, type TopicId } from '../../../src/lib/topics.ts';
import { BODY_CAP, BODY_FACTOR, CUES, type Cue } from './lexicon.ts';

export interface ClassifyInput {
  /** Headings (titles) of the question's entries, and the section each sits under. */
  headings: string[];
  /** Plain text of the answers. */
  bodies: string[];
}

export interface Classification {
  topic: TopicId;
  scores: Record<TopicId, number>;
  reason: string;
}

interface Hit {
  topic: TopicId;
  label: string;
  points: number;
  where: '标题' | '正文';
}

function countCue(cue: Cue, text: string): number {
  if (typeof cue.match === 'string') return text.split(cue.match).length - 1;
  const flags = cue.match.flags.includes('g') ? cue.match.flags : `${cue.match.flags}g`;
  return [...text.matchAll(new RegExp(cue.match.source, flags))].length;
}

function cueLabel(cue: Cue): string {
  return cue.label ?? (typeof cue.match === 'string' ? cue.match : cue.match.source);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function classify(input: ClassifyInput): Classification {
  const scores = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  const hits: Hit[] = [];
  const headingText = input.headings.join('\n');
  const bodyText = input.bodies.join('\n');
  for (const topic of TOPIC_IDS) {
    for (const cue of CUES[topic]) {
      const inHeadings = countCue(cue, headingText);
      if (inHeadings > 0) {
        // Several sources asking the same thing should not multiply one cue's weight.
        const points = cue.weight * Math.min(inHeadings, 1 + Math.log2(inHeadings));
        scores[topic] += points;
        hits.push({ topic, label: cueLabel(cue), points, where: '标题' });
      }
      const inBody = Math.min(countCue(cue, bodyText), BODY_CAP);
      if (inBody > 0) {
        const points = cue.weight * BODY_FACTOR * inBody;
        scores[topic] += points;
        hits.push({ topic, label: cueLabel(cue), points, where: '正文' });
      }
    }
  }
  for (const t of TOPIC_IDS) scores[t] = round(scores[t]);
  // Ties and empty scores fall back to the topic order, concepts first: deterministic and explainable.
  const topic = TOPIC_IDS.reduce((best, t) => (scores[t] > scores[best] ? t : best), TOPIC_IDS[0]);
  return { topic, scores, reason: explain(topic, scores, hits) };
}

function explain(topic: TopicId, scores: Record<TopicId, number>, hits: Hit[]): string {
  if (scores[topic] === 0) return `没有命中任何主题关键词，默认归入「${TOPICS[topic].name}」。`;
  const mine = hits
    .filter((h) => h.topic === topic)
    .sort((a, b) => b.points - a.points)
    .slice(0, 5)
    .map((h) => `${h.where}「${h.label}」+${round(h.points)}`);
  const runnerUp = TOPIC_IDS.filter((t) => t !== topic).reduce(
    (best, t) => (scores[t] > scores[best] ? t : best),
    TOPIC_IDS.find((t) => t !== topic)!,
  );
  const versus = scores[runnerUp] > 0 ? `；次高为「${TOPICS[runnerUp].name}」${scores[runnerUp]} 分` : '';
  return `归入「${TOPICS[topic].name}」（${scores[topic]} 分）：${mine.join('、')}${versus}。`;
}
