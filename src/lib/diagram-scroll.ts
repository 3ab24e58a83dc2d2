/**
 * Where a drawing wider than its column starts scrolled. A chart is read from where its flow
 * starts: a top-down chart's steps run down its middle, so it starts there rather than at an empty
 * left margin; a left-to-right chart (wider than tall) starts at its left edge, or its first steps
 * would be cut off (a newcomer's 4-step `flowchart LR` showed 「当天订单」 as 「单」).
 */
export function initialScrollLeft(drawing: { width: number; height: number }, scrollWidth: number, clientWidth: number): number {
  const overflow = Math.max(0, scrollWidth - clientWidth);
  return drawing.width > drawing.height ? 0 : overflow / 2;
}
