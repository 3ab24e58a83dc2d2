/**
 * Interview-question collections, FAQ exports and podcast show notes often have no headings at
 * all (and some FAQs are a two-column 「| 问题 | 回答 |」 table): each question is a line of plain text (「1、LoRA 为什么省显存？」, 「00:12:10 loss 飙升怎么
 * 办？」), its answer the paragraph below or the lines after an answer label (「答：…」). Such an
 * article could not be split. When the article has no heading but its title (and no bold
 * questions either, see bold-question-headings.ts), a paragraph that is one line asking a
 * question, or whose first line asks one and whose next line starts with an answer label (or that
 * line itself goes on with one: 「问：什么是 RAG？答：…」), becomes
 * a heading below the title; the answer lines stay under it as a paragraph. A question
 * line followed by more prose without a label is prose (「为什么？因为…」), and one lone question is
 * not a pattern: at least two are needed.
 */
import type { Blockquote, Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { parseHeadingLabel } from '../heading.ts';
import { withLineBreaks } from './inline-html.ts';

/** Longer than this, a line is a paragraph that happens to end in a question, not a question. */
const MAX_QUESTION_CHARS = 120;
/** The labels that open an answer: 答：, 回答：, 解答：, 参考答案：, A：, A1：. */
const ANSWER_LABEL = /^\s*(?:答|回答|解答|答案|参考答案|解析|a\d{0,3}|ａ)\s*[:：]/iu;

/** Where a line that asks goes on with its answer: right after the question mark (「问：…？答：…」). */
export const ANSWER_IN_LINE = /(?<=[？?])(?=\s*(?:答|回答|解答|答案|参考答案|a\d{0,3}|ａ)\s*[:：])/iu;

function asksQuestion(line: string): boolean {
  const trimmed = line.trim();
  return [...trimmed].length <= MAX_QUESTION_CHARS && /[？?]$/u.test(parseHeadingLabel(trimmed).title);
}

interface Question {
  heading: Heading;
  answer: Paragraph | null;
}

/** The paragraph as a question heading (and the answer after its first line), or null. */
function questionOf(paragraph: Paragraph, source: string, depth: Heading['depth']): Question | null {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const newline = source.indexOf('\n', start);
  const firstLineEnd = newline < 0 || newline >= end ? end : newline;
  // 「问：什么是 RAG？答：先检索再生成。」 asks and answers on one line: it is cut after the question mark.
  const inLine = ANSWER_IN_LINE.exec(source.slice(start, firstLineEnd));
  const lineEnd = inLine ? start + inLine.index : firstLineEnd;
  if (!inLine && lineEnd === end) {
    if (!asksQuestion(toString(paragraph))) return null;
    return { heading: { type: 'heading', depth, children: paragraph.children, position: paragraph.position }, answer: null };
  }
  const rest = source.slice(inLine ? lineEnd : lineEnd + 1, end);
  // Inside a quotation the next line starts with its marker (「> A：…」).
  // A bold question line (「**Q：什么是 RAG？**」) asks as well: its markers are not text.
  if (
    !asksQuestion(source.slice(start, lineEnd).replace(/^\s*[*_]+|[*_]+\s*$/gu, '')) ||
    !ANSWER_LABEL.test(rest.replace(/^[ \t]*(?:>[ \t]?)+/u, ''))
  )
    return null;
  const question: PhrasingContent[] = [];
  const answer: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    if (from === undefined || to === undefined) return null;
    if (to <= lineEnd) question.push(child);
    else if (from > lineEnd) answer.push(child);
    else {
      // Only a text node (or a hard break) can span the end of a line, or the question mark.
      if (child.type === 'break') continue;
      if (child.type !== 'text') return null;
      const cut = inLine ? lineEnd - from : child.value.indexOf('\n');
      // Within a line the cut is found in the source: the text must read as written up to it.
      if (cut < 0 || (inLine && child.value.slice(0, cut) !== source.slice(from, lineEnd))) return null;
      const line = child.position!.start.line;
      const head: Text = {
        type: 'text',
        value: child.value.slice(0, cut).trimEnd(),
        position: { start: child.position!.start, end: { line, column: child.position!.start.column + (lineEnd - from), offset: lineEnd } },
      };
      const tail: Text = {
        type: 'text',
        value: inLine ? child.value.slice(cut).trimStart() : child.value.slice(cut + 1),
        position: inLine
          ? { start: { line, column: child.position!.start.column + cut, offset: lineEnd }, end: child.position!.end }
          : { start: { line: line + 1, column: 1, offset: lineEnd + 1 }, end: child.position!.end },
      };
      if (head.value !== '') question.push(head);
      answer.push(tail);
    }
  }
  if (question.length === 0 || answer.length === 0) return null;
  const heading: Heading = {
    type: 'heading',
    depth,
    children: question,
    position: { start: paragraph.position!.start, end: question.at(-1)!.position!.end },
  };
  return {
    heading,
    answer: { type: 'paragraph', children: answer, position: { start: answer[0]!.position!.start, end: paragraph.position!.end } },
  };
}

