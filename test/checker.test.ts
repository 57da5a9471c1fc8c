// bin/ab-registration-check against the reference endpoint (passes) and
// against broken ones (fails, saying why in plain words).
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const check = (path: string, args: string[] = []) =>
  executeServerCommand<Run, {path: string; args: string[]}>('run-checker', {path, args});

describe('ab-registration-check', () => {
  it('passes the reference endpoint: every scenario, every check', async () => {
    const run = await check('/api/ab-registration');
    expect(run.stderr).to.equal('');
    expect(run.code, run.stdout).to.equal(0);
    expect(run.stdout).to.contain('All 24 checks passed: this endpoint speaks protocol v1.');
    expect(run.stdout).not.to.contain('FAIL');
  });

  it('catches a broken endpoint and says what is wrong with each answer', async () => {
    const run = await check('/api/broken-endpoint');
    expect(run.code).to.equal(1);
    const fails = run.stdout.split('\n').filter((line) => line.includes('FAIL'));
    expect(fails.length).to.be.at.least(5);
    expect(run.stdout).to.match(
      /FAIL {2}a request without the AB-Registration-Protocol header is refused\n\s+expected an error status, got 200/
    );
    expect(run.stdout).to.match(
      /FAIL {2}lookup new@abdemoaccount.com answers "new"\n\s+the widget refuses this answer: "shopUrl" is not an https URL/
    );
    expect(run.stdout).to.match(
      /FAIL {2}lookup member@abdemoaccount.com answers "member"\n\s+the widget refuses this answer: "accountName" is not a string/
    );
    expect(run.stdout).to.match(
      /FAIL {2}an unknown token is session-expired\n\s+status 500 without the body \{"error": \{"code": \.\.\.\}\}/
    );
    expect(run.stdout).to.match(
      /FAIL {2}scenario 2: convert answers an https shopUrl\n\s+the widget refuses this answer: "shopUrl" is not an https URL/
    );
    expect(run.stdout).to.match(/checks FAILED/);
  });

  it('catches wrong-typed answers (through the demo fault switch), read-only', async () => {
    const run = await check('/api/ab-registration', ['--read-only', '--header', 'X-Demo-Fault: wrong-shape']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('the widget refuses this answer: unknown "status"');
    expect(run.stdout).not.to.contain('scenario 3');
  });
});
