// Adds one plain closing line, "N passed, N failed", for CI to read, and says
// which tests were skipped where (each skip's reason is in its title).
export function plainSummaryReporter() {
  return {
    stop({sessions}) {
      const total = {passed: 0, failed: 0, skipped: 0};
      /** Skipped test title -> the engines it was skipped in. */
      const skipped = new Map();
      const count = (suite, browser, path) => {
        if (!suite) return;
        const here = suite.name ? [...path, suite.name] : path;
        for (const test of suite.tests) {
          if (test.skipped) {
            total.skipped++;
            const title = [...here, test.name].join(' > ');
            skipped.set(title, [...(skipped.get(title) ?? []), browser]);
          } else if (test.passed) total.passed++;
          else total.failed++;
        }
        for (const child of suite.suites) count(child, browser, here);
      };
      for (const session of sessions) {
        const before = total.failed;
        count(session.testResults, session.browser?.name ?? 'browser', []);
        if (session.passed === false && total.failed === before) total.failed++; // the file did not load
      }
      const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
      const skips = [...skipped].map(([title, browsers]) => `  skipped in ${[...new Set(browsers)].join(', ')}: ${title}`);
      // wtr flushes buffered browser logs after the reporters stop: print last.
      process.once('exit', () => process.stdout.write(`\n${skips.length ? `${skips.join('\n')}\n` : ''}${line}\n`));
    },
  };
}
