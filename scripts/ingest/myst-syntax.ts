/**
 * MyST Markdown (Jupyter Book, Sphinx with myst-parser) writes its blocks as directives: a fence
 * whose info string is `{name} argument` (```` ```{note} ````, ```` ```{admonition} 标题 ````,
 * ```` ```{math} ````, ```` ```{code-cell} ipython3 ````, or `:::{note}` … `:::`), with `:key: value`
 * option lines at the top of the body. Read as CommonMark each is a code block of language `{note}`,
 * so a note shows as code and its words as monospace. Each directive becomes what the book shows,
 * keeping every line where it was:
 * - an admonition (note, tip, warning, …, `admonition` with its title and `:class:`, `dropdown`
 *   folded) a callout: the body quoted under `> [!kind] title`;
 * - `{math}` display math between `$$`, numbered when labelled; `{code-cell}`, `{code-block}`, `{code}` and `{mermaid}` a
 *   fence of that language, its options left out;
 * - `{figure}` / `{image}` named as a picture (「图片：说明（地址）」), its caption kept;
 * - `{contents}`, `{tableofcontents}` and `{toctree}`, which the book generates, dropped.
 * Other directives stay as written. A document that uses directives, target labels `(name)=` or
 * roles is MyST: there the labels and Jupytext's cell breaks (`+++`) are not published, and inline
 * roles read as the book shows them: {math}`x` as a formula, {ref}`name` as the title of the heading
 * `(name)=` labels, {term}`大模型`, {abbr}`…` and the like as their text.
 */
import { literalRanges, rangeLookup } from './parse.ts';

const OPENING = /^(\s*)(`{3,}|~{3,}|:{3,})\{([A-Za-z][\w-]*)\}[ \t]*(.*?)\s*$/u;
const OPTION = /^:[\w-]+:(?:\s.*)?$/u;
const LABEL = /^\s*\(([\w.:-]+)\)=\s*$/u;
const CELL_BREAK = /^\+\+\+(?:\s*\{.*\})?\s*$/u;
const ROLE = /\{([a-z][\w:-]*)\}(`+)(?!`)([\s\S]*?[^`])\2(?!`)/gu;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u;

/** Admonitions and the callout kind each is (src/lib/markdown/callouts.ts names them). */
const ADMONITIONS: Record<string, string> = {
  note: 'note',
  tip: 'tip',
  hint: 'hint',
  important: 'important',
  warning: 'warning',
  caution: 'caution',
  attention: 'attention',
  danger: 'danger',
  error: 'error',
  seealso: 'note',
  admonition: 'note',
  dropdown: 'note',
  margin: 'note',
  sidebar: 'note',
  topic: 'note',
};
const CLASS_KINDS = new Set(Object.values(ADMONITIONS).concat(['info', 'success', 'question', 'example', 'quote']));
const CODE = new Set(['code-cell', 'code-block', 'code', 'sourcecode', 'mermaid']);
const GENERATED = new Set(['contents', 'tableofcontents', 'toctree']);
const LANGUAGES: Record<string, string> = { ipython3: 'python', ipython: 'python', python3: 'python' };

export interface MystRewrite {
  text: string;
  /** Line of each directive rewritten. */
  directives: number[];
  /** Lines of labels and cell breaks not published. */
  markers: number[];
}

/** Whether the text is MyST: a directive, a label or a role outside code. */
function isMyst(lines: readonly string[]): boolean {
  return lines.some((l) => OPENING.test(l) || LABEL.test(l)) || /\{(?:ref|term|math|numref|doc|eq)\}`/u.test(lines.join('\n'));
}

