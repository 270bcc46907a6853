import { appSuite } from './app-suite.js';

/** The offline page in Debian's Chromium (playwright-core, no download): everything issue 14 asks. Skipped, saying why, where Chromium is missing. */
appSuite('chromium', true);
