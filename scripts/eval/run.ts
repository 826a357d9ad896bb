/**
 * `npm run eval [-- --quick] [-- --only NAME]`: Brief against bare Readability (or Lead-3) on ../shared/evaldata,
 * in the same run. Exits 1 when a check misses its threshold. Without the data folder it says so and exits 0.
 */
import { evalDataDir, hasEvalData, passed, printTable, type Check, type EvalSection } from './common';
import { sections } from './sections';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!hasEvalData()) {
  console.log(`Evaluation data not found at ${evalDataDir()} (set BRIEF_EVALDATA): evaluation skipped, nothing measured.`);
  process.exit(0);
}

const results: { section: string; check: Check }[] = [];
for (const section of sections.filter((s: EvalSection) => !only || s.name === only)) {
  const started = performance.now();
  const checks = await section.run({ quick });
  console.log(`\n(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const check of checks) results.push({ section: section.name, check });
}
printTable(
  `Checks${quick ? ' (quick subset)' : ''}`,
  ['section', 'check', 'value', 'target', 'result'],
  results.map(({ section, check }) => [
    section,
    check.name,
    check.value,
    [check.min !== undefined ? `>= ${check.min}` : '', check.max !== undefined ? `<= ${check.max}` : ''].filter(Boolean).join(' '),
    passed(check) ? 'pass' : 'FAIL',
  ]),
);
const failed = results.filter((r) => !passed(r.check));
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
