// `npm run bench`: size, speed, memory and request counts of <ab-registration>
// against the floor (a minimal Lit 3 + @lit/localize element built the same
// way), and with --peers against the widgets it replaces. A benchmark, not a
// test: it prints a table and writes bench-results/bench.json.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {execFileSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, totalmem} from 'node:os';
import {basename, extname, join, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {rollup} from 'rollup';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {handoffLoad, handoffLoadReport} from './handoff-load.mjs';
import {minifyPlugins} from '../scripts/minify.mjs';
import {measurePeers} from './peers.mjs';
import {presentationBench, presentationReport} from './presentation.mjs';
import {BASELINE_REF, buildBaseline, journeyBytes, tileFirstReport, tileFirstSpeed} from './tile-first.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
/** Runs per cell of the tile-first table (issue #14 asks for at least 15). */
const TILE_RUNS = Number(process.env.BENCH_TILE_RUNS ?? 15);
/** Loads per page of the layout-shift table (a throttled phone load takes seconds). */
const CLS_RUNS = Number(process.env.BENCH_CLS_RUNS ?? 7);
/** `BENCH_ONLY=tile-first npm run bench` (or `presentation`, or `handoff`): that table alone. */
const only = process.env.BENCH_ONLY;
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench/.build');
const withPeers = process.argv.includes('--peers');

const gzip = (buffer) => gzipSync(buffer, {level: 9}).length;
const brotli = (buffer) => brotliCompressSync(buffer, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function build(input, dir, minify) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      nodeResolve(),
      // The build's own minification (scripts/minify.mjs): what the bench weighs is what ships.
      ...(minify ? minifyPlugins() : []),
    ],
  });
  const {output} = await bundle.write({dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js'});
  return output.filter((o) => o.type === 'chunk').map((o) => join(dir, o.fileName));
}

/** The files a French page loads, with raw (unminified), min, gzip -9 and brotli sizes. */
async function sizes() {
  rmSync(out, {recursive: true, force: true});
  const floorMin = await build(join(root, 'bench/floor/floor-element.js'), join(out, 'floor'), true);
  const floorRaw = await build(join(root, 'bench/floor/floor-element.js'), join(out, 'floor-raw'), false);
  // The floor drawing our tile's look, no behaviour: the lower bound of the tile's bytes (bench/floor/tile-look.js).
  await build(join(root, 'bench/floor/tile-look.js'), join(out, 'tile-look'), true);
  const oursRaw = await build(join(root, 'build/ab-registration.js'), join(out, 'ours-raw'), false);
  const oursMin = readdirSync(join(root, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(root, 'dist', f));
  // A chunk's name: dist/ names carry a hash (fr-CA-D2LrJQF8.js), and the entry
  // is ab-registration.bundle.js; the bench's own builds use [name].js.
  const chunkName = (file) =>
    file.startsWith(join(root, 'dist')) ? basename(file).replace(/\.bundle\.js$|-[\w-]{8}\.js$/, '') : basename(file, '.js');
  const measure = (minFiles, rawFiles, label) => {
    const rows = minFiles.map((file) => {
      const code = readFileSync(file);
      const raw = rawFiles.find((r) => chunkName(r) === chunkName(file));
      return {
        file: file.replace(`${root}/`, ''),
        raw: statSync(raw).size,
        min: code.length,
        gzip: gzip(code),
        brotli: brotli(code),
      };
    });
    const total = rows.reduce(
      (t, r) => ({
        file: label,
        raw: t.raw + r.raw,
        min: t.min + r.min,
        gzip: t.gzip + r.gzip,
        brotli: t.brotli + r.brotli,
      }),
      {raw: 0, min: 0, gzip: 0, brotli: 0}
    );
    return {files: rows, total};
  };
  // To show the tile and reach sign-in: the bundle and the first fr-CA chunk. The
  // later steps' chunks come while the buyer types the password.
  const isLater = (file) => /later/.test(chunkName(file));
  return {
    ours: measure(
      oursMin.filter((f) => !isLater(f)),
      oursRaw,
      'French page total'
    ),
    oursLater: measure(oursMin.filter(isLater), oursRaw, 'later steps (after sign-in)'),
    floor: measure(floorMin, floorRaw, 'French page total'),
  };
}

function serve() {
  const types = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css'};
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store'});
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function speed(port) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: install one (apt-get install chromium) or set CHROME_PATH.');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const load = async (which, extra = '') => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/page.html?which=${which}${extra}`);
    await page.waitForFunction(() => window.benchResult, {timeout: 120000});
    const result = await page.evaluate(() => window.benchResult);
    await page.close();
    if (result.error) throw new Error(`${which}: ${result.error}`);
    return result;
  };
  try {
    const tileFirst = await tileFirstSpeed({browser, port, root, baselineDir, runs: TILE_RUNS, median});
    if (only === 'tile-first') return {tileFirst, chromium: await browser.version()};
    await load('ours'); // warm the disk cache and the compiler once each
    await load('floor');
    const runs = {ours: [], floor: []};
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so drift on a shared machine hits both alike.
      runs.ours.push(await load('ours'));
      runs.floor.push(await load('floor'));
    }
    const cycles = Number(process.env.BENCH_CYCLES ?? 1000);
    const memory = {
      ours: (await load('ours', `&memory&cycles=${cycles}`)).memory,
      floor: (await load('floor', `&memory&cycles=${cycles}`)).memory,
    };
    const peerRender = withPeers ? await peerRenders(browser, port) : undefined;
    return {runs, memory, peerRender, tileFirst, chromium: await browser.version()};
  } finally {
    await browser.close();
  }
}

