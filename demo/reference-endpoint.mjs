// The reference endpoint: a readable implementation of protocol v1 for the
// demo page and the tests. A vendor's backend does the same against Amazon
// Business.
//
//   POST /api/ab-registration   Content-Type: application/json
//   AB-Registration-Protocol: 1
//   {"action": "lookup", "email": "..."}  ->  {"status": ..., "accountName": ..., "token": ...}
//
// The buyer is who the vendor's own session says, never what the request says:
// the `email` a lookup carries (the widget's `email` attribute) is ignored, and a
// request without a signed-in session is `session-expired` (401), with no call to
// Amazon. Here the demo's own login (`demoLoginMiddleware`, POST /api/demo-login
// {"email"}) stands in for the vendor's: a server-side session named by an
// HttpOnly, SameSite=Strict cookie. A vendor passes its own `sessions`.
//
// Demo buyers (the part of the session's email before @ decides; any domain works):
//   new@...      -> "new"               scenario 1: the business user is created at once
//   member@...   -> "member"            already in the business account
//   user4@...    -> "amazon-account"    scenarios 2 and 3: sign in, then convert or separate
//   single@...   -> "business-account"  scenario 4: sign in, then join the official account
//   unsure@...   -> "unknown"           the buyer picks their situation
//   admin@...    -> "blocked"           reason "multi-user-admin"
//   other@...    -> "blocked"           reason "other-business-account"
// Any other email behaves like user4@.
// Sign-in: the token's buyer only (their email, or for single@ also the mobile
// number of the directory), with any password but "wrong"; anything else is
// invalid-credentials.
// Separate: a personal email starting with "taken@" -> email-taken.
//
// Tokens: signed (HMAC-SHA256), bound to the session they were issued to and
// good for 15 minutes. What a buyer did with a token (signed in, converted,
// declined) is kept in their server-side session, so a replayed cookie cannot
// undo it. Each session sets up at most PUNCH_OUTS_PER_MINUTE punch-outs a
// minute (rate-limited beyond). Details in docs/integration.md.
//
// Faults (only with the option `faults: true`, which the demo server and the
// tests set): a request with the header `X-Demo-Fault: <name>` gets that fault
// instead of its answer (the demo's fault switch sets it through `requestInit`).
// The names are the keys of FAULTS below.

import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import {DEMO_PUNCHOUT, PunchOutError, SUPPLIER_PATH, punchOutSetup} from './punchout.mjs';
import {BodyTooLarge, readBody, refuseRest} from './read-body.mjs';

export const ACCOUNT_NAME = 'AB Demo Account';
export const ORGANIZATION = 'Exemple';
export const INVITER = 'Administrator@email.ca';
const SHOP_URL = 'https://www.amazon.ca/business?ref=ab-registration-demo';
/** Refused before it is read (Content-Length) or as soon as it is passed (chunked). */
export const MAX_BODY = 16 * 1024;
/** How long a token from lookup or choose is good for. */
export const TOKEN_LIFETIME_S = 15 * 60;
/** How long the demo's stand-in for the vendor's own session lasts. */
const SESSION_LIFETIME_S = 8 * 60 * 60;
/** The most sessions the demo's login keeps (the oldest login is forgotten first). */
const MAX_SESSIONS = 10000;
export const SESSION_COOKIE = 'ab-demo-session';
/** Punch-outs (server-to-server calls to Amazon) one session may set up in a minute. */
export const PUNCH_OUTS_PER_MINUTE = 6;

export const DEMO_EMAILS = {
  'new@abdemoaccount.com': 'new',
  'member@abdemoaccount.com': 'member',
  'user4@abdemoaccount.com': 'amazon-account',
  'single@abdemoaccount.com': 'business-account',
  'unsure@abdemoaccount.com': 'unknown',
  'admin@abdemoaccount.com': 'blocked (multi-user-admin)',
  'other@abdemoaccount.com': 'blocked (other-business-account)',
};

// No space, no control character (C0, DEL, C1): an email that reaches the cXML as it came.
const EMAIL = /^[^\s@\p{Cc}]+@[^\s@.\p{Cc}]+(?:\.[^\s@.\p{Cc}]+)+$/u;

/**
 * The vendor's user directory, as far as the punch-out needs it: the cXML
 * extrinsics FirstName, LastName and UserBusinessUnit (the buyer's group in
 * Amazon Business); UserEmail is the buyer's work email.
 */
