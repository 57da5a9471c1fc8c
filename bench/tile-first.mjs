// The tile-first half of `npm run bench` (issue #14): bytes and times of this
// build, side by side in one run with the build before the tile-first split
// (the baseline, built from git) and the floor element, on an unthrottled
// desktop and on a phone profile (CPU 4x slower, 150 ms round trip, about
// 1.4 Mbps down, through the DevTools protocol).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';

/** The last commit before the tile-first split: its bundle drew the tile after two requests. */
export const BASELINE_REF = process.env.BENCH_BASELINE ?? 'e53acbb';

export const PROFILES = {
  desktop: undefined,
  phone: {cpu: 4, latency: 150, download: (1.4 * 1e6) / 8, upload: (0.7 * 1e6) / 8},
};
const DELAYS = [0, 100, 300];

/** Builds the baseline's dist/ once, in bench/.baseline/<ref>, from `git archive` and this checkout's node_modules. */
export function buildBaseline(root, ref = BASELINE_REF) {
  const dir = join(root, 'bench/.baseline', ref);
  if (existsSync(join(dir, 'dist/ab-registration.bundle.js'))) return dir;
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref], {maxBuffer: 1 << 28});
  execFileSync('tar', ['-x', '-C', dir], {input: archive});
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']});
  return dir;
}

/**
 * What each build makes a French page fetch: to draw the tile (all a page whose
 * tile is never on screen loads), to reach sign-in, and for the whole journey.
 */
export function journeyBytes({root, baselineDir, floorFiles, lookFile, gzip, brotli}) {
  const files = (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({name: f, code: readFileSync(join(dir, f))}));
  const sum = (list) => ({
    gzip: list.reduce((t, f) => t + gzip(f.code), 0),
    brotli: list.reduce((t, f) => t + brotli(f.code), 0),
    files: list.map((f) => f.name),
  });
  const is = (name, ...parts) =>
    parts.some((p) => (p === 'entry' ? /\.bundle\.js$/.test(name) : new RegExp(`^${p}-[\\w-]{8}\\.js$`).test(name)));
  const ours = files(join(root, 'dist'));
  const baseline = files(join(baselineDir, 'dist'));
  const floor = floorFiles.map((file) => ({name: file.split('/').at(-1), code: readFileSync(file)}));
  return {
    ours: {
      tile: sum(ours.filter((f) => is(f.name, 'entry'))),
      signIn: sum(ours.filter((f) => is(f.name, 'entry', 'core', 'fr-CA'))),
      journey: sum(ours),
    },
    baseline: {
      tile: sum(baseline.filter((f) => is(f.name, 'entry', 'fr-CA'))),
      signIn: sum(baseline.filter((f) => is(f.name, 'entry', 'fr-CA'))),
      journey: sum(baseline),
    },
    floor: {tile: sum(floor), signIn: undefined, journey: sum(floor)},
    look: sum([{name: 'tile-look.js', code: readFileSync(lookFile)}]),
  };
}

/** A page with its cache disabled and, given a profile (PROFILES), its network and CPU slowed through the DevTools protocol. */
export async function throttledPage(browser, profile) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.download,
      uploadThroughput: profile.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: profile.cpu});
  }
  return page;
}

/** One page load under `profile`: navigation start -> tile drawn, and with `click`, click -> sign-in drawn. */
async function load(browser, port, {which, src, profile, click, delay = 0, hover = false}) {
  const page = await throttledPage(browser, profile);
  const query = new URLSearchParams({which, src, delay: String(delay)});
  if (click) query.set('click', '');
  if (hover) query.set('hover', '');
  await page.goto(`http://127.0.0.1:${port}/bench/tile-page.html?${query}`);
  await page.waitForFunction(() => window.benchResult, {timeout: 120000});
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  if (result.error) throw new Error(`${which}: ${result.error}`);
  return result;
}

