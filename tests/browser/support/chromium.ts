/** Chromium launching lives in scripts/lib/chromium.ts (scripts use it too and may not import from tests/). */
export { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../../../scripts/lib/chromium.ts';
