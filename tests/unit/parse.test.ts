/** Reading sources: heading labels, decorated titles, truncation, and piecewise parsing of long articles. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decoratedTitle, hyphenatedLabel, parseHeadingLabel, plainTitle } from '../../scripts/ingest/heading.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { source } from './support/ingest.ts';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { inRanges, parseInChunks, parseRaw, rangeLookup, remarkNoHtml } from '../../scripts/ingest/parse.ts';
import { decodeSource } from '../../scripts/ingest/read.ts';
import { endsMidSentence } from '../../scripts/ingest/split.ts';
import { catchIngestError, entryBody, FILES, ingestText, SOURCES_DIR } from './support/ingest.ts';

describe('parseHeadingLabel', () => {
  it.each([
    ['7. 什么是大模型？', 7, '什么是大模型？'],
    ['30. 大模型在金融风控中的应用问题', 30, '大模型在金融风控中的应用问题'],
    ['2.1 数据收集与预处理', '2.1', '数据收集与预处理'],
    ['9. 附录：常见问题与解答', 9, '附录：常见问题与解答'],
    ['10、如何评估？', 10, '如何评估？'],
    ['3）量化', 3, '量化'],
    ['7.', 7, ''],
    ['7', 7, ''],
    ['3D 视觉是什么？', null, '3D 视觉是什么？'],
    ['2024年的展望', null, '2024年的展望'],
    ['00:12:10 训练中 loss 飙升怎么办？', null, '训练中 loss 飙升怎么办？'],
    ['[03:45] 数据怎么清洗？', null, '数据怎么清洗？'],
    ['12:30 开会', null, '开会'],
    ['3.\u200b什么是 MoE？', 3, '什么是 MoE？'],
    ['问题三：什么是 RAG？', 3, '什么是 RAG？'],
    ['面试题 3：什么是 RAG？', 3, '什么是 RAG？'],
    ['题目 3：什么是 RAG？', 3, '什么是 RAG？'],
    ['No.3 什么是 RAG？', 3, '什么是 RAG？'],
    ['3\uFE0F\u20E3 什么是 RAG？', 3, '什么是 RAG？'],
    ['\u{1F51F} 什么是 RAG？', 10, '什么是 RAG？'],
    ['1\uFE0F\u20E32\uFE0F\u20E3 什么是 RAG？', 12, '什么是 RAG？'],
    ['1\u20E30\u20E3什么是 RAG？', 10, '什么是 RAG？'],
    ['三）什么是 RAG？', 3, '什么是 RAG？'],
    ['问题三大难点', null, '问题三大难点'],
    ['No free lunch', null, 'No free lunch'],
    ['概述', null, '概述'],
    ['第3题 什么是上下文学习？', 3, '什么是上下文学习？'],
    ['第十二题：什么是 MoE？', 12, '什么是 MoE？'],
    ['Q7: 什么是思维链？', 7, '什么是思维链？'],
    ['问题 2：如何评估？', 2, '如何评估？'],
    ['三、未来展望', 3, '未来展望'],
    ['（4）量化', 4, '量化'],
    ['二十一、附录', 21, '附录'],
    ['第二代大模型有什么不同？', null, '第二代大模型有什么不同？'],
    ['第3段 什么是上下文学习？', 3, '什么是上下文学习？'],
    ['第十二节：模型怎么训练', 12, '模型怎么训练'],
    ['第14手 老师傅问：AI 的胜率怎么来的？', 14, '老师傅问：AI 的胜率怎么来的？'],
    ['第二讲｜数据从哪里来', 2, '数据从哪里来'],
    ['第一手资料怎么收集？', null, '第一手资料怎么收集？'],
    ['第一次用大模型要注意什么？', null, '第一次用大模型要注意什么？'],
    ['第三方插件安全吗？', null, '第三方插件安全吗？'],
    ['十大趋势', null, '十大趋势'],
    ['Q4财报里的大模型', null, 'Q4财报里的大模型'],
    ['01｜物业公司能用大模型做什么？', 1, '物业公司能用大模型做什么？'],
    ['12 | 什么是重排序模型？', 12, '什么是重排序模型？'],
    ['3丨量化', 3, '量化'],
    ['Q5｜如何评估？', 5, '如何评估？'],
    ['丨概述', null, '丨概述'],
    ['Q3·加载模型要加 trust_remote_code 吗？', 3, '加载模型要加 trust_remote_code 吗？'],
    ['Q13 · 方言模型用在哪里？', 13, '方言模型用在哪里？'],
    ['4・数据清洗', 4, '数据清洗'],
    ['·概述', null, '·概述'],
    ['１．什么是大模型？', 1, '什么是大模型？'],
    ['２．１ 数据清洗', '2.1', '数据清洗'],
    ['① 什么是大模型？', 1, '什么是大模型？'],
    ['⑶ 什么是量化？', 3, '什么是量化？'],
    ['⒓什么是剪枝？', 12, '什么是剪枝？'],
    ['⑫量化', 12, '量化'],
    ['２０２４年的展望', null, '２０２４年的展望'],
    ['第3问｜@小王：LoRA 的秩取多大？', 3, 'LoRA 的秩取多大？'],
    ['第十二题 | 什么是 MoE？', 12, '什么是 MoE？'],
    ['@老李: INT4 量化掉点怎么办？', null, 'INT4 量化掉点怎么办？'],
    ['５．＠阿青：什么是 RAG？', 5, '什么是 RAG？'],
    ['@小王：', null, '@小王：'],
    ['@ 所有人：本周问答', null, '@ 所有人：本周问答'],
    ['1.【理赔部 · @周凯】定损照片很糊怎么办？', 1, '定损照片很糊怎么办？'],
    ['12.【@小王】LoRA 的秩取多大？', 12, 'LoRA 的秩取多大？'],
    ['【理赔部 · @周凯】', null, '【理赔部 · @周凯】'],
    ['🤔 1. 什么是检索增强生成？', 1, '什么是检索增强生成？'],
    ['【面试题 2】LoRA 为什么省显存？', 2, 'LoRA 为什么省显存？'],
    ['【第6题】大模型幻觉怎么缓解？', 6, '大模型幻觉怎么缓解？'],
    ['【Q3】什么是 MoE？', 3, '什么是 MoE？'],
    ['【高频】梯度爆炸怎么办？', null, '【高频】梯度爆炸怎么办？'],
    ['Question 8: 什么是知识蒸馏？', 8, '什么是知识蒸馏？'],
    ['九. 大模型在医疗中有哪些应用？', 9, '大模型在医疗中有哪些应用？'],
    ['问：什么是混合专家模型？', null, '什么是混合专家模型？'],
    ['Q：模型量化会损失多少精度？', null, '模型量化会损失多少精度？'],
    ['问题：数据不够怎么办', null, '问题：数据不够怎么办'],
    ['10 - 如何评估大模型？', 10, '如何评估大模型？'],
    ['3 — 量化', 3, '量化'],
    ['3-5 岁儿童能用吗', null, '3-5 岁儿童能用吗'],
    ['0x01 什么是 RAG？', 1, '什么是 RAG？'],
    ['0x0A：为什么要做量化？', 10, '为什么要做量化？'],
    ['0x12 Agent Skills 和 MCP 有什么区别？', 18, 'Agent Skills 和 MCP 有什么区别？'],
    ['0x00 前言', null, '前言'],
    ['Ⅲ、未来展望', 3, '未来展望'],
    ['Ⅱ 训练', 2, '训练'],
    ['IV. 大模型如何训练？', 4, '大模型如何训练？'],
    ['XII、附录', 12, '附录'],
    ['I think 大模型很有用', null, 'I think 大模型很有用'],
    ['IV 期临床试验能用 AI 吗？', null, 'IV 期临床试验能用 AI 吗？'],
    ['X.509 证书是什么？', null, 'X.509 证书是什么？'],
    ['#3 什么是 RAG？', 3, '什么是 RAG？'],
    ['Q.3 什么是 RAG？', 3, '什么是 RAG？'],
    ['考点 2：LoRA 的秩怎么选？', 2, 'LoRA 的秩怎么选？'],
    ['C# 能调用大模型吗？', null, 'C# 能调用大模型吗？'],
    ['0x5f3759df 这个魔数是什么？', null, '0x5f3759df 这个魔数是什么？'],
    ['§3 模型怎么训练？', 3, '模型怎么训练？'],
    ['§ 2.1 数据清洗', '2.1', '数据清洗'],
    ['§12', 12, ''],
    ['§ 条款说明', null, '§ 条款说明'],
    ['〔一〕 干了三十年的老师傅问：这是什么？', 1, '干了三十年的老师傅问：这是什么？'],
    ['〈12〉 模型怎么训练？', 12, '模型怎么训练？'],
    ['［3］什么是 RAG？', 3, '什么是 RAG？'],
    ['[7] 什么是 RAG？', 7, '什么是 RAG？'],
    ['《三体》里的 AI 可信吗？', null, '《三体》里的 AI 可信吗？'],
    ['[RAG] 检索增强生成', null, '[RAG] 检索增强生成'],
    ['壹、什么是大模型？', 1, '什么是大模型？'],
    ['拾贰、附录', 12, '附录'],
    ['拾遗补缺', null, '拾遗补缺'],
    ['其三：模型会不会胡说？', 3, '模型会不会胡说？'],
    ['其一是成本', null, '其一是成本'],
    ['❶ 供应商说的参数是什么意思？', 1, '供应商说的参数是什么意思？'],
    ['⓬ 量化', 12, '量化'],
    ['➋ 剪枝', 2, '剪枝'],
    ['㉑ 蒸馏', 21, '蒸馏'],
    ['答疑01｜大模型到底是什么？', 1, '大模型到底是什么？'],
    ['第3期｜本周问答', null, '第3期｜本周问答'],
    ['GPT4｜评测', null, 'GPT4｜评测'],
    ['Q-03 什么是 RAG？', 3, '什么是 RAG？'],
    ['Q-learning 是什么？', null, 'Q-learning 是什么？'],
    ['3/17 什么是 RAG？', 3, '什么是 RAG？'],
    ['12/17：附录', 12, '附录'],
    ['1/3 的显存就够了吗？', null, '1/3 的显存就够了吗？'],
    ['18/17 标题', null, '18/17 标题'],
  ])('%s → index %s, title %s', (text, index, title) => {
    expect(parseHeadingLabel(text)).toEqual({ index, title });
  });
});

describe('decoratedTitle', () => {
  it('reads a title between runs of 7+ #', () => {
    expect(decoratedTitle(' ############### 国内大模型市场 ###############')).toBe('国内大模型市场');
    expect(decoratedTitle('####### 只有开头的装饰')).toBe('只有开头的装饰');
  });

  it('is not fooled by ordinary text or bare decoration', () => {
    expect(decoratedTitle('普通段落 ####### 不是标题')).toBeNull();
    expect(decoratedTitle('##############')).toBeNull();
  });
});

describe('plainTitle', () => {
  it('reads a short plain first line as the article’s name', () => {
    expect(plainTitle('大模型面试高频问答（公众号整理）')).toBe('大模型面试高频问答（公众号整理）');
    expect(plainTitle('大会实录｜推理与安全：嘉宾现场答观众 17 问')).toBe('大会实录｜推理与安全：嘉宾现场答观众 17 问');
    // A name before the colon, not a field's label.
    expect(plainTitle('老王单车铺：我们店是怎么用上大模型的')).toBe('老王单车铺：我们店是怎么用上大模型的');
  });

  it.each([
    ['大模型是参数量巨大的深度学习模型，通常在海量数据上预训练。'],
    ['什么是大模型？'],
    ['首页 > 财经 > 科技 > 正文'],
    ['原创 作者 某公众号 2026-04-02 08:30 上海'],
    ['题图：晚自习后的办公室'],
    ['报告编号：YH-DT-2026-031'],
    ['证券代码：688001'],
    ['编者按：这是一篇旧文'],
    ['Title: 写给同事的一封信'],
    ['_model: blog-post'],
    ['· 236 ·　　　　智能气象：原理与应用'],
    ['1. 第一条'],
    ['一行\n两行'],
  ])('leaves %s as prose', (text) => {
    expect(plainTitle(text)).toBeNull();
  });

  it('names the article in ingestion, and its line is conserved', () => {
    const text = '大模型面试高频问答\n\n### 1. 什么是大模型？\n\n参数量巨大的模型。\n';
    const out = ingest({ sources: [source('900_aaaaaaaaaaaaaaaa.txt', text)] });
    const articles = JSON.parse(out.files.get('articles.json')!) as { title: string; titleOrigin: string }[];
    expect(articles[0]).toMatchObject({ title: '大模型面试高频问答', titleOrigin: 'plain-line' });
    // A first line of markup or prose is not a name.
    const prose = ingest({ sources: [source('901_aaaaaaaaaaaaaaaa.txt', '**加粗的开头**\n\n### 1. 什么是大模型？\n\n答案。\n')] });
    expect((JSON.parse(prose.files.get('articles.json')!) as { titleOrigin: string }[])[0]!.titleOrigin).toBe('file-name');
  });
});

describe('endsMidSentence', () => {
  it.each([
    ['共享教师模型和学\n\n', true],
    ['the end of a sentence', true],
    ['回答完毕。\n', false],
    ['最后一项：\n- 列表项；\n', false],
    ['```\ncode\n```\n', false],
    ['$$\nx\n$$\n', false],
  ])('%j → %s', (text, expected) => {
    expect(endsMidSentence(text)).toBe(expected);
  });
});

describe('decodeSource', () => {
  it('drops a BOM and turns CRLF and lone CR into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc\n')]);
    expect(decodeSource('x.txt', bytes)).toBe('a\nb\nc\n');
  });

  it('refuses control characters with their line', () => {
    expect(() => decodeSource('x.txt', new TextEncoder().encode('a\nb\n\u0007c\n'))).toThrow('x.txt:3: 文本中有控制字符 U+0007');
  });

  // The error's fix is a command to paste: run as written in the sources folder, it must leave the
  // same file readable, whatever its name (spaces, a quote).
  it.each([
    ['GBK', "第 6 篇 'GBK'.txt", (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }))],
    ['UTF-16LE without BOM', 'faq 16.txt', (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))],
  ])('a %s file: the command the error gives converts that file in place', (_, file, encode) => {
    const text = '# 常见问题\n\n## 1. 什么是量化？\n\n把权重存成低比特整数。\n';
    const dir = mkdtempSync(join(tmpdir(), 'kb-encoding-'));
    try {
      writeFileSync(join(dir, file), encode(text));
      const fix = catchIngestError(() => decodeSource(file, new Uint8Array(readFileSync(join(dir, file))))).message.match(
        /在来源文件夹里运行 (iconv .*)$/u,
      )?.[1];
      expect(fix).toBeDefined();
      execFileSync('sh', ['-c', fix!], { cwd: dir });
      expect(readdirSync(dir)).toEqual([file]);
      expect(decodeSource(file, new Uint8Array(readFileSync(join(dir, file))))).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseInChunks: long articles parsed piecewise give the same tree as one parse', () => {
  // The parser ingestion uses (parse.ts), without its chunking.
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath).use(remarkNoHtml);
  const parseWhole = (text: string) => processor.parse(text);
  const pieces = (text: string, size: number) => parseInChunks(parseWhole, text, size);
  const whole = (text: string) => parseWhole(text).children;

  const read = (file: string) => decodeSource(file, new Uint8Array(readFileSync(join(SOURCES_DIR, file))));

  it.each(Object.values(FILES))('%s, cut at every heading possible', (file) => {
    const text = read(file);
    expect(pieces(text, 1).children).toEqual(whole(text));
  });

  it('all five articles in one text, cut the way ingestion cuts long articles', () => {
    const text = Object.values(FILES).map(read).join('\n');
    expect(text.length).toBeGreaterThan(4 * 8 * 1024);
    expect(parseRaw(text).children).toEqual(whole(text));
  });

  it('never cuts inside a fenced code or math block, whatever its `#` lines look like', () => {
    const text = [
      '# A',
      '',
      '```python',
      '# comment at column 0',
      '## another',
      '```',
      '# B',
      '',
      '$$',
      '# not a heading either',
      '$$',
      '',
      '# C',
      '',
      '````md',
      '```',
      '# inside a longer fence',
      '````',
      '# D',
      '~~~',
      '# tilde fence',
      '~~~',
      '# E',
      '',
      '- item',
      '',
      '  ```',
      '  # indented in a list',
      '  ```',
      '# F',
      '',
    ].join('\n');
    const headings = whole(text)
      .filter((n) => n.type === 'heading')
      .map((n) => n.position!.start.line);
    expect(headings).toEqual([1, 7, 13, 19, 23, 30]);
    for (const size of [1, 5, 30, 80]) expect(pieces(text, size).children).toEqual(whole(text));
  });

  it('an unclosed fence still swallows the rest, as in one parse (and is then refused by validation)', () => {
    const text = '# A\n\n```\n# B\n\n# C\n';
    const chunked = pieces(text, 1);
    expect(chunked.children.map((n) => n.type)).toEqual(['heading', 'code']);
  });
});

describe('splitting a Q&A article at its questions', () => {
  const ids = (text: string) => ingestText(text).entries.map((e) => `${e.id} ${e.title}`);

  it('keeps sub-headings inside an answer, one level under the answer heading', () => {
    const text = [
      '### 1. 如何实现分布式训练？',
      '',
      '主要有三种方式。',
      '',
      '#### 数据并行',
      '',
      '每张卡一份模型。',
      '',
      '#### 模型并行',
      '',
      '把模型切开。',
      '',
      '### 2. 什么是混合精度训练？',
      '',
      '#### 原理',
      '',
      '用 FP16 计算。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => e.title)).toEqual(['如何实现分布式训练？', '什么是混合精度训练？']);
    const first = entryBody(out, out.entries[0]!.id);
    expect(first).toContain('### 数据并行');
    expect(first).toContain('把模型切开。');
    expect(entryBody(out, out.entries[1]!.id)).toContain('### 原理');
  });

  it('reads a numbered heading above numbered questions as a group of them', () => {
    const text = [
      '## 一、基础',
      '',
      '### 1. 什么是大模型？',
      '',
      '答案一。',
      '',
      '## 二、进阶',
      '',
      '### 2. 什么是蒸馏？',
      '',
      '答案二。',
      '',
    ].join('\n');
    expect(ids(text)).toEqual(['article-q1 什么是大模型？', 'article-q2 什么是蒸馏？']);
  });

  it('reads a numbered part above unnumbered questions as a group of them', () => {
    const text = [
      '## 一、基础概念',
      '',
      '### Q: 什么是向量数据库？',
      '',
      '答案一。',
      '',
      '## 二、常见问题',
      '',
      '### Q: 选型时看哪些指标？',
      '',
      '答案二。',
      '',
      '### 小结',
      '',
      '小结的话。',
      '',
    ].join('\n');
    expect(ids(text)).toEqual([
      'article-shen-me-shi-xiang-liang-shu-ju 什么是向量数据库？',
      'article-xuan-xing-shi-kan-na-xie-zhi 选型时看哪些指标？',
    ]);
    // A numbered question whose answer asks again below it is still the question.
    const asked = ['### 1. 什么是 RLHF？', '', '#### 为什么需要它？', '', '答案。', '', '### 2. 什么是 DPO？', '', '答案二。', ''].join(
      '\n',
    );
    expect(ids(asked)).toEqual(['article-q1 什么是 RLHF？', 'article-q2 什么是 DPO？']);
  });

  it('reads an answer line directly above `---` as the answer and a rule, not a heading', () => {
    const text = [
      '### 1. 什么是 KV Cache？',
      '',
      '它把算过的键和值存起来，不必重算。',
      '---',
      '',
      '### 2. 量化会损失精度吗？',
      '会有一些，但通常很小，',
      '而且可以校准。',
      '---',
      '### 3. 什么是剪枝？',
      '',
      '去掉不重要的权重。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => e.title)).toEqual(['什么是 KV Cache？', '量化会损失精度吗？', '什么是剪枝？']);
    expect(entryBody(out, out.entries[0]!.id)).toContain('它把算过的键和值存起来，不必重算。');
    expect(entryBody(out, out.entries[1]!.id)).toContain('而且可以校准。');
    expect(out.report.warnings.filter((w) => w.message.includes('没有回答正文'))).toEqual([]);
    // A short title underlined with dashes is the heading it looks like.
    const setext = [
      '什么是 KV Cache？',
      '-----',
      '',
      '它把算过的键和值存起来。',
      '',
      '什么是剪枝？',
      '-----',
      '',
      '去掉不重要的权重。',
      '',
    ].join('\n');
    expect(ingestText(setext).entries.map((e) => e.title)).toEqual(['什么是 KV Cache？', '什么是剪枝？']);
  });

  it('reads the footer a copied post ends with as article text, not as the last answer or a cut', () => {
    const text = [
      '### 1. 什么是 KV Cache？',
      '',
      '它把算过的键和值存起来，不必重算。',
      '',
      '### 2. 量化会损失精度吗？',
      '',
      '会有一些，但通常很小。',
      '',
      '编辑于 2024-03-01 12:00・IP 属地北京',
      '赞同 1.2 万 · 326 条评论',
      '',
      '版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。',
      '原文链接：https://blog.csdn.net/x/article/details/1',
      '',
    ].join('\n');
    const out = ingestText(text);
    const last = out.entries[1]!;
    expect(entryBody(out, last.id)).toContain('会有一些，但通常很小。');
    expect(entryBody(out, last.id)).not.toContain('IP 属地');
    expect(entryBody(out, last.id)).not.toContain('版权声明');
    expect(last.truncated).toBe(false);
    // An answer that ends on a sentence of its own, without punctuation, is still read as cut off.
    const cut = ingestText(['### 1. 什么是 KV Cache？', '', '它把算过的键和值存起来，不必', ''].join('\n'));
    expect(cut.entries[0]!.truncated).toBe(true);
  });

  it('keeps a question whose number continues the others, though its heading is one level deeper', () => {
    const text = ['### 5. 什么是剪枝？', '', '答案五。', '', '#### 6. 什么是量化？', '', '答案六。', ''].join('\n');
    expect(ids(text)).toEqual(['article-q5 什么是剪枝？', 'article-q6 什么是量化？']);
  });

  it('reads 第3题, Q3 and 三、 as question numbers', () => {
    const text = [
      '### 第1题 什么是大模型？',
      '',
      '答案一。',
      '',
      '### Q2: 什么是蒸馏？',
      '',
      '答案二。',
      '',
      '### 三、什么是量化？',
      '',
      '答案三。',
      '',
    ].join('\n');
    expect(ids(text)).toEqual(['article-q1 什么是大模型？', 'article-q2 什么是蒸馏？', 'article-q3 什么是量化？']);
  });

  it('reads 01｜, full-width digits and circled numbers as question numbers, each question at its line', () => {
    const text = [
      '## 📌 基础',
      '',
      '### 01｜什么是大模型？',
      '',
      '答案一。',
      '',
      '### ２．什么是蒸馏？',
      '',
      '答案二。',
      '',
      '### ③ 什么是量化？',
      '',
      '答案三。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => `${e.id} ${e.title} @${e.source.line}`)).toEqual([
      'article-q1 什么是大模型？ @3',
      'article-q2 什么是蒸馏？ @7',
      'article-q3 什么是量化？ @11',
    ]);
  });

  it('reads section numbers with hyphens (2-1 under 2, 2-1-1 under 2-1) as a long-form article’s sections; a range that does not count on stays a title', () => {
    const text = [
      '## 1 背景',
      '',
      '背景。',
      '',
      '## 2 核心概念',
      '',
      '### 2-1 什么是检索增强？',
      '',
      '答案一。',
      '',
      '### 2-2 向量库怎么选？',
      '',
      '#### 2-2-1 维度多大合适？',
      '',
      '答案二。',
      '',
      '## 3 常见问题',
      '',
      '### 3-5 岁的孩子能用吗？',
      '',
      '答案三。',
      '',
      '### 4-6 月上线来得及吗？',
      '',
      '答案四。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.report.articles[0]!.kind).toBe('long-form');
    expect(out.entries.map((e) => `${e.id} ${e.title} @${e.source.line}`)).toEqual([
      'article-s1 背景 @1',
      'article-s2-1 什么是检索增强？ @7',
      'article-s2-2-1 维度多大合适？ @13',
    ]);
    // The first heading under 「3」 is no section 3-5: it asks about an age, as article text here
    // since the article's headings are numbered.
    expect(out.report.articles[0]!.entries).toBe(3);
  });

  it('reads hyphenated numbers under parts without a number when they count on with one first part', () => {
    const text = [
      '## 基础概念',
      '',
      '### 1-1 什么是 KV 缓存？',
      '',
      '答案一。',
      '',
      '### 1-2 它占多少显存？',
      '',
      '答案二。',
      '',
      '## 常见误区',
      '',
      '### 2-1 缓存越大越好吗？',
      '',
      '答案三。',
      '',
      '### 3-5 岁的孩子能用吗？',
      '',
      '答案四。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => `${e.id} ${e.title} @${e.source.line}`)).toEqual([
      'article-s1-1 什么是 KV 缓存？ @3',
      'article-s1-2 它占多少显存？ @7',
      'article-s2-1 缓存越大越好吗？ @13',
    ]);
  });
});

describe('hyphenatedLabel', () => {
  it.each([
    ['2-1 课程怎么排？', '2', { index: '2.1', title: '课程怎么排？' }],
    ['２－３、模型多大？', '2', { index: '2.3', title: '模型多大？' }],
    ['2-1-4 细节', '2.1', { index: '2.1.4', title: '细节' }],
    ['3-5 岁的孩子能用吗？', '2', null],
    ['1-1 什么是 KV 缓存？', undefined, { index: '1.1', title: '什么是 KV 缓存？' }],
    ['2-1课程', '2', null],
  ])('%s under %s', (text, prefix, expected) => {
    expect(hyphenatedLabel(text, prefix)).toEqual(expected);
  });
});

describe('splitting a Q&A article at its questions: headings whose number is missing or unusual', () => {
  it("reads an unnumbered heading that asks a question, at the numbered questions' level, as a question; one that names a part as article text", () => {
    const text = [
      '### 🤔 1. 什么是检索增强生成？',
      '',
      '先检索再生成。',
      '',
      '### 问：什么是混合专家模型？',
      '',
      '每次只激活部分专家。',
      '',
      '### 【面试题 3】LoRA 为什么省显存？',
      '',
      '只训练低秩矩阵。',
      '',
      '### 小结',
      '',
      '以上三题都常考。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => `${e.title} @${e.source.line} #${e.source.index}`)).toEqual([
      '什么是检索增强生成？ @1 #1',
      '什么是混合专家模型？ @5 #null',
      'LoRA 为什么省显存？ @9 #3',
    ]);
    // The verbatim heading stays in the provenance.
    expect(out.entries[1]!.source.heading).toBe('问：什么是混合专家模型？');
  });
});

describe('questions set as bold lines', () => {
  const ingestBold = (lines: string[]) => ingestText(lines.join('\n'));

  it('reads numbered or question-marked bold lines as questions when no heading is numbered, each at its line', () => {
    const out = ingestBold([
      '大模型常见问题',
      '',
      '**1. 什么是检索增强生成？**',
      '',
      '答：先检索，再生成。',
      '',
      '**解析：** 能减少幻觉。',
      '',
      '**Q2：模型量化会让效果变差多少？**',
      '',
      '答：INT8 损失很小。',
      '',
    ]);
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是检索增强生成？ @3', '模型量化会让效果变差多少？ @9']);
    // The bold label inside the first answer stays in it.
    expect(entryBody(out, out.entries[0]!.id)).toContain('能减少幻觉。');
    // Without numbers, bold lines ending in a question mark are the questions.
    const unnumbered = ingestBold([
      '**什么是蒸馏？**',
      '',
      '答：大模型教小模型。',
      '',
      '**大模型在医疗领域有哪些应用？**',
      '',
      '答：辅助诊断。',
      '',
    ]);
    expect(unnumbered.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是蒸馏？ @1', '大模型在医疗领域有哪些应用？ @5']);
  });

  it('leaves bold lines alone where headings carry the numbers, or where only one bold line asks', () => {
    const headed = ingestBold(['### 1. 什么是蒸馏？', '', '**2. 蒸馏和剪枝有什么区别？**', '', '答案。', '']);
    expect(headed.entries.map((e) => e.title)).toEqual(['什么是蒸馏？']);
    expect(entryBody(headed, headed.entries[0]!.id)).toContain('蒸馏和剪枝有什么区别？');
    const lone = ingestBold(['## 概述', '', '**这是为什么？**', '', '正文。', '', '## 细节', '', '正文。', '']);
    expect(lone.entries.map((e) => e.title)).toEqual(['概述', '细节']);
  });
});

describe('headings with inline markup', () => {
  it('reads the title as a reader sees it (no ** or backticks, formulas kept); the provenance keeps the heading as written', () => {
    const out = ingestText(
      [
        '# FAQ',
        '',
        '### 1. 加载模型要加 `trust_remote_code=True`，有风险吗？',
        '',
        '有，会执行仓库里的代码。',
        '',
        '### 2. **什么是 RAG？**',
        '',
        '先检索再生成。',
        '',
        '### 3. 为什么要除以 $\\sqrt{d_k}$？',
        '',
        '让方差稳定。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => e.title)).toEqual([
      '加载模型要加 trust_remote_code=True，有风险吗？',
      '什么是 RAG？',
      '为什么要除以 $\\sqrt{d_k}$？',
    ]);
    expect(out.entries[0]!.source.heading).toBe('1. 加载模型要加 `trust_remote_code=True`，有风险吗？');
  });
});

describe('pandoc attributes (Word documents converted by pandoc)', () => {
  it('reads a bookmarked heading as its number and question; spans keep their words; image sizes and heading ids go', () => {
    const out = ingestText(
      [
        '# []{#_Toc1 .anchor}一、基础',
        '',
        '## []{#_Toc2 .anchor}（一）什么是[幻觉]{.underline}？',
        '',
        '大模型会[编造]{.mark}内容，集合写作 {1, 2, 3}。',
        '',
        '![](media/image1.png){width="5.76in" height="3.2in"}',
        '',
        '## 怎么评估？ {#eval .unnumbered}',
        '',
        '看准确率，代码 `x`{.python}。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.index, e.title])).toEqual([
      [1, '什么是幻觉？'],
      [null, '怎么评估？'],
    ]);
    // The bodies (after each file's front matter, whose provenance keeps the heading as written).
    const files = [...out.files.values()].map((f) => f.replace(/^---\n[\s\S]*?\n---\n/u, '')).join('\n');
    expect(files).toContain('大模型会编造内容，集合写作 \\{1, 2, 3}。');
    expect(files).toContain('图片（media/image1.png）\n');
    expect(files).toContain('看准确率，代码 `x`。');
    expect(files).not.toMatch(/_Toc|underline|\.mark|width=|\.python/u);
  });
});

describe('heading decorations (inline HTML from CSDN, WeChat and GitHub; Obsidian tags; table-of-contents anchors)', () => {
  it('reads the number and the question behind them; the provenance keeps the heading as written', () => {
    const out = ingestText(
      [
        '# 面试题',
        '',
        '### <a name="q1"></a>1. 什么是 RAG？',
        '',
        '检索增强。',
        '',
        '### <font color=red>2. 什么是 **MoE**？</font>',
        '',
        '混合专家。',
        '',
        '### [3. 什么是 KV Cache？](#kv)',
        '',
        '缓存。',
        '',
        '### 4. 什么是 LoRA？ #面试 #高频',
        '',
        '低秩。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.index, e.title])).toEqual([
      [1, '什么是 RAG？'],
      [2, '什么是 MoE？'],
      [3, '什么是 KV Cache？'],
      [4, '什么是 LoRA？'],
    ]);
    expect(out.entries[0]!.source.heading).toBe('<a name="q1"></a>1. 什么是 RAG？');
  });

  it("drops a documentation site's badge component (VitePress <Badge />) wherever it sits, not one with a handler", () => {
    const out = ingestText(
      [
        '# 常见问题',
        '',
        '### <Badge type="tip" text="新" /> 1. 为什么推理这么慢？ {#slow}',
        '',
        '逐个生成。',
        '',
        '### 2. 能压小一点吗？ <Badge type="warning" text="v2.0+" />',
        '',
        '能。',
        '',
        '### 3. 会泄露隐私吗？ <Badge text="x" onclick="alert(1)" />',
        '',
        '会。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.index, e.title])).toEqual([
      [1, '为什么推理这么慢？'],
      [2, '能压小一点吗？'],
      [3, '会泄露隐私吗？ <Badge text="x" onclick="alert(1)" />'],
    ]);
    expect(out.entries[1]!.source.heading).toBe('2. 能压小一点吗？ <Badge type="warning" text="v2.0+" />');
    // The article page shows the heading as a reader sees it.
    expect(out.entries.map((e) => e.source.shown)).toEqual([
      '1. 为什么推理这么慢？',
      '2. 能压小一点吗？',
      '3. 会泄露隐私吗？ <Badge text="x" onclick="alert(1)" />',
    ]);
  });

  it('keeps what only looks like one: a tag the heading mentions, C#, a numbered #', () => {
    const out = ingestText(
      [
        '# 面试题',
        '',
        '### 1. 为什么 <span> 标签不能嵌套 <div>？',
        '',
        '规范。',
        '',
        '### 2. C# 和 F# 怎么调大模型？',
        '',
        '用 SDK。',
        '',
        '### 3. 第 #3 题',
        '',
        '略。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => e.title)).toEqual(['为什么 <span> 标签不能嵌套 <div>？', 'C# 和 F# 怎么调大模型？', '第 #3 题']);
  });
});

describe('questions written as HTML (GitHub FAQs with folded answers, pages saved from the web)', () => {
  it('reads <summary> and <hN> lines as headings at their source lines; <details> tags go, answers stay', () => {
    const out = ingestText(
      [
        '# FAQ',
        '',
        '## 安装',
        '',
        '<details><summary><b>1. 装不上 CUDA 怎么办？</b></summary>',
        '',
        '先看驱动。',
        '',
        '</details>',
        '',
        '<details>',
        '<summary>2. 显存不够怎么办？</summary>',
        '',
        '- 开量化',
        '',
        '</details>',
        '',
        '<h3 id="x">3. loss 不降怎么办？</h3>',
        '',
        '调学习率。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.line, e.source.index, e.title])).toEqual([
      [5, 1, '装不上 CUDA 怎么办？'],
      [12, 2, '显存不够怎么办？'],
      [18, 3, 'loss 不降怎么办？'],
    ]);
    const bodies = [...out.files.values()].filter((f) => f.includes('question:')).join('\n');
    expect(bodies).toContain('先看驱动。');
    expect(bodies).not.toMatch(/details|summary|<h3/u);
  });

  it('reads a saved page whose <p> answer lines follow their <hN> with no blank line', () => {
    const out = ingestText(
      [
        '# 网页存档',
        '',
        '<h2>1. 什么是 RAG？</h2>',
        '<p>先检索再<b>生成</b>。</p>',
        '',
        '<h2>2. 什么是 LoRA？</h2>',
        '<p>低秩适配。</p>',
        '<p>只训练小矩阵。</p>',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.line, e.title])).toEqual([
      [3, '什么是 RAG？'],
      [6, '什么是 LoRA？'],
    ]);
    expect(entryBody(out, out.entries[0]!.id)).toContain('先检索再生成。');
    expect(entryBody(out, out.entries[1]!.id)).toMatch(/低秩适配。\n\n只训练小矩阵。/u);
    expect([...out.files.values()].join('\n')).not.toMatch(/<\/?(?:p|h2|b)>/u);
    // A <p> line with a link keeps the paragraph as text: the link's address would be lost.
    const linked = ingestText(
      ['# 存档', '', '<h2>1. 甲？</h2>', '<p>见 <a href="https://a.com">文档</a>。</p>', '', '### 2. 乙？', '', '答。', ''].join('\n'),
    );
    expect(linked.entries.map((e) => e.title)).toEqual(['乙？']);
  });

  it('leaves other HTML as the text it is', () => {
    const out = ingestText(['# FAQ', '', '### 1. 问题', '', '<summary>没有闭合', '', '<h3>1. 不成对</h4>', ''].join('\n'));
    expect([...out.files.values()].join('\n')).toContain('\\<summary>没有闭合');
    expect(out.entries).toHaveLength(1);
  });
});

describe('a number on a line of its own, the question on the next (WeChat posts)', () => {
  it('gives the question its number, as bold lines and as headings', () => {
    const bold = ingestText(
      [
        '# 面试 20 问',
        '',
        '**01**',
        '',
        '**什么是 RAG？**',
        '',
        '检索增强。',
        '',
        '**02**',
        '',
        '**什么是 MoE？**',
        '',
        '混合专家。',
        '',
      ].join('\n'),
    );
    const headings = ingestText(
      [
        '# 面试 20 问',
        '',
        '## 01',
        '',
        '### 什么是 RAG？',
        '',
        '检索增强。',
        '',
        '## 02',
        '',
        '### 什么是 MoE？',
        '',
        '混合专家。',
        '',
      ].join('\n'),
    );
    for (const out of [bold, headings])
      expect(out.entries.map((e) => [e.source.index, e.source.line, e.title])).toEqual([
        [1, 5, '什么是 RAG？'],
        [2, 11, '什么是 MoE？'],
      ]);
  });

  it('keeps a numbered heading with text of its own as it is', () => {
    const out = ingestText(['# 长文', '', '## 1', '', '正文。', '', '## 背景', '', '更多正文。', ''].join('\n'));
    expect(out.entries.map((e) => e.source.index)).toContain(1);
  });
});

describe('Obsidian wikilinks', () => {
  it('shows the words a note shows, its target after them when different; code stays as written', () => {
    const out = ingestText(
      [
        '# 后训练笔记',
        '',
        '### 1. 什么是[[SFT|监督微调]]？',
        '',
        '见 [[RLHF]] 与 [[DPO#损失函数|DPO 的损失]]，代码里写 `[[x]]`。',
        '',
        '![[流程图.png]]',
        '',
      ].join('\n'),
    );
    const entry = out.entries[0]!;
    expect(entry.title).toBe('什么是监督微调 (SFT)？');
    expect(entry.source.heading).toBe('1. 什么是[[SFT|监督微调]]？');
    const file = [...out.files.values()].find((f) => f.includes('id: article-q1'))!;
    expect(file).toContain('见 RLHF 与 DPO 的损失 (DPO#损失函数)，代码里写 `[[x]]`。');
    expect(file).toContain('图片（流程图.png）');
  });

  it('names what an embed would have put in the page: an image, another file, or a note', () => {
    const out = ingestText(
      [
        '# 后训练笔记',
        '',
        '### 1. 什么是 RAG？',
        '',
        '![[rag 架构.png|400]]',
        '',
        '![[rag 架构.png|检索与生成两步]] 与 ![[论文.pdf]]',
        '',
        '细节见 ![[RAG 笔记#检索]]。',
        '',
      ].join('\n'),
    );
    const file = [...out.files.values()].find((f) => f.includes('id: article-q1'))!;
    expect(file).toContain('图片（rag 架构.png）');
    expect(file).not.toContain('400');
    expect(file).toContain('图片：检索与生成两步（rag 架构.png） 与 附件（论文.pdf）');
    expect(file).toContain('细节见 （此处嵌入的笔记未收录：RAG 笔记#检索）。');
    expect(file).not.toContain('[[');
  });
});

describe('outline properties (Logseq pages, Dataview fields)', () => {
  it('reads a Logseq outline of questions: title:: titles it, other key:: value lines are not published and are reported', () => {
    const out = ingestText(
      [
        'title:: 大模型面试笔记',
        'tags:: 面试, LLM',
        '',
        '- 什么是 RAG？',
        '  collapsed:: true',
        '\t- 先检索再生成。',
        '- 为什么要量化？',
        '\t- 省显存，写法 `a:: b` 在代码里不动。',
        '',
      ].join('\n'),
    );
    expect(out.report.articles[0]!.title).toBe('大模型面试笔记');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是 RAG？ @4', '为什么要量化？ @7']);
    const files = [...out.files.values()].join('\n');
    expect(files).not.toMatch(/collapsed|tags::|面试, LLM/u);
    expect(files).toContain('写法 `a:: b` 在代码里不动');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '2: Logseq/Dataview 属性 key:: value（第 2、5 行）不发布（大纲的元数据）',
    );
  });

  it('leaves std::vector and a :: inside a sentence alone', () => {
    const out = ingestText(
      ['# C++ 笔记', '', '## 1. 什么是 std::vector？', '', 'std::vector 是动态数组，类型写作 T:: 之后。', ''].join('\n'),
    );
    expect(out.report.warnings).toEqual([]);
    expect([...out.files.values()].join('\n')).toContain('std::vector 是动态数组');
  });
});

describe('YAML front matter (blog posts)', () => {
  it('takes the title from it, names the other fields as not published, and keeps every entry at its line', () => {
    const out = ingestText(
      [
        '---',
        'title: 大模型问答',
        'date: 2024-01-01',
        'tags: [AI, LLM]',
        '---',
        '',
        '## 1. 什么是大模型？',
        '',
        '答。',
        '',
        '## 2. 怎么训练？',
        '',
        '答。',
        '',
      ].join('\n'),
    );
    expect(out.report.articles[0]!.title).toBe('大模型问答');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @7', '怎么训练？ @11']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: front matter 的 date、tags 字段不发布（博客的元数据，不是文章正文）',
    ]);
    // Without a title field, the article's own title heading names it.
    expect(
      ingestText(['---', 'date: 2024', '---', '', '# 真标题', '', '## 1. 什么是大模型？', '', '答。', ''].join('\n')).report.articles[0]!
        .title,
    ).toBe('真标题');
  });

  it('keeps a page heading under a front-matter title as text, so unnumbered questions below it stay questions', () => {
    // A VitePress or Docusaurus FAQ: `title:`, then `# 常见问题`, then sections and questions without numbers.
    const page = [
      '---',
      'title: 常见问题',
      '---',
      '',
      '# 常见问题 {#faq}',
      '',
      '[[toc]]',
      '',
      '## 基础',
      '',
      '### 什么是大模型？',
      '',
      '答。',
      '',
    ];
    const out = ingestText([...page, '### 怎么训练？', '', '答。', ''].join('\n'));
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @11', '怎么训练？ @15']);
    expect([...out.files.values()].join('\n')).toContain('常见问题');
  });

  it('reads a --- block that is not YAML fields as the Markdown it is (a rule, prose, a rule), losing nothing', () => {
    for (const opening of [
      ['---', '本文作者：某某，转载请注明出处', '---'],
      ['---', 'title: [未闭合', '---'],
    ]) {
      const out = ingestText([...opening, '', '## 1. 什么是大模型？', '', '答。', '', '## 2. 怎么训练？', '', '答。', ''].join('\n'));
      expect(out.entries.map((e) => e.title)).toEqual(['什么是大模型？', '怎么训练？']);
      expect(out.report.warnings.filter((w) => w.message.includes('front matter'))).toEqual([]);
      const published = [...out.files.values()].join('\n') + out.report.articles[0]!.title;
      expect(published).toContain(opening[1]!.slice(0, 6));
    }
  });
});

describe('footnotes', () => {
  it('an answer that cites a footnote defined at the end of the article carries the definition', () => {
    const out = ingestText(
      ['### 1. 什么是 RAG？', '', '先检索再生成[^1]。', '', '### 2. 什么是微调？', '', '继续训练。', '', '[^1]: Lewis 等，2020。', ''].join(
        '\n',
      ),
    );
    expect(entryBody(out, out.entries[0]!.id)).toContain('[^1]: Lewis 等，2020。');
  });
});

describe('a FAQ kept as a two-column question / answer table', () => {
  it('reads each row as its question and answer (a <br> in the answer a line break); other tables stay tables', () => {
    const out = ingestText(
      [
        '# FAQ',
        '',
        '| Q | A |',
        '| --- | --- |',
        '| 什么是 RAG？ | 检索增强。<br>先检索再生成。 |',
        '| 什么是 **MoE**？ | 混合专家。 |',
        '',
        '| 指标 | 说明 |',
        '| --- | --- |',
        '| 准确率 | 高 |',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => [e.source.line, e.title])).toEqual([
      [5, '什么是 RAG？'],
      [6, '什么是 MoE？'],
    ]);
    const bodies = [...out.files.values()].filter((f) => f.includes('question:')).join('\n');
    expect(bodies).toContain('检索增强。\\\n先检索再生成。');
    expect(bodies).toContain('| 准确率 | 高  |');
    expect(bodies).not.toMatch(/\| Q \||<br>/u);
  });

  it('needs the header to name question and answer, and two rows', () => {
    expect(() => ingestText(['# FAQ', '', '| 问题 | 回答 |', '| --- | --- |', '| 什么是 RAG？ | 检索增强。 |', ''].join('\n'))).toThrow(
      /唯一的标题被读作文章标题/u,
    );
  });
});

describe('questions set as plain lines, in articles without headings', () => {
  const titles = (lines: string[]) => ingestText(lines.join('\n')).entries.map((e) => `${e.title} @${e.source.line}`);

  it('reads a numbered question line with its answer label on the next line as a question, each at its line', () => {
    const out = ingestText(
      [
        '大模型面试题',
        '',
        '1、什么是涌现能力？',
        '答：规模过了阈值才出现的能力。',
        '',
        '2、LoRA 为什么省显存？',
        '答：只训练低秩矩阵。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是涌现能力？ @3', 'LoRA 为什么省显存？ @6']);
    expect(entryBody(out, out.entries[1]!.id)).toContain('答：只训练低秩矩阵。');
    expect(entryBody(out, out.entries[1]!.id)).not.toContain('LoRA 为什么省显存');
  });

  it('reads a line that asks and goes on with its answer label as a question and its answer', () => {
    const out = ingestText(['面试速记', '', '问：什么是 RAG？答：先检索，再生成。', '', 'Q: 为什么要量化? A: 省显存。', ''].join('\n'));
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是 RAG？ @3', '为什么要量化? @5']);
    expect(entryBody(out, out.entries[0]!.id)).toContain('答：先检索，再生成。');
    expect(entryBody(out, out.entries[0]!.id)).not.toContain('什么是 RAG');
    expect(entryBody(out, out.entries[1]!.id)).toContain('A: 省显存。');
    // A question answered in prose on the same line, without a label, stays prose.
    expect(() => ingestText(['面试速记', '', '为什么？因为要省显存。', '', '为什么？因为快。', ''].join('\n'))).toThrow(
      /没有可以拆分成条目的标题/u,
    );
  });

  it('reads a quoted question as a question when an answer label follows it; other quoted questions stay quotations', () => {
    const out = ingestText(
      [
        '访谈：落地这一年',
        '',
        '> 问：你们最早是怎么决定上大模型的？',
        '',
        '答：客服部门先提的需求。',
        '',
        '> **Q：什么是 RAG？**',
        '> A：先检索，再生成。',
        '',
        '> 大模型会取代程序员吗？',
        '',
        '这是读者留言，不是题目。',
        '',
      ].join('\n'),
    );
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['你们最早是怎么决定上大模型的？ @3', '什么是 RAG？ @7']);
    expect(entryBody(out, out.entries[0]!.id)).toContain('答：客服部门先提的需求。');
    expect(entryBody(out, out.entries[1]!.id)).toContain('A：先检索，再生成。');
    expect(entryBody(out, out.entries[1]!.id)).toMatch(/> 大模型会取代程序员吗？/u);
    // Quoted questions without an answer label are quotations: nothing to split.
    expect(() =>
      ingestText(['随笔', '', '> 大模型会取代程序员吗？', '', '我不这么看。', '', '> 那学编程还有用吗？', '', '有用。', ''].join('\n')),
    ).toThrow(/没有可以拆分成条目的(?:内容|标题)/u);
  });

  it('reads Q：/A： pairs, timestamped show notes and single question lines above their answers', () => {
    expect(
      titles(['# 安全问答', '', 'Q：什么是提示注入？', 'A：把恶意指令藏进输入。', '', 'Q：如何防止隐私泄露？', 'A：脱敏。', '']),
    ).toEqual(['什么是提示注入？ @3', '如何防止隐私泄露？ @6']);
    expect(
      titles([
        '# 播客第 42 期',
        '',
        '00:01:20 开场',
        '',
        '00:03:45 数据是怎么清洗的？',
        '',
        '先去重。',
        '',
        '00:12:10 loss 飙升怎么办？',
        '',
        '回退检查点。',
        '',
      ]),
    ).toEqual(['数据是怎么清洗的？ @5', 'loss 飙升怎么办？ @9']);
  });

  it('reads a list whose every item asks and answers a question as questions', () => {
    expect(
      titles([
        '入门问答',
        '',
        '1. 什么是 Transformer？',
        '   答：自注意力网络。',
        '',
        '2. 预训练和微调有什么区别？',
        '   答：数据不同。',
        '',
      ]),
    ).toEqual(['什么是 Transformer？ @3', '预训练和微调有什么区别？ @6']);
  });

  it('leaves prose, outlines and articles with headings alone', () => {
    // A question followed by prose without an answer label is prose; one question is not a pattern.
    expect(() => ingestText(['会被取代吗？我认为不会。', '因为……', '', '那怎么办？', '学习。', ''].join('\n'))).toThrow(
      '没有可以拆分成条目的标题',
    );
    // A list of questions without answers is an outline.
    expect(() => ingestText(['本讲提纲', '', '1. 什么是大模型？', '2. 怎么训练？', ''].join('\n'))).toThrow('没有可以拆分成条目的标题');
    // Headings carry the questions: question lines inside answers stay there.
    const headed = ingestText(['## 概述', '', '为什么？', '', '正文。', '', '## 细节', '', '怎么做？', '', '正文。', ''].join('\n'));
    expect(headed.entries.map((e) => e.title)).toEqual(['概述', '细节']);
  });
});

describe('splitting a long-form article at its sections', () => {
  it('keeps an unnumbered heading below a section inside it, and a numbered one as a section of its own', () => {
    const text = [
      '## 1. 背景',
      '',
      '背景正文。',
      '',
      '## 2. 核心算法',
      '',
      '### 2.1 原理',
      '',
      '原理正文。',
      '',
      '#### 要点',
      '',
      '要点正文。',
      '',
      '### 2.2 步骤',
      '',
      '步骤正文。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => e.title)).toEqual(['背景', '原理', '步骤']);
    const principle = entryBody(out, out.entries[1]!.id);
    expect(principle).toContain('### 要点');
    expect(principle).toContain('要点正文。');
  });
});

describe('rangeLookup', () => {
  it('answers as inRanges does, for ranges in any order, overlapping or not', () => {
    const ranges: [number, number][] = [
      [40, 50],
      [0, 10],
      [5, 30],
      [60, 61],
    ];
    const inCode = rangeLookup(ranges);
    for (let at = -2; at < 70; at++) {
      expect(inCode(at)).toBe(inRanges(ranges, at));
      expect(inCode(at, at + 7)).toBe(inRanges(ranges, at, at + 7));
    }
    expect(rangeLookup([])(3)).toBe(false);
  });
});
