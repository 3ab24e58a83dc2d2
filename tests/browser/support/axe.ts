/** axe-core on a Playwright page, with violations as readable lines (rule, impact, first targets). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeAudit(page: Page): Promise<{ violations: string[]; passes: number }> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n  ')}`,
  );
  return { violations, passes: results.passes.length };
}
