// The reference endpoint's limits, on Node over real HTTP: its 16 KB body cap
// (declared or streamed), and its tokens' 15 minutes.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {describe, it} from 'node:test';
import {
  MAX_BODY,
  createReferenceEndpoint,
  createSigner,
  demoLoginMiddleware,
  referenceEndpointMiddleware,
} from '../../demo/reference-endpoint.mjs';
import {login, sessionOf} from './helpers.mjs';

const PATH = '/api/ab-registration';

/** A plain Koa app with the reference endpoint, as a vendor would mount it; records each socket's bytes read. */
async function koaEndpoint() {
  const app = new Koa();
  const sockets = [];
  app.use(demoLoginMiddleware());
  app.use(referenceEndpointMiddleware({path: PATH}));
  const server = app.listen(0, '127.0.0.1');
  server.on('connection', (socket) => {
    const record = {bytesRead: 0, closed: false};
    sockets.push(record);
    socket.on('close', () => Object.assign(record, {bytesRead: socket.bytesRead, closed: true}));
  });
  await new Promise((resolve) => server.once('listening', resolve));
  const crashed = [];
  const onCrash = (error) => crashed.push(String(error));
  process.on('uncaughtException', onCrash);
  return {
    port: server.address().port,
    sockets,
    crashed,
    close: async () => {
      process.off('uncaughtException', onCrash);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One POST; `body` is written in `chunks` pieces (chunked unless `contentLength` is given). Never throws. */
function post(port, {headers = {}, chunk = '', chunks = 0, contentLength, timeout = 5000}) {
  return new Promise((resolve) => {
    const started = Date.now();
    let settled = false;
    const done = (result) => {
      if (settled) return;
      settled = true;
      resolve({...result, ms: Date.now() - started});
    };
    const req = request({
      host: '127.0.0.1',
      port,
      path: PATH,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'AB-Registration-Protocol': '1',
        ...(contentLength !== undefined ? {'Content-Length': contentLength} : {}),
        ...headers,
      },
    });
    req.setTimeout(timeout, () => {
      done({status: 'no answer'});
      req.destroy();
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => done({status: res.statusCode, text, headers: res.headers}));
      res.on('error', () => done({status: res.statusCode, text}));
    });
    req.on('error', (error) => done({status: 'error', error: error.code}));
    let written = 0;
    const pump = () => {
      while (written < chunks && !req.destroyed) {
        written++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (contentLength === undefined || written * chunk.length >= contentLength) req.end();
    };
    pump();
  });
}

describe('the reference endpoint: limits', () => {
  it('refuses a body over 16 KB from its Content-Length, stops reading a chunked one, and stays up (plain Koa)', async () => {
    const endpoint = await koaEndpoint();
    try {
      const cookie = await login(`http://127.0.0.1:${endpoint.port}`, 'new@abdemoaccount.com');
      const declared = await post(endpoint.port, {contentLength: 100 * 1024 * 1024, chunk: '{"action":', chunks: 1});
      assert.equal(declared.status, 413, 'answered before the body came');
      assert.deepEqual(JSON.parse(declared.text), {error: {code: 'payload-too-large'}});
      const streamed = await post(endpoint.port, {chunk: 'x'.repeat(64 * 1024), chunks: 256, timeout: 20000}); // 16 MB
      // Either the 413 arrives, or the connection is cut while the client still writes: never all 16 MB read.
      assert.ok([413, 'error'].includes(streamed.status), String(streamed.status));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const read = endpoint.sockets.map((s) => s.bytesRead);
      assert.ok(Math.max(...read.slice(1)) < 1024 * 1024, `bytes read of a 16 MB upload: ${read}`);
      const justUnder = await post(endpoint.port, {
        headers: {Cookie: cookie},
        chunk: JSON.stringify({action: 'lookup', email: 'new@abdemoaccount.com', pad: 'p'.repeat(MAX_BODY - 200)}),
        chunks: 1,
      });
      assert.equal(justUnder.status, 200);
      assert.equal(JSON.parse(justUnder.text).status, 'new');
      assert.deepEqual(endpoint.crashed, []);
    } finally {
      await endpoint.close();
    }
  });

  it('lets a token expire after 15 minutes', async () => {
    let now = Date.parse('2026-12-01T12:00:00Z');
    const endpoint = createReferenceEndpoint({signer: createSigner({now: () => now})});
    const buyer = sessionOf('user4@abdemoaccount.com');
    const {token} = await endpoint.handle({action: 'lookup'}, buyer);
    await endpoint.handle({action: 'sign-in', token, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer);
    now += 14 * 60 * 1000;
    const {token: second} = await endpoint.handle({action: 'lookup'}, buyer);
    assert.ok(second);
    now += 2 * 60 * 1000;
    await assert.rejects(
      endpoint.handle({action: 'convert', token}, buyer),
      (error) => error.status === 401 && error.code === 'session-expired'
    );
    await endpoint.handle({action: 'sign-in', token: second, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer);
    assert.deepEqual(Object.keys(await endpoint.handle({action: 'convert', token: second}, buyer)), ['shopUrl']);
  });
});
