// The widget where vendors put it: apps built by their frameworks' own
// toolchains from the packed package, as a vendor's front-end developer would
// build them. Next.js 16 (App Router, Turbopack; the README's React snippet in a
// server-rendered page), Svelte 5, Vue 3 (single-file component) and a plain
// page importing `ab-registration/bundle`, the last three through Vite 8, and
// `ab-registration/bundle` through Next too. For each: the framework's type
// check passes on the README's snippet and fails on a mutant of it (a property
// of the wrong type, a misspelled event field), the app builds, and in Chromium
// a French buyer goes through scenario 2 (sign in, join the existing account,
// welcome) against the reference endpoint, behind the app's own server on the
// same origin. It prints a table: host, type check, build, scenario, bytes.
//
// Angular's toolchain is heavy for CI: AB_HOSTS_ANGULAR=<folder of an app made
// by `npx @angular/cli@21 new host --defaults --zoneless`> adds it (its app.ts
// becomes the README's Angular snippet; its check is `ng build`'s strict
// templates, with a misspelled event name as the mutant).
//
// The apps are installed in a scratch folder (AB_HOSTS_DIR, else the system's
// temporary one) from the registry, versions pinned below; `npm run build`
// must have run (npm test does it first). Run alone: `npm run test:hosts`.
import Koa from 'koa';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {demoLoginMiddleware, referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';
import {login} from '../node/helpers.mjs';
import {freePort} from '../../scripts/browsers.mjs';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const WORK = process.env.AB_HOSTS_DIR ?? join(tmpdir(), 'ab-registration-hosts');
const ENDPOINT_PATH = '/punchout/amazon-business';
const STEP_TIMEOUT = 30_000;

/** The hosts' toolchains, pinned: versions verified here on Node 20. */
const VERSIONS = {
  next: '16.5.0',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  typescript: '5.9.3',
  // Next's build asks for Node's types (outside CI it would install them itself).
  '@types/node': '20.19.43',
  vite: '8.4.1',
  svelte: '5.60.1',
  '@sveltejs/vite-plugin-svelte': '7.3.3',
  'svelte-check': '4.7.9',
  vue: '3.5.45',
  '@vitejs/plugin-vue': '6.1.1',
  'vue-tsc': '3.3.14',
};

const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const problems = [];

function run(command, args, {cwd = WORK, env = {}, quiet = false} = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env},
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 && !quiet) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${output.slice(-4000)}`);
  }
  return {ok: result.status === 0, output};
}

/** The README's fenced block of `lang` holding `marker`: the snippet a vendor copies. */
function readmeSnippet(lang, marker) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]);
  const block = blocks.find((text) => text.includes(marker));
  if (!block) throw new Error(`README.md has no \`\`\`${lang} block with ${marker}`);
  return block;
}

/** The snippet with two mistakes its framework's type check must catch. */
function mutant(snippet) {
  const wrongType = snippet.replace("{'X-CSRF-Token': csrfToken}}", "{'X-CSRF-Token': csrfToken}, credentials: 'sometimes'}");
  const misspelled = wrongType.replace('e.detail.outcome', 'e.detail.outcom');
  if (misspelled === snippet || wrongType === snippet || misspelled === wrongType)
    throw new Error('the snippet changed: the mutant no longer applies');
  return misspelled;
}

function prepare() {
  mkdirSync(WORK, {recursive: true});
  for (const name of readdirSync(WORK)) if (name.endsWith('.tgz')) rmSync(join(WORK, name));
  // The tarball of the dist/ just built (npm test builds first; no second build here).
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], {cwd: ROOT});
  const {filename} = JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0];
  writeFileSync(
    join(WORK, 'package.json'),
    JSON.stringify(
      {
        name: 'ab-registration-hosts',
        private: true,
        type: 'module',
        dependencies: {...VERSIONS, 'ab-registration': `file:./${filename}`},
      },
      null,
      2
    )
  );
  // The package anew every time (its tarball's name does not change between builds).
  rmSync(join(WORK, 'node_modules', 'ab-registration'), {recursive: true, force: true});
  rmSync(join(WORK, 'package-lock.json'), {force: true});
  const install = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  console.log(
    `hosts: installed ${Object.keys(VERSIONS).length} toolchain packages and the tarball in ${seconds(install)} s (${WORK})`
  );

  for (const app of ['next', 'vite']) {
    rmSync(join(WORK, app), {recursive: true, force: true});
    cpSync(join(HERE, app), join(WORK, app), {recursive: true});
  }
  writeFileSync(join(WORK, 'next', 'app', 'amazon-business-tile.tsx'), readmeSnippet('tsx', "'use client'"));
  writeFileSync(join(WORK, 'vite', 'src', 'Tile.vue'), readmeSnippet('vue', 'ab-registration/vue'));
  writeFileSync(join(WORK, 'vite', 'src', 'Tile.svelte'), readmeSnippet('svelte', 'ab-registration/svelte'));
}

