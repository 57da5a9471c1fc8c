// `npm start`: serves the demo with the reference endpoint on loopback only,
// and says where once it really answers. The server runs in this process, so
// Ctrl+C or a kill of this process stops it too.
import {createServer} from 'node:net';
import {startDemoServer} from './demo-server.mjs';

const HOST = '127.0.0.1';
const wanted = Number(process.env.PORT ?? 8000);

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, HOST);
  });
}

async function freePort(from) {
  for (let port = from; port < from + 50; port++) if (await isFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 49}`);
}

const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is taken; using ${port}.`);
let demo;
try {
  demo = await startDemoServer({port, host: HOST});
} catch (error) {
  console.error(`The demo server did not come up on ${HOST}:${port}: ${error.message}`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    void demo.close().finally(() => process.exit(0));
  });
}

const base = `http://${HOST}:${port}`;
const response = await fetch(`${base}/demo/`).catch(() => undefined);
if (!response?.ok) {
  console.error(`The demo server on ${base} does not answer /demo/ (${response?.status ?? 'no answer'}).`);
  await demo.close();
  process.exit(1);
}
console.log(
  `\n  <ab-registration> demo: ${base}/demo/` +
    `\n  Reference endpoint, full mode: POST ${base}/api/ab-registration` +
    `\n  Reference endpoint, hand-off mode: POST ${base}/api/ab-registration-handoff` +
    `\n    (its cXML punch-out goes to the stand-in supplier at ${base}/supplier/punchout/setup)` +
    `\n  Both read the buyer from the demo's session: picking a buyer on the demo page signs in (POST ${base}/api/demo-login)` +
    `\n  Listening on ${HOST} only. Stop with Ctrl+C.\n`
);
