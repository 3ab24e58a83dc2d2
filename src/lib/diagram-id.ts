/**
 * The name of a pre-rendered diagram: FNV-1a (32 bit) of its Mermaid source, trimmed and with
 * Unix line ends. Computed the same way by scripts/diagrams/prerender.ts (which writes
 * public/diagrams/<id>.svg) and by the browser (scripts/mermaid.ts, which fetches it), so a changed
 * diagram simply misses its file and is drawn in the browser instead.
 */
export function diagramId(source: string): string {
  const text = source.replace(/\r\n?/gu, '\n').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `d${hash.toString(16).padStart(8, '0')}`;
}
