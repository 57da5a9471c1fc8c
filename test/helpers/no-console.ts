/** Imported by element tests: a console warning or error (Lit's dev-mode checks included) fails the test. */
declare global {
  var consoleProblems: string[];
}

afterEach(function () {
  const problems = globalThis.consoleProblems.splice(0);
  if (problems.length) throw new Error(`Console output during "${this.currentTest?.title}":\n${problems.join('\n')}`);
});

export {};
