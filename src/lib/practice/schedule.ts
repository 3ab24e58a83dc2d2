/**
 * Spaced repetition for the practice page: Leitner boxes. Pure functions over plain data (no DOM,
 * no storage) so the schedule is unit-tested and the browser script stays small.
 *
 * A question never marked is new (box 0). 「会了」 moves it up one box and schedules it that box's
 * interval later; 「还不熟」 sends it back to box 1, due at once, and it comes back a few questions
 * later in the same session. Box 5 is the last: intervals stop growing there.
 */
import type { QuestionId } from './types.ts';

export const MAX_BOX = 5;
const DAY = 86_400_000;
/** Days until a question in box N is due again (index = box). Box 1 is「还不熟」: due now. */
export const INTERVAL_DAYS = [0, 0, 1, 3, 7, 21] as const;
/** 「还不熟」 puts a question back this many places later in the current session. */
export const RETRY_GAP = 3;
/** Box from which a question counts as 「会了」 in progress figures. */
export const KNOWN_BOX = 2;

export interface CardState {
  box: number;
  /** Epoch ms when it is due again. */
  due: number;
  /** Epoch ms of the last mark; merges keep the newer record. */
  last: number;
  known: number;
  unknown: number;
}

export interface PracticeState {
  v: 1;
  cards: Record<QuestionId, CardState>;
}

export const emptyState = (): PracticeState => ({ v: 1, cards: {} });

export function mark(state: PracticeState, id: QuestionId, knew: boolean, now: number): PracticeState {
  const card = state.cards[id] ?? { box: 0, due: now, last: now, known: 0, unknown: 0 };
  const box = knew ? Math.min(MAX_BOX, Math.max(card.box, 1) + 1) : 1;
  const next: CardState = {
    box,
    due: now + INTERVAL_DAYS[box as 0 | 1 | 2 | 3 | 4 | 5] * DAY,
    last: now,
    known: card.known + (knew ? 1 : 0),
    unknown: card.unknown + (knew ? 0 : 1),
  };
  return { v: 1, cards: { ...state.cards, [id]: next } };
}

/**
 * The order to practise `ids` in: questions due for review first (lowest box, then longest
 * overdue), then new questions in catalog order. Questions not due yet are left out unless
 * `includeLater`, which appends them by due date (「提前复习」).
 */
export function queue(ids: readonly QuestionId[], state: PracticeState, now: number, includeLater = false): QuestionId[] {
  const due: QuestionId[] = [];
  const fresh: QuestionId[] = [];
  const later: QuestionId[] = [];
  for (const id of ids) {
    const card = state.cards[id];
    if (!card || card.box === 0) fresh.push(id);
    else if (card.due <= now) due.push(id);
    else later.push(id);
  }
  const c = (id: QuestionId) => state.cards[id]!;
  due.sort((a, b) => c(a).box - c(b).box || c(a).due - c(b).due);
  later.sort((a, b) => c(a).due - c(b).due);
  return [...due, ...fresh, ...(includeLater ? later : [])];
}

/** Next due time among `ids` that are not due now, or null. */
export function nextDue(ids: readonly QuestionId[], state: PracticeState, now: number): number | null {
  let best: number | null = null;
  for (const id of ids) {
    const card = state.cards[id];
    if (card && card.box > 0 && card.due > now && (best === null || card.due < best)) best = card.due;
  }
  return best;
}

export interface Progress {
  total: number;
  /** Marked 「会了」 at least once since the last 「还不熟」. */
  known: number;
  /** Seen and due for review now. */
  due: number;
  fresh: number;
}

export function progress(ids: readonly QuestionId[], state: PracticeState, now: number): Progress {
  const p: Progress = { total: ids.length, known: 0, due: 0, fresh: 0 };
  for (const id of ids) {
    const card = state.cards[id];
    if (!card || card.box === 0) p.fresh++;
    else {
      if (card.box >= KNOWN_BOX) p.known++;
      if (card.due <= now) p.due++;
    }
  }
  return p;
}

const isCard = (c: unknown): c is CardState =>
  typeof c === 'object' &&
  c !== null &&
  ['box', 'due', 'last', 'known', 'unknown'].every((k) => Number.isFinite((c as Record<string, unknown>)[k])) &&
  (c as CardState).box >= 0 &&
  (c as CardState).box <= MAX_BOX;

/**
 * Reads a state from stored or imported JSON; throws a message a reader can act on. Unknown
 * question ids are kept: a question may come back in a later build (or another device's).
 */
export function parseState(text: string): PracticeState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('文件不是有效的 JSON。');
  }
  const d = data as { v?: unknown; app?: unknown; cards?: unknown };
  if (typeof d !== 'object' || d === null || d.v !== 1 || typeof d.cards !== 'object' || d.cards === null) {
    throw new Error('这不是大模型知识库的练习进度文件。');
  }
  const cards: Record<QuestionId, CardState> = {};
  for (const [id, card] of Object.entries(d.cards as Record<string, unknown>)) {
    if (!isCard(card)) throw new Error(`进度文件中「${id}」的记录无效。`);
    cards[id] = { box: Math.trunc(card.box), due: card.due, last: card.last, known: card.known, unknown: card.unknown };
  }
  return { v: 1, cards };
}

/** Import merges: per question, the record marked last wins (two devices, one reader). */
export function merge(a: PracticeState, b: PracticeState): PracticeState {
  const cards = { ...a.cards };
  for (const [id, card] of Object.entries(b.cards)) if (!cards[id] || card.last > cards[id].last) cards[id] = card;
  return { v: 1, cards };
}
