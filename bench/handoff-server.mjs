// The hand-off path as bench/handoff-load.mjs loads it, in a process of its own
// (so the load generator's work is not counted against it), on loopback:
//
//   node bench/handoff-server.mjs        a plain Koa server with the demo login, the
//                                        reference endpoint in hand-off mode and the
//                                        stand-in supplier it punches out to: what a
//                                        vendor copies
//   node bench/handoff-server.mjs demo   the demo's own server (`npm start`), its
//                                        endpoint log lines dropped
//
// Prints {"port": n} when it listens; GET /__stats__ answers the setups the
// stand-in received.
import Koa from 'koa';
import {createServer} from 'node:http';
import {SUPPLIER_PATH, punchOutSupplierMiddleware} from '../demo/punchout.mjs';
import {demoLoginMiddleware, referenceEndpointMiddleware} from '../demo/reference-endpoint.mjs';
import {startPageServer} from '../scripts/page-server.mjs';

let setups = 0;
function counter(ctx, next) {
  if (ctx.path === '/__stats__') {
    ctx.body = {setups};
    return undefined;
  }
  if (ctx.path === SUPPLIER_PATH) setups++;
  return next();
}

if (process.argv[2] === 'demo') {
  const {origin} = await startPageServer(counter);
  process.stdout.write(`${JSON.stringify({port: Number(new URL(origin).port)})}\n`);
} else {
  const app = new Koa();
  app.use(counter);
  app.use(demoLoginMiddleware());
  app.use(referenceEndpointMiddleware({path: '/api/ab-registration-handoff', mode: 'handoff'}));
  app.use(punchOutSupplierMiddleware());
  const server = createServer(app.callback());
  server.keepAliveTimeout = 30000;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({port: server.address().port})}\n`));
}
