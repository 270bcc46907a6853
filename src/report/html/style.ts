/**
 * The page's one style sheet, inline: no fonts or scripts are fetched. The CJK font stack names what
 * Windows, macOS and Linux carry; numbers use tabular figures so columns line up.
 */
export const STYLE = `
:root { --error: #ffc7ce; --error-line: #c00000; --warning: #ffeb9c; --warning-line: #b26b00; --rule: #767676; --grid: #555; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; color: #1a1a1a; background: #fff; line-height: 1.5;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 0; word-break: break-all; }
h3 { font-size: 15px; margin: 20px 0 8px; }
a { color: #0550ae; }
.summary { font-size: 16px; font-weight: 600; margin: 4px 0; }
.summary.bad { color: var(--error-line); } .summary.warn { color: var(--warning-line); } .summary.good { color: #1a7f37; }
.legend { color: #444; margin: 4px 0 16px; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: -0.2em; border: 1px solid var(--grid); margin: 0 4px 0 12px; }
.swatch.error { background: var(--error); outline: 2px solid var(--error-line); outline-offset: -2px; }
.swatch.warning { background: var(--warning); outline: 2px dashed var(--warning-line); outline-offset: -2px; }
nav ol { margin: 0 0 8px; padding-left: 2em; }
nav li { margin: 2px 0; }
.counts { color: #444; margin-left: 8px; }
.file { border-top: 2px solid #d0d7de; margin-top: 24px; padding-top: 16px; }
.meta { color: #444; margin: 4px 0 0; }
.problem { color: var(--error-line); font-weight: 600; }
.clean { color: #1a7f37; font-weight: 600; }
details > summary { cursor: pointer; color: #0550ae; margin: 4px 0; }
.scroll { overflow-x: auto; padding-bottom: 4px; }
table.official { border-collapse: collapse; table-layout: fixed; background: #fff; }
table.official th, table.official td { border: 1px solid var(--grid); padding: 3px 4px; vertical-align: middle; font-size: 13px; }
table.official th { font-weight: normal; text-align: center; background: #f6f8fa; }
table.official th.label { text-align: left; background: #fff; }
table.official td { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.official td.error { background: var(--error); box-shadow: inset 0 0 0 2px var(--error-line); font-weight: 700; }
table.official td.warning { background: var(--warning); box-shadow: inset 0 0 0 2px var(--warning-line); }
table.official td.error-part { background: #fdeef0; }
table.official td.warning-part { background: #fff8dc; }
table.official td.text { white-space: normal; word-break: break-all; }
td sup { font-size: 10px; font-weight: 700; margin-left: 2px; }
td sup a { text-decoration: none; color: #000; }
td:target, li:target { outline: 3px solid #0550ae; outline-offset: -3px; }
.missing { color: #666; font-style: italic; }
ol.findings { margin: 10px 0 0; padding-left: 2.4em; }
ol.findings li { margin: 6px 0; padding: 4px 8px; border-left: 4px solid; }
ol.findings li.error { border-color: var(--error-line); background: #fff5f5; }
ol.findings li.warning { border-color: var(--warning-line); background: #fffbea; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 3px; margin-right: 6px; }
li.error .badge { background: var(--error-line); color: #fff; }
li.warning .badge { background: var(--warning-line); color: #fff; }
.rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; color: var(--rule); margin-right: 6px; }
.cells { display: block; color: #444; font-size: 13px; }
.cells a, .cells span { white-space: nowrap; }
footer { margin-top: 32px; color: #666; font-size: 12px; }
@media print { .scroll { overflow: visible; } body { padding: 0; } }
`;
