// bench.mjs - times one npm word-list profanity filter over the pooled test
// texts of the abuse data sets (the texts bench/classify.sh times charla on)
// and scores its "flagged" verdicts against the labels, so charla's speed can
// be reported as a ratio to the JavaScript filters measured on the same
// machine in the same run. run.sh calls it once per filter, each in its own
// process, and report.mjs turns the JSON lines into tables.
//
//   node bench/wordlist/bench.mjs <filter>      # one JSON line on stdout
//   node bench/wordlist/bench.mjs --list        # the filter names
//
// DATA: folder holding */test.tsv (default ../shared/data/abuse relative to
// the repo root; a relative DATA is taken relative to the current directory).
// PASSES: timed passes after the one warm-up pass (default 5).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILTERS, installedVersion } from './filters.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

function dataDir() {
  const d = process.env.DATA;
  if (d) return path.resolve(process.cwd(), d);
  return path.resolve(repoRoot, '..', 'shared', 'data', 'abuse');
}

// Every row of every <set>/test.tsv after the header: label, set, text
// (the text is the third column onward, as `cut -f3-` gives it).
function loadTexts(dir) {
  const sets = fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'test.tsv')))
    .map((e) => e.name)
    .sort();
  if (sets.length === 0) throw new Error(`no */test.tsv under ${dir}`);
  const texts = [];
  const labels = [];
  const setOf = [];
  for (let s = 0; s < sets.length; s++) {
    const lines = fs.readFileSync(path.join(dir, sets[s], 'test.tsv'), 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (let i = 1; i < lines.length; i++) {
      const cols = lines[i].split('\t');
      if (cols.length < 3) throw new Error(`${sets[s]}/test.tsv line ${i + 1}: fewer than 3 columns`);
      labels.push(cols[0] === '1' ? 1 : 0);
      setOf.push(s);
      texts.push(cols.slice(2).join('\t'));
    }
  }
  return { sets, texts, labels, setOf };
}

// Mean of the F1 of the positive and of the negative class.
function macroF1(tp, fp, fn, tn) {
  const f1 = (t, f, m) => (t === 0 ? 0 : (2 * t) / (2 * t + f + m));
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// One pass: every text through the filter once. Returns the verdicts and the
// CPU (user+system) and wall seconds the pass took.
function pass(check, texts) {
  const flags = new Uint8Array(texts.length);
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) flags[i] = check(texts[i]) ? 1 : 0;
  const w1 = process.hrtime.bigint();
  const c = process.cpuUsage(c0);
  return { flags, cpu: (c.user + c.system) / 1e6, wall: Number(w1 - w0) / 1e9 };
}

async function main() {
  const name = process.argv[2];
  if (!name || name === '--list') {
    console.log(Object.keys(FILTERS).join('\n'));
    return;
  }
  const spec = FILTERS[name];
  if (!spec) {
    console.error(`bench.mjs: unknown filter ${name}; one of: ${Object.keys(FILTERS).join(', ')}`);
    process.exit(2);
  }
  const passes = Math.max(1, Number(process.env.PASSES || 5));
  const { sets, texts, labels, setOf } = loadTexts(dataDir());

  const out = { filter: name, pkg: spec.pkg, call: spec.call, spanish: spec.spanish, n: texts.length };
  let check;
  try {
    out.version = installedVersion(spec.pkg);
    const t0 = process.hrtime.bigint();
    check = await spec.make();
    out.setupMs = Number(process.hrtime.bigint() - t0) / 1e6;
    check('smoke test');
  } catch (e) {
    out.skipped = `does not load or run: ${String(e && e.message || e).split('\n')[0]}`;
    console.log(JSON.stringify(out));
    return;
  }

  let warm;
  const cpuRates = [];
  const wallRates = [];
  let mismatches = 0;
  try {
    warm = pass(check, texts);
    for (let p = 0; p < passes; p++) {
      const r = pass(check, texts);
      cpuRates.push(texts.length / r.cpu);
      wallRates.push(texts.length / r.wall);
      for (let i = 0; i < texts.length; i++) if (r.flags[i] !== warm.flags[i]) mismatches++;
    }
  } catch (e) {
    out.skipped = `throws on a test text: ${String(e && e.message || e).split('\n')[0]}`;
    console.log(JSON.stringify(out));
    return;
  }
  out.warmupWallS = warm.wall;
  out.cpuRates = cpuRates.map(Math.round);
  out.wallRates = wallRates.map(Math.round);
  out.cpuRate = Math.round(median(cpuRates));
  out.wallRate = Math.round(median(wallRates));
  out.unstableVerdicts = mismatches; // verdicts differing from the warm-up pass

  // Quality: confusion counts per set and pooled over all sets.
  const counts = sets.map(() => ({ tp: 0, fp: 0, fn: 0, tn: 0 }));
  for (let i = 0; i < texts.length; i++) {
    const c = counts[setOf[i]];
    const f = warm.flags[i];
    if (labels[i]) f ? c.tp++ : c.fn++;
    else f ? c.fp++ : c.tn++;
  }
  const all = { tp: 0, fp: 0, fn: 0, tn: 0 };
  out.sets = {};
  for (let s = 0; s < sets.length; s++) {
    const c = counts[s];
    for (const k of Object.keys(all)) all[k] += c[k];
    const n = c.tp + c.fp + c.fn + c.tn;
    out.sets[sets[s]] = { n, flagged: (c.tp + c.fp) / n, macroF1: macroF1(c.tp, c.fp, c.fn, c.tn) };
  }
  out.flagged = (all.tp + all.fp) / texts.length;
  out.pooledMacroF1 = macroF1(all.tp, all.fp, all.fn, all.tn);
  out.meanMacroF1 = sets.reduce((a, s) => a + out.sets[s].macroF1, 0) / sets.length;
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(`bench.mjs: ${e && e.stack || e}`);
  process.exit(1);
});
