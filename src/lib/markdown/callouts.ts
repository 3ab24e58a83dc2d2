/**
 * Callouts as GitHub (`> [!NOTE]`) and Obsidian (`> [!warning]- 标题`) write them: an article
 * exported from either keeps its notes and warnings as asides instead of showing the marker
 * `[!NOTE]` as text. Parsing is @r4ai/remark-callout's; this module only names each kind in
 * Chinese when the writer gave no title of their own. A folded callout (`-`/`+`) becomes
 * <details>, which needs no script.
 */
import type { Callout, Options } from '@r4ai/remark-callout';

/** The kinds GitHub and Obsidian define (and their aliases), labelled as a Chinese page would. */
const LABELS: Record<string, string> = {
  note: '注',
  info: '说明',
  todo: '待办',
  tip: '提示',
  hint: '提示',
  important: '重要',
  abstract: '摘要',
  summary: '摘要',
  tldr: '摘要',
  success: '完成',
  check: '完成',
  done: '完成',
  question: '问题',
  help: '问题',
  faq: '问题',
  warning: '注意',
  caution: '注意',
  attention: '注意',
  failure: '失败',
  fail: '失败',
  missing: '缺失',
  danger: '危险',
  error: '错误',
  bug: '缺陷',
  example: '示例',
  quote: '引用',
  cite: '引用',
};

/** What the callout is called: the writer's title, else the kind's Chinese name (unknown kinds: 注). */
export function calloutTitle(callout: Callout): string {
  const kind = callout.type.toLowerCase();
  // The plugin fills a missing title with the capitalised kind ("Warning"): that is no title.
  const untitled = callout.title === undefined || callout.title.toLowerCase() === kind;
  return untitled ? (LABELS[kind] ?? LABELS['note']!) : callout.title!;
}

export const calloutOptions: Options = {
  // An empty list sends every callout through onUnknownCallout, the plugin's one hook for titles.
  callouts: [],
  onUnknownCallout: (callout) => ({ ...callout, type: callout.type.toLowerCase(), title: calloutTitle(callout) }),
};
