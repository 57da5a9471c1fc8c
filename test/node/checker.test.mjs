// bin/ab-registration-check against the reference endpoint (passes) and
// against broken ones (fails, saying why in plain words): the checker as a
// vendor runs it, a Node process, against a Koa server with the demo's
// endpoints and the hostile ones (run by `node --test test/node/`).
import Koa from 'koa';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {after, before, describe, it} from 'node:test';
import {brokenEndpointMiddleware} from '../../demo/broken-endpoint.mjs';
import {punchOutSupplierMiddleware} from '../../demo/punchout.mjs';
import {createDemoSessions, demoLoginMiddleware, referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';
import {hostileEndpointMiddleware} from '../servers/hostile-endpoint.mjs';
import {redirectingEndpointMiddleware} from '../servers/redirecting-endpoint.mjs';
import {listen} from './helpers.mjs';

let origin;
let close;
before(async () => {
  const sessions = createDemoSessions();
  const app = new Koa();
  app.use(demoLoginMiddleware({sessions}));
  app.use(referenceEndpointMiddleware({path: '/api/ab-registration', sessions, faults: true}));
  app.use(referenceEndpointMiddleware({path: '/api/ab-registration-handoff', mode: 'handoff', sessions}));
  app.use(punchOutSupplierMiddleware());
  app.use(brokenEndpointMiddleware({path: '/api/broken-endpoint'}));
  app.use(redirectingEndpointMiddleware());
  app.use(hostileEndpointMiddleware());
  ({origin, close} = await listen(app.callback()));
});
after(() => close());

/** The checker (needs dist/esm: `npm run build`), run with `url` exactly as given. */
const checkUrl = (url, args = []) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/ab-registration-check.mjs', url, ...args], {timeout: 60000}, (error, stdout, stderr) =>
      resolve({code: error ? (error.code ?? 1) : 0, stdout, stderr})
    );
  });
/** The checker against `path` on the test server. */
const check = (path, args = []) => checkUrl(`${origin}${path}`, args);

/** The demo's login: each test buyer in a session of their own, as the reference endpoint needs. */
const LOGIN = ['--login', '/api/demo-login'];

