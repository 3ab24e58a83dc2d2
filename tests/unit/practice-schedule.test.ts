/** The practice page's Leitner schedule (src/lib/practice/schedule.ts): boxes, due dates, queue order, import checks. */
import { describe, expect, it } from 'vitest';
import { emptyState, INTERVAL_DAYS, mark, MAX_BOX, merge, nextDue, parseState, progress, queue } from '../../src/lib/practice/schedule.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

describe('marking', () => {
  it('「会了」 moves a question up one box and schedules it that box’s interval later', () => {
    let s = mark(emptyState(), 'a', true, T0);
    expect(s.cards.a).toMatchObject({ box: 2, due: T0 + INTERVAL_DAYS[2] * DAY, known: 1, unknown: 0 });
    for (let i = 0; i < 10; i++) s = mark(s, 'a', true, T0);
    expect(s.cards.a!.box).toBe(MAX_BOX);
    expect(s.cards.a!.due).toBe(T0 + INTERVAL_DAYS[MAX_BOX] * DAY);
  });

  it('「还不熟」 sends it back to box 1, due at once', () => {
    let s = mark(emptyState(), 'a', true, T0);
    s = mark(s, 'a', true, T0);
    s = mark(s, 'a', false, T0 + DAY);
    expect(s.cards.a).toMatchObject({ box: 1, due: T0 + DAY, known: 2, unknown: 1, last: T0 + DAY });
  });

  it('does not change the state it is given', () => {
    const s = emptyState();
    mark(s, 'a', true, T0);
    expect(s.cards).toEqual({});
  });
});

describe('queue', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('puts due reviews first (lowest box, then most overdue), then new questions in order, and leaves out what is not due', () => {
    let s = emptyState();
    s = mark(s, 'c', true, T0 - 5 * DAY); // box 2, due T0 - 4 days
    s = mark(s, 'd', false, T0 - DAY); // box 1, due T0 - 1 day
    s = mark(s, 'e', true, T0); // box 2, due tomorrow
    expect(queue(ids, s, T0)).toEqual(['d', 'c', 'a', 'b']);
    expect(queue(ids, s, T0, true)).toEqual(['d', 'c', 'a', 'b', 'e']);
    expect(nextDue(ids, s, T0)).toBe(T0 + DAY);
    expect(queue(ids, s, T0 + DAY)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });

  it('counts progress per set of questions', () => {
    let s = mark(emptyState(), 'a', true, T0);
    s = mark(s, 'b', false, T0);
    expect(progress(ids, s, T0)).toEqual({ total: 5, known: 1, due: 1, fresh: 3 });
    expect(progress(ids, s, T0 + 2 * DAY)).toEqual({ total: 5, known: 1, due: 2, fresh: 3 });
  });
});

describe('export and import', () => {
  it('round-trips, and keeps unknown question ids (another build may have them)', () => {
    const s = mark(mark(emptyState(), 'concepts/x', true, T0), 'gone/y', false, T0);
    expect(parseState(JSON.stringify({ app: '大模型知识库', ...s }))).toEqual(s);
  });

  it('refuses what is not a progress file, with a message for the reader', () => {
    expect(() => parseState('not json')).toThrow('文件不是有效的 JSON。');
    expect(() => parseState('{"hello":1}')).toThrow('这不是大模型知识库的练习进度文件。');
    expect(() => parseState('{"v":1,"cards":{"a":{"box":9,"due":0,"last":0,"known":0,"unknown":0}}}')).toThrow('「a」');
    expect(() => parseState('{"v":1,"cards":{"a":{"box":"2"}}}')).toThrow('「a」');
  });

  it('merges per question, the later mark winning', () => {
    const a = mark(mark(emptyState(), 'x', true, T0), 'y', true, T0 + 2 * DAY);
    const b = mark(mark(emptyState(), 'x', false, T0 + DAY), 'y', false, T0);
    const m = merge(a, b);
    expect(m.cards.x).toEqual(b.cards.x);
    expect(m.cards.y).toEqual(a.cards.y);
  });
});