/** bench/peer-page.js's peers, by its keys, with the names the size table uses. */
const PEER_PAGES = {
  okta: 'Okta Sign-In Widget',
  'auth0-lock': 'Auth0 Lock',
  descope: 'Descope web component',
  firebaseui: 'FirebaseUI + Firebase',
};

/**
 * Each peer's script start -> first form in the DOM, offline: every request
 * that does not go to the bench's own server is blocked, as on our bench page.
 * A peer that draws nothing in 10 s is reported with what it asked the network for.
 */
async function peerRenders(browser, port) {
  const results = [];
  for (const [key, name] of Object.entries(PEER_PAGES)) {
    const once = async () => {
      const page = await browser.newPage();
      const blocked = new Set();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return request.continue();
        blocked.add(url.host);
        return request.abort();
      });
      await page.goto(`http://127.0.0.1:${port}/bench/peer-page.html?peer=${key}&timeout=10000`);
      await page.waitForFunction(() => window.benchResult, {timeout: 60000});
      const result = await page.evaluate(() => window.benchResult);
      await page.close();
      return {...result, blocked: [...blocked]};
    };
    const first = await once();
    if (first.firstRender === undefined) {
      const why = first.error ? `threw: ${first.error.split('\n')[0]}` : 'drew no form in 10 s';
      results.push({name, rendered: false, note: `${why}; blocked requests to ${first.blocked.join(', ') || 'nothing'}`});
      continue;
    }
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push((await once()).firstRender);
    results.push({name, rendered: true, blocked: first.blocked, ...stats(times.filter((t) => t !== undefined))});
  }
  return results;
}

