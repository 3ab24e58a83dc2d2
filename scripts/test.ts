/**
 * `npm test` — every check the project has, in the order a failure is cheapest to see:
 * content freshness, format, lint, types, unit tests, then two real builds (root and /kb/)
 * and the browser tests against them. Exits non-zero if any step fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
  /** Later steps that cannot run without this one. */
  gate?: boolean;
  /** An earlier step (by name) this one cannot run without. */
  needs?: string;
}

const SUBPATH_DIST = 'tests/.tmp/dist-kb';

const BROWSER = 'a Chromium and a Chinese font';

const steps: Step[] = [
  { name: BROWSER, command: 'node scripts/check-browser.ts' },
  { name: 'generated content is up to date', command: 'npm run ingest -- --check' },
  { name: 'Mermaid drawings are current', command: 'npm run diagrams -- --check' },
  { name: 'format (prettier)', command: 'npx prettier --check .' },
  { name: 'lint (eslint)', command: 'npx eslint .' },
  { name: 'types (astro check)', command: 'npx astro check' },
  { name: 'unit tests', command: 'npx vitest run --project unit' },
  { name: 'build at the root', command: 'npx astro build && node scripts/pagefind.ts --site dist', gate: true },
  {
    name: 'build under /kb/',
    command: `npx astro build --outDir ${SUBPATH_DIST} && node scripts/pagefind.ts --site ${SUBPATH_DIST}`,
    env: { BASE_PATH: '/kb/', SITE_URL: 'https://example.org' },
    gate: true,
  },
  { name: 'browser tests', command: 'npx vitest run --project browser', needs: BROWSER },
];

mkdirSync('tests/.tmp', { recursive: true });
const results: { name: string; ok: boolean; seconds: number; skipped?: boolean }[] = [];
let gateFailed = false;
for (const step of steps) {
  if ((gateFailed && !step.gate) || (step.needs && !results.find((r) => r.name === step.needs)?.ok)) {
    results.push({ name: step.name, ok: false, seconds: 0, skipped: true });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command}`);
  const started = performance.now();
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: (performance.now() - started) / 1000 });
  if (!ok && step.gate) gateFailed = true;
}

console.log('\n━━ summary');
for (const r of results) console.log(`${r.skipped ? 'SKIP' : r.ok ? ' ok ' : 'FAIL'}  ${r.name.padEnd(34)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  const skipped = failed.filter((r) => r.skipped).length;
  console.error(`\n${failed.length - skipped} step(s) failed${skipped > 0 ? `, ${skipped} skipped because of them` : ''}.`);
  process.exit(1);
}
