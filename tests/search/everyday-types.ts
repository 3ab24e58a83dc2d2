/**
 * One everyday-language search query and the entries that answer it (see everyday-tuning.ts and
 * everyday-held-out-22.ts for how they were written, judged and split).
 */
export type EverydayStyle = 'synonym' | 'metaphor' | 'situation' | 'spoken' | 'mixed-english' | 'plain';

export const EVERYDAY_STYLES: readonly EverydayStyle[] = ['synonym', 'metaphor', 'situation', 'spoken', 'mixed-english', 'plain'];

export interface EverydayQuery {
  /** What a reader types. */
  query: string;
  /** Entry ids (front-matter `id`, e.g. 004-q21, 002-s2-3), most relevant first. */
  relevant: string[];
  /**
   * synonym: everyday words for the articles' terms (耗电 for 能耗); metaphor: 让大模型减肥;
   * situation: a problem the reader is in; spoken: colloquial (咋, 啥, 靠谱吗);
   * mixed-english: Chinese with English terms (LLM, GPU); plain: a plain question.
   */
  style: EverydayStyle;
  /** Why these entries, when it isn't obvious. */
  note?: string;
}
