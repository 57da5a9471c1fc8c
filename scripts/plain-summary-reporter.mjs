// Adds one plain closing line, "N passed, N failed", for CI to read.
export function plainSummaryReporter() {
  return {
    stop({sessions}) {
      const total = {passed: 0, failed: 0, skipped: 0};
      const count = (suite) => {
        if (!suite) return;
        for (const test of suite.tests) {
          if (test.skipped) total.skipped++;
          else if (test.passed) total.passed++;
          else total.failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        const before = total.failed;
        count(session.testResults);
        if (session.passed === false && total.failed === before) total.failed++; // the file did not load
      }
      const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
      // wtr flushes buffered browser logs after the reporters stop: print last.
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
