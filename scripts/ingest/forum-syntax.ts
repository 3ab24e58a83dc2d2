/**
 * Rewrite (rewrite-source.ts): what a forum post pasted raw holds besides Markdown, as the forum
 * showed it. Discourse writes a date as `[date=2026-03-02 time=10:15:00 timezone="Asia/Shanghai"]`
 * and shows it as a date; GitHub, GitLab, Discourse, Slack and HackMD write emoji as `:pushpin:` and
 * show 📌; HackMD and HedgeDoc sign a quoted comment with `[name=周岚] [time=Thu, Oct 29, 2026 9:40 PM]
 * [color=#1565c0]` and show the name and the time (the colour only tints the quote's border). Code and
 * math are left alone; a `:name:` that is not an emoji's name stays as written.
 */
import { nameToEmoji } from 'gemoji';
import { lineFinder, literalRanges, rangeLookup } from './parse.ts';

/** `[date=…]` and `[date-range from=… to=…]` with their attributes, quoted or not. */
const DATE_TAG =
  /\[(date|date-range)((?:\s+[\w-]+=(?:"[^"\]\n]*"|[^\s"\]\n]+))+|=[^\s\]\n]+(?:\s+[\w-]+=(?:"[^"\]\n]*"|[^\s"\]\n]+))*)\]/gu;
/** HackMD's signature tags; a bracket followed by `(`, `[` or `:` is a link or its definition instead. */
const SIGNATURE_TAG = /\[(name|time|color)=([^\]\n]*)\](?![([:])/gu;
/** A shortcode standing apart from words and numbers (`a:b:c` and `10:15:00` hold none). */
const SHORTCODE = /(?<![A-Za-z0-9]):(\+1|-1|[a-z0-9_]+(?:[-_][a-z0-9]+)*):(?![A-Za-z0-9])/gu;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([\w-]+)=(?:"([^"]*)"|(\S+))/gu)) found.set(m[1]!, m[2] ?? m[3] ?? '');
  return found;
}

/** `2026-03-02T10:15:00` or a date and `time=10:15:00`, as 「2026-03-02 10:15」. */
function moment(date: string | undefined, time: string | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{1,2}:\d{2}))?/u.exec(date ?? '');
  if (!m) return null;
  const clock = m[2] ?? /^\d{1,2}:\d{2}/u.exec(time ?? '')?.[0];
  return clock ? `${m[1]} ${clock}` : m[1]!;
}

function dateText(kind: string, rest: string): string | null {
  const attrs = attributes(rest.startsWith('=') ? `date${rest}` : rest);
  if (kind === 'date') return moment(attrs.get('date'), attrs.get('time'));
  const from = moment(attrs.get('from'), undefined);
  const to = moment(attrs.get('to'), undefined);
  return from && to ? `${from} – ${to}` : from;
}

export interface ForumRewrite {
  text: string;
  /** Lines where a date tag was read as its date. */
  dates: number[];
  /** Lines where an emoji shortcode was shown as its emoji. */
  emoji: number[];
  /** Lines where HackMD's signature tags were read as the name and time they show. */
  signatures: number[];
}

export function withForumSyntax(text: string): ForumRewrite {
  const dates: number[] = [];
  const emoji: number[] = [];
  const signatures: number[] = [];
  const hasDate = text.includes('[date');
  const hasEmoji = [...text.matchAll(SHORTCODE)].some((m) => nameToEmoji[m[1]!] !== undefined);
  const hasSignature = /\[(?:name|time|color)=/u.test(text);
  if (!hasDate && !hasEmoji && !hasSignature) return { text, dates, emoji, signatures };
  const inLiteral = rangeLookup(literalRanges(text, { math: true }));
  let out = text;
  // Right to left, so the offsets found in the original text stay true while it is rewritten.
  const edits: { from: number; to: number; value: string; kind: 'date' | 'emoji' | 'signature' }[] = [];
  if (hasSignature)
    for (const m of text.matchAll(SIGNATURE_TAG))
      if (!inLiteral(m.index, m.index + m[0].length))
        edits.push({ from: m.index, to: m.index + m[0].length, value: m[1] === 'color' ? '' : m[2]!.trim(), kind: 'signature' });
  if (hasDate)
    for (const m of text.matchAll(DATE_TAG)) {
      const value = dateText(m[1]!, m[2]!);
      if (value && !inLiteral(m.index, m.index + m[0].length))
        edits.push({ from: m.index, to: m.index + m[0].length, value, kind: 'date' });
    }
  if (hasEmoji)
    for (const m of text.matchAll(SHORTCODE)) {
      const value = nameToEmoji[m[1]!];
      if (value && !inLiteral(m.index, m.index + m[0].length))
        edits.push({ from: m.index, to: m.index + m[0].length, value, kind: 'emoji' });
    }
  edits.sort((a, b) => b.from - a.from);
  const lineAt = lineFinder(text);
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.to > limit) continue; // inside a date tag already rewritten (`time=10:15:00`)
    out = out.slice(0, edit.from) + edit.value + out.slice(edit.to);
    limit = edit.from;
    ({ date: dates, emoji, signature: signatures })[edit.kind].push(lineAt(edit.from));
  }
  const sorted = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);
  return { text: out, dates: sorted(dates), emoji: sorted(emoji), signatures: sorted(signatures) };
}