/** A RegExp matching `text` as it is. */
const literal = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** What a terminal would act on: C0 controls but newline, DEL, C1 controls (CSI), bidi marks and overrides. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('ab-registration-check', () => {
  it('passes the reference endpoint: every scenario, every check, each test buyer in a session of their own', async () => {
    const run = await check('/api/ab-registration', LOGIN);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      literal(
        "ok    a lookup naming another buyer is answered for the session's buyer (or refused)\n  ok    a lookup without a session is refused"
      )
    );
    assert.match(run.stdout, literal('All 26 checks passed: this endpoint speaks protocol v1.'));
    assert.doesNotMatch(run.stdout, literal('FAIL'));
  });

  it('says why a session-less run of the reference endpoint fails: every lookup is refused', async () => {
    const run = await check('/api/ab-registration');
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /FAIL {2}lookup new@abdemoaccount.com answers "new"\n\s+expected a 2xx answer, got 401 \(the widget shows: session-expired\)/
    );
  });

  it('catches a broken endpoint and says what is wrong with each answer', async () => {
    const run = await check('/api/broken-endpoint', LOGIN);
    assert.equal(run.code, 1, run.stdout);
    const fails = run.stdout.split('\n').filter((line) => line.includes('FAIL'));
    assert.ok(fails.length >= 5, run.stdout);
    assert.match(
      run.stdout,
      /FAIL {2}a request without the AB-Registration-Protocol header is refused\n\s+expected an error status, got 200/
    );
    assert.match(
      run.stdout,
      /FAIL {2}lookup new@abdemoaccount.com answers "new"\n\s+the widget refuses this answer: "shopUrl" is not an https URL/
    );
    assert.match(
      run.stdout,
      /FAIL {2}lookup member@abdemoaccount.com answers "member"\n\s+the widget refuses this answer: "accountName" is not a string/
    );
    assert.match(
      run.stdout,
      /FAIL {2}an unknown token is session-expired\n\s+status 500 without the body \{"error": \{"code": \.\.\.\}\}/
    );
    assert.match(
      run.stdout,
      /FAIL {2}scenario 2: convert answers an https shopUrl\n\s+the widget refuses this answer: "shopUrl" is not an https URL/
    );
    assert.match(
      run.stdout,
      /FAIL {2}a lookup naming another buyer is answered for the session's buyer \(or refused\)\n\s+in user4@abdemoaccount.com's session, a lookup for new@abdemoaccount.com answered "new": the endpoint takes the buyer from the request/
    );
    assert.match(run.stdout, /FAIL {2}a lookup without a session is refused\n\s+expected an error status, got 200/);
    assert.match(run.stdout, /checks FAILED/);
  });

  it('compares error codes and Content-Type, not only shapes: a sloppy endpoint fails for each', async () => {
    const run = await check('/api/hostile/sloppy', ['--read-only']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /FAIL {2}an unknown token is session-expired\n\s+error code is "unknown", expected "session-expired"/
    );
    assert.match(
      run.stdout,
      /FAIL {2}scenario 2: a wrong password is invalid-credentials\n\s+error code is "unknown", expected "invalid-credentials"/
    );
    assert.match(
      run.stdout,
      /FAIL {2}lookup member@abdemoaccount.com answers "member"\n\s+Content-Type is "text\/plain; charset=utf-8", not application\/json/
    );
  });

  it('escapes what it prints of an answer: no CR, escape sequence, C1 CSI or bidi override reaches the terminal', async () => {
    const run = await check('/api/hostile/controls', ['--read-only']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, literal('the body is not JSON'));
    assert.match(run.stdout, literal('"\\r\\u001b[2J\\u009b31m\\u202eevil\\u2066 \\u0007 body"'));
    assert.equal(TERMINAL_CONTROLS.test(run.stdout + run.stderr), false, JSON.stringify(run.stdout));
  });

  it('stops reading an answer past 1 MiB', async () => {
    const run = await check('/api/hostile/huge', ['--read-only', '--timeout', '20000']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, literal('the answer is larger than 1048576 bytes; reading stopped there'));
    assert.doesNotMatch(run.stdout, literal('aaaaaaaaaa'));
  });

  it('never follows a redirect, so --password goes nowhere else', async () => {
    assert.equal((await fetch(`${origin}/api/redirecting/reset`, {method: 'POST'})).ok, true);
    const run = await check('/api/hostile/redirect', ['--password', 'hunter2-secret']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, literal('the endpoint redirected (307 to "/api/redirecting/target")'));
    assert.deepEqual(await (await fetch(`${origin}/api/redirecting/hits`)).json(), []);
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
  ]) {
    it(`reports ${what} as a usage error (exit 2), not as the endpoint's fault`, async () => {
      const run = url.startsWith('/')
        ? await check(url, [...args])
        : url
          ? await checkUrl(url, [...args])
          : await checkUrl('--read-only', []);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, said);
      assert.doesNotMatch(run.stdout, literal('FAIL'));
    });
  }

  it('passes the reference endpoint in hand-off mode: every hand-off answers a fresh https start page', async () => {
    const run = await check('/api/ab-registration-handoff', LOGIN);
    assert.equal(run.code, 0, run.stdout);
    for (const scenario of ['scenario 2', 'scenario 3', 'scenario 4']) {
      assert.match(run.stdout, literal(`ok    ${scenario} (hand-off): handoff answers an https start page`));
    }
    assert.doesNotMatch(run.stdout, literal('sign-in'));
  });

  it('catches a hand-off answer whose start page is not an https URL', async () => {
    const run = await check('/api/hostile/bad-handoff');
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /FAIL {2}scenario 2 \(hand-off\): handoff answers an https start page\n\s+the widget refuses this answer: "url" is not an https URL/
    );
    assert.match(run.stdout, /FAIL {2}scenario 4 \(hand-off\): handoff answers an https start page/);
  });

  it('catches wrong-typed answers (through the demo fault switch), read-only', async () => {
    const run = await check('/api/ab-registration', [...LOGIN, '--read-only', '--header', 'X-Demo-Fault: wrong-shape']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, literal('the widget refuses this answer: unknown "status"'));
    assert.doesNotMatch(run.stdout, literal('scenario 3'));
  });
});
