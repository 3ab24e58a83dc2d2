/**
 * Pipeline stage "group": entries that ask the same question become one question. The key keeps what a
 * question is about and drops how it is phrased (question words, 的, 领域 …), and only its first
 * clause counts: "什么是大模型？有哪些应用场景？" asks 什么是大模型 first. Merges are
 * conservative; content/overrides.yaml joins or splits anything else.
 */
import type { DraftEntry } from './drafts.ts';
import type { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { isPhrasedAsQuestion } from './filler.ts';

// Longest first, so 有哪些 goes before 哪些.
// prettier-ignore
export const FILLER = [
  '是怎样的', '是什么', '有哪些', '有什么', '怎么样', '什么样', '如何', '怎样', '怎么', '哪些', '什么', '请问', '简述', '主要', '常见', '领域', '方面',
  '之中', '当中', '中', '的', '吗', '呢',
];

const SENTENCE_END = /[？?；;。!！]/u;
const CLAUSE_END = /[，,]/u;
const DEFINITION = '什么是';

/**
 * What a question asks first, NFKC, lower case: its first sentence ("什么是大模型？有哪些应用场景？"
 * asks 什么是大模型), or the first clause of it when that clause asks a question of its own about
 * something (「什么是大模型，为什么它对 AI 创业很重要？」). A clause that asks nothing only sets the
 * scene, even one naming the subject or the field: 「在银行里，大模型能做什么？」 and 「在银行里，大模型有
 * 哪些风险？」 are two questions, and so are 「同一个模型，评测分数为什么不稳？」 and 「同一个模型，满血版
 * 和量化版差在哪？」. So does a clause whose question word names only a frame (「再过几年，程序员会失业
 * 吗？」, 「再过几年，理赔员会被取代吗？」). Without a way to tell (`namesSubject`), a question clause counts.
 */
export function firstClause(title: string, namesSubject: (clause: string) => boolean = () => true): string {
  const normalised = title.normalize('NFKC').toLowerCase();
  const sentence = normalised.split(SENTENCE_END).find((part) => part.trim() !== '') ?? normalised;
  const clause = sentence.split(CLAUSE_END).find((part) => part.trim() !== '') ?? sentence;
  return clause === sentence || (isPhrasedAsQuestion(clause) && namesSubject(clause)) ? clause : sentence;
}

/** A clause names a subject when the vocabulary finds a concept in it that is not an aspect (大模型 counts, 几年 and 风险 do not). */
export function namesConcept(matcher: VocabularyMatcher): (clause: string) => boolean {
  return (clause) => matcher.find(clause).some((m) => m.concept.kind !== 'aspect');
}

export function questionKey(title: string, namesSubject?: (clause: string) => boolean): string {
  const normalised = title.normalize('NFKC').toLowerCase();
  let key = firstClause(title, namesSubject).replace(/[\s\p{P}\p{S}]+/gu, '');
  // 「X 如何应用于 Y」 asks the same as 「X 在 Y 中的应用」.
  key = key.replace(/^(.*?)(?:如何|怎样|怎么)?应用于(.+)$/u, '$1在$2应用');
  // A definition question (什么是…) must not lose its 什么 to the filler list.
  const definition = key.startsWith(DEFINITION);
  if (definition) key = key.slice(DEFINITION.length);
  for (const word of FILLER) key = key.replaceAll(word, '');
  if (definition) key = DEFINITION + key;
  return key || normalised.replace(/\s+/gu, '');
}

/** The title readers see for a group: the plainest (shortest) phrasing, earliest on ties. */
export function displayQuestion(titles: readonly string[]): string {
  return [...titles].sort((a, b) => a.length - b.length)[0] ?? '';
}

/** Entries with the same key are one question. The key is also the question's identity in content/permalinks.json. */
export type GroupKey = (draft: DraftEntry) => string;

/** The grouping key: questionKey of the entry's title, its first clause judged by the vocabulary. */
export function byQuestionKey(matcher: VocabularyMatcher): GroupKey {
  const namesSubject = namesConcept(matcher);
  return (draft) => questionKey(draft.title, namesSubject);
}

export interface DraftGroup {
  key: string;
  /** The title readers see (displayQuestion of the members' titles). */
  display: string;
  members: DraftEntry[];
  entryIds: string[];
}

/** Drafts in, questions out: one group per key, in order of first appearance, members in draft order. */
export function groupDrafts(drafts: readonly DraftEntry[], keyOf: GroupKey): DraftGroup[] {
  const groups = new Map<string, DraftEntry[]>();
  for (const draft of drafts) {
    const key = keyOf(draft);
    const members = groups.get(key);
    if (members) members.push(draft);
    else groups.set(key, [draft]);
  }
  return [...groups].map(([key, members]) => ({
    key,
    display: displayQuestion(members.map((m) => m.title)),
    members,
    entryIds: members.map((m) => m.id),
  }));
}

/**
 * Which group each group has been joined into, for the stages that join groups by similarity: a
 * joined group points at the group it joined, so a chain of joins ends at one group.
 */
export class Joins {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  /** The group that `i` ends up in. */
  root(i: number): number {
    const p = this.parent[i]!;
    return p === i ? i : (this.parent[i] = this.root(p));
  }
  /** Joins `child`'s group into `into`'s group; false when they already are one. */
  join(child: number, into: number): boolean {
    const [a, b] = [this.root(child), this.root(into)];
    if (a === b) return false;
    this.parent[a] = b;
    return true;
  }
  /**
   * The groups after the joins, each where the group it ended in stood (that group's key, so its
   * permalink, kept), its members in the order they came in and its title shown from all of them.
   */
  apply<G extends DraftGroup>(groups: readonly G[]): G[] {
    const order = new Map(groups.flatMap((g) => g.members).map((m, i) => [m.id, i]));
    const joined = new Map<number, DraftEntry[]>();
    groups.forEach((g, i) => joined.set(this.root(i), [...(joined.get(this.root(i)) ?? []), ...g.members]));
    return [...joined].map(([i, members]): G => {
      members.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
      return { ...groups[i]!, display: displayQuestion(members.map((m) => m.title)), members, entryIds: members.map((m) => m.id) };
    });
  }
}
