/**
 * The five real articles, ingested once: parsing and splitting (SPEC: "The input", "Entry",
 * "Provenance"), grouping, classification reasons and overrides, URLs and rendering safety (with the
 * site’s own Markdown pipeline) on the real corpus.
 * Expected counts and headings were read off the sources by hand, not taken from the code.
 * Synthetic cases for each of these live in the topic's own test file.
 */
import type { Code, Root } from 'mdast';
import type { Math } from 'mdast-util-math';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { mdxParser } from '../../scripts/ingest/serialize.ts';
import type { Entry } from '../../src/lib/schema.ts';
import { TOPIC_IDS } from '../../src/lib/topics.ts';
import {
  articleProse,
  entryBody,
  entryById,
  FILES,
  HEAVY_TIMEOUT,
  projectExamples,
  projectOverrides,
  realLines,
  realSources,
  splitFrontmatter,
  projectVocabulary,
} from './support/ingest.ts';
import { htmlHazards, mdxHazards, renderLikeTheSite } from './support/mdx.ts';

let out: IngestOutput;
let articles: {
  file: string;
  slug: string;
  title: string;
  titleOrigin: string;
  titleLine: number | null;
  kind: string;
  entries: number;
  truncated: number;
}[];

beforeAll(() => {
  out = ingest({ sources: realSources(), overrides: projectOverrides(), vocabulary: projectVocabulary(), examples: projectExamples() });
  articles = JSON.parse(out.files.get('articles.json')!);
}, HEAVY_TIMEOUT);

const entriesOf = (file: string): Entry[] => out.entries.filter((e) => e.source.file === file);
const questionOf = (id: string) => {
  const e = entryById(out, id);
  return `${e.topic}/${e.questionSlug}`;
};
const membersOf = (id: string) =>
  out.entries
    .filter((e) => `${e.topic}/${e.questionSlug}` === questionOf(id))
    .map((e) => e.id)
    .sort();
const mdast = (mdx: string): Root => mdxParser.parse(mdx);
const nodesOf = <T extends Root['children'][number]['type']>(tree: Root, type: T) => {
  const found: unknown[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === type) found.push(node);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(tree);
  return found;
};

