#!/usr/bin/env node
// ab-registration-check: sends protocol v1's requests to an endpoint and says,
// in plain words, every answer the <ab-registration> widget would refuse.
//
//   npx ab-registration-check https://vendor.example/punchout/amazon-business \
//     --login https://test.vendor.example/test-login --email-amazon-account buyer@corp.example
//
// The endpoint reads the buyer from the vendor's session, so each test buyer
// needs a session of their own: --login names a test-system URL that signs a
// buyer in (POST {"email": ...}, answered with the session's cookie), as the
// reference's demo login does. Without it every request carries the --header
// values (one session, one buyer).
//
// It plays whole registrations (convert, separate, join; or, for an endpoint in
// hand-off mode, the handoff call that fetches a punch-out start page): point it at a test
// system with test buyers, never at production. --read-only sends only lookups
// and requests that must fail.
import {parseArgs} from 'node:util';
import {PROTOCOL_HEADER, PROTOCOL_VERSION, explain, parseFailure, parseResult} from '../dist/esm/protocol.js';

const HELP = `Usage: ab-registration-check <endpoint-url> [options]

Test buyers (defaults: the reference endpoint's demo emails):
  --email-new <email>               looks up as "new"
  --email-member <email>            looks up as "member"
  --email-amazon-account <email>    looks up as "amazon-account" (scenarios 2 and 3)
  --email-business-account <email>  looks up as "business-account" (scenario 4)
  --email-unknown <email>           looks up as "unknown"
  --email-blocked <email>           looks up as "blocked"
  --password <text>                 a password the endpoint accepts (default "password")
  --wrong-password <text>           a password it refuses (default "wrong")
  --personal-email <email>          the new personal email for "separate" (default personal+<time>@example.com)
  --login <url>                     signs each test buyer in before their lookup: POST {"email": ...},
                                    answered with a session cookie (the demo's: /api/demo-login)
  --header "Name: value"            sent with every request (a CSRF token, a cookie); repeatable
  --read-only                       only lookups and requests that must fail
  --timeout <ms>                    per request (default 15000)
  --help

Exit status: 0 every check passed, 1 a check failed, 2 a usage error.`;

/** A usage error: said as such, exit 2 (the endpoint is not to blame). */
function usage(message) {
  console.error(`ab-registration-check: ${message}\nRun ab-registration-check --help for the options.`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'email-new': {type: 'string', default: 'new@abdemoaccount.com'},
      'email-member': {type: 'string', default: 'member@abdemoaccount.com'},
      'email-amazon-account': {type: 'string', default: 'user4@abdemoaccount.com'},
      'email-business-account': {type: 'string', default: 'single@abdemoaccount.com'},
      'email-unknown': {type: 'string', default: 'unsure@abdemoaccount.com'},
      'email-blocked': {type: 'string', default: 'admin@abdemoaccount.com'},
      password: {type: 'string', default: 'password'},
      'wrong-password': {type: 'string', default: 'wrong'},
      'personal-email': {type: 'string'},
      header: {type: 'string', multiple: true, default: []},
      login: {type: 'string'},
      'read-only': {type: 'boolean', default: false},
      timeout: {type: 'string', default: '15000'},
      help: {type: 'boolean', default: false},
    },
  });
} catch (error) {
  usage(error.message);
}
const {values, positionals} = parsed;

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) usage(positionals.length ? 'give one endpoint URL, not several' : 'the endpoint URL is missing');

