/**
 * Rewrite (rewrite-source.ts): Dendron's note variables, `{{fm.title}}` and `{{fm.updated}}`, which
 * Dendron's preview and published site replace by that field of the note's front matter (a heading
 * `# {{fm.title}}` shows the note's title). Each is replaced by its field's value as the note shows
 * it: `created` and `updated`, kept as milliseconds since 1970, as the date they are. A variable naming
 * no field, and anything in code, stays as written.
 */
import { isMap, parseDocument } from 'yaml';
import { inRanges, lineFinder, literalRanges } from './parse.ts';

const VARIABLE = /\{\{\s*fm\.([A-Za-z_][\w-]*)\s*\}\}/gu;
const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;
/** Dendron's timestamps: milliseconds, shown as a day (UTC, as Dendron's exports write them). */
const TIMESTAMPS = new Set(['created', 'updated']);

function shown(key: string, value: unknown): string | null {
  if (TIMESTAMPS.has(key) && typeof value === 'number' && value > 1e11) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function withNoteVariables(text: string): { text: string; lines: number[] } {
  if (!text.includes('{{') || !/\{\{\s*fm\./u.test(text)) return { text, lines: [] };
  const front = FRONT_MATTER.exec(text);
  if (!front) return { text, lines: [] };
  const doc = parseDocument(front[1]!);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, lines: [] };
  const fields = doc.toJS() as Record<string, unknown>;
  const code = literalRanges(text);
  const lineAt = lineFinder(text);
  const lines = new Set<number>();
  const out = text.replace(VARIABLE, (whole: string, key: string, at: number) => {
    const value = Object.hasOwn(fields, key) ? shown(key, fields[key]) : null;
    if (value === null || at < front[0].length || inRanges(code, at, at + whole.length)) return whole;
    lines.add(lineAt(at));
    return value;
  });
  return { text: out, lines: [...lines].sort((a, b) => a - b) };
}