/**
 * An interview copied from a WeChat post often sets each question apart as a quotation
 * (「> 问：你们最早是怎么决定上大模型的？」) and answers it below with a label (「答：…」), or
 * quotes both lines. A quotation holding nothing but a question is that question when an answer
 * label follows, in the quotation or right below it; any other quoted question (an epigraph, a
 * reader's comment) stays a quotation.
 */
function questionOfQuote(quote: Blockquote, next: RootContent | undefined, source: string, depth: Heading['depth']): Question | null {
  const [paragraph, ...rest] = quote.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return null;
  const question = questionOf(paragraph, source, depth);
  if (!question) return null;
  if (question.answer) return question;
  const after = next?.type === 'paragraph' && next.position ? source.slice(next.position.start.offset, next.position.end.offset) : '';
  return ANSWER_LABEL.test(after) ? question : null;
}

/**
 * A list whose every item asks a question and answers it (「1. 什么是 Transformer？」 with 「答：…」
 * on the next line, or an indented answer below) is a list of questions: each item becomes its
 * question heading followed by its answer. The list marker is syntax, not text, so the heading has
 * no number. A list of questions without answers (an outline) stays a list.
 */
function questionsOfList(list: List, source: string, depth: Heading['depth']): RootContent[] | null {
  if (list.children.length < 2) return null;
  const out: RootContent[] = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return null;
    const question = questionOf(first, source, depth);
    if (!question || (!question.answer && rest.length === 0)) return null;
    out.push(question.heading, ...(question.answer ? [question.answer] : []), ...(rest as RootContent[]));
  }
  return out;
}

const QUESTION_HEADER = /^(?:问题|问|提问|题目|常见问题|q|question|questions)$/iu;
const ANSWER_HEADER = /^(?:回答|答案|答|解答|参考答案|a|answer|answers)$/iu;

/**
 * A FAQ kept as a two-column table whose header names its columns question and answer
 * (「| 问题 | 回答 |」, 「| Q | A |」), with at least two rows. Its header is the table's layout,
 * not text of its own (conserve.ts leaves it out).
 */
export function isQuestionTable(table: Table): boolean {
  const [header, ...rows] = table.children;
  if (!header || header.children.length !== 2 || rows.length < 2) return false;
  const [q, a] = header.children.map((cell) => toString(cell).trim());
  return QUESTION_HEADER.test(q!) && ANSWER_HEADER.test(a!) && rows.every((row) => row.children.length === 2);
}

/** Each row of a question table as its question heading and its answer. */
function questionsOfTable(table: Table, depth: Heading['depth']): RootContent[] | null {
  if (!isQuestionTable(table)) return null;
  return table.children.slice(1).flatMap((row): RootContent[] => {
    const [question, answer] = row.children;
    if (!question || !answer || toString(question).trim() === '') return [];
    const heading: Heading = { type: 'heading', depth, children: question.children, position: question.position };
    // A table cell cannot hold a line break but as <br>: in a paragraph it can be one.
    const paragraph: Paragraph = { type: 'paragraph', children: withLineBreaks(answer.children), position: answer.position };
    return answer.children.length > 0 ? [heading, paragraph] : [heading];
  });
}

export const remarkPlainQuestionHeadings: Plugin<[], Root> = function () {
  return (tree, file) => {
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
    // One heading is the article's title (split.ts); two or more carry its structure.
    if (headings.length > 1) return;
    const source = String(file.value);
    // One level below the title, as bold-question-headings.ts places its questions.
    const depth = Math.min(6, Math.max(2, ...headings.map((h) => h.depth)) + 1) as Heading['depth'];
    const replacements = tree.children.flatMap((node, index) => {
      if (node.type === 'blockquote') {
        const question = questionOfQuote(node, tree.children[index + 1], source, depth);
        return question ? [{ index, nodes: [question.heading, ...(question.answer ? [question.answer] : [])], questions: 1 }] : [];
      }
      if (node.type === 'paragraph') {
        const question = questionOf(node, source, depth);
        return question ? [{ index, nodes: [question.heading, ...(question.answer ? [question.answer] : [])], questions: 1 }] : [];
      }
      if (node.type === 'table') {
        const nodes = questionsOfTable(node, depth);
        return nodes ? [{ index, nodes, questions: nodes.filter((n) => n.type === 'heading').length }] : [];
      }
      if (node.type === 'list') {
        const nodes = questionsOfList(node, source, depth);
        return nodes ? [{ index, nodes, questions: nodes.filter((n) => n.type === 'heading').length }] : [];
      }
      return [];
    });
    if (replacements.reduce((n, r) => n + r.questions, 0) < 2) return;
    for (const { index, nodes } of [...replacements].reverse()) tree.children.splice(index, 1, ...nodes);
  };
};
