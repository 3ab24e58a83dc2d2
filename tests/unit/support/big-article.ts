/**
 * A 5 MB article in the sources' own loose format, generated at test time (never committed):
 * numbered `####` questions whose answers are the real articles' answers, with label lines,
 * lists, display math and Python code whose comments start at column 0 with `#`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, SOURCES_DIR } from './ingest.ts';

export interface BigArticle {
  text: string;
  questions: number;
  /** Line of every question heading, in order. */
  headingLines: number[];
}

function answers(): { title: string; body: string }[] {
  const result: { title: string; body: string }[] = [];
  for (const file of [FILES.a000, FILES.a001, FILES.a004]) {
    const text = readFileSync(join(SOURCES_DIR, file), 'utf8');
    const parts = text.split(/^#{3,4} \d+\. /mu).slice(1);
    for (const part of parts) {
      const [title = '', ...rest] = part.split('\n');
      result.push({
        title: title.trim(),
        body: rest
          .join('\n')
          .replace(/\n## [\s\S]*$/u, '')
          .trim(),
      });
    }
  }
  return result;
}

export function bigArticle(minBytes = 5 * 1024 * 1024): BigArticle {
  const pool = answers();
  const chunks: string[] = ['### 大模型面试题大全（超长版）', '', '本文收录了大量面试题。', ''];
  const headingLines: number[] = [];
  let line = chunks.length + 1;
  let bytes = 0;
  let n = 0;
  while (bytes < minBytes) {
    n++;
    const { title, body } = pool[(n - 1) % pool.length]!;
    const extra =
      n % 3 === 0
        ? ['', '```python', '# 第 ' + n + ' 题的示例代码', 'import numpy as np', '## 不是标题', 'x = np.zeros((2, 2))', '```']
        : n % 3 === 1
          ? ['', '$$', `L_{${n}} = \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2`, '$$']
          : ['', `| 指标 | 第 ${n} 题 |`, '| --- | --- |', '| 价格 | $100 |'];
    const item = [`#### ${n}. ${title}（第 ${n} 题）`, '', body, ...extra, ''];
    const text = item.join('\n');
    headingLines.push(line);
    line += text.split('\n').length;
    chunks.push(text);
    bytes += Buffer.byteLength(text) + 1;
  }
  return { text: chunks.join('\n'), questions: n, headingLines };
}
