// The reference endpoint: a readable implementation of protocol v1 for the
// demo page and the tests. A vendor's backend does the same against Amazon
// Business; here every answer is played from the email the buyer arrives with.
//
//   POST /api/ab-registration   Content-Type: application/json
//   AB-Registration-Protocol: 1
//   {"action": "lookup", "email": "..."}  ->  {"status": ..., "accountName": ..., "token": ...}
//
// Demo emails (the part before @ decides; any domain works):
//   new@...      -> "new"               scenario 1: the business user is created at once
//   member@...   -> "member"            already in the business account
//   user4@...    -> "amazon-account"    scenarios 2 and 3: sign in, then convert or separate
//   single@...   -> "business-account"  scenario 4: sign in, then join the official account
//   unsure@...   -> "unknown"           the buyer picks their situation
//   admin@...    -> "blocked"           reason "multi-user-admin"
//   other@...    -> "blocked"           reason "other-business-account"
// Any other email behaves like user4@.
// Sign-in: any password but "wrong" is accepted ("wrong" -> invalid-credentials).
// Separate: a personal email starting with "taken@" -> email-taken.
//
// Faults: a request with the header `X-Demo-Fault: <name>` gets that fault
// instead of its answer (the demo's fault switch sets it through `requestInit`).
// The names are the keys of FAULTS below.

import {randomUUID} from 'node:crypto';

export const ACCOUNT_NAME = 'AB Demo Account';
export const ORGANIZATION = 'Exemple';
export const INVITER = 'Administrator@email.ca';
const SHOP_URL = 'https://www.amazon.ca/business?ref=ab-registration-demo';
const MAX_SESSIONS = 1000;
const MAX_BODY = 16 * 1024;

export const DEMO_EMAILS = {
  'new@abdemoaccount.com': 'new',
  'member@abdemoaccount.com': 'member',
  'user4@abdemoaccount.com': 'amazon-account',
  'single@abdemoaccount.com': 'business-account',
  'unsure@abdemoaccount.com': 'unknown',
  'admin@abdemoaccount.com': 'blocked (multi-user-admin)',
  'other@abdemoaccount.com': 'blocked (other-business-account)',
};

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** What a lookup answers for an email: only the local part matters. */
export function lookupFor(email) {
  const local = String(email).trim().toLowerCase().split('@')[0];
  switch (local) {
    case 'new':
      return {status: 'new', accountName: ACCOUNT_NAME, shopUrl: SHOP_URL};
    case 'member':
      return {status: 'member', accountName: ACCOUNT_NAME, shopUrl: SHOP_URL};
    case 'single':
      return {status: 'business-account', accountName: ACCOUNT_NAME};
    case 'unsure':
      return {status: 'unknown', accountName: ACCOUNT_NAME};
    case 'admin':
      return {status: 'blocked', accountName: ACCOUNT_NAME, reason: 'multi-user-admin'};
    case 'other':
      return {status: 'blocked', accountName: ACCOUNT_NAME, reason: 'other-business-account'};
    default:
      return {status: 'amazon-account', accountName: ACCOUNT_NAME};
  }
}

