import {build} from 'esbuild';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {integrityTags} from './bin/ab-registration-integrity.mjs';
import {punchOutSupplierMiddleware} from './demo/punchout.mjs';
import {demoLoginMiddleware, referenceEndpointMiddleware} from './demo/reference-endpoint.mjs';
import {findFirefox, selectedEngines, startWebKitDriver} from './scripts/browsers.mjs';
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
 * /__vendor__/react.js: React, createRoot, hydrateRoot, flushSync and
 * renderToString bundled into one ES module by esbuild, as an app's bundler
 * would; src/react.ts's `react` import resolves to that same React.
 */
function reactAsModulePlugin() {
  let code;
  return {
    name: 'react-as-module',
    // `import React from 'react'` in src/react.ts: the same React as the tests'.
    resolveImport({source}) {
      if (source === 'react') return '/__vendor__/react-default.js';
      return undefined;
    },
    async serve(context) {
      if (context.path === '/__vendor__/react-default.js')
        return {body: "export {React as default} from '/__vendor__/react.js';", type: 'js'};
      if (context.path !== '/__vendor__/react.js') return undefined;
      code ??= (
        await build({
          stdin: {
            contents:
              "export * as React from 'react'; export {createRoot, hydrateRoot} from 'react-dom/client'; export {flushSync} from 'react-dom'; export {renderToString} from 'react-dom/server.browser';",
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

/** `executeServerCommand('server-probe', {name, ...})`: starts a server on another origin for test/cors.test.ts (test/servers/probes.mjs). */
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
 * The test pages' policy, demo/strict-csp.html's (docs/security.md), as a
 * <meta>; `script` adds a script-src source (an import map's hash).
 */
const strictPolicy = (script = '') =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'${script && ` ${script}`}; style-src 'self'; connect-src 'self'; base-uri 'none'; require-trusted-types-for 'script'">`;

/** WebDriver's code points for the key names the tests press. */
const WEBDRIVER_KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  Space: ' ',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/**
 * WebKitGTK through WebDriver. webdriverio presses every key of a string down
 * before releasing any, and WebKitWebDriver ignores a key already held, so
 * repeated characters were lost ("correct" arrived as "corect"): here each
 * character, or each "Shift+Tab"-style combination, is its own down/up.
 */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async sendKeys(sessionId, keys) {
    for (const key of keys) {
      const combo = key.length > 1 ? key.split('+').map((name) => WEBDRIVER_KEYS[name] ?? name) : [key];
      const actions = [
        ...combo.map((value) => ({type: 'keyDown', value})),
        ...[...combo].reverse().map((value) => ({type: 'keyUp', value})),
      ];
      await this.driverManager.performActions(sessionId, [{type: 'key', id: 'keyboard', actions}]);
    }
  }
}

/** One launcher per engine `BROWSERS` selects (all three by default; scripts/require-browsers.mjs checks they exist). */
async function launchers() {
  const engines = selectedEngines();
  const browsers = [];
  if (engines.includes('chromium')) {
    browsers.push(chromeLauncher({launchOptions: {executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS}}));
  }
  if (engines.includes('firefox')) {
    // Firefox ESR through puppeteer-core over WebDriver BiDi: no geckodriver, no download.
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {browser: 'firefox', executablePath: findFirefox(), headless: true},
      })
    );
  }
  if (engines.includes('webkit')) {
    const webkit = await startWebKitDriver();
    browsers.push(
      new WebKitLauncher({
        hostname: '127.0.0.1',
        port: webkit.port,
        logLevel: 'error',
        capabilities: {
          'webkitgtk:browserOptions': {binary: webkit.miniBrowser, args: ['--automation']},
        },
      })
    );
  }
  return browsers;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One browser, one page at a time: the machines have 2 shared cores, and a
  // background page in headless Chromium gets no animation frames (fixtures hang).
  concurrency: 1,
  middleware: [
    // /dist-fresh/<page>/x is /dist/x under a URL of that page's own: browsers keep
    // modules in a memory cache shared by frames (no-store or not), so each
    // test page of test/bundle.test.ts fetches its chunks anew.
    (ctx, next) => {
      const fresh = /^\/dist-fresh\/[\w-]+(\/.*)$/.exec(ctx.path);
      if (fresh) ctx.path = `/dist${fresh[1]}`;
      return next();
    },
    // The built fr-CA chunk arrives late, as on a real network: test/bundle.test.ts
    // checks that a French page never paints English meanwhile.
    async (ctx, next) => {
      if (!/^\/dist\/fr-CA-[\w-]+\.js$/.test(ctx.path)) return next();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await next();
      ctx.set('Cache-Control', 'no-store'); // every test page waits again
    },
    // The later steps' chunks fail while the page sets the cookie `fail-later=1`,
    // and take 1.5 s with `slow-later=1`; the rest of the widget past the tile
    // (core-*.js) likewise with `fail-core=1` and `slow-core=1`: test/bundle.test.ts
    // checks a buyer is told, and can retry once the network is back.
    async (ctx, next) => {
      const part = /^\/dist\/(?:fr-CA-)?(later|core)-[\w-]+\.js$/.exec(ctx.path)?.[1];
      if (!part) return next();
      const cookie = ctx.get('cookie');
      if (new RegExp(`(^|; )fail-${part}=1`).test(cookie)) ctx.status = 503;
      else {
        if (new RegExp(`(^|; )slow-${part}=1`).test(cookie)) await new Promise((resolve) => setTimeout(resolve, 1500));
        await next();
      }
      ctx.set('Cache-Control', 'no-store'); // from the network in every test page
    },
    // A page that loads the built bundle as a vendor's page does, under the strict
    // CSP of demo/strict-csp.html, with the head and body test/bundle.test.ts asks for
    // (test/presentation.test.ts: `nobundle` leaves the script out, to add it later).
    (ctx, next) => {
      if (ctx.path !== '/__bundle-page__') return next();
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `<!doctype html><html><head>
        ${strictPolicy()}
        <script src="/demo/page-monitor.js"></script>${ctx.query.head ?? ''}</head><body>
        ${ctx.query.body ?? ''}${ctx.query.nobundle ? '' : `<script type="module" src="${ctx.query.fresh ? `/dist-fresh/${ctx.query.fresh}` : '/dist'}/ab-registration.bundle.js"></script>`}</body></html>`;
      return undefined;
    },
    // test/integrity.test.ts: a French catalogue page under a strict policy that
    // loads the bundle with the tags bin/ab-registration-integrity.mjs prints for
    // /dist-sri/<variant>/<fresh>/, where `tampered` serves a core chunk with one
    // line added (`fresh`: no file from another page's memory cache).
    (ctx, next) => {
      if (ctx.path !== '/__sri-page__') return next();
      const {variant, fresh} = ctx.query;
      const tags = integrityTags(`/dist-sri/${variant}/${fresh}/`);
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `<!doctype html><html lang="fr-CA"><head>
        ${strictPolicy(tags.csp)}
        <script src="/demo/page-monitor.js"></script>${tags.importMap}${tags.script}</head><body>
        <ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration></body></html>`;
      return undefined;
    },
    async (ctx, next) => {
      const sri = /^\/dist-sri\/(genuine|tampered)\/[\w-]+\/([\w.-]+\.js)$/.exec(ctx.path);
      if (!sri) return next();
      // The bytes as built: the test server's own transforms (its session query on
      // imports) would change them, as a CDN that rewrites files would.
      const code = await readFile(`dist/${sri[2]}`, 'utf8');
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'js';
      ctx.body = sri[1] === 'tampered' && sri[2].startsWith('core-') ? `${code}\nglobalThis.abTampered = true;\n` : code;
      return undefined;
    },
    // A page made of the HTML test/demo.test.ts gives it: the demo's embed snippet, as pasted.
    (ctx, next) => {
      if (ctx.path !== '/__snippet-page__') return next();
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${ctx.query.html ?? ''}</body></html>`;
      return undefined;
    },
    // A page a Node server rendered with @lit-labs/ssr from dist/esm (test/ssr.test.ts), in a process of its own.
    async (ctx, next) => {
      if (ctx.path !== '/__ssr__') return next();
      const lang = ctx.query.lang === 'fr-CA' ? 'fr-CA' : 'en';
      ctx.set('Cache-Control', 'no-store');
      try {
        ctx.body = await new Promise((resolve, reject) =>
          execFile(process.execPath, ['test/servers/ssr-render.mjs', lang], (error, stdout, stderr) =>
            error ? reject(new Error(stderr || error.message)) : resolve(stdout)
          )
        );
        ctx.type = 'text/html';
      } catch (error) {
        ctx.status = 500;
        ctx.type = 'text/plain';
        ctx.body = `server rendering failed (npm run build makes dist/esm): ${error.message}`;
      }
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
    // Tests sign the browser in as a buyer first (test/helpers/demo-session.ts), as the demo page does.
    demoLoginMiddleware(),
    referenceEndpointMiddleware({path: '/api/ab-registration', faults: true}),
    // A slow supplier is given up on after 1.5 s here (5 s in the demo), so its test is quick.
    referenceEndpointMiddleware({path: '/api/ab-registration-handoff', mode: 'handoff', supplier: {timeout: 1500}, faults: true}),
    punchOutSupplierMiddleware(),
    redirectingEndpointMiddleware(),
    hostileEndpointMiddleware(),
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    mediaFeaturesPlugin(),
    reactAsModulePlugin(),
    serverProbePlugin(),
  ],
  browsers: await launchers(),
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