const endpoint = positionals[0];
{
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    usage(`not an absolute URL: ${printable(endpoint)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') usage(`not an http(s) URL: ${printable(endpoint)}`);
}
const extraHeaders = Object.fromEntries(
  values.header.map((h) => {
    const at = h.indexOf(':');
    const name = h.slice(0, at).trim();
    if (at < 1 || !/^[!#$%&'*+.^\w`|~-]+$/.test(name)) usage(`--header wants "Name: value", got ${printable(h)}`);
    return [name, h.slice(at + 1).trim()];
  })
);
let loginUrl;
if (values.login !== undefined) {
  try {
    loginUrl = new URL(values.login, endpoint);
  } catch {
    usage(`--login wants a URL, got ${printable(values.login)}`);
  }
  if (loginUrl.protocol !== 'https:' && loginUrl.protocol !== 'http:')
    usage(`--login wants an http(s) URL, got ${printable(values.login)}`);
}
if (!/^\d+$/.test(values.timeout) || Number(values.timeout) < 1 || Number(values.timeout) > 2 ** 31 - 1) {
  usage(`--timeout wants a whole number of milliseconds, got ${printable(values.timeout)}`);
}
const timeout = Number(values.timeout);
const results = [];
/** The most of an answer read: the widget's own answers are tiny; a larger one is a fault, not a memory test. */
const MAX_ANSWER = 1024 * 1024;
/** Cookies the endpoint sets (its session), sent back as a browser would: name -> value. */
const cookies = new Map();

/**
 * Text from the endpoint made safe for a terminal: control characters (CR,
 * ESC, the C1 CSI), bidi marks and overrides, and other invisible format
 * characters are written as \\uXXXX escapes.
 */
