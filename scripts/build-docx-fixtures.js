#!/usr/bin/env node
// Builds the Word fixtures in fixtures/generated/docx/ from the reports of fixtures/src/reports.json:
// each report as blocks (scripts/lib/report-blocks.js), written by scripts/lib/write-docx.js, plain
// or as a variant real producers make. manifest.json beside them keeps the blocks each file was
// made from and its options, so the tests can hold every cell the reader finds against its source.
// The same inputs always give the same bytes. Needs dist/ (`npx tsc -p tsconfig.json`).
//
//   node scripts/build-docx-fixtures.js                 writes fixtures/generated/docx/
//   node scripts/build-docx-fixtures.js --out DIR       writes into DIR instead (the up-to-date test)
//   node scripts/build-docx-fixtures.js --libreoffice   re-saves some of them with LibreOffice into
//                                                       fixtures/real/libreoffice/ (.docx, a .doc and
//                                                       a password-protected .docx); needs soffice and
//                                                       python3-uno. Those files are committed as made.
import { valuesOf } from './lib/report-values.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportBlocks } from './lib/report-blocks.js';
import { writeDocx } from './lib/write-docx.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = JSON.parse(readFileSync(join(root, 'fixtures', 'src', 'reports.json'), 'utf8'));

/** Each fixture: the report it holds and how it is written (scripts/lib/write-docx.js documents the options). */
const FIXTURES = [
  { file: 'clean-2021.docx', report: 'clean-2021' },
  { file: 'clean-2019.docx', report: 'clean-2019' },
  { file: 'seed-jining-2020.docx', report: 'seed-jining-2020' },
  { file: 'split-runs.docx', report: 'seed-jining-2020', options: { splitRuns: true } },
  { file: 'tracked-changes.docx', report: 'clean-2021', options: { trackedChanges: true } },
  { file: 'content-controls.docx', report: 'clean-2021', options: { contentControls: true } },
  { file: 'layout-table.docx', report: 'clean-2021', options: { layoutTable: true } },
  { file: 'wps.docx', report: 'seed-jining-2020', options: { wps: true } },
  { file: 'word.docx', report: 'clean-2021', options: { word: true } },
  { file: 'fields.docx', report: 'clean-2021', options: { fields: true } },
  { file: 'hidden-text.docx', report: 'clean-2019', options: { hiddenText: true } },
  { file: 'text-box.docx', report: 'clean-2021', options: { textBox: true } },
  { file: 'pictures.docx', report: 'clean-2021', options: { pictures: true } },
  { file: 'no-tables.docx', report: 'clean-2021', tablesLeftOut: true },
  {
    file: 'everything.docx',
    report: 'clean-2019',
    options: { splitRuns: true, trackedChanges: true, contentControls: true, layoutTable: true, wps: true, fields: true, hiddenText: true, textBox: true },
  },
];

/** Files LibreOffice writes from generated ones: `docx` re-saved as Word 2007–365, `doc` as Word 97–2003, `encrypted` with the opening password `xxgk`. */
const LIBREOFFICE = [
  { file: 'clean-2021.docx', from: 'clean-2021.docx', as: 'docx' },
  { file: 'seed-jining-2020.docx', from: 'seed-jining-2020.docx', as: 'docx' },
  { file: 'tracked-changes-2021.docx', from: 'tracked-changes.docx', as: 'docx' },
  { file: 'layout-table-2021.docx', from: 'layout-table.docx', as: 'docx' },
  { file: 'seed-jining-2020.doc', from: 'seed-jining-2020.docx', as: 'doc' },
  { file: 'encrypted-2021.docx', from: 'clean-2021.docx', as: 'encrypted' },
];

function blocksOf(name) {
  const report = reports[name];
  return reportBlocks({ version: report.version, values: valuesOf(report), title: report.title });
}

function build(outDir) {
  mkdirSync(outDir, { recursive: true });
  const blocks = Object.fromEntries(
    Object.keys(reports)
      .filter((k) => !k.startsWith('$'))
      .map((name) => [name, blocksOf(name)]),
  );
  for (const spec of FIXTURES) {
    const source = spec.tablesLeftOut ? blocks[spec.report].filter((b) => !('table' in b)) : blocks[spec.report];
    writeFileSync(join(outDir, spec.file), writeDocx(source, spec.options ?? {}));
  }
  const manifest = {
    $comment: 'Written by scripts/build-docx-fixtures.js: the blocks of each report and how each fixture was written from them. The tests derive what the reader must find from these.',
    fixtures: FIXTURES,
    libreoffice: LIBREOFFICE,
    blocks,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return FIXTURES.length;
}

function soffice(profile, args) {
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')}: ${run.stderr || run.stdout}`);
}

/** Saves with an opening password through UNO (the command line cannot pass one), as scripts/save-encrypted.py does for workbooks. */
const ENCRYPT_PY = String.raw`
import os, subprocess, sys, time
import uno
from com.sun.star.beans import NamedValue, PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

source, target, profile = sys.argv[1], sys.argv[2], sys.argv[3]
pipe = "xxgkdocx%d" % os.getpid()
office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
        except Exception:
            time.sleep(0.5)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = None
    for _ in range(20):
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        if document is not None: break
        time.sleep(0.5)
    if document is None:
        raise SystemExit("LibreOffice could not open " + source)
    values = []
    for name, content in (("OOXPassword", "xxgk"), ("CryptoType", "Standard")):
        v = NamedValue(); v.Name = name; v.Value = content; values.append(v)
    data = uno.Any("[]com.sun.star.beans.NamedValue", tuple(values))
    uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"), prop("EncryptionData", data))))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=20)
    except subprocess.TimeoutExpired:
        office.kill()
`;

function libreoffice(generatedDir, realDir) {
  mkdirSync(realDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'xxgk-docx-lo-'));
  const profile = join(work, 'profile');
  try {
    for (const spec of LIBREOFFICE) {
      // LibreOffice leaves a lock file beside what it opens, and names its output after the input: work on a copy.
      const stem = spec.file.replace(/\.[^.]+$/, '');
      const input = join(work, `${stem}.docx`);
      copyFileSync(join(generatedDir, spec.from), input);
      const outDir = join(work, 'out');
      mkdirSync(outDir, { recursive: true });
      if (spec.as === 'encrypted') {
        const py = join(work, 'encrypt.py');
        writeFileSync(py, ENCRYPT_PY);
        const run = spawnSync('/usr/bin/python3', [py, input, join(realDir, spec.file), `${profile}-uno`], { encoding: 'utf8', timeout: 180_000 });
        if (run.status !== 0) throw new Error(`encrypting ${spec.file}: ${run.stderr || run.stdout}`);
      } else {
        const filter = spec.as === 'doc' ? 'doc:MS Word 97' : 'docx:MS Word 2007 XML';
        soffice(profile, ['--convert-to', filter, '--outdir', outDir, input]);
        renameSync(join(outDir, `${stem}.${spec.as}`), join(realDir, spec.file));
      }
      console.log(`LibreOffice wrote fixtures/real/libreoffice/${spec.file} from generated/docx/${spec.from}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const generated = outAt >= 0 ? args[outAt + 1] : join(root, 'fixtures', 'generated', 'docx');
if (args.includes('--libreoffice')) libreoffice(generated, join(root, 'fixtures', 'real', 'libreoffice'));
else console.log(`built ${build(generated)} Word fixtures in ${generated}`);
