/**
 * Preflight for the browser tests: a Chromium to drive and a Chinese font to render with. Without
 * them every browser test fails on its first line (or renders Chinese as boxes); saying so once, with
 * the fix, is cheaper than two hundred failures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/chromium.ts';

const problems: string[] = [];
const browser = chromiumPath() ?? chromium.executablePath();
if (!existsSync(browser))
  problems.push(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH 指向的文件不存在（no Chromium at ${browser}）：改正或取消这个环境变量。`
      : `没有可用的 Chromium（no Chromium at ${browser}）：Debian 上运行 sudo apt-get install -y chromium，或用 CHROMIUM_PATH 指向一个 Chromium。`,
  );
const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
if (fonts.status !== 0 || fonts.stdout.trim() === '')
  problems.push('没有中文字体（fc-list :lang=zh 为空，no CJK font）：Debian 上运行 sudo apt-get install -y fonts-noto-cjk。');

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error('浏览器测试需要它们，这次会跳过（browser tests will be skipped）；.ci/run 会自动安装。');
  process.exit(1);
}
console.log(`Chromium: ${browser}; 中文字体: ${fonts.stdout.trim().split('\n')[0]}`);