function printable(text) {
  return String(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/** An answer's start, quoted and escaped, for a report line. */
const quote = (text, max) => printable(JSON.stringify(text.slice(0, max)));

class Refused extends Error {}

/** The body as text, at most MAX_ANSWER bytes: reading stops there. */
async function readCapped(response) {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_ANSWER) {
      await reader.cancel();
      throw new Refused(`the answer is larger than ${MAX_ANSWER} bytes; reading stopped there`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One request as the widget sends it (or deliberately not). Redirects are never followed. */
async function send(body, {protocolHeader = true, method = 'POST'} = {}) {
  const headers = {...extraHeaders, 'Content-Type': 'application/json', Accept: 'application/json'};
  if (protocolHeader) headers[PROTOCOL_HEADER] = PROTOCOL_VERSION;
  if (cookies.size && !Object.keys(headers).some((h) => h.toLowerCase() === 'cookie')) {
    headers.Cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  const response = await fetch(endpoint, {
    method,
    headers,
    body: method === 'POST' ? JSON.stringify(body) : undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeout),
  });
  for (const line of response.headers.getSetCookie?.() ?? []) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    const to = response.headers.get('location');
    throw new Refused(
      `the endpoint redirected (${response.status}${to ? ` to ${quote(to, 200)}` : ''}): the widget never follows a redirect, and neither does this check`
    );
  }
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    text: await readCapped(response),
  };
}

/**
 * With --login: signs `email` in and keeps the session cookie it sets, so the
 * requests that follow are that buyer's. False (and a failed check) if it cannot.
 */
async function signIn(email) {
  if (!loginUrl) return true;
  const what = `--login signs ${printable(email)} in`;
  try {
    const response = await fetch(loginUrl, {
      method: 'POST',
      headers: {...extraHeaders, 'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify({email}),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeout),
    });
    await response.body?.cancel();
    const set = response.headers.getSetCookie?.() ?? [];
    for (const line of set) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    if (response.status < 200 || response.status > 299 || !set.length) {
      report(
        false,
        what,
        `expected a 2xx answer that sets a session cookie, got ${response.status}${set.length ? '' : ' and no Set-Cookie'}`
      );
      return false;
    }
    return true;
  } catch (error) {
    report(false, what, noAnswer(error));
    return false;
  }
}

/** Why a request got no usable answer, in words. */
const noAnswer = (error) =>
  error instanceof Refused ? error.message : `no answer: ${printable(error.cause?.code ?? error.name ?? error)}`;

function report(ok, what, why) {
  results.push({ok, what, why});
  console.log(`${ok ? '  ok  ' : '  FAIL'}  ${what}${why ? `\n          ${why}` : ''}`);
}

/** Sends `body` and checks the 2xx answer the way the widget does. */
async function expectAnswer(what, body, {expectInvitation = false, status} = {}) {
  let answer;
  try {
    answer = await send(body);
  } catch (error) {
    report(false, what, noAnswer(error));
    return undefined;
  }
  if (answer.status < 200 || answer.status > 299) {
    const failure = parseFailure(answer.status, answer.text, answer.retryAfter);
    report(false, what, `expected a 2xx answer, got ${answer.status} (the widget shows: ${failure.code})`);
    return undefined;
  }
  if (!/^application\/json\b/i.test(answer.type)) {
    report(false, what, `Content-Type is ${quote(answer.type, 100)}, not application/json`);
  }
  let json;
  try {
    json = JSON.parse(answer.text);
  } catch {
    report(false, what, `the body is not JSON: ${quote(answer.text, 80)}`);
    return undefined;
  }
  try {
    const {value} = parseResult(body.action, json, expectInvitation);
    if (status && value.status !== status) {
      report(false, what, `status is ${quote(String(value.status), 40)}, expected "${status}" for this test buyer`);
      return value;
    }
    report(true, what);
    return value;
  } catch (error) {
    report(false, what, `the widget refuses this answer: ${explain(error)} (body: ${quote(answer.text, 160)})`);
    return undefined;
  }
}

/** Sends `body` and checks it fails with `code` in the protocol's error shape. */
async function expectError(what, body, code, options) {
  let answer;
  try {
    answer = await send(body, options);
  } catch (error) {
    report(false, what, noAnswer(error));
    return;
  }
  if (answer.status >= 200 && answer.status <= 299) {
    report(false, what, `expected an error status, got ${answer.status}`);
    return;
  }
  if (!code) {
    report(true, what);
    return;
  }
  let shaped = false;
  try {
    const json = JSON.parse(answer.text);
    shaped = typeof json?.error?.code === 'string';
  } catch {
    // not JSON
  }
  const seen = parseFailure(answer.status, answer.text, answer.retryAfter).code;
  if (!shaped)
    report(false, what, `status ${answer.status} without the body {"error": {"code": ...}}: the widget shows a generic message`);
  else if (seen !== code) report(false, what, `error code is ${quote(seen, 60)}, expected "${code}"`);
  else report(true, what);
}

const e = values;
console.log(`Checking ${printable(endpoint)} against <ab-registration> endpoint protocol v${PROTOCOL_VERSION}\n`);

// In a signed-in session (with --login), so what is refused is refused for its own fault.
await signIn(e['email-amazon-account']);
await expectError(
  'a request without the AB-Registration-Protocol header is refused',
  {action: 'lookup', email: e['email-new']},
  undefined,
  {protocolHeader: false}
);
await expectError('GET is refused', undefined, undefined, {method: 'GET'});
await expectError('an unknown token is session-expired', {action: 'convert', token: 'not-a-token-ab-check'}, 'session-expired');

for (const [flag, status] of [
  ['email-new', 'new'],
  ['email-member', 'member'],
  ['email-amazon-account', 'amazon-account'],
  ['email-business-account', 'business-account'],
  ['email-unknown', 'unknown'],
  ['email-blocked', 'blocked'],
]) {
  if (await signIn(e[flag]))
    await expectAnswer(`lookup ${e[flag]} answers "${status}"`, {action: 'lookup', email: e[flag]}, {status});
}

if (loginUrl) {
  // The session names the buyer: a lookup that names someone else must not be answered as them.
  await signIn(e['email-amazon-account']);
  let answer;
  try {
    answer = await send({action: 'lookup', email: e['email-new']});
  } catch (error) {
    report(false, 'a lookup naming another buyer is not answered as them', noAnswer(error));
  }
  if (answer) {
    let status;
    try {
      status = JSON.parse(answer.text)?.status;
    } catch {
      // not JSON: judged below
    }
    const refused = answer.status < 200 || answer.status > 299;
    report(
      refused || status === 'amazon-account',
      "a lookup naming another buyer is answered for the session's buyer (or refused)",
      refused || status === 'amazon-account'
        ? undefined
        : `in ${printable(e['email-amazon-account'])}'s session, a lookup for ${printable(e['email-new'])} answered ${quote(String(status), 40)}: the endpoint takes the buyer from the request, so anyone can act as anyone`
    );
  }
  const saved = new Map(cookies);
  cookies.clear();
  await expectError('a lookup without a session is refused', {action: 'lookup', email: e['email-amazon-account']}, undefined);
  for (const [name, value] of saved) cookies.set(name, value);
}

/**
 * Hand-off mode: the lookup said `"mode": "handoff"`, so Amazon's own pages sign
 * the buyer in. The widget then sends only `handoff`, answered with a start page
 * (single-use: each check asks for a fresh one).
 */
const isHandoff = (lookup) => lookup?.mode === 'handoff';
const withToken = (lookup, body) => (lookup?.token ? {...body, token: lookup.token} : body);
async function expectHandoff(label, lookup) {
  await expectAnswer(`${label} (hand-off): handoff answers an https start page`, withToken(lookup, {action: 'handoff'}));
}

{
  await signIn(e['email-amazon-account']);
  const lookup = await expectAnswer(
    'scenario 2: lookup',
    {action: 'lookup', email: e['email-amazon-account']},
    {status: 'amazon-account'}
  );
  if (isHandoff(lookup)) {
    await expectHandoff('scenario 2', lookup);
  } else {
    await expectError(
      'scenario 2: a wrong password is invalid-credentials',
      withToken(lookup, {action: 'sign-in', email: e['email-amazon-account'], password: e['wrong-password']}),
      'invalid-credentials'
    );
    if (!e['read-only'] && lookup) {
      await expectAnswer(
        'scenario 2: sign-in answers {}',
        withToken(lookup, {action: 'sign-in', email: e['email-amazon-account'], password: e.password})
      );
      await expectAnswer('scenario 2: convert answers an https shopUrl', withToken(lookup, {action: 'convert'}));
    }
  }
}
if (!e['read-only']) {
  await signIn(e['email-amazon-account']);
  const lookup = await expectAnswer(
    'scenario 3: lookup',
    {action: 'lookup', email: e['email-amazon-account']},
    {status: 'amazon-account'}
  );
  if (isHandoff(lookup)) {
    await expectHandoff('scenario 3', lookup);
  } else if (lookup) {
    await expectAnswer(
      'scenario 3: sign-in',
      withToken(lookup, {action: 'sign-in', email: e['email-amazon-account'], password: e.password})
    );
    const personalEmail = e['personal-email'] ?? `personal+${Date.now()}@example.com`;
    await expectAnswer(
      'scenario 3: separate answers shopUrl and businessEmail',
      withToken(lookup, {action: 'separate', personalEmail})
    );
  }
}
if (!e['read-only']) {
  for (const end of ['join', 'decline']) {
    await signIn(e['email-business-account']);
    const lookup = await expectAnswer(
      `scenario 4 (${end}): lookup`,
      {action: 'lookup', email: e['email-business-account']},
      {status: 'business-account'}
    );
    if (!lookup) continue;
    if (isHandoff(lookup)) {
      // Amazon's pages run both join and "Not now": one hand-off check stands for the two.
      if (end === 'join') await expectHandoff('scenario 4', lookup);
      continue;
    }
    await expectAnswer(
      `scenario 4 (${end}): sign-in answers the invitation`,
      withToken(lookup, {action: 'sign-in', email: e['email-business-account'], password: e.password}),
      {expectInvitation: true}
    );
    await expectAnswer(`scenario 4: ${end}`, withToken(lookup, {action: end}));
  }
  await signIn(e['email-unknown']);
  const unknown = await expectAnswer('unknown: lookup', {action: 'lookup', email: e['email-unknown']}, {status: 'unknown'});
  if (unknown)
    await expectAnswer(
      'unknown: choose business-account continues as business-account',
      withToken(unknown, {action: 'choose', scenario: 'business-account'}),
      {status: 'business-account'}
    );
}

const failed = results.filter((r) => !r.ok).length;
console.log(
  failed
    ? `\n${failed} of ${results.length} checks FAILED: for each, the widget would show the buyer a protocol error or a generic message.`
    : `\nAll ${results.length} checks passed: this endpoint speaks protocol v1.`
);
process.exit(failed ? 1 : 0);
