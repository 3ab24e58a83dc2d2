/**
 * The front door stays honest: the committed lock file is the one `npm install` keeps (its root
 * entry lists exactly package.json's dependencies; .ci/run also checks that a real install leaves
 * the tree unchanged), and nothing under scripts/ reaches into tests/ (tools a maintainer runs must
 * not depend on test support code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('package-lock.json', () => {
  it('records exactly the dependencies and engines of package.json', () => {
    const pkg = read('package.json');
    const root = (read('package-lock.json').packages as Record<string, Record<string, unknown>>)[''];
    expect(root, 'package-lock.json has no root package entry').toBeDefined();
    expect(root!.devDependencies).toEqual(pkg.devDependencies);
    expect(root!.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root!.engines).toEqual(pkg.engines);
  });

  it('.ci/run fails when npm install changes the tree', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/npm install/u);
    expect(ci).toContain('"$(tree_state | sha256sum)" != "$before"');
  });
});

describe('scripts/', () => {
  it('imports nothing from tests/', () => {
    const files = readdirSync('scripts', { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?[jt]s$/u.test(f));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => /from\s+['"][./]*\/?tests\//u.test(readFileSync(join('scripts', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
