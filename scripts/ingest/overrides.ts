/**
 * content/overrides.yaml — the one small, reviewed file where a maintainer corrects ingestion:
 * a question's topic, which entries form one question, an article's title. Validated with zod;
 * a mistake is reported with its line in the file.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { topicIdSchema } from '../../src/lib/schema.ts';
import { IngestError } from './errors.ts';

export const overridesSchema = z
  .object({
    /** question slug → topic id */
    topics: z.record(z.string(), topicIdSchema).default({}),
    /** entry id → id of an entry whose question it joins, or "alone" to stand as its own question */
    groups: z.record(z.string(), z.string()).default({}),
    /** source file name → article title (for articles whose text has none) */
    titles: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export const NO_OVERRIDES: Overrides = { topics: {}, groups: {}, titles: {} };

export interface LoadedOverrides {
  overrides: Overrides;
  /** Line of each key in the file, for error messages ("topics.some-slug" → 12). */
  lineOf: (section: keyof Overrides, key: string) => number;
}

export function parseOverrides(file: string, text: string): LoadedOverrides {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new IngestError(file, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0] ?? 'invalid YAML');
  }
  const lineOf = (section: keyof Overrides, key: string): number => {
    const node = doc.getIn([section], true) as { items?: { key: { value?: unknown; range?: [number] } }[] } | undefined;
    const item = node?.items?.find((pair) => pair.key.value === key);
    return item?.key.range ? lineCounter.linePos(item.key.range[0]).line : 1;
  };
  const parsed = overridesSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [section, key] = issue.path.map(String);
    const line = section && key ? lineOf(section as keyof Overrides, key) : 1;
    throw new IngestError(file, line, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { overrides: parsed.data, lineOf };
}
