// `npm start`: serves the demo with the reference endpoint and says where,
// only once it really answers (@web/dev-server exits 0 when its port is taken).
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

const wanted = Number(process.env.PORT ?? 8000);

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

async function freePort(from) {
  for (let port = from; port < from + 50; port++) if (await isFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 49}`);
}

async function waitUntilUp(url, child, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is taken; using ${port}.`);
const server = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.mjs'], {
  env: {...process.env, PORT: String(port)},
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));

const url = `http://localhost:${port}/demo/`;
if (await waitUntilUp(url, server)) {
  console.log(
    `\n  <ab-registration> demo: ${url}\n  Reference endpoint: POST http://localhost:${port}/api/ab-registration\n  Stop with Ctrl+C.\n`
  );
} else {
  console.error(`The demo server did not come up on port ${port}.`);
  server.kill();
  process.exit(1);
}
