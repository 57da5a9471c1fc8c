// Node-side checks of the servers a vendor reads and copies: the demo server
// and the reference endpoint, each started here on loopback, probed over real
// HTTP, and stopped. test/servers.test.ts asks for them by name through the
// test runner (executeServerCommand('server-probe', {name})) and asserts on
// what they return.
import Koa from 'koa';
import {request} from 'node:http';
import {startDemoServer} from '../../scripts/demo-server.mjs';
import {createReferenceEndpoint, createSigner, MAX_BODY, referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';

const PATH = '/api/ab-registration';

/** A plain Koa app with the reference endpoint, as a vendor would mount it; records each socket's bytes read. */
async function koaEndpoint() {
  const app = new Koa();
  const sockets = [];
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

async function json(port, body, cookie) {
  const response = await fetch(`http://127.0.0.1:${port}${PATH}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'AB-Registration-Protocol': '1', ...(cookie ? {Cookie: cookie} : {})},
    body: JSON.stringify(body),
  });
  const setCookie = response.headers.getSetCookie().map((line) => line.split(';')[0]);
  return {status: response.status, body: await response.json(), cookie: setCookie[0] ?? cookie, setCookie};
}

/** One reference endpoint with CORS for one origin, on a port of its own, kept for the test run. */
let corsEndpoint;
/** The demo server with CORS for one origin, kept for the test run. */
let corsDemo;

const probes = {
  /** Starts (once) the reference endpoint on another port, allowing `origin`; returns its port. */
  async 'cors-endpoint'({origin}) {
    if (!corsEndpoint) {
      const app = new Koa();
      app.use(referenceEndpointMiddleware({path: PATH, cors: {origins: [origin]}}));
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      server.unref();
      corsEndpoint = server;
    }
    return {port: corsEndpoint.address().port};
  },

  /** A preflight from `origin` to the CORS endpoint, as a browser sends it. */
  async 'cors-preflight'({port, origin}) {
    const response = await fetch(`http://127.0.0.1:${port}${PATH}`, {
      method: 'OPTIONS',
      headers: {Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type'},
    });
    return {status: response.status, allowOrigin: response.headers.get('access-control-allow-origin')};
  },

  /** Starts (once) the demo server on another port, as `AB_DEMO_CORS_ORIGINS=<origin> npm start` would; returns its port. */
  async 'cors-demo'({origin}) {
    if (!corsDemo) {
      corsDemo = await startDemoServer({port: 0, corsOrigins: [origin]});
      corsDemo.server.unref();
    }
    return {port: corsDemo.server.address().port};
  },

  /** The demo server: where it listens, what it answers. */
  async 'demo-server'({paths}) {
    const {server, close} = await startDemoServer({port: 0});
    try {
      const {address, port} = server.address();
      const statuses = {};
      for (const path of paths) {
        // Raw paths (a fetch would normalise "..").
        statuses[path] = await new Promise((resolve) => {
          request({host: '127.0.0.1', port, path, method: 'GET'}, (res) => {
            res.resume();
            resolve(res.statusCode);
          })
            .on('error', (error) => resolve(error.code))
            .end();
        });
      }
      return {address, statuses};
    } finally {
      await close();
    }
  },

  /** The 16 KB cap: refused on Content-Length, reading stopped on overflow, the process alive. */
  async 'body-cap'() {
    const endpoint = await koaEndpoint();
    try {
      const heap = process.memoryUsage().heapUsed;
      const declared = await post(endpoint.port, {contentLength: 100 * 1024 * 1024, chunk: '{"action":', chunks: 1});
      const streamed = await post(endpoint.port, {chunk: 'x'.repeat(64 * 1024), chunks: 256, timeout: 20000}); // 16 MB
      await new Promise((resolve) => setTimeout(resolve, 200));
      const justUnder = await post(endpoint.port, {
        chunk: JSON.stringify({action: 'lookup', email: 'new@abdemoaccount.com', pad: 'p'.repeat(MAX_BODY - 200)}),
        chunks: 1,
      });
      return {
        declared,
        streamed: {status: streamed.status, error: streamed.error, ms: streamed.ms},
        bytesRead: endpoint.sockets.map((s) => s.bytesRead),
        heapGrowthMB: Math.round((process.memoryUsage().heapUsed - heap) / 1024 / 1024),
        justUnder: {status: justUnder.status},
        crashed: endpoint.crashed,
      };
    } finally {
      await endpoint.close();
    }
  },

  /** Tokens: signed, bound to the buyer, short-lived, nothing stored to flood. */
  async sessions() {
    const endpoint = await koaEndpoint();
    const {port} = endpoint;
    try {
      const alice = await json(port, {action: 'lookup', email: 'user4@abdemoaccount.com'});
      const aliceToken = alice.body.token;
      const bob = await json(port, {action: 'lookup', email: 'single@abdemoaccount.com'});
      // A flood of lookups from 1,500 new visitors (more than the 1,000 sessions the old store held), 50 at a time.
      for (let i = 0; i < 1500; i += 50) {
        await Promise.all(Array.from({length: 50}, (_, k) => json(port, {action: 'lookup', email: `flood${i + k}@example.com`})));
      }
      const aliceSignIn = await json(port, {action: 'sign-in', token: aliceToken, email: 'x@y.ca', password: 'pw'}, alice.cookie);
      const stolen = await json(port, {action: 'convert', token: aliceToken}, bob.cookie);
      const stolenSignIn = await json(port, {action: 'sign-in', token: aliceToken, email: 'x@y.ca', password: 'pw'}, bob.cookie);
      const noCookie = await json(port, {action: 'convert', token: aliceToken});
      const declineByBob = await json(port, {action: 'decline', token: aliceToken}, bob.cookie);
      const [data, tag] = aliceToken.split('.');
      const altered = `${Buffer.from(JSON.stringify({...JSON.parse(Buffer.from(data, 'base64url')), email: 'ceo@corp.ca'})).toString('base64url')}.${tag}`;
      const alteredUse = await json(port, {action: 'convert', token: altered}, aliceSignIn.cookie);
      const aliceConvert = await json(port, {action: 'convert', token: aliceToken}, aliceSignIn.cookie);
      const tokenFields = Object.keys(JSON.parse(Buffer.from(data, 'base64url').toString()));
      return {
        alice: {status: alice.status, setCookie: alice.setCookie},
        aliceSignIn: aliceSignIn.status,
        stolen: [stolen.status, stolen.body],
        stolenSignIn: [stolenSignIn.status, stolenSignIn.body],
        noCookie: noCookie.status,
        declineByBob: declineByBob.status,
        alteredUse: alteredUse.status,
        aliceConvert: [aliceConvert.status, aliceConvert.body],
        tokenFields,
      };
    } finally {
      await endpoint.close();
    }
  },

  /** The same tokens, unit by unit: expiry with a clock, and no state held between calls. */
  async 'token-expiry'() {
    let now = Date.parse('2026-12-01T12:00:00Z');
    const signer = createSigner({now: () => now});
    const endpoint = createReferenceEndpoint({signer});
    const buyer = {id: 'buyer-1', signedIn: []};
    const {token} = await endpoint.handle({action: 'lookup', email: 'user4@abdemoaccount.com'}, buyer);
    await endpoint.handle({action: 'sign-in', token, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer);
    const fresh = await endpoint.handle({action: 'convert', token}, buyer);
    now += 16 * 60 * 1000;
    let expired;
    try {
      await endpoint.handle({action: 'convert', token}, buyer);
    } catch (error) {
      expired = [error.status, error.code];
    }
    return {fresh, expired, ownKeys: Object.keys(endpoint)};
  },
};

export async function serverProbe({name, ...options}) {
  if (!Object.hasOwn(probes, name)) throw new Error(`no server probe named ${name}`);
  return probes[name](options);
}
