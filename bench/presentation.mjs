// The presentation half of `npm run bench` (issue #19): the widget where it
// lives, this build side by side with the build before the dialog (the
// baseline, built from git), on a phone profile (375 x 667, CPU 4x slower,
// 150 ms round trip, about 1.4 Mbps down):
//
// - cumulative layout shift while a page loads (PerformanceObserver
//   `layout-shift`, the largest session window, as Lighthouse counts it), on a
//   catalogue grid page and on each build's own demo page;
// - how tall the tile is in a two-column phone grid, and how many screens
//   link-choice and hand-off take at 375 x 667 (unthrottled: a length, not a time).
//
// Pages are served by the demo's dev server (the reference endpoints answer
// the flow); each build's demo script is bundled by esbuild against that
// build's own dist/.
import {build} from 'esbuild';
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {signInPage} from '../demo/reference-endpoint.mjs';
import {startPageServer} from '../scripts/page-server.mjs';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {buildBaseline, PROFILES, throttledPage} from './tile-first.mjs';

/** The last commit before issue #19's dialog presentation. */
export const PRESENTATION_BASELINE = process.env.BENCH_PRESENTATION_BASELINE ?? '5b27eb2';

const PHONE = {width: 375, height: 667};

/**
 * A catalogue page as a vendor writes one: supplier cells at least 120 px tall
 * (rows grow with their content); or (`panel`) the tile alone across the page,
 * where the flow in place has the phone's whole width.
 */
function gridPage(bundle, lang, layout = 'grid') {
  const tile = `<ab-registration lang="${lang}" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/bench/grid-page.css"></head><body>
<h1>Catalogue</h1>
${
  layout === 'panel'
    ? tile
    : `<ul class="grid"><li>Bureau en Gros</li><li>${tile}</li><li>Dell</li><li>Grainger</li><li>Staples</li><li>Uline</li><li>Lyreco</li><li>CDW</li></ul>`
}
<p>Orders placed through your suppliers appear under Orders.</p>
<script type="module" src="${bundle}"></script></body></html>`;
}