const DIRECTORY = {
  user4: {firstName: 'Alex', lastName: 'Tremblay', businessUnit: 'Achats'},
  // Scenario 4's sign-in also takes the account's mobile number.
  single: {firstName: 'Camille', lastName: 'Gagnon', businessUnit: 'Finances', mobile: '514 555 0142'},
  new: {firstName: 'Sam', lastName: 'Roy', businessUnit: 'Achats'},
};

function directoryEntry(email) {
  const local = String(email).toLowerCase().split('@')[0];
  return {email, ...(DIRECTORY[local] ?? {firstName: local, lastName: ''})};
}

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
  constructor(status, code, field, retryAfter) {
    super(code);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }
}

/**
 * Signed, expiring values: what the endpoint hands out it can check later
 * without keeping anything. `sign(payload)` -> `base64url(JSON).base64url(HMAC-SHA256)`.
 * A vendor keeps the secret in its own secret store, the same on every server.
 */
export function createSigner({secret = randomBytes(32), now = () => Date.now()} = {}) {
  const mac = (data) => createHmac('sha256', secret).update(data).digest('base64url');
  return {
    sign(payload, lifetime = TOKEN_LIFETIME_S) {
      const data = Buffer.from(JSON.stringify({...payload, exp: Math.floor(now() / 1000) + lifetime})).toString('base64url');
      return `${data}.${mac(data)}`;
    },
    /** The payload, or undefined for anything forged, altered, malformed or expired. */
    verify(token) {
      if (typeof token !== 'string' || token.length > 4096) return undefined;
      const [data, tag, ...rest] = token.split('.');
      if (!data || !tag || rest.length) return undefined;
      const expected = Buffer.from(mac(data));
      const given = Buffer.from(tag);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      let payload;
      try {
        payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      if (typeof payload !== 'object' || payload === null || !(payload.exp * 1000 > now())) return undefined;
      return payload;
    },
  };
}

/** True when `typed` (what the buyer typed at sign-in) names `entry`: its email, or its mobile number's digits. */
function names(entry, typed, phoneToo) {
  const text = typed.trim().toLowerCase();
  if (text === entry.email.toLowerCase()) return true;
  const digits = text.replace(/[\s().+-]/g, '');
  return phoneToo && Boolean(entry.mobile) && /^\d{10,11}$/.test(digits) && digits.slice(-10) === entry.mobile.replace(/\D/g, '');
}

/**
 * The reference endpoint's logic. `handle(body, buyer)` returns the JSON answer
 * or throws a ProtocolFailure. `buyer` is the server-side session the vendor's
 * own sign-in opened, or undefined when nobody is signed in:
 * `{id, email, signedIn, spent, punchOuts}`; `handle` keeps in it which tokens
 * signed in (`signedIn`), which were used up by a decision (`spent`: convert,
 * separate, join, decline) and when its punch-outs went out (`punchOuts`).
 *
 * A token carries what lookup found (email, status), whom it was issued to
 * (`sub`, the session) and when it expires, signed so it cannot be altered. A
 * token of another session, an altered, expired or spent one is `session-expired`.
 */
export function createReferenceEndpoint({signer = createSigner(), mode = 'full', punchOut, now = () => Date.now()} = {}) {
  const handoff = mode === 'handoff';
  function issue(buyer, status) {
    return signer.sign({sub: buyer.id, jti: randomBytes(9).toString('base64url'), email: buyer.email, status});
  }

  function session(body, buyer) {
    const token = signer.verify(body.token);
    if (!token || token.sub !== buyer.id || buyer.spent.includes(token.jti)) throw new ProtocolFailure(401, 'session-expired');
    return token;
  }

  function signedIn(token, buyer) {
    if (!buyer.signedIn.includes(token.jti)) throw new ProtocolFailure(403, 'session-expired');
  }

  /** A decision made: the token can do nothing more, in this session or any copy of its cookie. */
  function spend(token, buyer) {
    buyer.signedIn = buyer.signedIn.filter((jti) => jti !== token.jti);
    buyer.spent = [...buyer.spent.slice(-15), token.jti];
  }

  function requireEmail(value, field) {
    if (typeof value !== 'string' || !EMAIL.test(value.trim())) throw new ProtocolFailure(422, 'invalid-email', field);
    return value.trim();
  }

  /** One server-to-server punch-out for the session's buyer, at most PUNCH_OUTS_PER_MINUTE a minute. */
  function punchOutFor(buyer, context) {
    const recent = buyer.punchOuts.filter((at) => at > now() - 60000);
    if (recent.length >= PUNCH_OUTS_PER_MINUTE) {
      throw new ProtocolFailure(429, 'rate-limited', undefined, Math.max(1, Math.ceil((recent[0] + 60000 - now()) / 1000)));
    }
    buyer.punchOuts = [...recent, now()];
    return punchOut({buyer: directoryEntry(buyer.email)}, context);
  }

  /**
   * Hand-off mode: the answer for a status the widget would sign in itself
   * says `mode: "handoff"`; a new buyer's shopUrl is a fresh punch-out start page.
   */
  async function inMode(answer, buyer, context) {
    if (!handoff) return answer;
    if (answer.status === 'amazon-account' || answer.status === 'business-account') return {...answer, mode: 'handoff'};
    if (answer.status === 'new') return {...answer, shopUrl: await punchOutFor(buyer, context)};
    return answer;
  }

  async function handle(body, buyer, context = {}) {
    // Nobody signed in to the vendor's system: nothing to look up, no call to Amazon.
    if (!buyer) throw new ProtocolFailure(401, 'session-expired');
    // In hand-off mode Amazon's own pages sign the buyer in: no password ever reaches this endpoint.
    if (handoff && ['sign-in', 'convert', 'separate', 'join', 'decline'].includes(body.action)) {
      session(body, buyer); // a stale token is still session-expired
      throw new ProtocolFailure(400, 'bad-request');
    }
    switch (body.action) {
      case 'lookup': {
        // The session's buyer, whatever `email` the request carries.
        const answer = lookupFor(buyer.email);
        const token = issue(buyer, answer.status);
        return {...(await inMode(answer, buyer, context)), token};
      }
      case 'choose': {
        session(body, buyer);
        const scenario = body.scenario;
        if (!['new', 'amazon-account', 'business-account'].includes(scenario)) throw new ProtocolFailure(400, 'bad-request');
        // The answer's token replaces the first: it carries the status the buyer chose.
        const token = issue(buyer, scenario);
        const answer =
          scenario === 'new'
            ? {status: 'new', accountName: ACCOUNT_NAME, shopUrl: SHOP_URL}
            : {status: scenario, accountName: ACCOUNT_NAME};
        return {...(await inMode(answer, buyer, context)), token};
      }
      case 'sign-in': {
        const current = session(body, buyer);
        if (typeof body.email !== 'string' || !body.email.trim()) throw new ProtocolFailure(422, 'invalid-email');
        if (typeof body.password !== 'string' || !body.password || body.password === 'wrong') {
          throw new ProtocolFailure(401, 'invalid-credentials');
        }
        // Only the token's buyer signs in: another account's email (or phone) is refused as Amazon would.
        if (!names(directoryEntry(current.email), body.email, current.status === 'business-account')) {
          throw new ProtocolFailure(401, 'invalid-credentials');
        }
        // A few at once, for a buyer with the tile open in two tabs.
        buyer.signedIn = [...buyer.signedIn.filter((jti) => jti !== current.jti).slice(-3), current.jti];
        return current.status === 'business-account' ? {invitation: {inviterEmail: INVITER, organizationName: ORGANIZATION}} : {};
      }
      case 'convert':
      case 'join': {
        const current = session(body, buyer);
        signedIn(current, buyer);
        spend(current, buyer);
        return {shopUrl: SHOP_URL};
      }
      case 'separate': {
        const current = session(body, buyer);
        signedIn(current, buyer);
        const personal = requireEmail(body.personalEmail, 'personalEmail');
        if (personal.toLowerCase().startsWith('taken@')) throw new ProtocolFailure(409, 'email-taken');
        spend(current, buyer);
        return {shopUrl: SHOP_URL, businessEmail: current.email};
      }
      case 'decline': {
        spend(session(body, buyer), buyer);
        return {};
      }
      case 'handoff': {
        // The start page is single-use and short-lived: set up now, at the buyer's click.
        const current = session(body, buyer);
        if (!handoff || (current.status !== 'amazon-account' && current.status !== 'business-account')) {
          throw new ProtocolFailure(400, 'bad-request');
        }
        return {url: await punchOutFor(buyer, context)};
      }
      default:
        throw new ProtocolFailure(400, 'bad-request');
    }
  }

  return {handle};
}

/**
 * The demo's stand-in for the vendor's own sign-in: server-side sessions, each
 * named by an unguessable id in an HttpOnly cookie. `of(ctx)` is the session
 * the request's cookie names (undefined if none, unknown or expired); `open`
 * signs an email in. What a session holds lives here, not in the cookie, so a
 * replayed cookie brings back nothing a buyer has since done.
 */
export function createDemoSessions({lifetime = SESSION_LIFETIME_S, max = MAX_SESSIONS, now = () => Date.now()} = {}) {
  const sessions = new Map(); // id -> session
  const cookieOf = (ctx) => ctx.get('cookie').match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([\\w-]{32})(?:;|$)`))?.[1];
  return {
    open(email) {
      for (const [id, session] of sessions) if (session.expires <= now()) sessions.delete(id);
      while (sessions.size >= max) sessions.delete(sessions.keys().next().value);
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, {id, email, signedIn: [], spent: [], punchOuts: [], expires: now() + lifetime * 1000});
      return id;
    },
    of(ctx) {
      const session = sessions.get(cookieOf(ctx));
      return session && session.expires > now() ? session : undefined;
    },
    close(ctx) {
      sessions.delete(cookieOf(ctx));
    },
  };
}

/** The sessions the demo server and the tests share (both endpoints and the login). */
export const DEMO_SESSIONS = createDemoSessions();

/**
 * Signs the browser that asked for `ctx` in as `email` (demo only): a fresh
 * session, its cookie set on the answer. What the demo login does, and what a
 * demo page server does when it serves a page to its buyer (the screen-reader
 * test's, the screenshots', the benchmark's).
 */
export function signInPage(ctx, email, sessions = DEMO_SESSIONS) {
  sessions.close(ctx);
  setSessionCookie(ctx, sessions.open(email), SESSION_LIFETIME_S);
}

/** The session cookie on the answer (`id` '' with `maxAge` 0 clears it); Secure where the page is https (Koa's ctx.secure; behind a proxy, with app.proxy set). */
function setSessionCookie(ctx, id, maxAge) {
  ctx.append(
    'Set-Cookie',
    `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${ctx.secure ? '; Secure' : ''}`
  );
}

/**
 * The demo's login (demo only: a vendor's users sign in to the vendor's system).
 * `POST path {"email": "..."}` signs the browser in as that buyer: a fresh
 * session, its cookie set; `{"email": null}` signs out. JSON only, so another
 * site cannot post it from a form.
 */
export function demoLoginMiddleware({path = '/api/demo-login', sessions = DEMO_SESSIONS, log = () => {}} = {}) {
  return async function demoLogin(ctx, next) {
    if (ctx.path !== path) return next();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    let body;
    try {
      if (ctx.method !== 'POST' || !/^application\/json\b/i.test(ctx.get('Content-Type'))) throw new Error();
      body = JSON.parse(await readBody(ctx.req, 1024));
    } catch (error) {
      if (error instanceof BodyTooLarge) refuseRest(ctx);
      ctx.status = 400;
      ctx.body = JSON.stringify({error: {code: 'bad-request'}});
      return;
    }
    if (body?.email === null) {
      sessions.close(ctx);
      setSessionCookie(ctx, '', 0);
      ctx.body = JSON.stringify({email: null});
      return;
    }
    if (typeof body?.email !== 'string' || !EMAIL.test(body.email.trim())) {
      ctx.status = 422;
      ctx.body = JSON.stringify({error: {code: 'invalid-email', field: 'email'}});
      return;
    }
    const email = body.email.trim();
    // Already signed in as this buyer: the session stays (a request in flight with its cookie still counts).
    if (sessions.of(ctx)?.email !== email) signInPage(ctx, email, sessions);
    log(`demo login: ${email}`);
    ctx.body = JSON.stringify({email});
  };
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

/**
 * Koa-style middleware for @web/dev-server and @web/test-runner, answering at `path`.
 * Every answer is logged without the password.
 */
export function referenceEndpointMiddleware({
  path = '/api/ab-registration',
  log = () => {},
  signer = createSigner(),
  // Who is signed in: `sessions.of(ctx)`, the vendor's own session (here the demo login's).
  sessions = DEMO_SESSIONS,
  mode = 'full',
  supplier = {},
  cors = {},
  // The demo's fault switch (X-Demo-Fault): only where the demo and the tests turn it on, never in a copy by default.
  faults = false,
} = {}) {
  // `cors.origins`: the origins allowed, or a function that says whether one is.
  const allowed = typeof cors.origins === 'function' ? cors.origins : (origin) => (cors.origins ?? []).includes(origin);
  // `deploymentMode`: production unless said otherwise (test or active is the Amazon Business account's own setting).
  const {
    url: supplierUrl,
    timeout: supplierTimeout = 5000,
    credentials = DEMO_PUNCHOUT,
    deploymentMode = 'production',
  } = supplier;
  /**
   * Hand-off mode's one call to the outside: a cXML PunchOutSetupRequest, server
   * to server, to the supplier (here the local stand-in, on this same server
   * unless `supplier.url` says otherwise). A supplier that fails is `unavailable`
   * (502), one slower than `supplier.timeout` too (504).
   */
  async function punchOut({buyer}, {ctx}) {
    const local = `http://127.0.0.1:${ctx.req.socket.localPort}`;
    const fault = faults ? ctx.get('X-Demo-Fault') : '';
    const url = fault === 'supplier-down' ? 'http://127.0.0.1:9/' : (supplierUrl ?? `${local}${SUPPLIER_PATH}`);
    // The stand-in serves its start page from this server: it names the host the buyer's browser uses.
    const headers = {
      'X-Stand-In-Public-Host': ctx.host,
      ...(fault === 'supplier-slow' ? {'X-Stand-In-Delay': String(supplierTimeout + 2000)} : {}),
    };
    const request = {
      credentials,
      buyer,
      buyerCookie: randomBytes(12).toString('base64url'),
      // Where Amazon posts the cart back (PunchOutOrderMessage): the vendor's own page. Not part of this demo.
      browserFormPost: `${local}/punchout/return`,
      lang: /^fr/i.test(ctx.get('Accept-Language')) ? 'fr-CA' : 'en-CA',
      deploymentMode,
    };
    try {
      return await punchOutSetup(url, request, {timeout: supplierTimeout, headers});
    } catch (error) {
      if (!(error instanceof PunchOutError)) throw error;
      log(`punch-out failed: ${error.message}`);
      throw new ProtocolFailure(error.timeout ? 504 : 502, 'unavailable');
    }
  }
  const endpoint = createReferenceEndpoint({signer, mode, punchOut});
  return async function referenceEndpoint(ctx, next) {
    if (ctx.path !== path) return next();
    // CORS, only for the origins named (to try the bundle from a page on another port, say).
    const origin = ctx.get('Origin');
    if (origin && allowed(origin)) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Allow-Credentials', 'true');
      ctx.set('Vary', 'Origin');
      if (ctx.method === 'OPTIONS') {
        ctx.set('Access-Control-Allow-Methods', 'POST');
        ctx.set(
          'Access-Control-Allow-Headers',
          `Content-Type, Accept, AB-Registration-Protocol, X-CSRF-Token${faults ? ', X-Demo-Fault' : ''}`
        );
        ctx.set('Access-Control-Max-Age', '600');
        ctx.status = 204;
        return;
      }
    }
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
        body = JSON.parse(await readBody(ctx.req, MAX_BODY));
      } catch (error) {
        if (error instanceof BodyTooLarge) throw new ProtocolFailure(413, 'payload-too-large');
        throw new ProtocolFailure(400, 'bad-request');
      }
      if (typeof body !== 'object' || body === null) throw new ProtocolFailure(400, 'bad-request');
      const buyer = sessions.of(ctx);
      const faultName = faults ? ctx.get('X-Demo-Fault') : '';
      if (Object.hasOwn(FAULTS, faultName)) {
        // A fault replaces the answer; lookup still issues a token so the flow can go on once the fault is off.
        const answer = body.action === 'lookup' ? await endpoint.handle(body, buyer, {ctx}) : {};
        log(`${body.action} -> fault ${faultName}`);
        return await playFault(ctx, FAULTS[faultName](answer));
      }
      const answer = await endpoint.handle(body, buyer, {ctx});
      log(`${body.action} -> 200 ${JSON.stringify(answer)}`);
      ctx.status = 200;
      ctx.body = JSON.stringify(answer);
    } catch (error) {
      if (!(error instanceof ProtocolFailure)) throw error;
      log(`-> ${error.status} ${error.code}`);
      if (error.status === 413) refuseRest(ctx);
      if (error.retryAfter) ctx.set('Retry-After', String(error.retryAfter));
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