const bin = (name) => join(WORK, 'node_modules', '.bin', name);

/**
 * One framework's type check: the snippet passes; its mutant fails, naming
 * both mistakes. Returns what the table says.
 */
function typeCheck(label, file, check) {
  const path = join(WORK, file);
  const snippet = readFileSync(path, 'utf8');
  const good = check();
  if (!good.ok) problems.push(`${label}: the type check fails on the README's snippet:\n${good.output.slice(-3000)}`);
  writeFileSync(path, mutant(snippet));
  const bad = check();
  writeFileSync(path, snippet);
  const caught = !bad.ok && /sometimes/.test(bad.output) && /outcom\b/.test(bad.output);
  if (!caught)
    problems.push(
      `${label}: the type check let a mutant of the snippet through (credentials: 'sometimes', e.detail.outcom):\n${bad.output.slice(-3000)}`
    );
  return good.ok && caught ? 'passes; mutant caught' : 'FAILED';
}

/** The reference endpoint at the vendor's path, as the vendor's backend; it notes each request's CSRF header. */
async function startEndpoint() {
  const csrf = [];
  const app = new Koa();
  app.use((ctx, next) => {
    if (ctx.path === ENDPOINT_PATH && ctx.method === 'POST') csrf.push(ctx.get('X-CSRF-Token'));
    return next();
  });
  app.use(demoLoginMiddleware());
  app.use(referenceEndpointMiddleware({path: ENDPOINT_PATH}));
  const server = createServer(app.callback());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    csrf,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A session cookie for `email` from the endpoint's demo login, as puppeteer sets it (a cookie is the host's, whatever its port). */
