/**
 * Checks the MDX that maintainers write (content/notes, content/topics, content/pages) while it
 * compiles, so a mistake fails the build with `file:line:column` instead of rendering a dead link:
 *  - a note's file name must be the slug of an existing question, a topic introduction's a topic id;
 *  - <AnswerRef id="…"> must name an existing entry, <Term> a glossary term;
 *  - only the site's components may be used, and no import/export (components are provided by the
 *    page, so a note never pulls code into the build).
 * What exists is read from the generated content next to the note (content/<topic>/<slug>/<id>.mdx
 * and content/glossary.json), so the check also holds in the benchmark's and tests' project copies.
 * Generated entries never pass through here: they are rendered by src/lib/generated-mdx-loader.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { TOPIC_IDS } from '../topics.ts';

/** The components pages hand to maintainer MDX (src/components/editorial/). */
export const EDITORIAL_COMPONENTS = ['AnswerRef', 'Term', 'Callout'] as const;
const CALLOUT_TYPES = ['note', 'tip', 'warning', 'outdated'];

export type EditorialKind = 'notes' | 'topics' | 'pages';

interface Known {
  questions: Set<string>;
  entries: Set<string>;
  terms: Set<string>;
}

/** Entry ids and question slugs from content/<topic>/<slug>/<id>.mdx; glossary terms by Chinese and English name. */
export function knownContent(contentDir: string): Known {
  const questions = new Set<string>();
  const entries = new Set<string>();
  for (const topic of TOPIC_IDS) {
    const dir = join(contentDir, topic);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir, { withFileTypes: true })) {
      if (!slug.isDirectory()) continue;
      questions.add(slug.name);
      for (const file of readdirSync(join(dir, slug.name))) if (file.endsWith('.mdx')) entries.add(file.slice(0, -4));
    }
  }
  const terms = new Set<string>();
  const glossary = join(contentDir, 'glossary.json');
  if (existsSync(glossary)) {
    for (const t of JSON.parse(readFileSync(glossary, 'utf8')) as { zh: string; en: string }[]) {
      terms.add(t.zh);
      terms.add(t.en.toLowerCase());
    }
  }
  return { questions, entries, terms };
}

/** Which kind of maintainer file this is, from its folder; null for anything else. */
export function editorialKind(path: string): { kind: EditorialKind; contentDir: string } | null {
  const folder = basename(dirname(path));
  if (folder !== 'notes' && folder !== 'topics' && folder !== 'pages') return null;
  return { kind: folder, contentDir: dirname(dirname(path)) };
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: { type: string; value?: string; children?: unknown[] }[];
  position?: { start: { line: number; column: number } };
}

const attr = (node: JsxNode, name: string): string | undefined => {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const textOf = (node: { value?: string; children?: unknown[] }): string =>
  (node.value ?? '') + (node.children ?? []).map((c) => textOf(c as { value?: string; children?: unknown[] })).join('');

export class EditorialError extends Error {
  line: number;
  column: number;
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'EditorialError';
    this.line = line;
    this.column = column;
  }
}

export function remarkEditorialChecks() {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    const where = path ? editorialKind(path) : null;
    if (!path || !where) return;
    const shown = relative(process.cwd(), path).split(sep).join('/') || path;
    const fail = (node: { position?: { start: { line: number; column: number } } } | undefined, reason: string): never => {
      throw new EditorialError(shown, node?.position?.start.line ?? 1, node?.position?.start.column ?? 1, reason);
    };
    const known = knownContent(where.contentDir);
    const name = basename(path).replace(/\.mdx$/u, '');

    if (where.kind === 'notes' && !known.questions.has(name))
      fail(undefined, `编者注的文件名必须是一个已有问题的 slug，但没有问题叫「${name}」（见 content/<主题>/<slug>/）`);
    if (where.kind === 'topics' && !(TOPIC_IDS as readonly string[]).includes(name))
      fail(undefined, `主题导读的文件名必须是主题 id（${TOPIC_IDS.join('、')}），而不是「${name}」`);

    visit(tree, (node) => {
      const type = (node as { type: string }).type;
      if (type === 'mdxjsEsm') fail(node, '编者写的 MDX 不能 import/export：站点组件（AnswerRef、Term、Callout）已自动提供');
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const el = node as unknown as JsxNode;
      // Lower-case names are plain HTML (<kbd>, <br />); capitalised ones must be site components.
      if (el.name === null || /^[a-z]/u.test(el.name)) return;
      if (!(EDITORIAL_COMPONENTS as readonly string[]).includes(el.name))
        fail(el, `未知组件 <${el.name}>：可用的组件是 ${EDITORIAL_COMPONENTS.map((c) => `<${c}>`).join('、')}`);
      if (el.name === 'AnswerRef') {
        const id = attr(el, 'id');
        if (!id) fail(el, '<AnswerRef> 需要 id 属性（条目 id，例如 id="000-q1"）');
        if (!known.entries.has(id!)) fail(el, `<AnswerRef id="${id}">：没有这个条目（条目 id 见 content/<主题>/<问题>/<id>.mdx）`);
      }
      if (el.name === 'Term') {
        const term = attr(el, 'zh') ?? textOf(el as unknown as { children: unknown[] }).trim();
        if (!term) fail(el, '<Term> 需要术语文字，例如 <Term>知识蒸馏</Term>');
        if (!known.terms.has(term) && !known.terms.has(term.toLowerCase()))
          fail(el, `<Term>${term}</Term>：术语表中没有这个术语（content/glossary.json，由 content/vocabulary.yaml 与原文生成）`);
      }
      if (el.name === 'Callout') {
        const kind = attr(el, 'type') ?? 'note';
        if (!CALLOUT_TYPES.includes(kind)) fail(el, `<Callout type="${kind}">：type 只能是 ${CALLOUT_TYPES.join('、')}`);
      }
    });
  };
}