/** Numbered question headings as a reader counts them: `### 7. …` / `#### 7. …` outside code fences. */
function countNumberedHeadings(file: string, marker: string): number {
  let inFence = false;
  let count = 0;
  for (const line of realLines(file)) {
    if (/^\s*```/u.test(line)) inFence = !inFence;
    else if (!inFence && new RegExp(`^${marker} \\d+\\. \\S`, 'u').test(line)) count++;
  }
  return count;
}

describe('entry counts per article', () => {
  it.each([
    [FILES.a000, '###', 30],
    [FILES.a001, '####', 30],
    [FILES.a003, '###', 24],
    [FILES.a004, '####', 30],
  ])('%s has as many entries as numbered %s questions (%i)', (file, marker, expected) => {
    expect(countNumberedHeadings(file, marker)).toBe(expected);
    expect(entriesOf(file)).toHaveLength(expected);
    expect(articles.find((a) => a.file === file)?.entries).toBe(expected);
  });

  it('002 (long-form) has one entry per leaf section: 29, in source order', () => {
    // Sections 3, 4, 5, 8 and 9 open straight into sub-sections, so they are containers;
    // sections 1, 2, 6 and 7 have their own text (2 also its Mermaid diagram) and are entries.
    const expected: [string, number][] = [
      ['1. 背景介绍', 17],
      ['2. 核心概念与联系', 23],
      ['2.1 数据收集与预处理', 40],
      ['2.2 模型训练', 44],
      ['2.3 模型评估与部署', 48],
      ['2.4 模型优化与应用', 52],
      ['2.5 模型泛化与解释性', 56],
      ['2.6 模型安全性与隐私保护', 60],
      ['3.1 算法原理概述', 66],
      ['3.2 算法步骤详解', 70],
      ['3.3 算法优缺点', 82],
      ['3.4 算法应用领域', 94],
      ['4.1 数学模型构建', 104],
      ['4.2 公式推导过程', 112],
      ['4.3 案例分析与讲解', 136],
      ['5.1 开发环境搭建', 149],
      ['5.2 源代码详细实现', 157],
      ['5.3 代码解读与分析', 183],
      ['6. 实际应用场景', 192],
      ['7. 未来应用展望', 201],
      ['8.1 研究成果总结', 212],
      ['8.2 未来发展趋势', 216],
      ['8.3 面临的挑战', 223],
      ['8.4 研究展望', 230],
      ['9.1 什么是大模型？', 241],
      ['9.2 大模型技术有哪些应用领域？', 245],
      ['9.3 大模型技术有哪些挑战？', 249],
      ['9.4 如何优化大模型的性能？', 253],
      ['9.5 大模型技术的未来发展前景如何？', 257],
    ];
    const got = entriesOf(FILES.a002).map((e) => [e.source.heading, e.source.line]);
    expect(got).toEqual(expected);
    const record = articles.find((a) => a.file === FILES.a002)!;
    expect(record.entries).toBe(29);
    expect(record.kind).toBe('long-form');
  });

  it('the whole corpus yields 143 entries, each with a unique id and anchor', () => {
    expect(out.entries).toHaveLength(30 + 30 + 29 + 24 + 30);
    expect(new Set(out.entries.map((e) => e.id)).size).toBe(out.entries.length);
    expect(new Set(out.entries.map((e) => e.anchor)).size).toBe(out.entries.length);
  });
});

describe('titles and pseudo-headings', () => {
  it('000: the line decorated with 15 `#` on each side is the article title, not a heading', () => {
    const line = realLines(FILES.a000)[2]!;
    expect(line).toMatch(/^ #{15} .+ #{15}$/u);
    const record = articles.find((a) => a.file === FILES.a000)!;
    expect(record).toMatchObject({
      title: '国内大模型市场：贾扬清观点，同质化发展与创新机遇并存',
      titleOrigin: 'decorated-line',
      titleLine: 3,
    });
    expect(entriesOf(FILES.a000)[0]!.source.heading).toBe('1. 什么是大模型？有哪些常见的应用场景？');
  });

  it.each([
    [FILES.a001, '大模型：从理论到实践的商业应用'],
    [FILES.a004, 'AI 大模型创业：如何利用竞争优势？'],
  ])('%s: the opening `### title` above `####` questions is the title, not an entry', (file, title) => {
    expect(realLines(file)[2]).toBe(`### ${title}`);
    expect(articles.find((a) => a.file === file)).toMatchObject({ title, titleOrigin: 'heading', titleLine: 3 });
    expect(entriesOf(file).map((e) => e.source.heading)).not.toContain(title);
    expect(entriesOf(file)[0]!.source.line).toBe(7);
  });

  it('002 and 003 have no title line: the maintainer titles from overrides.yaml are used', () => {
    expect(articles.find((a) => a.file === FILES.a002)).toMatchObject({ titleOrigin: 'override', titleLine: null });
    expect(articles.find((a) => a.file === FILES.a003)).toMatchObject({ titleOrigin: 'override', titleLine: null });
  });

  it('without overrides an untitled article is named after its file, and says so', () => {
    const bare = ingest({ sources: realSources().filter((s) => s.file === FILES.a003) });
    const [record] = JSON.parse(bare.files.get('articles.json')!);
    expect(record).toMatchObject({ title: '003_9029131263a27ecd', titleOrigin: 'file-name', titleLine: null });
  });
});

