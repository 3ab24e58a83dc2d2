/**
 * Rewrite (rewrite-source.ts): a WordPress post exported to Markdown (wordpress-export-to-markdown,
 * Jetpack's Markdown, most "WordPress to Markdown" converters) keeps its shortcodes as text, and the
 * converter escapes their underscores (`[su\_note]`). WordPress shows none of them as written:
 * - `[caption …]![图](a.jpg) 说明[/caption]` is the picture with its caption under it;
 * - a box around text (`[su_note]`, `[su_box title="…"]`, `[su_quote]`, `[su_spoiler]`, …) shows the
 *   text, its title first;
 * - a footnote written where it is cited (`[efn_note]…[/efn_note]`, `[footnote]…[/footnote]`, `[ref]`)
 *   reads 「（注：…）」 there;
 * - `[embed]url[/embed]`, `[video src="…"]`, `[audio src="…"]` are a player, named with its address;
 * - a table of contents (`[ez-toc]`, `[toc]`) is the page's own, as `[TOC]` is (blog-markup.ts);
 * - a form (`[contact-form-7 … title="入学咨询"]`, `[wpforms]`) is named as not kept;
 * - Jetpack's formulas `$latex E=mc^2$` are math, the backslashes the converter doubled made single.
 * Only these names are read, so 「[1]」, 「[注]」 and links stay text; code stays as written, and every
 * line stays where it was.
 */
import { inRanges, lineFinder, literalRanges } from './parse.ts';

/** Shortcodes whose content WordPress shows in a box or block: the tags go, a `title` leads in bold. */
const BOXES = [
  'su_note',
  'su_box',
  'su_quote',
  'su_spoiler',
  'su_highlight',
  'su_callout',
  'su_panel',
  'su_row',
  'su_column',
  'box',
  'alert',
  'notice',
];
const FOOTNOTES = ['efn_note', 'footnote', 'ref', 'mfn'];
const PLAYERS: Record<string, string> = { embed: '嵌入', video: '视频', audio: '音频', youtube: '视频' };
const TOCS = ['ez-toc', 'toc', 'table-of-contents', 'lwptoc'];
const FORMS = ['contact-form-7', 'wpforms', 'gravityform', 'ninja_form', 'mc4wp_form'];

/** A shortcode's name as a converter wrote it: `\_` for `_`. */
const NAME = String.raw`[a-z][a-z0-9]*(?:(?:\\?_|-)[a-z0-9]+)*`;
// Not `[[toc]]` (a wiki's marker, blog-markup.ts), nor a link's or reference's text (`[embed](…)`, `[toc]: …`).
const OPEN = new RegExp(String.raw`(?<!\[)\[(${NAME})((?:\s+[^\]\n]*)?)\](?![\](:[])`, 'gu');
const LATEX = /\$latex\s+((?:[^$\n\\]|\\.)+?)\$/gu;

const plain = (name: string) => name.replace(/\\_/gu, '_').toLowerCase();
/** `key="value"` pairs, the converter's escapes undone. */
function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.replace(/\\_/gu, '_').matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/gu))
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}
/** Markdown's escapes a converter added (`\\` for `\`, `\_`, `\*`), undone inside a formula. */
const unescaped = (tex: string) => tex.replace(/\\([\\_*[\]`])/gu, '$1');

export interface WordPressRewrite {
  text: string;
  /** Lines of the shortcodes read, and of Jetpack formulas. */
  shortcodes: number[];
  formulas: number[];
  /** The shortcode names read, each once. */
  names: string[];
}

const KNOWN = new Set([...BOXES, ...FOOTNOTES, ...Object.keys(PLAYERS), ...TOCS, ...FORMS, 'caption', 'wp_caption', 'gallery']);

function onePass(text: string): WordPressRewrite {
  // Most articles have brackets (links) and no shortcode: they are not parsed for code here.
  if (!text.includes('$latex') && ![...text.matchAll(OPEN)].some((m) => KNOWN.has(plain(m[1]!))))
    return { text, shortcodes: [], formulas: [], names: [] };
  const code = literalRanges(text);
  const lineAt = lineFinder(text);
  const shortcodes = new Set<number>();
  const formulas = new Set<number>();
  const names = new Set<string>();

  // Edits on the original text, right to left, each keeping the line breaks it spans.
  const edits: { at: number; end: number; value: string }[] = [];
  const keepBreaks = (removed: string, value: string) =>
    value + '\n'.repeat((removed.match(/\n/gu) ?? []).length - (value.match(/\n/gu) ?? []).length);
  for (const m of text.matchAll(OPEN)) {
    const name = plain(m[1]!);
    if (!KNOWN.has(name) || inRanges(code, m.index, m.index + m[0].length)) continue;
    const attrs = attributes(m[2] ?? '');
    const after = m.index + m[0].length;
    // An enclosing shortcode closes in the same paragraph (no blank line between).
    const close = new RegExp(String.raw`\[/${m[1]!.replace(/\\/gu, '\\\\')}\]`, 'u').exec(text.slice(after));
    const content =
      close && !/\n[ \t]*\n/u.test(text.slice(after, after + close.index)) ? text.slice(after, after + close.index) : undefined;
    const end = content === undefined ? after : after + close!.index + close![0].length;
    let value: string;
    if (TOCS.includes(name)) value = '';
    else if (FORMS.includes(name)) value = `（此处的表单未收录${attrs['title'] ? `：${attrs['title']}` : ''}）`;
    else if (name === 'gallery') value = '（此处的图集未收录）';
    else if (name in PLAYERS) {
      const address = (content ?? attrs['src'] ?? attrs['url'] ?? attrs['mp4'] ?? attrs['mp3'] ?? '').trim();
      value = `${PLAYERS[name]}：${address || '（未收录）'}`;
    } else if (content === undefined) continue;
    else if (FOOTNOTES.includes(name)) value = `（注：${content.trim()}）`;
    else if (BOXES.includes(name) && attrs['title']) value = `**${attrs['title']}**：${content}`;
    else value = content;
    if (edits.some((e) => m.index < e.end && e.at < end)) continue;
    edits.push({ at: m.index, end, value: keepBreaks(text.slice(m.index, end), value) });
    shortcodes.add(lineAt(m.index));
    names.add(name);
  }
  for (const m of text.matchAll(LATEX)) {
    if (inRanges(code, m.index, m.index + m[0].length) || edits.some((e) => m.index < e.end && e.at < m.index + m[0].length)) continue;
    edits.push({ at: m.index, end: m.index + m[0].length, value: `$${unescaped(m[1]!.trim())}$` });
    formulas.add(lineAt(m.index));
  }
  if (edits.length === 0) return { text, shortcodes: [], formulas: [], names: [] };
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.value + out.slice(e.end);
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { text: out, shortcodes: sorted(shortcodes), formulas: sorted(formulas), names: [...names] };
}

/** Shortcodes inside shortcodes (a footnote in a box) are read from the outside in. */
export function withWordPressShortcodes(text: string): WordPressRewrite {
  const all: WordPressRewrite = { text, shortcodes: [], formulas: [], names: [] };
  for (let pass = 0; pass < 4; pass++) {
    const next = onePass(all.text);
    if (next.text === all.text) break;
    all.text = next.text;
    all.shortcodes.push(...next.shortcodes);
    all.formulas.push(...next.formulas);
    all.names.push(...next.names);
  }
  const sorted = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);
  return { text: all.text, shortcodes: sorted(all.shortcodes), formulas: sorted(all.formulas), names: [...new Set(all.names)] };
}
