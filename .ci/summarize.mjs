// Sums the Vitest JSON reports into CI's last line. A step that failed without a failing test
// (lint, typecheck, build, packaging, a crash) counts as one failure, so it can never pass silently.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...failedSteps] = process.argv.slice(2);
const reports = { 'npm test': 'unit.json', 'browser tests': 'e2e.json', 'node 26': 'node26.json' };
let passed = 0;
let failed = 0;
let skipped = 0;
const failedTestsOf = {};
for (const [step, file] of Object.entries(reports)) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  failedTestsOf[step] = report.numFailedTests;
}
for (const step of failedSteps) {
  if (!failedTestsOf[step]) failed += 1;
}
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
