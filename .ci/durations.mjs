// Prints each suite file of a Vitest JSON report by duration, slowest first, and every test
// over 3 s, so a test that is getting slow shows up in CI before it starts to time out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const slowTestMs = 3000;
const seconds = (ms) => `${(ms / 1000).toFixed(2).padStart(7)} s`;

for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) {
    console.log(`${path}: no report`);
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  // Names relative to the folder all files share (the Node 26 copy is gone by now).
  const dirs = report.testResults.map((file) => dirname(file.name));
  const root = dirs.reduce((common, dir) => {
    while (relative(common, dir).startsWith('..')) common = dirname(common);
    return common;
  }, dirs[0] ?? '.');
  const files = report.testResults.map((file) => ({
    name: relative(root, file.name),
    ms: file.endTime - file.startTime,
    tests: file.assertionResults,
  }));
  console.log(`${path}: ${files.length} files, by duration`);
  for (const file of files.toSorted((a, b) => b.ms - a.ms)) {
    console.log(`${seconds(file.ms)}  ${file.name} (${file.tests.length} tests)`);
  }
  const slow = files
    .flatMap((file) => file.tests.map((test) => ({ ...test, file: file.name })))
    .filter((test) => (test.duration ?? 0) > slowTestMs)
    .toSorted((a, b) => b.duration - a.duration);
  console.log(`tests over ${slowTestMs / 1000} s:${slow.length ? '' : ' none'}`);
  for (const test of slow) {
    console.log(`${seconds(test.duration)}  ${test.file} > ${test.fullName}`);
  }
}