describe('002: code, diagrams and math stay inside their entries', () => {
  it('the Python comment `# 数据集` (column 0, inside a fence) is code, not a heading', () => {
    const lines = realLines(FILES.a002);
    expect(lines[164]).toBe('# 数据集');
    const headings = out.entries.map((e) => e.source.heading);
    expect(headings.some((h) => h.includes('数据集') && !h.includes('收集'))).toBe(false);
    expect(JSON.stringify(articleProse(out, '002').map((p) => p.data.heading))).not.toContain('数据集"');

    const code = nodesOf(mdast(entryBody(out, '002-s5-2')), 'code') as Code[];
    expect(code).toHaveLength(1);
    expect(code[0]!.lang).toBe('python');
    // The code block is the source's lines 162–180, byte for byte.
    expect(code[0]!.value).toBe(lines.slice(161, 180).join('\n'));
  });

  it('the Mermaid block is in section 2, as a mermaid code block', () => {
    const code = nodesOf(mdast(entryBody(out, '002-s2')), 'code') as Code[];
    expect(code.map((c) => c.lang)).toEqual(['mermaid']);
    expect(code[0]!.value).toBe(realLines(FILES.a002).slice(27, 37).join('\n'));
  });

  it('both `\\begin{aligned}` formulas are display math in section 4.2', () => {
    const math = nodesOf(mdast(entryBody(out, '002-s4-2')), 'math') as Math[];
    expect(math).toHaveLength(2);
    for (const node of math) expect(node.value).toMatch(/^\\begin\{aligned\}[\s\S]*\\end\{aligned\}$/u);
    expect(math[0]!.value).toContain('Z_1 &= X \\cdot W_1 + b_1');
    expect(math[1]!.value).toContain("\\delta_2 &= (A_2 - Y) \\cdot \\sigma'(Z_2)");
  });

  it('the FAQ of section 9 gives five entries under their section', () => {
    const faq = entriesOf(FILES.a002).filter((e) => e.section === '9. 附录：常见问题与解答');
    expect(faq.map((e) => e.source.index)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5']);
    expect(faq.map((e) => e.title)).toEqual([
      '什么是大模型？',
      '大模型技术有哪些应用领域？',
      '大模型技术有哪些挑战？',
      '如何优化大模型的性能？',
      '大模型技术的未来发展前景如何？',
    ]);
  });

  it('the trailing `|9000字|` and author line after `---` are kept as article prose, not in 9.5', () => {
    const answer = toString(mdast(entryBody(out, '002-s9-5')));
    expect(answer).toBe('大模型技术在未来将继续发展，将推动人工智能技术的进步，并在更多领域得到应用。');

    const epilogue = articleProse(out, '002').find((p) => p.body.includes('9000字'));
    expect(epilogue).toBeDefined();
    expect(epilogue!.data).toMatchObject({ source: FILES.a002, line: 261, heading: null });
    const text = toString(mdast(epilogue!.body));
    expect(text).toContain('作者：禅与计算机程序设计艺术 / Zen and the Art of Computer Programming');
    expect(text).toMatch(/希望本文能够对国内大模型市场的研究和实践提供一些启示和帮助。\|9000字\|$/u);
  });
});

describe('glossary', () => {
  it('every glossed term points at a line of its source that glosses it, and each word is listed once', () => {
    const glossary: {
      zh: string;
      en: string;
      origin: string;
      glossed: { zh: string; en: string }[];
      occurrences: { file: string; line: number }[];
    }[] = JSON.parse(out.files.get('glossary.json')!);
    const harvested = glossary.filter((t) => t.origin === 'source');
    expect(harvested.length).toBeGreaterThan(20);
    // 模型剪枝（Model Pruning） is the vocabulary's 剪枝 in the writer's words.
    expect(harvested).toContainEqual(
      expect.objectContaining({
        zh: '剪枝',
        en: 'pruning',
        glossed: [{ zh: '模型剪枝', en: 'Model Pruning' }],
        occurrences: [{ file: FILES.a000, line: 61 }],
      }),
    );
    expect(new Set(glossary.map((t) => t.zh)).size).toBe(glossary.length);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    for (const term of harvested) {
      const wordings = [{ zh: term.zh, en: term.en }, ...term.glossed];
      for (const { file, line } of term.occurrences) {
        const text = realLines(file)[line - 1]!;
        const glossing = wordings.filter(
          ({ zh, en }) => new RegExp(`[（(]\\s*${escape(en)}\\s*[）)]`, 'iu').test(text) && text.includes(zh.split(' ').at(-1)!),
        );
        expect(glossing, `${term.zh} (${term.en}) → ${file}:${line}`).not.toEqual([]);
      }
    }
  });
});

describe('truncation', () => {
  it('003 ends mid-sentence: its last entry is flagged truncated, and no other entry is', () => {
    expect(realLines(FILES.a003).join('\n').trimEnd()).toMatch(/共享教师模型和学$/u);
    const truncated = out.entries.filter((e) => e.truncated).map((e) => e.id);
    expect(truncated).toEqual(['003-q24']);
    expect(entryById(out, '003-q24').source.heading).toBe('24. 大模型如何进行知识蒸馏？');
    expect(toString(mdast(entryBody(out, '003-q24')))).toMatch(/共享教师模型和学$/u);
    expect(articles.find((a) => a.file === FILES.a003)?.truncated).toBe(1);
  });
});

describe('provenance', () => {
  it('every entry names its file, its verbatim heading, its number and the 1-based line that holds that heading', () => {
    const lines = new Map(Object.values(FILES).map((f) => [f, realLines(f)]));
    for (const entry of out.entries) {
      const sourceLine = lines.get(entry.source.file as (typeof FILES)[keyof typeof FILES])?.[entry.source.line - 1];
      expect(sourceLine, `${entry.id} → ${entry.source.file}:${entry.source.line}`).toMatch(/^#{2,4} /u);
      expect(sourceLine!.replace(/^#{2,4} /u, '')).toBe(entry.source.heading);
      const number = /^(\d+(?:\.\d+)?)\.? /u.exec(entry.source.heading)![1]!;
      expect(entry.source.index).toBe(number.includes('.') ? number : Number(number));
    }
  });

  it('the question 000 asks twice (items 24 and 30) keeps both entries, each with its own line', () => {
    expect(entryById(out, '000-q24').source).toEqual({
      file: FILES.a000,
      heading: '24. 大模型在智能家居领域有哪些应用？',
      shown: '24. 大模型在智能家居领域有哪些应用？',
      index: 24,
      line: 232,
    });
    expect(entryById(out, '000-q30').source).toEqual({
      file: FILES.a000,
      heading: '30. 大模型在智能家居领域有哪些应用？',
      shown: '30. 大模型在智能家居领域有哪些应用？',
      index: 30,
      line: 292,
    });
  });

  it('labels (**题目：** / **答案：** / **解析：**) stay in the entry body', () => {
    const text = toString(mdast(entryBody(out, '001-q1')));
    expect(text).toMatch(/^题目： 请解释什么是大模型/u);
    expect(text).toContain('答案： 大模型是指参数量庞大、容量巨大的深度学习模型。');
    expect(text).toContain('解析： 大模型通过参数数量和训练数据的增加');
  });
});

describe('grouping', () => {
  it('the 什么是大模型 entries of all five articles form one question', () => {
    expect(membersOf('000-q1')).toEqual(['000-q1', '001-q1', '002-s9-1', '003-q1', '004-q1']);
    const e = entryById(out, '003-q1');
    expect(e.question).toBe('什么是大模型？');
    expect(`${e.topic}/${e.questionSlug}`).toBe('concepts/shen-me-shi-da-mo-xing');
    expect(out.report.grouped.find((g) => g.path === 'concepts/shen-me-shi-da-mo-xing')?.entries).toHaveLength(5);
  });

  it('000 asks 大模型在智能家居领域有哪些应用 twice (items 24 and 30): one question, two answers', () => {
    expect(questionOf('000-q24')).toBe(questionOf('000-q30'));
    expect(membersOf('000-q24')).toEqual(expect.arrayContaining(['000-q24', '000-q30']));
    expect(entryById(out, '000-q24').anchor).not.toBe(entryById(out, '000-q30').anchor);
  });

  it('applications and challenges of the same domain are different questions', () => {
    // 000-12 自动驾驶领域有哪些应用 · 001-15 自动驾驶中的应用 · 003-9 自动驾驶中的应用
    expect(membersOf('000-q12')).toEqual(['000-q12', '001-q15', '003-q9']);
    // 001-27 自动驾驶中的问题 · 004-7 自动驾驶领域的挑战是什么 · 004-23 自动驾驶中的挑战有哪些
    expect(membersOf('004-q7')).toEqual(['001-q27', '004-q23', '004-q7']);
    expect(questionOf('000-q12')).not.toBe(questionOf('004-q7'));
    expect(entryById(out, '000-q12').topic).toBe('applications');
    expect(entryById(out, '004-q7').topic).toBe('challenges');
  });

  it('a problem (问题) is the same question as a challenge (挑战) of the same subject, not as its application', () => {
    // 001-26 语音识别中的问题 · 004-14 语音识别中的挑战有哪些; 000-11 语音识别领域有哪些应用 stays apart
    expect(membersOf('001-q26')).toEqual(['001-q26', '004-q14']);
    expect(questionOf('000-q11')).not.toBe(questionOf('001-q26'));
  });
});

describe('classification', () => {
  it('every question sits under one of the five topics, all its answers under the same one and with the same reason', () => {
    const byQuestion = new Map<string, Entry[]>();
    for (const e of out.entries) byQuestion.set(e.questionSlug, [...(byQuestion.get(e.questionSlug) ?? []), e]);
    for (const [slug, entries] of byQuestion) {
      expect(TOPIC_IDS, slug).toContain(entries[0]!.topic);
      expect(new Set(entries.map((e) => e.topic)).size, slug).toBe(1);
      expect(new Set(entries.map((e) => e.classification.reason)).size, slug).toBe(1);
      expect(entries[0]!.classification.reason.trim(), slug).not.toBe('');
      expect(Object.keys(entries[0]!.classification.scores).sort(), slug).toEqual([...TOPIC_IDS].sort());
    }
  });

  it('exactly the questions content/overrides.yaml moves are marked overridden, with the override as their reason', () => {
    const topics = projectOverrides().overrides.topics;
    for (const e of out.entries) {
      const override = topics[e.questionSlug];
      if (override !== undefined) expect(e.topic, e.id).toBe(override);
      if (e.classification.overridden) {
        expect(override, e.id).toBe(e.topic);
        expect(e.classification.reason, e.id).toMatch(new RegExp(`^由维护者在 overrides\\.yaml 中指定为「${e.topic}」。自动分类：.+`, 'u'));
      } else {
        expect(e.classification.reason, e.id).not.toMatch(/^由维护者/u);
      }
    }
  });

  it(
    'a topic override on a real question moves all its answers, keeps the automatic reason, and touches nothing else',
    () => {
      const before = entryById(out, '000-q1');
      const topic = TOPIC_IDS.find((t) => t !== before.topic)!;
      const loaded = projectOverrides();
      const moved = ingest({
        sources: realSources(),
        overrides: { ...loaded, overrides: { ...loaded.overrides, topics: { ...loaded.overrides.topics, [before.questionSlug]: topic } } },
        vocabulary: projectVocabulary(),
        examples: projectExamples(),
      });
      for (const e of moved.entries) {
        const was = entryById(out, e.id);
        if (e.questionSlug !== before.questionSlug) {
          expect([e.topic, e.classification], e.id).toEqual([was.topic, was.classification]);
          continue;
        }
        expect(e.topic).toBe(topic);
        expect(e.classification.overridden).toBe(true);
        expect(e.classification.reason).toBe(`由维护者在 overrides.yaml 中指定为「${topic}」。自动分类：${was.classification.reason}`);
        expect(e.classification.scores).toEqual(was.classification.scores);
      }
      expect(moved.report.overrides).toEqual([
        ...out.report.overrides,
        expect.objectContaining({ kind: 'topic', key: before.questionSlug, change: `${before.topic} → ${topic}` }),
      ]);
    },
    HEAVY_TIMEOUT,
  );

  it('a few clear cases', () => {
    expect(entryById(out, '000-q1').topic).toBe('concepts'); // 什么是大模型
    expect(entryById(out, '000-q5').topic).toBe('training'); // 如何实现大模型的分布式训练
    expect(entryById(out, '000-q6').topic).toBe('compression'); // 大模型的压缩技术有哪些
    expect(entryById(out, '003-q24').topic).toBe('compression'); // 大模型如何进行知识蒸馏
    expect(entryById(out, '001-q4').topic).toBe('applications'); // 大模型在自然语言处理中的应用
    expect(entryById(out, '004-q10').topic).toBe('challenges'); // 如何确保大模型训练的数据隐私和安全
  });
});

describe('URLs, ids and anchors', () => {
  it('every generated path is plain ASCII that needs no percent-encoding', () => {
    expect(out.files.size).toBeGreaterThan(143);
    for (const path of out.files.keys()) {
      expect(path).toMatch(/^[a-z0-9][a-z0-9./-]*$/u);
      expect(encodeURI(path)).toBe(path);
    }
  });

  it('every question slug, entry id and anchor is lower-case ASCII', () => {
    for (const e of out.entries) {
      expect(e.questionSlug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      expect(e.anchor).toBe(`answer-${e.id}`);
    }
  });

  it('question slugs are the pinyin of the question', () => {
    expect(entryById(out, '000-q1').questionSlug).toBe('shen-me-shi-da-mo-xing');
    expect(entryById(out, '000-q6').questionSlug).toBe('da-mo-xing-de-ya-suo-ji-shu-you-na-xie');
    expect(entryById(out, '002-s4-2').questionSlug).toBe('gong-shi-tui-dao-guo-cheng');
  });

  it('no slug holds two different questions', () => {
    const lock = JSON.parse(out.files.get('permalinks.json')!) as { questions: Record<string, { slug: string; entries: string[] }> };
    const questions = Object.values(lock.questions);
    expect(questions.length).toBeGreaterThan(100);
    expect(new Set(questions.map((q) => q.slug)).size).toBe(questions.length);
    for (const e of out.entries) {
      const owners = questions.filter((q) => q.entries.includes(e.id));
      expect(
        owners.map((q) => q.slug),
        e.id,
      ).toEqual([e.questionSlug]);
    }
  });
});

describe('rendering safety', () => {
  it(
    'every generated file renders with the site’s Markdown pipeline to its own elements only, and holds no ESM, JSX or expressions',
    async () => {
      const mdxFiles = [...out.files].filter(([path]) => path.endsWith('.mdx'));
      expect(mdxFiles.length).toBeGreaterThan(143);
      for (const [path, content] of mdxFiles) {
        expect(mdxHazards(splitFrontmatter(content).body), path).toEqual([]);
        expect(htmlHazards(await renderLikeTheSite(content)), path).toEqual([]);
      }
    },
    HEAVY_TIMEOUT,
  );
});
