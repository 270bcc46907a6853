/**
 * File names as a batch reads them, in any runtime (the command line's folders, the page's dropped
 * folders): which files are meant to be reports, and a path's last part without Node's path module.
 */

/**
 * Files a folder holds that are taken as reports: the formats reports come in, read or told to be
 * saved again (a .xls or .doc is reported, not passed over). Files are read by their bytes, not
 * these names; the names only decide which files in a folder are meant to be reports.
 */
export const REPORT_NAME = /\.(xlsx|xlsm|xls|et|ods|docx|docm|doc|wps|odt|rtf|html?|shtml|mht|mhtml|txt|md|pdf)$/i;
/** Excel's lock files (~$name.xlsx), hidden files and our own annotated copies (name.校验.xlsx) are never reports. */
export const IGNORED_NAME = /^(~\$|\.)|\.校验\.xlsx$/i;

/** The last part of a path, '/' or '\' separated (Node's `basename` on Windows). */
export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

/** The last part without its extension: `dir/甲局-2021.xlsx` → `甲局-2021` (as `basename(p, extname(p))`). */
export function fileStem(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