/** Each build's demo page, its script bundled against that build's dist/. */
async function demoPage(root, tree, name) {
  const out = join(root, 'bench/.build/presentation', name);
  mkdirSync(out, {recursive: true});
  const rel = `/${tree === root ? '' : `${tree.slice(root.length + 1)}/`}dist/ab-registration.bundle.js`;
  await build({
    entryPoints: [join(tree, 'demo/demo.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(out, 'demo.js'),
    logLevel: 'silent',
    plugins: [
      {
        name: 'the-build-s-bundle',
        setup(b) {
          b.onResolve({filter: /\/src\/ab-registration\.js$/}, () => ({path: rel, external: true}));
        },
      },
    ],
  });
  copyFileSync(join(tree, 'demo/demo.css'), join(out, 'demo.css'));
  copyFileSync(join(tree, 'demo/favicon.svg'), join(out, 'favicon.svg'));
  writeFileSync(join(out, 'index.html'), readFileSync(join(tree, 'demo/index.html'), 'utf8').replace('./demo.ts', './demo.js'));
  return `/bench/.build/presentation/${name}/index.html`;
}

/** A phone's page (375 x 667, touch), slowed to `profile` if given. */
async function newPage(browser, profile) {
  const page = await throttledPage(browser, profile);
  await page.setViewport({...PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true});
  return page;
}

/** One load: CLS as Lighthouse counts it (largest 5 s session window of shifts 1 s apart at most), until the tile is drawn and 1 s more. */
async function cls(browser, url) {
  const page = await newPage(browser, PROFILES.phone);
  await page.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push([entry.startTime, entry.value]);
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('ab-registration')?.shadowRoot?.querySelector('.tile'), {
    timeout: 60000,
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const shifts = await page.evaluate(() => window.shifts);
  await page.close();
  let best = 0;
  let window_ = {start: -Infinity, last: -Infinity, sum: 0};
  for (const [time, value] of shifts) {
    if (time - window_.last > 1000 || time - window_.start > 5000) window_ = {start: time, last: time, sum: 0};
    window_.sum += value;
    window_.last = time;
    best = Math.max(best, window_.sum);
  }
  return best;
}

export async function presentationBench({root, runs, median}) {
  const baselineDir = buildBaseline(root, PRESENTATION_BASELINE);
  const rel = (path) => `/${path.slice(root.length + 1)}`;
  const builds = {ours: root, baseline: baselineDir};
  // The page's chunks and the endpoint resolve on the bench server's origin.
  const bundles = {ours: '/dist/ab-registration.bundle.js', baseline: `${rel(baselineDir)}/dist/ab-registration.bundle.js`};
  const demos = {ours: await demoPage(root, root, 'ours'), baseline: await demoPage(root, baselineDir, 'baseline')};
  const server = await startPageServer((ctx, next) => {
    const which = /^\/__bench-(grid|panel)__\/(ours|baseline)\/(en|fr-CA)$/.exec(ctx.path);
    if (!which) return next();
    // Served to the tile's buyer, signed in: the endpoint reads them from that session.
    signInPage(ctx, 'user4@abdemoaccount.com');
    ctx.type = 'html';
    ctx.body = gridPage(bundles[which[2]], which[3], which[1]);
    return undefined;
  });
  const {origin} = server;
  const browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS});
  try {
    const layoutShift = {};
    for (const [page, url] of [
      ['grid', (name) => `${origin}/__bench-grid__/${name}/fr-CA`],
      ['demo', (name) => `${origin}${demos[name]}`],
    ]) {
      const samples = {ours: [], baseline: []};
      for (let i = 0; i < runs; i++) for (const name of Object.keys(builds)) samples[name].push(await cls(browser, url(name)));
      layoutShift[page] = {ours: median(samples.ours), baseline: median(samples.baseline)};
    }
    const phone = {};
    for (const lang of ['en', 'fr-CA']) {
      phone[lang] = {};
      for (const name of Object.keys(builds)) phone[lang][name] = await lengths(browser, origin, name, lang);
    }
    return {baseline: PRESENTATION_BASELINE, layoutShift, phone};
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Lengths on a 375 x 667 phone (unthrottled: a length, not a time): the tile
 * and all it draws in its cell of a two-column grid (px); link-choice and
 * hand-off, scenarios 2-3 (screens of 667 px), the tile across the page (the
 * baseline's flow in place gets the phone's whole width; this build's dialog
 * is a sheet over the screen wherever the tile is).
 */
async function lengths(browser, origin, name, lang) {
  const run = async (endpoint, step) => {
    const page = await newPage(browser);
    await page.goto(`${origin}/__bench-${step === 'start' ? 'grid' : 'panel'}__/${name}/${lang}`);
    const result = await page.evaluate(
      async (step, handoff) => {
        const el = document.querySelector('ab-registration');
        if (handoff) el.endpoint = '/api/ab-registration-handoff';
        const until = async (test) => {
          for (let i = 0; i < 500 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
        };
        await until(() => el.shadowRoot?.querySelector('.tile'));
        await new Promise((r) => setTimeout(r, 300));
        if (step === 'start') {
          const top = el.getBoundingClientRect().top;
          const nodes = [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length);
          return Math.round(Math.max(...nodes.map((n) => n.getBoundingClientRect().bottom)) - top);
        }
        el.shadowRoot.querySelector('.tile').click();
        if (step === 'link-choice') {
          await until(() => el.querySelector('input[type="password"]'));
          const password = el.querySelector('input[type="password"]');
          password.value = 'anything';
          password.form.requestSubmit();
        }
        await until(() => el.step === step);
        await new Promise((r) => setTimeout(r, 300));
        // The flow in a dialog (this build): its whole length; in place (the baseline): the element's.
        const dialog = el.shadowRoot.querySelector('dialog[open]');
        const length = dialog ? dialog.scrollHeight : el.getBoundingClientRect().height;
        return Math.round((length / innerHeight) * 100) / 100;
      },
      step,
      endpoint !== '/api/ab-registration'
    );
    await page.close();
    return result;
  };
  return {
    tile: await run('/api/ab-registration', 'start'),
    linkChoice: await run('/api/ab-registration', 'link-choice'),
    handoff: await run('/api/ab-registration-handoff', 'handoff'),
  };
}

/** The table `npm run bench` prints. */
export function presentationReport({layoutShift, phone, baseline}, runs, table) {
  const r = (x) => x.toFixed(3);
  const lines = [`\nPresentation (issue #19), phone 375 x 667, baseline = ${baseline} (the build before the dialog)`];
  lines.push(
    `Cumulative layout shift while the page loads (CPU 4x, 150 ms RTT, 1.4 Mbps; median of ${runs} loads; Google's "good" is 0.1)`
  );
  lines.push(
    table([
      ['', 'ours', 'baseline'],
      ['catalogue grid page (cells at least 120 px tall)', r(layoutShift.grid.ours), r(layoutShift.grid.baseline)],
      ["each build's own demo page", r(layoutShift.demo.ours), r(layoutShift.demo.baseline)],
    ])
  );
  lines.push(
    'Lengths (unthrottled): the tile in its cell of a two-column grid (px); link-choice and hand-off (screens of 667 px)'
  );
  lines.push(
    table([
      ['', 'ours en', 'baseline en', 'ours fr-CA', 'baseline fr-CA'],
      ...[
        ['tile height in a 2-column grid (px)', 'tile'],
        ['link-choice (screens)', 'linkChoice'],
        ['hand-off, scenarios 2-3 (screens)', 'handoff'],
      ].map(([label, key]) => [
        label,
        phone.en.ours[key],
        phone.en.baseline[key],
        phone['fr-CA'].ours[key],
        phone['fr-CA'].baseline[key],
      ]),
    ])
  );
  return lines.join('\n');
}