/** Every measurement, interleaved build by build so a shared machine's drift hits each alike. */
export async function tileFirstSpeed({browser, port, root, baselineDir, runs, median}) {
  const rel = (path) => `/${path.slice(root.length + 1)}`;
  const builds = {
    ours: {which: 'ours', src: '/dist/ab-registration.bundle.js'},
    baseline: {which: 'ours', src: `${rel(baselineDir)}/dist/ab-registration.bundle.js`},
    floor: {which: 'floor', src: '/bench/.build/floor/floor-element.js'},
  };
  const results = {};
  for (const [profileName, profile] of Object.entries(PROFILES)) {
    const tile = {ours: [], baseline: [], floor: []};
    for (const name of Object.keys(builds)) await load(browser, port, {...builds[name], profile}); // warm up
    for (let i = 0; i < runs; i++) {
      for (const [name, build] of Object.entries(builds))
        tile[name].push((await load(browser, port, {...build, profile})).tileVisible);
    }
    const clicks = [];
    for (const delay of DELAYS) {
      for (const hover of [false, true]) {
        const samples = {ours: [], baseline: []};
        for (let i = 0; i < runs; i++) {
          for (const name of ['ours', 'baseline']) {
            samples[name].push((await load(browser, port, {...builds[name], profile, click: true, delay, hover})).signIn);
          }
        }
        clicks.push({delay, hover, ours: median(samples.ours), baseline: median(samples.baseline)});
      }
    }
    results[profileName] = {
      tileVisible: {ours: median(tile.ours), baseline: median(tile.baseline), floor: median(tile.floor)},
      clicks,
    };
  }
  return results;
}

/** The table `npm run bench` prints, and the ratios issue #14 sets targets for. */
export function tileFirstReport({bytes, speed, runs, table}) {
  const f = (ms) => ms.toFixed(0);
  const r = (x) => x.toFixed(2);
  const b = (s) => (s ? `${s.gzip} / ${s.brotli}` : '-');
  const lines = [];
  lines.push(`\nTile first (issue #14): bytes a French page fetches (gzip -9 / brotli), baseline = ${BASELINE_REF}`);
  lines.push(
    table([
      ['', 'ours', 'baseline', 'floor', 'ours / floor', 'ours / baseline'],
      ...['tile', 'signIn', 'journey'].map((k) => [
        {tile: 'to draw the tile (never on screen: all)', signIn: 'to sign-in', journey: 'the whole journey'}[k],
        b(bytes.ours[k]),
        b(bytes.baseline[k]),
        b(bytes.floor[k]),
        bytes.floor[k] ? r(bytes.ours[k].gzip / bytes.floor[k].gzip) : '-',
        r(bytes.ours[k].gzip / bytes.baseline[k].gzip),
      ]),
    ])
  );
  const look = bytes.look.gzip;
  const floor = bytes.floor.tile.gzip;
  lines.push(
    `The floor drawing the tile's look alone (its styles, template and strings, no behaviour; bench/floor/tile-look.js): ` +
      `${b(bytes.look)} B = ${r(look / floor)}x the floor. 1.25x the floor is ${Math.round(1.25 * floor)} B: ` +
      `${Math.round(1.25 * floor) - look} B left for the element's behaviour, which takes ${bytes.ours.tile.gzip - look} B here.`
  );
  for (const [profile, s] of Object.entries(speed)) {
    lines.push(
      `\n${profile === 'phone' ? 'Phone (CPU 4x, 150 ms RTT, 1.4 Mbps down)' : 'Desktop (unthrottled)'}, median of ${runs} runs, ms`
    );
    const t = s.tileVisible;
    lines.push(
      table([
        ['', 'ours', 'baseline', 'floor', 'ours / baseline', 'ours / floor'],
        ['navigation start -> tile visible', f(t.ours), f(t.baseline), f(t.floor), r(t.ours / t.baseline), r(t.ours / t.floor)],
        ...s.clicks.map((c) => [
          `click -> sign-in, lookup +${c.delay} ms${c.hover ? ', hover 150 ms before' : ''}`,
          f(c.ours),
          f(c.baseline),
          '',
          r(c.ours / c.baseline),
          '',
        ]),
      ])
    );
  }
  return lines.join('\n');
}
