// @ts-check
/**
 * The folders of src/ and which others each may import: the stages in the order the data flows
 * (read → locate → model → prose → rules → batch → report), what they all stand on (spec, width,
 * template), and what wires them (node, config, baseline, cli, app). `root` is src/*.ts: check.ts,
 * the pipeline in one call, result.ts and the entry points. Anything not listed is an error, and so
 * is reaching into another folder's subfolder other than through its index.ts. Dynamic `import()`s
 * are not checked by ESLint; the few there are load a later part on demand (a formatter, a command).
 */
export const MAY_IMPORT = {
  spec: [],
  width: [],
  template: ['spec', 'width'],
  read: ['spec'],
  locate: ['read', 'spec'],
  model: ['read', 'locate', 'spec'],
  prose: ['read', 'model', 'spec'],
  rules: ['read', 'model', 'spec'],
  node: ['read', 'spec', 'root'],
  batch: ['read', 'locate', 'model', 'rules', 'node', 'spec', 'width', 'root'],
  report: ['read', 'model', 'rules', 'batch', 'spec', 'template', 'width', 'root'],
  config: ['read', 'rules', 'spec'],
  baseline: ['rules', 'spec', 'root'],
  cli: ['read', 'locate', 'model', 'prose', 'rules', 'node', 'batch', 'report', 'config', 'baseline', 'spec', 'template', 'width', 'root'],
  app: ['read', 'batch', 'report', 'spec', 'root'],
};

const FOLDERS = Object.keys(MAY_IMPORT);
const DEPTHS = [1, 2, 3];

/** One block per folder and depth below src/, since an import names its target relative to the importing file. */
export const boundaries = FOLDERS.flatMap((folder) =>
  DEPTHS.map((depth) => {
    const allowed = new Set([folder, ...MAY_IMPORT[/** @type {keyof typeof MAY_IMPORT} */ (folder)]]);
    const up = `^(\\.\\./){${depth}}`;
    const forbidden = FOLDERS.filter((f) => !allowed.has(f));
    const patterns = [
      { regex: `${up}(${forbidden.join('|')})/`, message: `src/${folder}/ may import only ${[...allowed].filter((f) => f !== folder).join(', ') || 'no other folder'} (eslint.boundaries.js).` },
      { regex: `${up}(?!${folder}/)[a-z-]+/[a-z-]+/(?!index\\.js$)`, message: "Another folder's subfolder is its own: import what it offers through its index.ts." },
      ...(allowed.has('root') ? [] : [{ regex: `${up}[a-z-]+\\.js$`, message: `src/${folder}/ comes before src/*.ts (the pipeline and the entry points) and may not import them.` }]),
    ];
    return {
      files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  }),
);
