// The buyer is who the vendor's session says (#22): the reference endpoint, its
// demo login and the stand-in supplier on one Koa app, driven over HTTP as a
// browser (or an attacker with curl) would.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {SUPPLIER_PATH, buildSetupRequest, parseCxml, punchOutSupplierMiddleware} from '../../demo/punchout.mjs';
import {
  PUNCH_OUTS_PER_MINUTE,
  createDemoSessions,
  demoLoginMiddleware,
  referenceEndpointMiddleware,
} from '../../demo/reference-endpoint.mjs';
import {SETUP_REQUEST, listen, login, protocolPost} from './helpers.mjs';

const FULL = '/api/ab-registration';
const HANDOFF = '/api/ab-registration-handoff';

let origin;
let close;
/** PunchOutSetupRequests the stand-in received (each one a server-to-server call to "Amazon"). */
let setups = 0;

before(async () => {
  const sessions = createDemoSessions();
  const app = new Koa();
  app.use((ctx, next) => {
    if (ctx.path === SUPPLIER_PATH) setups++;
    return next();
  });
  app.use(demoLoginMiddleware({sessions}));
  app.use(referenceEndpointMiddleware({path: FULL, sessions}));
  app.use(referenceEndpointMiddleware({path: HANDOFF, mode: 'handoff', sessions}));
  app.use(punchOutSupplierMiddleware());
  ({origin, close} = await listen(app.callback()));
});
after(() => close());

/** One protocol request: [status, body, headers]. */
async function call(path, body, cookie) {
  const answer = await protocolPost(`${origin}${path}`, body, cookie ? {Cookie: cookie} : {});
  return [answer.status, await answer.json(), answer.headers];
}

/** What the stand-in's start page says the PunchOutSetupRequest carried. */
async function received(url) {
  const page = await (await fetch(url)).text();
  return Object.fromEntries([...page.matchAll(/<td data-field="([^"]+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]));
}

describe('the buyer is the session, never the request', () => {
  it("a lookup for another email is answered for the session's buyer, and the punch-out names only them", async () => {
    const cookie = await login(origin, 'new@abdemoaccount.com');
    const [status, answer] = await call(HANDOFF, {action: 'lookup', email: 'ceo@victim.example'}, cookie);
    assert.equal(status, 200);
    assert.equal(answer.status, 'new');
    const got = await received(answer.shopUrl);
    assert.equal(got.UserEmail, 'new@abdemoaccount.com');
    assert.equal(got.FirstName, 'Sam');

    const user4 = await login(origin, 'user4@abdemoaccount.com');
    for (const email of ['new@abdemoaccount.com', 'single@abdemoaccount.com', undefined, '']) {
      const [, found] = await call(FULL, {action: 'lookup', email}, user4);
      assert.equal(found.status, 'amazon-account', String(email));
    }
    const [, lookup] = await call(HANDOFF, {action: 'lookup', email: 'ceo@victim.example'}, user4);
    const [, handoff] = await call(HANDOFF, {action: 'handoff', token: lookup.token}, user4);
    assert.equal((await received(handoff.url)).UserEmail, 'user4@abdemoaccount.com');
  });

  it('without a signed-in session nothing is looked up and nothing goes to Amazon', async () => {
    const before = setups;
    const out = await login(origin, 'new@abdemoaccount.com');
    const signOut = await fetch(`${origin}/api/demo-login`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Cookie: out},
      body: JSON.stringify({email: null}),
    });
    assert.match(signOut.headers.get('set-cookie'), /Max-Age=0/);
    for (const cookie of [undefined, out, 'ab-demo-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'ab-demo-session=forged.token']) {
      for (const path of [FULL, HANDOFF]) {
        const [status, body] = await call(path, {action: 'lookup', email: 'new@abdemoaccount.com'}, cookie);
        assert.deepEqual([status, body], [401, {error: {code: 'session-expired'}}], `${path} ${cookie}`);
      }
    }
    assert.equal(setups, before);
  });

  it('the demo login takes JSON only: a form posted from another site signs nobody in', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await fetch(`${origin}/api/demo-login`, {
        method: 'POST',
        headers: {'Content-Type': type},
        body: JSON.stringify({email: 'mallory@evil.example'}),
      });
      assert.equal(answer.status, 400, type);
      assert.deepEqual(answer.headers.getSetCookie(), [], type);
    }
  });
});

