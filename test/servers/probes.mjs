// Servers on another origin for test/cors.test.ts, started here on loopback
// and kept for the run: the browser tests ask for them by name through the
// test runner (executeServerCommand('server-probe', {name})). The servers'
// own checks run on Node (test/node/).
import Koa from 'koa';
import {startDemoServer} from '../../scripts/demo-server.mjs';
import {referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';

const PATH = '/api/ab-registration';

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
};

export async function serverProbe({name, ...options}) {
  if (!Object.hasOwn(probes, name)) throw new Error(`no server probe named ${name}`);
  return probes[name](options);
}
