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
    topic: z.enum(TOPIC_IDS).optional(),
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
  if (firstError) throw new VocabularyError(file, lineAt(firstError.pos[0]), firstError.message.split('\n')[0]!);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents))
    throw new VocabularyError(file, lineAt(doc.contents.range?.[0]), 'expected a list of concepts (- { zh: …, en: … })');

  const concepts: VocabularyConcept[] = [];
  const owner = new Map<string, VocabularyConcept>();
  for (const item of doc.contents.items) {
    const line = lineAt((item as { range?: [number, number, number] }).range?.[0]);
    if (!isMap(item)) throw new VocabularyError(file, line, 'each concept is a map: { zh: …, en: …, topic: … }');
    const parsed = conceptSchema.safeParse(item.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new VocabularyError(file, line, `${issue.path.join('.') || 'concept'}: ${issue.message}`);
    }
    const concept: VocabularyConcept = { id: concepts.length, line, ...parsed.data };
    if (concept.kind === 'domain' && concept.topic) {
      throw new VocabularyError(file, line, `${concept.zh}: a domain is topic-neutral (the aspect decides); drop its topic`);
    }
    if (concept.open && concept.kind !== 'aspect') throw new VocabularyError(file, line, `${concept.zh}: only an aspect can be open`);
    // One form, one meaning: a word listed under two concepts would make every reader of the
    // table pick one arbitrarily.
    for (const f of formsOf(concept)) {
      const key = normalizeForm(f);
      const other = owner.get(key);
      if (other && other !== concept) {
        throw new VocabularyError(
          file,
          line,
          `「${f}」 is already a form of 「${other.zh}」 (line ${other.line}); a form belongs to one concept`,
        );
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
    if (!target) throw new VocabularyError(file, c.line, `${c.zh}: broader 「${c.broader}」 is not the zh of any concept`);
    const seen = new Set([c.id]);
    for (let at: VocabularyConcept | undefined = target; at; at = at.broader === undefined ? undefined : byZh.get(at.broader)) {
      if (seen.has(at.id)) throw new VocabularyError(file, c.line, `${c.zh}: broader concepts form a cycle through 「${at.zh}」`);
      seen.add(at.id);
    }
  }
  return concepts;
}