async function signIn(origin, email) {
  const pair = await login(origin, email);
  const at = pair.indexOf('=');
  return {name: pair.slice(0, at), value: pair.slice(at + 1), domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Strict'};
}

/** Starts a server command and resolves once `url` answers (a port already taken must not pass for it). */
async function serve(command, args, {cwd, env, url}) {
  const child = spawn(command, args, {
    cwd,
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const answer = await fetch(url).catch(() => undefined);
    if (answer?.ok) return {stop, log: () => log};
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not answer ${url}:\n${log.slice(-3000)}`);
}

/**
 * Scenario 2 in French, as a buyer: the tile, the password, Enter, "join this
 * account", Next, welcome. Resolves with the page's script bytes (gzip -9) when
 * the tile was up and at the end.
 */
async function scenario2(browser, url, {endpoint, csrfToken, serverRendered, logsOutcome}) {
  // A context of its own: nothing cached from the page before (its bytes are counted anew).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // The buyer is signed in to the vendor's system (the demo login): the endpoint reads them from that session.
  await page.setCookie(await signIn(endpoint.origin, 'user4@abdemoaccount.com'));
  const scripts = new Map();
  const errors = [];
  const logged = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A page of these apps has no favicon: the browser's own request for one is not the widget's.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${message.location().url ?? ''}`);
    else logged.push(message.text());
  });
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    scripts.set(
      response.url(),
      response.buffer().then(
        (body) => gzipSync(body, {level: 9}).length,
        (error) => Promise.reject(new Error(`${response.url()}: its body could not be read (${error.message})`))
      )
    );
  });
  await page.evaluateOnNewDocument(() => {
    window.abCompleted = [];
    document.addEventListener('ab-registration-complete', (event) => window.abCompleted.push(event.detail));
  });
  const bytes = async () => (await Promise.all(scripts.values())).reduce((sum, size) => sum + size, 0);
  endpoint.csrf.length = 0;
  try {
    if (serverRendered) {
      const html = await (await fetch(url)).text();
      if (!/<ab-registration[^>]*email="user4@abdemoaccount.com"/.test(html))
        throw new Error(`the server's HTML has no <ab-registration email=…>: ${html.slice(0, 400)}`);
    }
    await page.goto(url, {waitUntil: 'load'});
    const aria = (name, role) =>
      page.locator(`::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`).setTimeout(STEP_TIMEOUT);
    await aria('amazon business', 'button').wait();
    const atTile = await bytes();
    await aria('amazon business', 'button').click();
    await aria('Mot de passe').fill('pw');
    await page.keyboard.press('Enter');
    await aria('Oui, joindre ce compte.', 'radio').click();
    await aria('Suivant', 'button').click();
    await page.waitForFunction(() => window.abCompleted.length > 0, {timeout: STEP_TIMEOUT});
    const [completed] = await page.evaluate(() => window.abCompleted);
    if (completed.outcome !== 'converted') throw new Error(`ab-registration-complete said ${JSON.stringify(completed)}`);
    if (endpoint.csrf.length !== 3 || endpoint.csrf.some((token) => token !== csrfToken)) {
      throw new Error(`the endpoint's X-CSRF-Token headers were ${JSON.stringify(endpoint.csrf)}, not three times ${csrfToken}`);
    }
    if (logsOutcome && !logged.includes('converted'))
      throw new Error(`the snippet's listener did not log the outcome (console: ${JSON.stringify(logged)})`);
    if (errors.length) throw new Error(`the page reported errors: ${errors.join(' | ')}`);
    return {ok: true, atTile, atEnd: await bytes()};
  } catch (error) {
    return {ok: false, why: `${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join(' | ')})` : ''}`};
  } finally {
    await context.close();
  }
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    "hosts: no Chromium (install Debian's chromium, or point CHROME_PATH at one): scripts/install-test-deps.sh does it."
  );
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist', 'integrity.json'))) {
  console.error('hosts: no dist/ here: run `npm run build` first (npm test does).');
  process.exit(1);
}

const rows = [];
const stops = [];
let endpoint;
let browser;
try {
  prepare();
  endpoint = await startEndpoint();
  const env = {AB_ENDPOINT_ORIGIN: endpoint.origin};

  const next = join(WORK, 'next');
  const nextCheck = typeCheck('Next.js (React wrapper)', 'next/app/amazon-business-tile.tsx', () =>
    run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], {cwd: next, quiet: true})
  );
  let since = Date.now();
  run(bin('next'), ['build'], {cwd: next, env});
  const nextBuild = `${seconds(since)} s`;

  const vite = join(WORK, 'vite');
  const svelteCheck = typeCheck('Svelte 5', 'vite/src/Tile.svelte', () =>
    run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human'], {
      cwd: vite,
      quiet: true,
    })
  );
  const vueCheck = typeCheck('Vue 3 (SFC)', 'vite/src/Tile.vue', () =>
    run(bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], {cwd: vite, quiet: true})
  );
  const bundleCheck = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], {cwd: vite, quiet: true});
  if (!bundleCheck.ok) problems.push(`the Vite app's TypeScript does not type-check:\n${bundleCheck.output.slice(-3000)}`);
  since = Date.now();
  run(bin('vite'), ['build', '--logLevel', 'warn'], {cwd: vite, env});
  const viteBuild = `${seconds(since)} s (three pages)`;

  const angular = process.env.AB_HOSTS_ANGULAR;
  let angularCheck;
  let angularBuild;
  if (angular) {
    const tarball = readdirSync(WORK).find((name) => name.endsWith('.tgz'));
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', join(WORK, tarball)], {cwd: angular});
    const app = join(angular, 'src', 'app', 'app.ts');
    const snippet = readmeSnippet('ts', 'CUSTOM_ELEMENTS_SCHEMA');
    // Angular's mutant: the property of the wrong type (checked through AbRegistrationDirective) and a misspelled event name.
    const mutated = snippet
      .replace("{'X-CSRF-Token': csrfToken}}", "{'X-CSRF-Token': csrfToken}, credentials: 'sometimes'}")
      .replace('(ab-registration-complete)', '(ab-registration-completed)');
    writeFileSync(app, mutated);
    const bad = run('npx', ['ng', 'build'], {cwd: angular, quiet: true});
    writeFileSync(app, snippet);
    since = Date.now();
    const good = run('npx', ['ng', 'build'], {cwd: angular, quiet: true});
    angularBuild = `${seconds(since)} s`;
    const caught =
      !bad.ok &&
      /'Event' is not assignable to parameter of type 'CustomEvent<CompleteDetail>'/.test(bad.output) &&
      /"sometimes"[^\n]*is not assignable to type 'RequestCredentials/.test(bad.output);
    if (!good.ok) problems.push(`Angular: ng build fails on the README's snippet:\n${good.output.slice(-3000)}`);
    if (!caught)
      problems.push(
        `Angular: ng build let a mutant through (credentials: 'sometimes', a misspelled event):\n${bad.output.slice(-3000)}`
      );
    angularCheck = good.ok && caught ? 'passes; mutant caught' : 'FAILED';
  }

  const [nextPort, vitePort, angularPort] = [await freePort(), await freePort(), await freePort()];
  const nextOrigin = `http://127.0.0.1:${nextPort}`;
  const viteOrigin = `http://127.0.0.1:${vitePort}`;
  stops.push(
    (await serve(bin('next'), ['start', '-p', String(nextPort), '-H', '127.0.0.1'], {cwd: next, env, url: nextOrigin})).stop
  );
  stops.push(
    (
      await serve(bin('vite'), ['preview', '--port', String(vitePort), '--strictPort', '--host', '127.0.0.1'], {
        cwd: vite,
        env,
        url: `${viteOrigin}/svelte.html`,
      })
    ).stop
  );

  const angularOrigin = `http://127.0.0.1:${angularPort}`;
  if (angular) {
    // Angular's output served by vite preview, whose proxy forwards the endpoint as for the other pages.
    const outDir = join(angular, 'dist', readdirSync(join(angular, 'dist'))[0], 'browser');
    stops.push(
      (
        await serve(
          bin('vite'),
          ['preview', '--bypass-lock', '--outDir', outDir, '--port', String(angularPort), '--strictPort', '--host', '127.0.0.1'],
          {cwd: vite, env, url: `${angularOrigin}/`}
        )
      ).stop
    );
  }

  browser = await puppeteer.launch({executablePath: chromium, args: CHROMIUM_ARGS, headless: true});
  const hosts = [
    [
      'Next.js 16, App Router (README React snippet, server-rendered)',
      `${nextOrigin}/`,
      nextCheck,
      nextBuild,
      {csrfToken: 'from-next', serverRendered: true, logsOutcome: true},
    ],
    [
      'Next.js 16, ab-registration/bundle',
      `${nextOrigin}/bundle`,
      'passes (in next build)',
      nextBuild,
      {csrfToken: '', serverRendered: true},
    ],
    [
      'Svelte 5 + Vite 8 (README snippet)',
      `${viteOrigin}/svelte.html`,
      svelteCheck,
      viteBuild,
      {csrfToken: 'from-svelte', logsOutcome: true},
    ],
    [
      'Vue 3 SFC + Vite 8 (README snippet)',
      `${viteOrigin}/vue.html`,
      vueCheck,
      viteBuild,
      {csrfToken: 'from-vue', logsOutcome: true},
    ],
    [
      'Vite 8, ab-registration/bundle',
      `${viteOrigin}/bundle.html`,
      bundleCheck.ok ? 'passes' : 'FAILED',
      viteBuild,
      {csrfToken: 'from-bundle', logsOutcome: true},
    ],
  ];
  if (angular)
    hosts.push([
      'Angular 21 (README snippet, by hand)',
      `${angularOrigin}/`,
      angularCheck,
      angularBuild,
      {csrfToken: 'from-angular', logsOutcome: true},
    ]);
  for (const [host, url, check, build, options] of hosts) {
    const result = await scenario2(browser, url, {endpoint, ...options});
    if (!result.ok) problems.push(`${host}: scenario 2 failed: ${result.why}`);
    rows.push([host, check, build, result.ok ? 'completes' : 'FAILED', result.ok ? `${result.atTile} / ${result.atEnd}` : '-']);
  }
} catch (error) {
  problems.push(error.message);
} finally {
  await browser?.close();
  for (const stop of stops) stop();
  await endpoint?.close();
}

if (rows.length) {
  const header = ['host', 'type check', 'build', 'scenario 2 (fr-CA, Chromium)', 'page JS gzip -9, B: at tile / at end'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}
if (problems.length) {
  console.error(`\nhosts: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`hosts: every app type-checks, builds and completes scenario 2, in ${seconds(started)} s`);