/** The line closing a fence opened with `fence`, or -1. */
function closingLine(lines: readonly string[], from: number, fence: string): number {
  const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`, 'u');
  for (let i = from + 1; i < lines.length; i++) if (close.test(lines[i]!)) return i;
  return -1;
}

/** A directive's body rewritten: `lines` are its body lines (they may hold directives of their own). */
function rewriteDirective(
  name: string,
  argument: string,
  indent: string,
  body: string[],
  fence: string,
  equations: ReadonlyMap<string, number>,
): { open: string; body: string[]; close: string } | null {
  let options = 0;
  while (options < body.length && OPTION.test(body[options]!.trim())) options++;
  const option = (key: string) =>
    body
      .slice(0, options)
      .map((l) => new RegExp(`^:${key}:\\s*(.*)$`, 'u').exec(l.trim())?.[1])
      .find((v) => v !== undefined);
  const blank = (n: number) => Array<string>(n).fill('');
  const rest = body.slice(options);
  const admonition = ADMONITIONS[name];
  if (admonition) {
    const given = option('class')
      ?.split(/\s+/u)
      .find((c) => CLASS_KINDS.has(c.replace(/^dropdown$/u, '')));
    const kind = given ?? admonition;
    const folded = name === 'dropdown' || option('class')?.split(/\s+/u).includes('dropdown') === true;
    const title = argument || (name === 'seealso' ? '另请参阅' : '');
    const quoted = rewriteMystText([...blank(options), ...rest].join('\n')).text.split('\n');
    return {
      open: `${indent}> [!${kind}]${folded ? '-' : ''}${title ? ` ${title}` : ''}`,
      body: quoted.map((l) =>
        l.trim() === '' ? `${indent}>` : `${indent}> ${l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()}`,
      ),
      close: '',
    };
  }
  if (name === 'math') {
    // A labelled equation is numbered, as the book numbers it, so that {eq}`label` can cite it.
    const number = equations.get(option('label') ?? '');
    const last = rest.findLastIndex((l) => l.trim() !== '');
    const formula = rest.map((l, i) => (i === last && number !== undefined ? `${l} \\tag{${number}}` : l));
    if (options === 0) return { open: `${indent}$$`, body: formula, close: `${indent}$$` };
    return { open: '', body: [...blank(options - 1), `${indent}$$`, ...formula], close: `${indent}$$` };
  }
  if (CODE.has(name)) {
    const language = name === 'mermaid' ? 'mermaid' : (LANGUAGES[argument.split(/\s+/u)[0] ?? ''] ?? argument.split(/\s+/u)[0] ?? '');
    const ticks = fence[0] === ':' ? '```' : fence;
    // The fence opens on the last option line (as $$ does above), so the options are not code and no line moves.
    if (options === 0) return { open: `${indent}${ticks}${language}`, body: rest, close: `${indent}${ticks}` };
    return { open: '', body: [...blank(options - 1), `${indent}${ticks}${language}`, ...rest], close: `${indent}${ticks}` };
  }
  if (name === 'figure' || name === 'image') {
    const alt = option('alt');
    return { open: `${indent}图片：${alt ? `${alt}（${argument}）` : argument}`, body: [...blank(options), ...rest], close: '' };
  }
  if (GENERATED.has(name)) return { open: '', body: blank(body.length), close: '' };
  return null;
}

/** Directives, labels, cell breaks and roles of a MyST text rewritten (see the module comment). */
export function rewriteMystText(text: string): MystRewrite {
  const result: MystRewrite = { text, directives: [], markers: [] };
  const lines = text.split('\n');
  if (!isMyst(lines)) return result;

  const headingOfLabel = new Map<string, string>();
  lines.forEach((l, i) => {
    const label = LABEL.exec(l)?.[1];
    let next = i + 1;
    while (label && next < lines.length && lines[next]!.trim() === '') next++;
    const heading = label ? lines[next] : undefined;
    const title = heading === undefined ? undefined : HEADING.exec(heading)?.[1];
    if (label && title) headingOfLabel.set(label, title);
  });

  const equations = new Map<string, number>();
  lines.forEach((l, i) => {
    if (OPENING.exec(l)?.[3]?.toLowerCase() !== 'math') return;
    for (let j = i + 1; j < lines.length && OPTION.test(lines[j]!.trim()); j++) {
      const label = /^:label:\s*(\S+)/u.exec(lines[j]!.trim())?.[1];
      if (label && !equations.has(label)) equations.set(label, equations.size + 1);
    }
  });

  let inFence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFence !== null) {
      if (new RegExp(`^\\s*${inFence[0] === '~' ? '~' : '`'}{${inFence.length},}\\s*$`, 'u').test(line)) inFence = null;
      continue;
    }
    const opening = OPENING.exec(line);
    if (opening) {
      const [, indent, fence, name, argument] = opening as unknown as [string, string, string, string, string];
      const end = closingLine(lines, i, fence);
      const rewritten = end < 0 ? null : rewriteDirective(name.toLowerCase(), argument, indent, lines.slice(i + 1, end), fence, equations);
      if (rewritten) {
        [rewritten.open, ...rewritten.body, rewritten.close].forEach((l, k) => (lines[i + k] = l));
        result.directives.push(i + 1);
        i = end;
        continue;
      }
    }
    const plainFence = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (plainFence) {
      inFence = plainFence;
      continue;
    }
    if (LABEL.test(line) || CELL_BREAK.test(line)) {
      lines[i] = '';
      result.markers.push(i + 1);
    }
  }

  const joined = lines.join('\n');
  const inCode = rangeLookup(literalRanges(joined));
  result.text = joined.replace(ROLE, (whole, role: string, _ticks: string, content: string, at: number) => {
    if (inCode(at)) return whole;
    const explicit = /^(.*?)\s*<([^<>]+)>$/su.exec(content);
    const shown = explicit?.[1] || undefined;
    const target = explicit?.[2] ?? content;
    switch (role) {
      case 'math':
        return `$${content}$`;
      case 'ref':
      case 'numref':
      case 'doc':
        return shown ?? headingOfLabel.get(target) ?? target;
      case 'eq':
        return equations.has(target) ? `（${equations.get(target)}）` : `（${target}）`;
      case 'code':
      case 'kbd':
      case 'file':
      case 'command':
      case 'samp':
      case 'literal':
        return `\`${content}\``;
      default:
        return shown ?? content;
    }
  });
  return result;
}
