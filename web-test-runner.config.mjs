import {build} from 'esbuild';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {brokenEndpointMiddleware} from './demo/broken-endpoint.mjs';
import {referenceEndpointMiddleware} from './demo/reference-endpoint.mjs';
import {CHROMIUM_ARGS, findChromium} from './scripts/chromium.mjs';
import {plainSummaryReporter} from './scripts/plain-summary-reporter.mjs';
import {hostileEndpointMiddleware} from './test/servers/hostile-endpoint.mjs';
import {serverProbe} from './test/servers/probes.mjs';
import {redirectingEndpointMiddleware} from './test/servers/redirecting-endpoint.mjs';

/**
 * `executeServerCommand('media-features', [{name, value}])`: emulates CSS media
 * features the stock emulateMedia command does not pass to puppeteer (forced-colors).
 */
function mediaFeaturesPlugin() {
  const clients = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'media-features') return undefined;
      // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures rejects forced-colors.
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', {features: payload});
      return true;
    },
  };
}

/**
 * React ships CommonJS only. test/frameworks.test.ts imports it from
 * /__vendor__/react.js: React, createRoot and flushSync bundled into one ES
 * module by esbuild, as an app's bundler would.
 */
function reactAsModulePlugin() {
  let code;
  return {
    name: 'react-as-module',
    async serve(context) {
      if (context.path !== '/__vendor__/react.js') return undefined;
      code ??= (
        await build({
          stdin: {
            contents:
              "export * as React from 'react'; export {createRoot} from 'react-dom/client'; export {flushSync} from 'react-dom';",
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: {'process.env.NODE_ENV': '"production"'},
          logLevel: 'silent',
        })
      ).outputFiles[0].text;
      return {body: code, type: 'js'};
    },
  };
}

/** `executeServerCommand('server-probe', {name, ...})`: runs a Node-side check of the servers (test/servers/probes.mjs). */
function serverProbePlugin() {
  return {
    name: 'server-probe',
    executeCommand({command, payload}) {
      if (command !== 'server-probe') return undefined;
      return serverProbe(payload);
    },
  };
}

/**
 * `executeServerCommand('run-checker', {path, args})`: runs bin/ab-registration-check
 * against an endpoint this test server answers at `path`; returns its exit code and output.
 */
function checkerPlugin() {
  return {
    name: 'run-checker',
    executeCommand({command, payload, session}) {
      if (command !== 'run-checker') return undefined;
      // `url` as given (a usage error's test), or `path` on this test server.
      const url = payload.url ?? new URL(payload.path, session.browser.getPage(session.id).url()).href;
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          ['bin/ab-registration-check.mjs', url, ...(payload.args ?? [])],
          {timeout: 60000},
          (error, stdout, stderr) => resolve({code: error ? (error.code ?? 1) : 0, stdout, stderr})
        );
      });
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One browser, one page at a time: the machines have 2 shared cores, and a
  // background page in headless Chromium gets no animation frames (fixtures hang).
  concurrency: 1,
  middleware: [
    // The built fr-CA chunk arrives late, as on a real network: test/bundle.test.ts
    // checks that a French page never paints English meanwhile.
    async (ctx, next) => {
      if (!/^\/dist\/fr-CA-[\w-]+\.js$/.test(ctx.path)) return next();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await next();
      ctx.set('Cache-Control', 'no-store'); // every test page waits again
    },
    // The later steps' chunks fail while the page sets the cookie `fail-later=1`,
    // and take 1.5 s with `slow-later=1`: test/bundle.test.ts checks a buyer is
    // told, and can retry once the network is back.
    async (ctx, next) => {
      if (!/^\/dist\/(fr-CA-)?later-[\w-]+\.js$/.test(ctx.path)) return next();
      const cookie = ctx.get('cookie');
      if (/(^|; )fail-later=1/.test(cookie)) ctx.status = 503;
      else {
        if (/(^|; )slow-later=1/.test(cookie)) await new Promise((resolve) => setTimeout(resolve, 1500));
        await next();
      }
      ctx.set('Cache-Control', 'no-store'); // from the network in every test page
    },
    // The guide as shared beside the clone (test/guide.test.ts compares the project's copy with it).
    async (ctx, next) => {
      if (ctx.path !== '/__shared__/seed/000_576b3382eed163ad.txt') return next();
      try {
        ctx.body = await readFile(new URL('../shared/seed/000_576b3382eed163ad.txt', import.meta.url), 'utf8');
        ctx.type = 'text/plain; charset=utf-8';
      } catch {
        ctx.status = 404;
      }
    },
    referenceEndpointMiddleware({path: '/api/ab-registration'}),
    brokenEndpointMiddleware({path: '/api/broken-endpoint'}),
    redirectingEndpointMiddleware(),
    hostileEndpointMiddleware(),
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    mediaFeaturesPlugin(),
    reactAsModulePlugin(),
    checkerPlugin(),
    serverProbePlugin(),
  ],
  browsers: [chromeLauncher({launchOptions: {executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS}})],
  // Lit's one-line dev-mode banner is expected in tests; any other warning is
  // collected and fails the test that caused it (test/helpers/no-console.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><body>
      <script>
        globalThis.litIssuedWarnings = new Set(['dev-mode']);
        // What a bundler defines for Vue's ESM build (test/frameworks.test.ts).
        globalThis.process = {env: {NODE_ENV: 'production'}};
        Object.assign(globalThis, {__VUE_OPTIONS_API__: false, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false});
        globalThis.consoleProblems = [];
        for (const level of ['warn', 'error']) {
          const original = console[level].bind(console);
          console[level] = (...args) => { consoleProblems.push(level + ': ' + args.join(' ')); original(...args); };
        }
      </script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  reporters: [defaultReporter(), plainSummaryReporter()],
  testFramework: {config: {timeout: 10000}},
};
