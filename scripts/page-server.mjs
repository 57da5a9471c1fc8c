// The demo's dev server (its sources, the built bundle, the reference
// endpoints) on a free port, with one page of the caller's added: what the
// screenshots, the presentation bench and the screen-reader test each load.
// The reference endpoints log every call; that is not these tools' output, so
// those lines are dropped while the server runs.
import {startDemoServer} from './demo-server.mjs';

const ENDPOINT_LOG = /^\[(reference endpoint|hand-off endpoint|stand-in supplier)\]/;

/**
 * Starts the server with `route` (a koa middleware: it answers its own paths
 * and calls `next` for the rest) before the demo's own. Returns its origin and
 * how to stop it (which gives console.log back).
 */
export async function startPageServer(route) {
  const log = console.log;
  console.log = (...args) => {
    if (!ENDPOINT_LOG.test(String(args[0]))) log(...args);
  };
  // The demo server's own listener: loopback only (the dev server's would take every interface).
  const {server, close} = await startDemoServer({port: 0, routes: [route], servedOnly: false});
  return {
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    async stop() {
      console.log = log;
      await close();
    },
  };
}
