import {esbuildPlugin} from '@web/dev-server-esbuild';
import {punchOutSupplierMiddleware} from './demo/punchout.mjs';
import {demoLoginMiddleware, referenceEndpointMiddleware} from './demo/reference-endpoint.mjs';

const log = (line) => console.log(`[reference endpoint] ${line}`);
const handoffLog = (line) => console.log(`[hand-off endpoint] ${line}`);
const supplierLog = (line) => console.log(`[stand-in supplier] ${line}`);

/** The origins named in AB_DEMO_CORS_ORIGINS=http://127.0.0.1:5173,… */
const envOrigins = (process.env.AB_DEMO_CORS_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

/**
 * The demo's dev-server configuration. `corsOrigins`: pages on those origins may
 * load the built bundle (and its chunks) and call the endpoints, credentials included.
 */
export function demoConfig({corsOrigins = envOrigins} = {}) {
  const cors = {origins: corsOrigins};
  return {
    rootDir: '.',
    appIndex: 'demo/index.html',
    open: false,
    watch: false,
    nodeResolve: true,
    port: Number(process.env.PORT ?? 8000),
    hostname: '127.0.0.1',
    middleware: [
      (ctx, next) => {
        // The demo lives at /demo/; send / there so a newcomer never sees a 404.
        if (ctx.path === '/') return ctx.redirect('/demo/');
        // A module script on another origin is fetched with CORS: the bundle and its chunks say who may run them.
        const origin = ctx.get('Origin');
        if (ctx.path.startsWith('/dist/') && corsOrigins.includes(origin)) {
          ctx.set('Access-Control-Allow-Origin', origin);
          ctx.set('Vary', 'Origin');
        }
        return next();
      },
      // The demo's login: picking a buyer signs the page in as them; the endpoints read the buyer from that session.
      demoLoginMiddleware({log}),
      referenceEndpointMiddleware({path: '/api/ab-registration', log, cors, faults: true}),
      // Hand-off mode: the vendor's punch-out only; its cXML goes to the stand-in supplier below.
      referenceEndpointMiddleware({path: '/api/ab-registration-handoff', log: handoffLog, mode: 'handoff', cors, faults: true}),
      punchOutSupplierMiddleware({log: supplierLog}),
    ],
    plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  };
}

export default demoConfig();
