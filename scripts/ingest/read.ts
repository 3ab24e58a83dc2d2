/**
 * Decode (part of parseArticles, articles.ts): bytes of a source file to normalised text, or a clear IngestError.
 * UTF-8 is read, and UTF-16 when a byte-order mark says so (Windows Notepad's 「Unicode」); anything
 * else (GBK, UTF-16 without its mark, binary) is refused with the line of the first bad byte rather
 * than turned into mojibake.
 */
import { IngestError } from './errors.ts';

const BOM = 0xfeff;

/** A shell-quoted name, for a command a maintainer can paste (a file may be called 「第 6 篇.txt」). */
const quoted = (name: string) => `'${name.replaceAll("'", `'\\''`)}'`;

/** The command that rewrites `file` as UTF-8 in place, run in the sources folder. */
const convert = (file: string, from: string) =>
  `在来源文件夹里运行 iconv -f ${from} -t UTF-8 ${quoted(file)} > ${quoted(`${file}.utf8`)} && mv ${quoted(`${file}.utf8`)} ${quoted(file)}`;

export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(file, 1, '文件是空的');

  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return normalised(file, decodeUtf16(file, bytes, utf16));

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 text that lost (or never had) its mark: every NUL byte is the high byte of an ASCII
    // character, so all fall at even offsets (big-endian) or all at odd ones (little-endian).
    const parities = new Set<number>();
    bytes.forEach((b, i) => b === 0 && parities.add(i % 2));
    const nuls = bytes.filter((b) => b === 0).length;
    // …and many of them: an ASCII character (a newline, a space, a digit) every few characters.
    const looksUtf16 = bytes.length % 2 === 0 && parities.size === 1 && nuls * 20 >= bytes.length;
    throw new IngestError(
      file,
      lineAtByte(bytes, nul),
      looksUtf16
        ? `没有字节顺序标记（BOM）的 UTF-16 文本；请另存为 UTF-8，例如${convert(file, 'UTF-16LE')}`
        : '二进制文件（含 NUL 字节）；原文必须是 UTF-8 文本',
    );
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(
      file,
      lineAtByte(bytes, bad),
      `不是有效的 UTF-8（可能是 GBK 或其他旧编码）；请把文件转成 UTF-8，例如${convert(file, 'GBK')}`,
    );
  }
  return normalised(file, text);
}

/** UTF-16 with its byte-order mark, or an error at the line of the first unpaired surrogate. */
function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    throw new IngestError(
      file,
      lineAt(text, text.indexOf('\uFFFD')),
      `不是有效的 ${encoding.toUpperCase()}（含有未配对的代理项）；请把文件转成 UTF-8`,
    );
  }
}

/** Decoded text without its BOM, with LF line ends, refused when empty or holding control characters. */
function normalised(file: string, decoded: string): string {
  let text = decoded;
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  // CRLF and lone CR become LF so line numbers match what editors show.
  text = text.replace(/\r\n?/g, '\n');

  if (text.trim() === '') throw new IngestError(file, 1, '文件里只有空白字符');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    throw new IngestError(
      file,
      lineAt(text, control.index),
      `文本中有控制字符 U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}；这是二进制文件吗？`,
    );
  }
  return text;
}

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}