function stats(values) {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

if (!existsSync(join(root, 'dist/ab-registration.bundle.js'))) {
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
}
if (only === 'handoff') {
  const handoff = await handoffLoad({root});
  mkdirSync(join(root, 'bench-results'), {recursive: true});
  writeFileSync(join(root, 'bench-results/handoff.json'), `${JSON.stringify(handoff, null, 2)}\n`);
  console.log(handoffLoadReport(handoff, table));
  process.exit(0);
}
if (only === 'presentation') {
  const presentation = await presentationBench({root, runs: CLS_RUNS, median});
  mkdirSync(join(root, 'bench-results'), {recursive: true});
  writeFileSync(join(root, 'bench-results/presentation.json'), `${JSON.stringify(presentation, null, 2)}\n`);
  console.log(presentationReport(presentation, CLS_RUNS, table));
  process.exit(0);
}
const size = await sizes();
const baselineDir = buildBaseline(root);
const bytes = journeyBytes({
  root,
  baselineDir,
  floorFiles: readdirSync(join(out, 'floor'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(out, 'floor', f)),
  lookFile: join(out, 'tile-look/tile-look.js'),
  gzip,
  brotli,
});
// First: it installs the peers (and bundles Auth0 Lock) that the first-render runs load.
const peers = withPeers ? await measurePeers({gzip, brotli, root}) : undefined;
const server = await serve();
const {runs, memory, peerRender, tileFirst, chromium} = await speed(server.address().port);
server.close();
const tileFirstTable = tileFirstReport({bytes, speed: tileFirst, runs: TILE_RUNS, table});
const presentation = only === 'tile-first' ? undefined : await presentationBench({root, runs: CLS_RUNS, median});
if (only === 'tile-first') {
  mkdirSync(join(root, 'bench-results'), {recursive: true});
  writeFileSync(join(root, 'bench-results/tile-first.json'), `${JSON.stringify({bytes, speed: tileFirst, chromium}, null, 2)}\n`);
  console.log(tileFirstTable);
  process.exit(0);
}

const first = {ours: stats(runs.ours.map((r) => r.firstRender)), floor: stats(runs.floor.map((r) => r.firstRender))};
const floorTransition = stats(runs.floor.map((r) => r.transitions['click -> re-render'].ms));
const transitions = Object.keys(runs.ours[0].transitions).map((name) => ({
  name,
  ...stats(runs.ours.map((r) => r.transitions[name].ms)),
  calls: [...new Set(runs.ours.map((r) => r.transitions[name].calls))],
}));

const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  },
  runs: RUNS,
  size,
  sizeRatio: size.ours.total.gzip / size.floor.total.gzip,
  firstRender: {...first, ratio: first.ours.median / first.floor.median},
  transitions: transitions.map((t) => ({...t, ratio: t.median / floorTransition.median})),
  floorTransition,
  memory: {
    ours: {...memory.ours, growth: memory.ours.after - memory.ours.before},
    floor: {...memory.floor, growth: memory.floor.after - memory.floor.before},
  },
  peers,
  tileFirst: {bytes, speed: tileFirst, baseline: BASELINE_REF},
  presentation,
  // Last, on its own: no browser runs while it loads the machine.
  handoffLoad: await handoffLoad({root}),
  peerRender: peerRender?.map((p) => (p.rendered ? {...p, ratio: p.median / first.floor.median} : p)),
};
mkdirSync(join(root, 'bench-results'), {recursive: true});
writeFileSync(join(root, 'bench-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);

const f = (ms) => ms.toFixed(1);
console.log(`\n<ab-registration> benchmark, ${RUNS} runs, ${result.machine.cpus} cores (${result.machine.cpu}), ${chromium}\n`);
console.log('Size: what a French page loads to show the tile and reach sign-in (bytes; KB = 1024 B)');
const sizeRows = [['', 'raw', 'min', 'gzip -9', 'brotli', 'x floor (gzip)']];
for (const [who, s] of Object.entries({'<ab-registration>': size.ours, 'floor (Lit + localize)': size.floor})) {
  for (const r of s.files) sizeRows.push([`  ${r.file}`, r.raw, r.min, r.gzip, r.brotli, '']);
  sizeRows.push([
    who,
    s.total.raw,
    s.total.min,
    `${s.total.gzip} (${kb(s.total.gzip)} KB)`,
    s.total.brotli,
    (s.total.gzip / size.floor.total.gzip).toFixed(2),
  ]);
}
for (const r of size.oursLater.files) sizeRows.push([`  ${r.file}`, r.raw, r.min, r.gzip, r.brotli, '']);
const later = size.oursLater.total;
sizeRows.push([
  `<ab-registration> ${later.file}`,
  later.raw,
  later.min,
  `${later.gzip} (${kb(later.gzip)} KB)`,
  later.brotli,
  '',
]);
for (const p of peers ?? []) {
  sizeRows.push([
    p.name,
    p.raw ?? '',
    p.min ?? '',
    p.gzip ? `${p.gzip} (${kb(p.gzip)} KB)` : p.note,
    p.brotli ?? '',
    p.gzip ? (p.gzip / size.floor.total.gzip).toFixed(2) : '',
  ]);
}
console.log(table(sizeRows));
console.log('\nSpeed (ms, headless Chromium, same page setup; median [p25-p75])');
console.log(
  table([
    ['', 'ours', 'floor', 'ratio'],
    [
      'script start -> first render (fr-CA)',
      `${f(first.ours.median)} [${f(first.ours.p25)}-${f(first.ours.p75)}]`,
      `${f(first.floor.median)} [${f(first.floor.p25)}-${f(first.floor.p75)}]`,
      result.firstRender.ratio.toFixed(2),
    ],
    ...result.transitions.map((t) => [
      `scenario 2: ${t.name}`,
      `${f(t.median)} [${f(t.p25)}-${f(t.p75)}]`,
      `${f(floorTransition.median)} (click -> re-render)`,
      t.ratio.toFixed(2),
    ]),
  ])
);
if (result.peerRender) {
  console.log('\nPeers: script start -> first form in the DOM, offline (ms; median [p25-p75]; ratio to the floor)');
  console.log(
    table([
      ['', 'first render', 'x floor'],
      [
        '<ab-registration> (tile, fr-CA)',
        `${f(first.ours.median)} [${f(first.ours.p25)}-${f(first.ours.p75)}]`,
        result.firstRender.ratio.toFixed(2),
      ],
      ...result.peerRender.map((p) =>
        p.rendered ? [p.name, `${f(p.median)} [${f(p.p25)}-${f(p.p75)}]`, p.ratio.toFixed(2)] : [p.name, p.note, '']
      ),
    ])
  );
}
console.log(
  '\nEndpoint calls per user action (scenario 2):',
  transitions.map((t) => `${t.name}: ${t.calls.join('/')}`).join(', ')
);
const mem = result.memory;
console.log(
  `Memory, JS heap after ${process.env.BENCH_CYCLES ?? 1000} create/attach/remove cycles (after GC): ours ${kb(mem.ours.before)} -> ${kb(mem.ours.after)} KB (${mem.ours.growth >= 0 ? '+' : ''}${kb(mem.ours.growth)}), floor ${kb(mem.floor.before)} -> ${kb(mem.floor.after)} KB (${mem.floor.growth >= 0 ? '+' : ''}${kb(mem.floor.growth)})`
);
console.log(tileFirstTable);
console.log(presentationReport(presentation, CLS_RUNS, table));
console.log(handoffLoadReport(result.handoffLoad, table));
console.log('\nWritten to bench-results/bench.json');
