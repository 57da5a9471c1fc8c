// Tests that kill the reference endpoint's and the stand-in's surviving
// mutants (#22): each checks a rule that, removed, let the whole suite pass.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DEMO_PUNCHOUT, PunchOutError, buildSetupRequest, parseCxml, punchOutSetup} from '../../demo/punchout.mjs';
import {
  MAX_BODY,
  createDemoSessions,
  createReferenceEndpoint,
  demoLoginMiddleware,
  referenceEndpointMiddleware,
} from '../../demo/reference-endpoint.mjs';
import {SETUP_REQUEST as request, listen, login, protocolPost, sessionOf, standIn} from './helpers.mjs';

const codeOf = async (promise) => {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return `${error.status} ${error.code}`;
  }
};

describe('the reference endpoint: each step needs the one before it', () => {
  it('convert, separate and join with a fresh lookup token and no sign-in are refused', async () => {
    const {handle} = createReferenceEndpoint();
    const buyer = sessionOf('user4@abdemoaccount.com');
    const {token} = await handle({action: 'lookup', email: 'user4@abdemoaccount.com'}, buyer);
    assert.equal(await codeOf(handle({action: 'convert', token}, buyer)), '403 session-expired');
    assert.equal(
      await codeOf(handle({action: 'separate', token, personalEmail: 'me@example.com'}, buyer)),
      '403 session-expired'
    );
    const camille = sessionOf('single@abdemoaccount.com');
    const single = await handle({action: 'lookup', email: 'single@abdemoaccount.com'}, camille);
    assert.equal(await codeOf(handle({action: 'join', token: single.token}, camille)), '403 session-expired');
    // After sign-in they go through: the refusal above was for the missing sign-in, not something else.
    await handle({action: 'sign-in', token, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer);
    assert.deepEqual(Object.keys(await handle({action: 'convert', token}, buyer)), ['shopUrl']);
  });

  it('a token issued to another session is refused at every step', async () => {
    const {handle} = createReferenceEndpoint();
    const alice = sessionOf('user4@abdemoaccount.com', 'alice');
    const mallory = sessionOf('user4@abdemoaccount.com', 'mallory');
    const {token} = await handle({action: 'lookup', email: 'user4@abdemoaccount.com'}, alice);
    for (const body of [
      {action: 'sign-in', token, email: 'user4@abdemoaccount.com', password: 'pw'},
      {action: 'choose', token, scenario: 'new'},
      {action: 'convert', token},
      {action: 'decline', token},
    ]) {
      assert.equal(await codeOf(handle(body, mallory)), '401 session-expired', body.action);
    }
  });

  it('in hand-off mode no action that could carry a password is taken: sign-in, convert, separate, join, decline', async () => {
    const {handle} = createReferenceEndpoint({mode: 'handoff', punchOut: async () => 'https://www.amazon.ca/start'});
    const buyer = sessionOf('user4@abdemoaccount.com');
    const {token, mode} = await handle({action: 'lookup', email: 'user4@abdemoaccount.com'}, buyer);
    assert.equal(mode, 'handoff');
    for (const action of ['sign-in', 'convert', 'separate', 'join', 'decline']) {
      assert.equal(
        await codeOf(handle({action, token, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer)),
        '400 bad-request',
        action
      );
    }
    assert.deepEqual(buyer.signedIn, []);
  });

  it(`refuses a body of ${MAX_BODY + 1} bytes and takes one of ${MAX_BODY}`, async () => {
    const sessions = createDemoSessions();
    const app = new Koa();
    app.use(demoLoginMiddleware({sessions}));
    app.use(referenceEndpointMiddleware({path: '/api', sessions}));
    const {origin, close} = await listen(app.callback());
    try {
      const cookie = await login(origin, 'user4@abdemoaccount.com');
      const post = (size) => {
        const body = JSON.stringify({action: 'lookup', email: 'user4@abdemoaccount.com', pad: ''});
        const padded = body.replace('"pad":""', `"pad":"${'x'.repeat(size - body.length)}"`);
        assert.equal(Buffer.byteLength(padded), size);
        return protocolPost(`${origin}/api`, padded, {Cookie: cookie});
      };
      assert.equal((await post(MAX_BODY)).status, 200);
      assert.equal((await post(MAX_BODY + 1)).status, 413);
    } finally {
      close();
    }
  });
});

describe('the punch-out, both sides: the secret, redirects, entities', () => {
  it('the stand-in refuses a wrong or missing shared secret', async () => {
    for (const credentials of [
      {...DEMO_PUNCHOUT, sharedSecret: 'guess'},
      {...DEMO_PUNCHOUT, sharedSecret: ''},
      {...DEMO_PUNCHOUT, sender: 'someone-else'},
    ]) {
      const {status, page} = await standIn(buildSetupRequest({...request, credentials}));
      assert.equal(status, '401');
      assert.equal(page, undefined);
    }
  });

  it('punchOutSetup never follows a redirect: the request, secret included, goes nowhere else', async () => {
    let elsewhere = 0;
    const other = await listen((req, res) => {
      elsewhere++;
      res.end();
    });
    const supplier = await listen((req, res) => {
      req.resume();
      res.writeHead(307, {Location: `${other.origin}/setup`});
      res.end();
    });
    try {
      await assert.rejects(
        punchOutSetup(`${supplier.origin}/setup`, request),
        (error) => error instanceof PunchOutError && /HTTP 307/.test(error.message)
      );
      assert.equal(elsewhere, 0);
    } finally {
      other.close();
      supplier.close();
    }
  });

  it('a document that declares entities is refused, however it spells it', () => {
    const good = buildSetupRequest(request);
    for (const declaration of ['<!ENTITY x "y">', '<!entity x "y">', '<!ENTITY x SYSTEM "file:///etc/passwd">']) {
      const text = good.replace('.dtd">', `.dtd" [${declaration}]>`);
      assert.throws(() => parseCxml(text), /entities|well-formed/, declaration);
    }
  });
});
