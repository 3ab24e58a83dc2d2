/** `npm run ingest` end to end: writing, idempotence, --check, errors (SPEC: maintainers rebuild). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUT_DIR, HEAVY_TIMEOUT, REPO, SOURCES_DIR, tempDir } from './support/ingest.ts';

function ingestCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under dir: relative path → bytes and modification time. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtime: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
  return new Map(files.sort().map((p) => [p, { bytes: readFileSync(join(dir, p)), mtime: statSync(join(dir, p)).mtimeMs }]));
}

describe('npm run ingest -- --sources DIR --out DIR', () => {
  const tmp = tempDir('kb-cli-');
  const sources = join(tmp.dir, 'sources');
  const out = join(tmp.dir, 'out');
  let first: ReturnType<typeof ingestCli>;

  beforeAll(() => {
    cpSync(SOURCES_DIR, sources, { recursive: true });
    // A maintainer's checkout: the published permalinks come along, everything else is generated.
    mkdirSync(out);
    cpSync(join(REPO, 'content/permalinks.json'), join(out, 'permalinks.json'));
    first = ingestCli('--sources', sources, '--out', out);
  }, HEAVY_TIMEOUT);
  afterAll(() => tmp.remove());

  it(
    'writes the content collections into a new folder',
    () => {
      expect(first.stderr).not.toMatch(/^ingest:/mu);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('000_0dd9363c952c7387.txt');
      for (const file of ['articles.json', 'glossary.json', 'permalinks.json', 'concepts/shen-me-shi-da-mo-xing/000-q1.mdx']) {
        expect(existsSync(join(out, file)), file).toBe(true);
      }
      // Article prose (title lines, sections that are not questions, epilogues); 003 is questions only.
      expect(readdirSync(join(out, 'articles')).sort()).toEqual(['000', '001', '002', '004']);
      const entries = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) =>
        /^(?!articles)[a-z]+\/[^/]+\/[^/]+\.mdx$/u.test(p),
      );
      expect(entries).toHaveLength(143);
    },
    HEAVY_TIMEOUT,
  );

  it(
    'with the project’s lock, overrides and terms it reproduces the committed content byte for byte',
    () => {
      const committed = join(REPO, 'content');
      for (const [path, { bytes }] of snapshot(out)) {
        expect(readFileSync(join(committed, path)).equals(bytes), path).toBe(true);
      }
    },
    HEAVY_TIMEOUT,
  );

  it(
    'a second run changes no file, not even its modification time',
    () => {
      const before = snapshot(out);
      const again = ingestCli('--sources', sources, '--out', out);
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/其中 0 个有变化/u);
      const after = snapshot(out);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, file] of before) {
        expect(after.get(path)!.bytes.equals(file.bytes), path).toBe(true);
        expect(after.get(path)!.mtime, path).toBe(file.mtime);
      }
    },
    HEAVY_TIMEOUT,
  );

  it(
    '--check exits 0 when up to date, non-zero naming each file once they are tampered with',
    () => {
      const good = ingestCli('--sources', sources, '--out', out, '--check');
      expect(good.status).toBe(0);
      expect(good.stdout).toMatch(/个生成文件都是最新的/u);
      const before = snapshot(out);

      const victim = 'concepts/shen-me-shi-da-mo-xing/000-q1.mdx';
      writeFileSync(join(out, victim), `${readFileSync(join(out, victim), 'utf8')}\n篡改。\n`);
      rmSync(join(out, 'glossary.json'));
      mkdirSync(join(out, 'training/stray'), { recursive: true });
      writeFileSync(join(out, 'training/stray/x.mdx'), 'stray\n');
      const drifted = ingestCli('--sources', sources, '--out', out, '--check');
      expect(drifted.status).toBe(1);
      expect(drifted.stderr).toContain('里的生成内容已过期（3 个文件）');
      expect(drifted.stderr).toContain(`改动 ${victim}`);
      expect(drifted.stderr).toContain('缺少 glossary.json');
      expect(drifted.stderr).toContain('多余 training/stray/x.mdx');

      // --check only reads; a normal run repairs exactly what drifted.
      expect(existsSync(join(out, 'glossary.json'))).toBe(false);
      expect(ingestCli('--sources', sources, '--out', out).status).toBe(0);
      expect(existsSync(join(out, 'training/stray'))).toBe(false);
      const after = snapshot(out);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, file] of before) expect(after.get(path)!.bytes.equals(file.bytes), path).toBe(true);
    },
    HEAVY_TIMEOUT,
  );
});

describe('npm run ingest -- --check in the repository', () => {
  it(
    'the committed content is up to date with the committed sources',
    () => {
      const check = ingestCli('--check');
      expect(check.stderr).not.toContain('已过期');
      expect(check.status).toBe(0);
      expect(check.stdout).toMatch(/个生成文件都是最新的/u);
    },
    HEAVY_TIMEOUT,
  );
});

describe('bad input through the CLI', () => {
  const tmp = tempDir('kb-cli-bad-');
  afterAll(() => tmp.remove());

  it(
    'exits 1 with file:line on stderr and writes nothing',
    () => {
      const sources = join(tmp.dir, 'sources');
      mkdirSync(sources);
      cpSync(join(SOURCES_DIR, '000_0dd9363c952c7387.txt'), join(sources, '000_0dd9363c952c7387.txt'));
      cpSync(join(BAD_INPUT_DIR, 'unclosed-fence.txt'), join(sources, 'unclosed-fence.txt'));
      const out = join(tmp.dir, 'out');
      const run = ingestCli('--sources', sources, '--out', out);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('ingest: unclosed-fence.txt:9: 代码块围栏 ``` 没有闭合');
      expect(existsSync(out)).toBe(false);
    },
    HEAVY_TIMEOUT,
  );
});
