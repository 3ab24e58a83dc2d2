/**
 * The built sites browser tests run against. `npm test` builds them first (scripts/test.ts):
 * dist/ at the root, and .tmp/dist-kb/ under the sub-path /kb/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT_DIST = resolve(process.env.DIST_DIR ?? 'dist');
export const SUBPATH_DIST = resolve(process.env.SUBPATH_DIST_DIR ?? 'tests/.tmp/dist-kb');
export const SUBPATH_BASE = '/kb/';

export function requireBuilt(dir: string): string {
  if (!existsSync(resolve(dir, 'index.html')) || !existsSync(resolve(dir, 'pagefind'))) {
    throw new Error(`No built site in ${dir}. Run \`npm test\` (it builds first) or \`npm run build\`.`);
  }
  return dir;
}