describe('full mode: sign-in is bound to the token', () => {
  it("only the token's buyer signs in: their email (any case), or for scenario 4 their mobile number", async () => {
    const user4 = await login(origin, 'user4@abdemoaccount.com');
    const [, {token}] = await call(FULL, {action: 'lookup'}, user4);
    const signIn = (email, cookie = user4, t = token) => call(FULL, {action: 'sign-in', token: t, email, password: 'pw'}, cookie);
    for (const other of ['ceo@victim.example', 'single@abdemoaccount.com', '514 555 0142', 'user4@abdemoaccount.co']) {
      const [status, body] = await signIn(other);
      assert.deepEqual([status, body], [401, {error: {code: 'invalid-credentials'}}], other);
    }
    // Refused above for the identifier, not for something else.
    assert.equal((await signIn(' USER4@AbDemoAccount.com '))[0], 200);

    const single = await login(origin, 'single@abdemoaccount.com');
    const [, scenario4] = await call(FULL, {action: 'lookup'}, single);
    assert.equal((await signIn('(514) 555-0143', single, scenario4.token))[0], 401);
    for (const phone of ['(514) 555-0142', '+1 514-555-0142', '5145550142']) {
      const [status, body] = await signIn(phone, single, scenario4.token);
      assert.equal(status, 200, phone);
      assert.equal(body.invitation.organizationName, 'Exemple');
    }
  });

  it('a replayed cookie cannot undo a decision: a declined or converted token does nothing more', async () => {
    const single = await login(origin, 'single@abdemoaccount.com');
    const [, {token}] = await call(FULL, {action: 'lookup'}, single);
    const [signedIn, , headers] = await call(
      FULL,
      {action: 'sign-in', token, email: 'single@abdemoaccount.com', password: 'pw'},
      single
    );
    assert.equal(signedIn, 200);
    // The endpoint never rewrites the cookie: the session is on the server, so a copy of the cookie is the same session.
    assert.equal(headers.get('set-cookie'), null);
    assert.equal((await call(FULL, {action: 'decline', token}, single))[0], 200);
    for (const body of [
      {action: 'join', token},
      {action: 'sign-in', token, email: 'single@abdemoaccount.com', password: 'pw'},
      {action: 'decline', token},
    ]) {
      assert.deepEqual((await call(FULL, body, single)).slice(0, 2), [401, {error: {code: 'session-expired'}}], body.action);
    }

    const user4 = await login(origin, 'user4@abdemoaccount.com');
    const [, second] = await call(FULL, {action: 'lookup'}, user4);
    await call(FULL, {action: 'sign-in', token: second.token, email: 'user4@abdemoaccount.com', password: 'pw'}, user4);
    assert.equal((await call(FULL, {action: 'convert', token: second.token}, user4))[0], 200);
    assert.equal((await call(FULL, {action: 'separate', token: second.token, personalEmail: 'me@example.com'}, user4))[0], 401);
    // A separate refused for its email is no decision: the buyer tries another.
    const [, third] = await call(FULL, {action: 'lookup'}, user4);
    await call(FULL, {action: 'sign-in', token: third.token, email: 'user4@abdemoaccount.com', password: 'pw'}, user4);
    assert.equal((await call(FULL, {action: 'separate', token: third.token, personalEmail: 'taken@example.com'}, user4))[0], 409);
    assert.equal((await call(FULL, {action: 'separate', token: third.token, personalEmail: 'me@example.com'}, user4))[0], 200);
  });
});

