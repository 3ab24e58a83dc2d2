import { describe, expect, it } from 'vitest';
import { wholeClauses } from '../../src/lib/search/excerpt.ts';

describe('wholeClauses: search excerpts from clause to clause', () => {
  const content = '大模型的训练过程有哪些关键技术？ 答案： 大模型的训练过程涉及以下关键技术：并行计算、批量处理。';

  it('widens an excerpt that starts inside a word back to the start of its clause', () => {
    expect(wholeClauses('模型的训练过程有哪些关键技术？ 答案：', content)).toBe('大模型的训练过程有哪些关键技术？ 答案：');
  });

  it('widens an excerpt that ends inside a clause to its end, sentence mark included', () => {
    expect(wholeClauses('并行计算、批量', content)).toBe('并行计算、批量处理。');
  });

  it('takes in the clause an excerpt starts at the end of', () => {
    expect(wholeClauses('： 大模型的训练过程涉及', content)).toBe('答案： 大模型的训练过程涉及以下关键技术');
  });

  it('cuts to the next clause, marked with 「…」, when the clause began too far back', () => {
    const long = `${'甲'.repeat(30)}，后面的话，还有一句。`;
    expect(wholeClauses(long.slice(25), long)).toBe('…后面的话，还有一句。');
    // No boundary near the start either: the excerpt as it is, marked.
    const flat = Array.from({ length: 60 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(wholeClauses(flat.slice(20, 40), flat)).toBe(`…${flat.slice(20, 40)}…`);
  });

  it('marks an end it cannot reach with 「…」', () => {
    const long = `开头，${'一'.repeat(40)}`;
    expect(wholeClauses('开头，一一', long)).toBe('开头，一一…');
  });

  it('leaves an excerpt it cannot place as it is', () => {
    expect(wholeClauses('不在正文里的话', content)).toBe('不在正文里的话');
  });
});

describe('wholeClauses: English inside Chinese text', () => {
  it('does not stop at the space between two English words', () => {
    const content = '模型剪枝（Model Pruning）：通过删除不重要的连接减小模型。';
    expect(wholeClauses('Pruning）：通过删除', content)).toBe('模型剪枝（Model Pruning）：通过删除不重要的连接减小模型。');
  });
});
