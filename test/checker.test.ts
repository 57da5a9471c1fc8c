// bin/ab-registration-check against the reference endpoint (passes) and
// against broken ones (fails, saying why in plain words).
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The demo's login: each test buyer in a session of their own, as the reference endpoint needs. */
const LOGIN = ['--login', '/api/demo-login'];

const check = (path: string, args: string[] = []) =>
  executeServerCommand<Run, {path: string; args: string[]}>('run-checker', {path, args});
/** The checker run with `url` exactly as given. */
const checkUrl = (url: string, args: string[] = []) =>
  executeServerCommand<Run, {url: string; args: string[]}>('run-checker', {url, args});

/** What a terminal would act on: C0 controls but newline, DEL, C1 controls (CSI), bidi marks and overrides. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('ab-registration-check', () => {
  it('passes the reference endpoint: every scenario, every check, each test buyer in a session of their own', async () => {
    const run = await check('/api/ab-registration', LOGIN);
    expect(run.stderr).to.equal('');
    expect(run.code, run.stdout).to.equal(0);
    expect(run.stdout).to.contain(
      "ok    a lookup naming another buyer is answered for the session's buyer (or refused)\n  ok    a lookup without a session is refused"
    );
    expect(run.stdout).to.contain('All 26 checks passed: this endpoint speaks protocol v1.');
    expect(run.stdout).not.to.contain('FAIL');
  });

  it('says why a session-less run of the reference endpoint fails: every lookup is refused', async () => {
    const run = await check('/api/ab-registration');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(
      /FAIL {2}lookup new@abdemoaccount.com answers "new"\n\s+expected a 2xx answer, got 401 \(the widget shows: session-expired\)/
    );
  });

  it('catches a broken endpoint and says what is wrong with each answer', async () => {
    const run = await check('/api/broken-endpoint', LOGIN);
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
    expect(run.stdout).to.match(
      /FAIL {2}a lookup naming another buyer is answered for the session's buyer \(or refused\)\n\s+in user4@abdemoaccount.com's session, a lookup for new@abdemoaccount.com answered "new": the endpoint takes the buyer from the request/
    );
    expect(run.stdout).to.match(/FAIL {2}a lookup without a session is refused\n\s+expected an error status, got 200/);
    expect(run.stdout).to.match(/checks FAILED/);
  });

  it('compares error codes and Content-Type, not only shapes: a sloppy endpoint fails for each', async () => {
    const run = await check('/api/hostile/sloppy', ['--read-only']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(
      /FAIL {2}an unknown token is session-expired\n\s+error code is "unknown", expected "session-expired"/
    );
    expect(run.stdout).to.match(
      /FAIL {2}scenario 2: a wrong password is invalid-credentials\n\s+error code is "unknown", expected "invalid-credentials"/
    );
    expect(run.stdout).to.match(
      /FAIL {2}lookup member@abdemoaccount.com answers "member"\n\s+Content-Type is "text\/plain; charset=utf-8", not application\/json/
    );
  });

  it('escapes what it prints of an answer: no CR, escape sequence, C1 CSI or bidi override reaches the terminal', async () => {
    const run = await check('/api/hostile/controls', ['--read-only']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('the body is not JSON');
    expect(run.stdout).to.contain('"\\r\\u001b[2J\\u009b31m\\u202eevil\\u2066 \\u0007 body"');
    expect(TERMINAL_CONTROLS.test(run.stdout + run.stderr), JSON.stringify(run.stdout)).to.equal(false);
  });

  it('stops reading an answer past 1 MiB', async () => {
    const run = await check('/api/hostile/huge', ['--read-only', '--timeout', '20000']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('the answer is larger than 1048576 bytes; reading stopped there');
    expect(run.stdout).not.to.contain('aaaaaaaaaa');
  });

  it('never follows a redirect, so --password goes nowhere else', async () => {
    expect((await fetch('/api/redirecting/reset', {method: 'POST'})).ok).to.equal(true);
    const run = await check('/api/hostile/redirect', ['--password', 'hunter2-secret']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('the endpoint redirected (307 to "/api/redirecting/target")');
    const hits = (await (await fetch('/api/redirecting/hits')).json()) as string[];
    expect(hits).to.deep.equal([]);
  });

  for (const [what, url, args, said] of [
    ['a --timeout that is not a number', '/api/ab-registration', ['--timeout', 'abc'], /--timeout wants a whole number/],
    ['a --timeout of 0', '/api/ab-registration', ['--timeout', '0'], /--timeout wants a whole number/],
    ['an endpoint that is not a URL', 'not a url', [], /not an absolute URL: not a url/],
    ['an endpoint that is not http(s)', 'ftp://127.0.0.1/x', [], /not an http\(s\) URL/],
    ['a --header with no colon', '/api/ab-registration', ['--header', 'X-Token abc'], /--header wants "Name: value"/],
    ['an unknown option', '/api/ab-registration', ['--pasword', 'x'], /Unknown option '--pasword'/],
    [
      'a --login that is not http(s)',
      '/api/ab-registration',
      ['--login', 'ftp://127.0.0.1/login'],
      /--login wants an http\(s\) URL/,
    ],
    ['no endpoint at all', '', [], /the endpoint URL is missing/],
  ] as const) {
    it(`reports ${what} as a usage error (exit 2), not as the endpoint's fault`, async () => {
      const run = url.startsWith('/')
        ? await check(url, [...args])
        : url
          ? await checkUrl(url, [...args])
          : await checkUrl('--read-only', []);
      expect(run.code, run.stdout + run.stderr).to.equal(2);
      expect(run.stderr).to.match(said);
      expect(run.stdout).not.to.contain('FAIL');
    });
  }

  it('passes the reference endpoint in hand-off mode: every hand-off answers a fresh https start page', async () => {
    const run = await check('/api/ab-registration-handoff', LOGIN);
    expect(run.code, run.stdout).to.equal(0);
    for (const scenario of ['scenario 2', 'scenario 3', 'scenario 4']) {
      expect(run.stdout).to.contain(`ok    ${scenario} (hand-off): handoff answers an https start page`);
    }
    expect(run.stdout).not.to.contain('sign-in');
  });

  it('catches a hand-off answer whose start page is not an https URL', async () => {
    const run = await check('/api/hostile/bad-handoff');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(
      /FAIL {2}scenario 2 \(hand-off\): handoff answers an https start page\n\s+the widget refuses this answer: "url" is not an https URL/
    );
    expect(run.stdout).to.match(/FAIL {2}scenario 4 \(hand-off\): handoff answers an https start page/);
  });

  it('catches wrong-typed answers (through the demo fault switch), read-only', async () => {
    const run = await check('/api/ab-registration', [...LOGIN, '--read-only', '--header', 'X-Demo-Fault: wrong-shape']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('the widget refuses this answer: unknown "status"');
    expect(run.stdout).not.to.contain('scenario 3');
  });
});
