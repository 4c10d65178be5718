// report.mjs - turns the JSON lines bench.mjs printed (one per filter) into
// the two markdown tables run.sh shows: speed per filter, and macro-F1 per
// filter per data set. Reads the JSON lines from the file named as argument
// (or stdin).
//
//   node bench/wordlist/report.mjs results.jsonl

import fs from 'node:fs';

const src = fs.readFileSync(process.argv[2] || 0, 'utf8');
const rows = src.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
const ok = rows.filter((r) => !r.skipped).sort((a, b) => b.cpuRate - a.cpuRate);
const skipped = rows.filter((r) => r.skipped);

const k = (x) => x.toLocaleString('en-US');
const f2 = (x) => x.toFixed(2);
const f3 = (x) => x.toFixed(3);

if (ok.length) {
  const n = ok[0].n;
  const passes = ok[0].cpuRates.length;
  console.log(`### Speed: ${k(n)} pooled test texts, 1 warm-up + ${passes} timed passes, median, one thread\n`);
  console.log('| filter | version | call | comments/s (CPU user+sys) | comments/s (wall) | min–max CPU rate | flagged |');
  console.log('|---|---|---|---:|---:|---:|---:|');
  for (const r of ok) {
    const lo = Math.min(...r.cpuRates);
    const hi = Math.max(...r.cpuRates);
    console.log(`| ${r.filter} | ${r.version} | \`${r.call}\` | ${k(r.cpuRate)} | ${k(r.wallRate)} | ${k(lo)}–${k(hi)} | ${(100 * r.flagged).toFixed(1)}% |`);
  }
  const unstable = ok.filter((r) => r.unstableVerdicts);
  for (const r of unstable) console.log(`\nnote: ${r.filter}: ${r.unstableVerdicts} verdicts differed between passes`);

  const sets = Object.keys(ok[0].sets);
  console.log('\n### Quality: macro-F1 of "flagged" against label (1 = positive), per test set\n');
  console.log(`| filter | ${sets.join(' | ')} | mean | pooled |`);
  console.log(`|---|${sets.map(() => '---:').join('|')}|---:|---:|`);
  for (const r of ok) {
    console.log(`| ${r.filter} | ${sets.map((s) => f3(r.sets[s].macroF1)).join(' | ')} | ${f3(r.meanMacroF1)} | ${f3(r.pooledMacroF1)} |`);
  }
  console.log(`| (rows) | ${sets.map((s) => k(ok[0].sets[s].n)).join(' | ')} | | ${k(n)} |`);

  console.log('\nSpanish: ' + ok.map((r) => `${r.filter}: ${r.spanish}`).join('; ') + ' (all run on defaults).');
  const best = ok[0];
  console.log(`\nFastest: ${best.filter} ${best.version}, ${k(best.cpuRate)} comments/s of CPU (setup ${f2(best.setupMs)} ms, not timed).`);
}
for (const r of skipped) console.log(`\nskipped ${r.filter}${r.version ? ' ' + r.version : ''}: ${r.skipped}`);
if (!rows.length) {
  console.error('report.mjs: no results');
  process.exit(1);
}
