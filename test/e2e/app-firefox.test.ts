import { appSuite } from './app-suite.js';

/**
 * The offline page in Debian's Firefox ESR, driven over WebDriver BiDi: one report with its
 * downloads, a hostile file, the language switch, no network, PDFs (PDF.js in Firefox's worker),
 * and every fixture dropped at once. Skipped, saying why, where firefox-esr is not installed
 * (`apt-get install firefox-esr`).
 */
appSuite('firefox', false);