describe('hand-off mode: punch-outs are bounded per session', () => {
  it(`${PUNCH_OUTS_PER_MINUTE} start pages a minute per session, then rate-limited with Retry-After; another buyer is not held up`, async () => {
    const cookie = await login(origin, 'user4@abdemoaccount.com');
    const [, {token}] = await call(HANDOFF, {action: 'lookup'}, cookie);
    const before = setups;
    const statuses = [];
    let retryAfter;
    for (let i = 0; i <= PUNCH_OUTS_PER_MINUTE; i++) {
      const [status, body, headers] = await call(HANDOFF, {action: 'handoff', token}, cookie);
      statuses.push(status);
      if (status === 429) {
        assert.deepEqual(body, {error: {code: 'rate-limited'}});
        retryAfter = Number(headers.get('retry-after'));
      }
    }
    assert.deepEqual(statuses, [...Array(PUNCH_OUTS_PER_MINUTE).fill(200), 429]);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(setups - before, PUNCH_OUTS_PER_MINUTE);

    const other = await login(origin, 'single@abdemoaccount.com');
    const [, theirs] = await call(HANDOFF, {action: 'lookup'}, other);
    assert.equal((await call(HANDOFF, {action: 'handoff', token: theirs.token}, other))[0], 200);
  });

  it('40 at once from one session set up no more than the limit', async () => {
    const cookie = await login(origin, 'single@abdemoaccount.com');
    const [, {token}] = await call(HANDOFF, {action: 'lookup'}, cookie);
    const before = setups;
    const statuses = await Promise.all(Array.from({length: 40}, () => call(HANDOFF, {action: 'handoff', token}, cookie)));
    assert.equal(statuses.filter(([status]) => status === 200).length, PUNCH_OUTS_PER_MINUTE);
    assert.equal(statuses.filter(([status]) => status === 429).length, 40 - PUNCH_OUTS_PER_MINUTE);
    assert.equal(setups - before, PUNCH_OUTS_PER_MINUTE);
  });
});

describe("the stand-in's start pages: nobody evicts another buyer's", () => {
  it('a flood of other buyers is refused once the store is full; a buyer replaces only their own oldest page', async () => {
    const app = new Koa();
    app.use(punchOutSupplierMiddleware());
    const supplier = await listen(app.callback());
    const setup = async (email) => {
      const xml = buildSetupRequest({...SETUP_REQUEST, buyer: {...SETUP_REQUEST.buyer, email}});
      const answer = parseCxml(await (await fetch(`${supplier.origin}${SUPPLIER_PATH}`, {method: 'POST', body: xml})).text());
      return {status: answer.Response.Status['@_code'], url: answer.Response.PunchOutSetupResponse?.StartPage?.URL};
    };
    try {
      const alice = await setup('alice@abdemoaccount.com');
      const flood = [];
      for (let i = 0; i < 600; i += 50) {
        flood.push(...(await Promise.all(Array.from({length: 50}, (_, k) => setup(`flood${i + k}@evil.example`)))));
      }
      const count = (results) => results.reduce((n, {status}) => ({...n, [status]: (n[status] ?? 0) + 1}), {});
      assert.deepEqual(count(flood), {200: 499, 503: 101});

      // A full store: a buyer who holds a page may still get a fresh one, in place of their own oldest.
      const again = await setup('flood0@evil.example');
      assert.equal(again.status, '200');
      assert.equal((await fetch(flood[0].url)).status, 410);
      assert.equal((await setup('newcomer@abdemoaccount.com')).status, '503');
      assert.equal((await fetch(again.url)).status, 200);
      assert.equal((await fetch(flood[1].url)).status, 200, 'the next buyer in line keeps theirs');
      assert.equal((await fetch(alice.url)).status, 200, "alice's page after the flood");
      assert.equal((await fetch(alice.url)).status, 410, 'used once');
    } finally {
      supplier.close();
    }
  });
});

describe('the demo login', () => {
  it('signing in again as the same buyer keeps the session; as another buyer replaces it, and the old cookie is dead', async () => {
    const first = await login(origin, 'user4@abdemoaccount.com');
    const again = await fetch(`${origin}/api/demo-login`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Cookie: first},
      body: JSON.stringify({email: 'user4@abdemoaccount.com'}),
    });
    assert.equal(again.status, 200);
    assert.deepEqual(again.headers.getSetCookie(), []);
    assert.equal((await call(FULL, {action: 'lookup'}, first))[0], 200);
    const other = await fetch(`${origin}/api/demo-login`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Cookie: first},
      body: JSON.stringify({email: 'single@abdemoaccount.com'}),
    });
    const second = other.headers.getSetCookie()[0].split(';')[0];
    assert.notEqual(second, first);
    assert.equal((await call(FULL, {action: 'lookup'}, first))[0], 401);
    assert.equal((await call(FULL, {action: 'lookup'}, second))[1].status, 'business-account');
  });
});