class ProtocolFailure extends Error {
  constructor(status, code, field) {
    super(code);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** A small in-memory endpoint; `handle(body)` returns the JSON answer or throws a ProtocolFailure. */
export function createReferenceEndpoint() {
  const sessions = new Map(); // token -> {email, status, signedIn}

  function open(email, status) {
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
    const token = randomUUID();
    sessions.set(token, {email, status, signedIn: false});
    return token;
  }

  function session(body) {
    const found = typeof body.token === 'string' && sessions.get(body.token);
    if (!found) throw new ProtocolFailure(401, 'session-expired');
    return found;
  }

  function requireEmail(value, field) {
    if (typeof value !== 'string' || !EMAIL.test(value.trim())) throw new ProtocolFailure(422, 'invalid-email', field);
    return value.trim();
  }

  function handle(body) {
    switch (body.action) {
      case 'lookup': {
        const email = requireEmail(body.email, 'email');
        const answer = lookupFor(email);
        return {...answer, token: open(email, answer.status)};
      }
      case 'choose': {
        const current = session(body);
        const scenario = body.scenario;
        if (!['new', 'amazon-account', 'business-account'].includes(scenario)) throw new ProtocolFailure(400, 'bad-request');
        current.status = scenario;
        return scenario === 'new'
          ? {status: 'new', accountName: ACCOUNT_NAME, shopUrl: SHOP_URL}
          : {status: scenario, accountName: ACCOUNT_NAME};
      }
      case 'sign-in': {
        const current = session(body);
        if (typeof body.email !== 'string' || !body.email.trim()) throw new ProtocolFailure(422, 'invalid-email');
        if (typeof body.password !== 'string' || !body.password || body.password === 'wrong') {
          throw new ProtocolFailure(401, 'invalid-credentials');
        }
        current.signedIn = true;
        return current.status === 'business-account' ? {invitation: {inviterEmail: INVITER, organizationName: ORGANIZATION}} : {};
      }
      case 'convert':
      case 'join': {
        const current = session(body);
        if (!current.signedIn) throw new ProtocolFailure(403, 'session-expired');
        return {shopUrl: SHOP_URL};
      }
      case 'separate': {
        const current = session(body);
        if (!current.signedIn) throw new ProtocolFailure(403, 'session-expired');
        const personal = requireEmail(body.personalEmail, 'personalEmail');
        if (personal.toLowerCase().startsWith('taken@')) throw new ProtocolFailure(409, 'email-taken');
        return {shopUrl: SHOP_URL, businessEmail: current.email};
      }
      case 'decline': {
        sessions.delete(body.token);
        return {};
      }
      default:
        throw new ProtocolFailure(400, 'bad-request');
    }
  }

  return {handle, sessions};
}

const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
const SLOW_MS = 20000;

/**
 * What each demo fault does to an answer. Each returns {status, type, body,
 * headers?}, or 'drop' to close the connection without a word.
 */
export const FAULTS = {
  unavailable: () => ({status: 503, body: {error: {code: 'unavailable'}}}),
  'html-page': () => ({status: 502, type: 'text/html', body: HTML_ERROR_PAGE}),
  'html-200': () => ({status: 200, type: 'text/html', body: HTML_ERROR_PAGE}),
  'malformed-json': () => ({status: 200, body: '{"status": "new", "accountName": "AB Demo'}),
  'wrong-shape': () => ({status: 200, body: {status: 42, accountName: null, shopUrl: ['x']}}),
  'unknown-status': () => ({status: 200, body: {status: 'vip', accountName: ACCOUNT_NAME}}),
  'insecure-url': (answer) => ({status: 200, body: {...answer, shopUrl: 'http://www.amazon.ca/business'}}),
  'rate-limited': () => ({status: 429, headers: {'Retry-After': '10'}, body: {error: {code: 'rate-limited'}}}),
  'rate-limited-no-body': () => ({status: 429, headers: {'Retry-After': '10'}, type: 'text/plain', body: 'Too Many Requests'}),
  slow: (answer) => ({status: 200, body: answer, delay: SLOW_MS}),
  'network-down': () => 'drop',
  'invalid-credentials': () => ({status: 401, body: {error: {code: 'invalid-credentials', field: 'password'}}}),
  'invalid-email': () => ({status: 422, body: {error: {code: 'invalid-email', field: 'email'}}}),
  'email-taken': () => ({status: 409, body: {error: {code: 'email-taken', field: 'personalEmail'}}}),
  'session-expired': () => ({status: 401, body: {error: {code: 'session-expired'}}}),
  'unknown-code': () => ({status: 400, body: {error: {code: 'quota-exceeded', message: '<b>Quota</b> exceeded'}}}),
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > MAX_BODY) reject(new ProtocolFailure(413, 'bad-request'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/**
 * Koa-style middleware for @web/dev-server and @web/test-runner, answering at `path`.
 * Every answer is logged without the password.
 */
export function referenceEndpointMiddleware({path = '/api/ab-registration', log = () => {}} = {}) {
  const endpoint = createReferenceEndpoint();
  return async function referenceEndpoint(ctx, next) {
    if (ctx.path !== path) return next();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.body = JSON.stringify({error: {code: 'method-not-allowed'}});
      return;
    }
    try {
      if (ctx.get('AB-Registration-Protocol') !== '1') throw new ProtocolFailure(400, 'unsupported-protocol');
      let body;
      try {
        body = JSON.parse(await readBody(ctx.req));
      } catch (error) {
        if (error instanceof ProtocolFailure) throw error;
        throw new ProtocolFailure(400, 'bad-request');
      }
      if (typeof body !== 'object' || body === null) throw new ProtocolFailure(400, 'bad-request');
      const faultName = ctx.get('X-Demo-Fault');
      if (Object.hasOwn(FAULTS, faultName)) {
        // A fault replaces the answer; lookup still opens a session so the flow can go on once the fault is off.
        const answer = body.action === 'lookup' ? endpoint.handle(body) : {};
        log(`${body.action} -> fault ${faultName}`);
        return await playFault(ctx, FAULTS[faultName](answer));
      }
      const answer = endpoint.handle(body);
      log(`${body.action} -> 200 ${JSON.stringify(answer)}`);
      ctx.status = 200;
      ctx.body = JSON.stringify(answer);
    } catch (error) {
      if (!(error instanceof ProtocolFailure)) throw error;
      log(`-> ${error.status} ${error.code}`);
      ctx.status = error.status;
      ctx.body = JSON.stringify({error: error.field ? {code: error.code, field: error.field} : {code: error.code}});
    }
  };
}

async function playFault(ctx, fault) {
  if (fault === 'drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (fault.delay) await new Promise((resolve) => setTimeout(resolve, fault.delay));
  ctx.status = fault.status;
  ctx.type = fault.type ?? 'application/json';
  for (const [header, value] of Object.entries(fault.headers ?? {})) ctx.set(header, value);
  ctx.body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
}
