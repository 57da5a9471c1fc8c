import {esbuildPlugin} from '@web/dev-server-esbuild';
import {punchOutSupplierMiddleware} from './demo/punchout.mjs';
import {referenceEndpointMiddleware} from './demo/reference-endpoint.mjs';

const log = (line) => console.log(`[reference endpoint] ${line}`);
// AB_DEMO_CORS_ORIGINS=http://127.0.0.1:5173,…: let pages on those origins call the endpoints (credentials included).
const cors = {
  origins: (process.env.AB_DEMO_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
};
const handoffLog = (line) => console.log(`[hand-off endpoint] ${line}`);
const supplierLog = (line) => console.log(`[stand-in supplier] ${line}`);

export default {
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
      return next();
    },
    referenceEndpointMiddleware({path: '/api/ab-registration', log, cors}),
    // Hand-off mode: the vendor's punch-out only; its cXML goes to the stand-in supplier below.
    referenceEndpointMiddleware({path: '/api/ab-registration-handoff', log: handoffLog, mode: 'handoff', cors}),
    punchOutSupplierMiddleware({log: supplierLog}),
  ],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
};
