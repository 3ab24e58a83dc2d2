/**
 * Where a drawing wider than its column starts scrolled. A chart is read from where its flow
 * starts, so its first node is brought into view, centred where the column allows: a top-down
 * chart's first step may sit right of the middle (a newcomer at 360 px saw 「数据收集」 off screen
 * while the view started at the left edge), a left-to-right chart's first step is at its left edge
 * (a 4-step `flowchart LR` once showed 「当天订单」 as 「单」). Without a node to go by (another
 * kind of diagram), a chart wider than tall starts at its left edge and a taller one in its middle.
 *
 * `firstNodeAt` is the horizontal centre of the first node as a fraction of the drawing's width.
 */
export function initialScrollLeft(
  drawing: { width: number; height: number },
  scrollWidth: number,
  clientWidth: number,
  firstNodeAt?: number,
): number {
  const overflow = Math.max(0, scrollWidth - clientWidth);
  if (overflow === 0) return 0;
  if (firstNodeAt === undefined || !Number.isFinite(firstNodeAt)) return drawing.width > drawing.height ? 0 : overflow / 2;
  return Math.round(Math.min(overflow, Math.max(0, firstNodeAt * scrollWidth - clientWidth / 2)));
}
