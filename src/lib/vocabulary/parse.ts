/**
 * Reading the vocabulary of the field (content/vocabulary.yaml): validated concepts, or an error
 * naming file and line. Build-time only (YAML and zod stay out of the browser); match.ts is the
 * browser-safe part.
 *
 * Everything that needs to know what a word means reads this one table — topic classification,
 * duplicate grouping, topic-page groups, the glossary and search — so a maintainer who teaches the
 * knowledge base a word (one line in the YAML) teaches all of them at once.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { TOPIC_IDS } from '../topics.ts';
import { CONCEPT_KINDS, formsOf, normalizeForm, type VocabularyConcept } from './match.ts';

const form = z.string().trim().min(1);

export const conceptSchema = z
  .object({
    zh: form,
    en: form,
    also: z.array(form).default([]),
    say: z.array(form).default([]),
    ambiguous: z.array(form).default([]),
    topic: z.enum(TOPIC_IDS).optional(),
    combines: z
      .array(z.union([form, z.array(form).min(2)]))
      .min(2)
      .optional(),
    kind: z.enum(CONCEPT_KINDS).default('term'),
    broad: z.boolean().default(false),
    open: z.boolean().optional(),
    broader: form.optional(),
    group: form.optional(),
  })
  .strict();

export class VocabularyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'VocabularyError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Parse and validate the vocabulary file; any problem is an error naming file and line. */
export function parseVocabulary(text: string, file = 'content/vocabulary.yaml'): VocabularyConcept[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const firstError = doc.errors[0];
  if (firstError) throw new VocabularyError(file, lineAt(firstError.pos[0]), `YAML 格式有误：${firstError.message.split('\n')[0]!}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new VocabularyError(file, lineAt(doc.contents.range?.[0]), '应当是概念的列表（- { zh: …, en: … }）');

  const concepts: VocabularyConcept[] = [];
  const owner = new Map<string, VocabularyConcept>();
  for (const item of doc.contents.items) {
    const line = lineAt((item as { range?: [number, number, number] }).range?.[0]);
    if (!isMap(item)) throw new VocabularyError(file, line, '每个概念都应是一个映射：{ zh: …, en: …, topic: … }');
    const parsed = conceptSchema.safeParse(item.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new VocabularyError(file, line, `${issue.path.join('.') || '概念'}: ${issue.message}`);
    }
    const concept: VocabularyConcept = { id: concepts.length, line, ...parsed.data };
    if (concept.kind === 'domain' && concept.topic) {
      throw new VocabularyError(file, line, `${concept.zh}：领域词（domain）不带主题，由问法决定；请删掉它的 topic`);
    }
    if (concept.open && concept.kind !== 'aspect') throw new VocabularyError(file, line, `${concept.zh}：只有问法（aspect）才能标为 open`);
    // One form, one meaning: a word listed under two concepts would make every reader of the
    // table pick one arbitrarily.
    for (const f of formsOf(concept)) {
      const key = normalizeForm(f);
      const other = owner.get(key);
      if (other && other !== concept) {
        throw new VocabularyError(file, line, `「${f}」已经是「${other.zh}」（第 ${other.line} 行）的一种说法；同一个说法只能属于一个概念`);
      }
      owner.set(key, concept);
    }
    concepts.push(concept);
  }
  // A broader concept is another line of the file, and following broader never comes back.
  const byZh = new Map(concepts.map((c) => [c.zh, c]));
  for (const c of concepts) {
    if (c.broader === undefined) continue;
    const target = byZh.get(c.broader);
    if (!target) throw new VocabularyError(file, c.line, `${c.zh}：broader「${c.broader}」不是任何概念的 zh`);
    const seen = new Set([c.id]);
    for (let at: VocabularyConcept | undefined = target; at; at = at.broader === undefined ? undefined : byZh.get(at.broader)) {
      if (seen.has(at.id)) throw new VocabularyError(file, c.line, `${c.zh}：上位概念（broader）经过「${at.zh}」绕成了一个环`);
      seen.add(at.id);
    }
  }
  // A compound names two or more other lines of the file.
  for (const c of concepts) {
    for (const part of (c.combines ?? []).flat()) {
      if (!byZh.has(part) || part === c.zh) throw new VocabularyError(file, c.line, `${c.zh}：combines「${part}」不是另一个概念的 zh`);
    }
  }
  return concepts;
}
