/** The HTML report: a whole report, or one file's section of it (the offline page draws files one by one). */
export { formatHtml, layoutHtml, fileSection } from './html.js';
