/**
 * What a heading says: its number (`7.`, `2.1`) and the question or section title after it.
 * Works on the heading's text, never on Markdown syntax (the parser already did that).
 */
export interface HeadingLabel {
  /** 7 for "7.", "2.1" for "2.1 …", null when the heading is not numbered. */
  index: number | string | null;
  /** The heading without its number, trimmed; may be empty ("### 7."). */
  title: string;
}

// A number counts only when a separator follows it, so "3D 视觉" or "2024年" stay titles.
const NUMBERED = /^(\d{1,4}(?:\.\d{1,4})*)(?:[.、．:：)）]\s*|\s+|$)([\s\S]*)$/u;

export function parseHeadingLabel(text: string): HeadingLabel {
  const trimmed = text.trim();
  const match = NUMBERED.exec(trimmed);
  if (!match) return { index: null, title: trimmed };
  const [, number = '', rest = ''] = match;
  const index = number.includes('.') ? number : Number(number);
  return { index, title: rest.trim() };
}

/** A decorated pseudo-title such as ` ############### 标题 ###############` (7+ `#`, not a heading). */
export function decoratedTitle(paragraphText: string): string | null {
  const match = /^\s*#{7,}\s*(.*?)\s*#*\s*$/u.exec(paragraphText);
  const title = match?.[1]?.trim();
  return title ? title : null;
}
