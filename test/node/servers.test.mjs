// The demo's servers under the attacks #22 found, on Node: the stand-in never
// shows the shared secret, cookies are Secure on https, the fault switch is
// the demo's own, and the demo server answers only to its own host names.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {request as httpRequest} from 'node:http';
import {describe, it} from 'node:test';
import {DEMO_PUNCHOUT, buildSetupRequest} from '../../demo/punchout.mjs';
import {createDemoSessions, demoLoginMiddleware, referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';
import {startDemoServer} from '../../scripts/demo-server.mjs';
import {startPageServer} from '../../scripts/page-server.mjs';
import {SETUP_REQUEST, listen, login, protocolPost, standIn} from './helpers.mjs';

describe("the stand-in's start page never shows the shared secret", () => {
  const secret = DEMO_PUNCHOUT.sharedSecret;
  for (const [how, rewrite] of [
    ['as plain text', (xml) => xml],
    [
      'in CDATA',
      (xml) => xml.replace(`<SharedSecret>${secret}</SharedSecret>`, `<SharedSecret><![CDATA[${secret}]]></SharedSecret>`),
    ],
    [
      'with a space in the tag',
      (xml) => xml.replace(`<SharedSecret>${secret}</SharedSecret>`, `<SharedSecret >${secret}</SharedSecret >`),
    ],
    [
      'with a newline in the tag',
      (xml) => xml.replace(`<SharedSecret>${secret}</SharedSecret>`, `<SharedSecret\n>${secret}</SharedSecret\n>`),
    ],
  ]) {
    it(how, async () => {
      const {page, text} = await standIn(rewrite(buildSetupRequest(SETUP_REQUEST)));
      assert.ok(page, `the stand-in refused it: ${text}`);
      assert.match(page, /What the PunchOutSetupRequest carried/);
      assert.ok(!page.includes(secret), 'the start page shows the shared secret');
    });
  }
});

describe('the reference endpoint', () => {
  const lookup = (origin, headers = {}) =>
    protocolPost(`${origin}/api/ab-registration`, {action: 'lookup', email: 'user4@abdemoaccount.com'}, headers);
  const signIn = (origin, headers = {}) =>
    fetch(`${origin}/api/demo-login`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', ...headers},
      body: JSON.stringify({email: 'user4@abdemoaccount.com'}),
    });

  it("marks the demo login's session cookie Secure when the page is https (behind a proxy that says so)", async () => {
    const app = new Koa();
    app.proxy = true;
    app.use(demoLoginMiddleware({sessions: createDemoSessions()}));
    const {origin, close} = await listen(app.callback());
    try {
      assert.match((await signIn(origin, {'X-Forwarded-Proto': 'https'})).headers.get('set-cookie'), /;\s*Secure/i);
      const plain = (await signIn(origin)).headers.get('set-cookie');
      assert.match(plain, /; HttpOnly; SameSite=Strict/);
      assert.doesNotMatch(plain, /;\s*Secure/i);
    } finally {
      close();
    }
  });

  it('plays X-Demo-Fault only where the demo turns faults on', async () => {
    for (const faults of [false, true]) {
      const sessions = createDemoSessions();
      const app = new Koa();
      app.use(demoLoginMiddleware({sessions}));
      app.use(referenceEndpointMiddleware({path: '/api/ab-registration', faults, sessions}));
      const {origin, close} = await listen(app.callback());
      try {
        const cookie = await login(origin, 'user4@abdemoaccount.com');
        assert.equal(
          (await lookup(origin, {'X-Demo-Fault': 'unavailable', Cookie: cookie})).status,
          faults ? 503 : 200,
          `faults: ${faults}`
        );
      } finally {
        close();
      }
    }
  });
});

describe('the demo server (npm start)', () => {
  it("signs the demo page in as the buyer it picks, and its endpoints read that buyer: a registration's first calls", async () => {
    const {server, close} = await startDemoServer({port: 0});
    const origin = `http://127.0.0.1:${server.address().port}`;
    const call = (path, body, cookie) => protocolPost(`${origin}${path}`, body, {Cookie: cookie});
    try {
      const cookie = await login(origin, 'single@abdemoaccount.com');
      const found = await (
        await call('/api/ab-registration', {action: 'lookup', email: 'user4@abdemoaccount.com'}, cookie)
      ).json();
      assert.equal(found.status, 'business-account');
      const lookup = await (await call('/api/ab-registration-handoff', {action: 'lookup'}, cookie)).json();
      const handoff = await (await call('/api/ab-registration-handoff', {action: 'handoff', token: lookup.token}, cookie)).json();
      const page = await (await fetch(handoff.url)).text();
      assert.match(page, /data-field="UserEmail">single@abdemoaccount.com</);
    } finally {
      await close();
    }
  });

  it('listens on loopback only and serves what the demo pages load, nothing else', async () => {
    const {server, close} = await startDemoServer({port: 0});
    const served = ['/demo/', '/demo/strict-csp.html', '/src/index.ts', '/node_modules/lit/index.js'];
    const hidden = [
      '/.git/config',
      '/.git/HEAD',
      '/.ci/run',
      '/demo/../.git/config',
      '/%2e%2e/.git/config',
      '/src/%2e%2e/package.json',
      '/package.json',
      '/package-lock.json',
      '/node_modules/typescript/package.json',
      '/node_modules/.package-lock.json',
      '/README.md',
      '/bin/ab-registration-check.mjs',
      '/demo/.hidden',
    ];
    try {
      const {address, port} = server.address();
      assert.equal(address, '127.0.0.1');
      // Raw paths (a fetch would normalise "..").
      const status = (path) =>
        new Promise((resolve) => {
          httpRequest({host: '127.0.0.1', port, path}, (res) => {
            res.resume();
            resolve(res.statusCode);
          })
            .on('error', (error) => resolve(error.code))
            .end();
        });
      for (const path of served) assert.equal(await status(path), 200, path);
      for (const path of hidden) assert.equal(await status(path), 404, path);
    } finally {
      await close();
    }
  });

  it('answers only to its own host names (no DNS rebinding)', async () => {
    const demo = await startDemoServer({port: 0});
    const {port} = demo.server.address();
    const get = (host) =>
      new Promise((resolve, reject) => {
        const req = httpRequest({host: '127.0.0.1', port, path: '/demo/', headers: {Host: host}}, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) assert.equal(await get(host), 200, host);
      for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`])
        assert.equal(await get(host), 421, host);
    } finally {
      await demo.close();
    }
  });
});

describe("the tools' page server (screenshots, bench, screen-reader test)", () => {
  it('listens on loopback only and answers only its own host names', async () => {
    const pages = await startPageServer((ctx, next) => {
      if (ctx.path !== '/__page__') return next();
      ctx.body = 'a page';
      return undefined;
    });
    try {
      assert.equal(pages.server.address().address, '127.0.0.1');
      assert.equal(await (await fetch(`${pages.origin}/__page__`)).text(), 'a page');
      const {port} = pages.server.address();
      const status = await new Promise((resolve, reject) =>
        httpRequest({host: '127.0.0.1', port, path: '/__page__', headers: {Host: 'evil.example'}}, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
          .on('error', reject)
          .end()
      );
      assert.equal(status, 421);
    } finally {
      await pages.stop();
    }
  });
});
