// The hand-off path under load (#22), on loopback: `BENCH_ONLY=handoff npm run bench`
// (also part of the full `npm run bench`). A benchmark, not a test: it prints a table
// and returns the figures.
//
// The server (bench/handoff-server.mjs, its own process) is what `npm start` runs for
// hand-off mode: the demo login, the reference endpoint and the stand-in supplier it
// punches out to over HTTP. Buyers are signed-in sessions, as a vendor's are.
//
//   many buyers   CONNECTIONS keep-alive connections for DURATION_S; each request
//                 is the next step of the next buyer's journey (lookup, then handoff:
//                 one cXML punch-out), buyers taken in turn from a pool large enough
//                 that none passes its own punch-out limit: the load of many buyers
//   one buyer     the same connections, every request the same session's handoff:
//                 what a script hammering with one stolen or scripted session gets
import {spawn} from 'node:child_process';
import {Agent, request} from 'node:http';
import {join} from 'node:path';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const TIMEOUT_MS = 10000;
const PATH = '/api/ab-registration-handoff';

function startServer(root, which) {
  const child = spawn(process.execPath, [join(root, 'bench/handoff-server.mjs'), ...(which === 'demo' ? ['demo'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench/handoff-server.mjs exited (${code})`)));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /\{"port":(\d+)\}/.exec(out)?.[1];
      if (port && !child.port) resolve(Object.assign(child, {port: Number(port)}));
    });
  });
}

/** One request on the shared keep-alive agent: {status, ms, body, headers}, status 'error' or 'timeout' when none came. */
function send(agent, port, path, {method = 'POST', headers = {}, body} = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({agent, host: '127.0.0.1', port, path, method, headers, timeout: TIMEOUT_MS}, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          ms: performance.now() - started,
          body: Buffer.concat(chunks).toString(),
          headers: res.headers,
        })
      );
      res.on('error', () => resolve({status: 'error', ms: performance.now() - started}));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({status: 'timeout', ms: performance.now() - started});
    });
    req.on('error', () => resolve({status: 'error', ms: performance.now() - started}));
    req.end(body);
  });
}

const call = (agent, port, body, cookie) =>
  send(agent, port, PATH, {
    headers: {'Content-Type': 'application/json', 'AB-Registration-Protocol': '1', Cookie: cookie},
    body: JSON.stringify(body),
  });

async function login(agent, port, email) {
  const answer = await send(agent, port, '/api/demo-login', {
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({email}),
  });
  return String(answer.headers['set-cookie'][0]).split(';')[0];
}

/** CONNECTIONS workers for DURATION_S, each running `next()` (a request) in a loop; every result. */
async function load(next) {
  const results = [];
  const until = performance.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({length: CONNECTIONS}, async () => {
      while (performance.now() < until) results.push(await next());
    })
  );
  return results;
}

function summary(results, setups) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  const count = (test) => results.filter(test).length;
  return {
    requests: results.length,
    perSecond: results.length / DURATION_S,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: ms.at(-1),
    ok: count((r) => r.status >= 200 && r.status < 300),
    rateLimited: count((r) => r.status === 429),
    // Errors: no answer (a socket error or a timeout) or a server failure (5xx: a 502/504 is a punch-out that failed).
    errors: count((r) => typeof r.status !== 'number' || r.status >= 500),
    other: count((r) => typeof r.status === 'number' && r.status >= 300 && r.status < 500 && r.status !== 429),
    setups,
  };
}

/** Both phases against one server: `plain` (the reference on plain Koa) or `demo` (the demo's own server). */
async function loadServer(root, which) {
  const child = await startServer(root, which);
  const {port} = child;
  const agent = new Agent({keepAlive: true, maxSockets: CONNECTIONS});
  const stats = async () => JSON.parse((await send(agent, port, '/__stats__', {method: 'GET'})).body).setups;
  try {
    // Enough buyers that none reaches its own limit (6 punch-outs a minute) in the run.
    const buyers = [];
    for (let i = 0; i < 4000; i += 100) {
      buyers.push(
        ...(await Promise.all(
          Array.from({length: 100}, async (_, k) => ({
            cookie: await login(agent, port, (i + k) % 2 ? 'user4@abdemoaccount.com' : 'single@abdemoaccount.com'),
            token: undefined,
          }))
        ))
      );
    }
    // Warm-up (JIT, connections), not counted.
    await Promise.all(buyers.slice(0, CONNECTIONS).map((b) => call(agent, port, {action: 'lookup'}, b.cookie)));

    let turn = CONNECTIONS;
    let before = await stats();
    const many = await load(async () => {
      const buyer = buyers[turn++ % buyers.length];
      if (!buyer.token) {
        const answer = await call(agent, port, {action: 'lookup'}, buyer.cookie);
        if (answer.status === 200) buyer.token = JSON.parse(answer.body).token;
        return answer;
      }
      const answer = await call(agent, port, {action: 'handoff', token: buyer.token}, buyer.cookie);
      buyer.token = undefined;
      return answer;
    });
    const manyBuyers = summary(many, (await stats()) - before);

    if (manyBuyers.rateLimited) manyBuyers.note = 'the pool was too small: buyers reached their own limit';

    // A fresh session: all its punch-outs still allowed.
    const cookie = await login(agent, port, 'user4@abdemoaccount.com');
    const {token} = JSON.parse((await call(agent, port, {action: 'lookup'}, cookie)).body);
    before = await stats();
    const hammer = await load(() => call(agent, port, {action: 'handoff', token}, cookie));
    const oneBuyer = summary(hammer, (await stats()) - before);
    return {manyBuyers, oneBuyer};
  } finally {
    agent.destroy();
    child.kill();
  }
}

export async function handoffLoad({root}) {
  return {
    connections: CONNECTIONS,
    seconds: DURATION_S,
    plain: await loadServer(root, 'plain'),
    demo: await loadServer(root, 'demo'),
  };
}

export function handoffLoadReport(result, table) {
  const f = (ms) => ms.toFixed(ms < 10 ? 1 : 0);
  const row = (name, r) => [
    name,
    String(r.requests),
    r.perSecond.toFixed(0),
    `${f(r.p50)} / ${f(r.p90)} / ${f(r.p99)} / ${f(r.max)}`,
    String(r.ok),
    String(r.rateLimited),
    String(r.errors),
    String(r.setups),
  ];
  return [
    `\nHand-off path under load: ${result.connections} keep-alive connections, ${result.seconds} s each, loopback (bench/handoff-load.mjs)`,
    table([
      ['', 'requests', 'req/s', 'ms p50 / p90 / p99 / max', '2xx', '429', 'errors', 'punch-outs sent'],
      row('plain Koa: many buyers, lookup then handoff', result.plain.manyBuyers),
      row('plain Koa: one session, handoff only', result.plain.oneBuyer),
      row('npm start: many buyers, lookup then handoff', result.demo.manyBuyers),
      row('npm start: one session, handoff only', result.demo.oneBuyer),
    ]),
    ...[result.plain.manyBuyers.note, result.demo.manyBuyers.note].filter(Boolean),
  ].join('\n');
}
