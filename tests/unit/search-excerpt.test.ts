import { describe, expect, it } from 'vitest';
import { wholeClauses, withoutEcho } from '../../src/lib/search/excerpt.ts';

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

describe('withoutEcho: an excerpt under its result title', () => {
  const content =
    '大模型的训练过程是怎样的？ 题目： 请简要描述大模型的训练过程。 答案： 大模型的训练过程通常包括以下步骤： 数据预处理： 对原始数据进行清洗。 模型设计。';

  it("drops the title the answer section opens with, and the articles' labels", () => {
    expect(
      withoutEcho(
        '大模型的训练过程是怎样的？ 题目： 请简要描述大模型的训练过程。 答案： 大模型的训练过程通常包括',
        ['大模型的训练过程是怎样的？'],
        content,
      ),
    ).toBe('请简要描述大模型的训练过程。 大模型的训练过程通常包括');
  });

  it('reads on into the text when what is left is short', () => {
    expect(withoutEcho('大模型的训练过程是怎样的？ 题目： 请简要描述', ['大模型的训练过程是怎样的？'], content)).toBe(
      '请简要描述大模型的训练过程。',
    );
  });

  it("matches the answer's own heading or the question, whichever the excerpt repeats", () => {
    const grouped = '大模型在医疗健康领域的应用 大模型可以辅助诊断、读片和病历整理，也能帮药企筛选分子。';
    expect(
      withoutEcho(
        '大模型在医疗健康领域的应用 大模型可以辅助诊断、读片和病历整理，也能',
        ['大模型在医疗健康领域的应用', '大模型在医疗领域中的应用'],
        grouped,
      ),
    ).toBe('大模型可以辅助诊断、读片和病历整理，也能帮药企筛选分子。');
  });

  it('leaves an excerpt that does not repeat the title, or is nothing but it, as it is', () => {
    expect(withoutEcho('…通常包括以下步骤', ['大模型的训练过程是怎样的？'], content)).toBe('…通常包括以下步骤');
    expect(withoutEcho('大模型的训练过程是怎样的？', ['大模型的训练过程是怎样的？'], content)).toBe('大模型的训练过程是怎样的？');
  });
});
