/**
 * Words an answer says it does not mean in the field's sense. Authors who use a word of the field
 * in another sense often say so: 「这里的“蒸馏”是分离工艺，不是模型压缩里的知识蒸馏」,
 * 「它和模型压缩里的低秩分解不是一回事」. What such a sentence denies is not what the question is about.
 *
 * Only sentences that both point at a sense (这里的, 一回事, 混淆 …) and deny one (不是, 并非, 两回事 …)
 * count: 「这不是量化的问题」 alone says nothing about what 量化 means.
 */
import type { VocabularyConcept, VocabularyMatcher } from '../../../src/lib/vocabulary/match.ts';

const SENSE = /这里的|这里说的|这儿的|此处的|文中的|所说的|指的是|两回事|一回事|两码事|一码事|混为一谈|混淆|搞混|弄混|带偏|绕晕/u;
/** What follows one of these is denied: 「不是模型压缩里的知识蒸馏」. */
const DENIED_AFTER = /不是|并非|而非|不等于|不同于/gu;
/**
 * The thing compared follows 和/与/跟/同 in a clause that says the two differ: 「和…知识蒸馏是两回事」,
 * 「跟模型训练里的学习率预热没有关系」.
 */
const COMPARED =
  /(?:和|与|跟|同)(.+?)(?:是两回事|不是一回事|并非一回事|是两码事|不是一码事|是两个概念|不是一个概念|无关|没有关系|没关系|不相干|混为一谈)/u;
/** 「不是所有量化方法都…」, 「不是只有蒸馏」: a quantifier after 不是 does not deny the word. */
const NOT_A_DENIAL = /^(?:所有|每|只|一回事|一码事|一个|都|很|太|特别|越|那么|非常|简单|单纯|说|因为|为了|要|在|没有|不)/u;

/** Spans of `text` (start, end offsets) naming what the text says it does not mean. */
export function disclaimedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const sentence of text.matchAll(/[^。！？；!?;\n]+/gu)) {
    const s = sentence[0];
    if (!SENSE.test(s)) continue;
    const base = sentence.index;
    for (const clause of s.matchAll(/[^，,：:]+/gu)) {
      const c = clause[0];
      const at = base + clause.index;
      const compared = COMPARED.exec(c);
      if (compared) {
        const start = at + compared.index + compared[0].indexOf(compared[1]!, 1);
        spans.push([start, start + compared[1]!.length]);
        continue;
      }
      for (const m of c.matchAll(DENIED_AFTER)) {
        const rest = c.slice(m.index + m[0].length);
        if (rest.trim() === '' || NOT_A_DENIAL.test(rest)) continue;
        spans.push([at + m.index + m[0].length, at + c.length]);
        break;
      }
    }
  }
  return spans;
}

/**
 * The concepts of the field a (normalised) answer disclaims, and the forms it names them by; a
 * heading that uses one of those forms, or a shorter form of the same topic inside one (蒸馏 in
 * 知识蒸馏), means the word in another sense.
 */
export interface Disclaimed {
  ids: Set<number>;
  forms: { form: string; concept: VocabularyConcept }[];
  /** Where the text disclaims them (offsets in `text`). */
  spans: [number, number][];
}

export function disclaimedConcepts(text: string, matcher: VocabularyMatcher): Disclaimed {
  const ids = new Set<number>();
  const forms: { form: string; concept: VocabularyConcept }[] = [];
  const spans = disclaimedSpans(text);
  for (const [start, end] of spans) {
    for (const m of matcher.find(text.slice(start, end))) {
      if (!m.concept.topic || m.concept.broad || m.concept.kind !== 'term') continue;
      ids.add(m.concept.id);
      forms.push({ form: m.form, concept: m.concept });
    }
  }
  return { ids, forms, spans };
}

/** Whether a concept found in a heading by `form` is one the answer disclaims. */
export function isDisclaimed(concept: VocabularyConcept, form: string, disclaimed: Disclaimed): boolean {
  return (
    disclaimed.ids.has(concept.id) ||
    disclaimed.forms.some((d) => d.concept.topic === concept.topic && d.form.length > form.length && d.form.includes(form))
  );
}
