// `npm run screenshots`: every screen in both languages, from the built bundle
// (`npm run build` first: the rules that ship, not the sources) on a vendor's
// catalogue page, in headless Chromium against the reference endpoint, into
// docs/screenshots/*.png: a phone's first screenful (375 x 667: the dialog is
// a sheet over it) and the dialog's whole card over a desktop page (1280 px).
import {signInPage} from '../demo/reference-endpoint.mjs';
import {startPageServer} from './page-server.mjs';
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';

const OUT = 'docs/screenshots';

// The screenshots ship in the npm package (the README shows them): pngquant
// makes them a quarter of their size with no visible change.
try {
  execFileSync('pngquant', ['--version'], {stdio: 'ignore'});
} catch {
  console.error('npm run screenshots needs pngquant: sudo apt-get install pngquant');
  process.exit(1);
}
/** A phone (the dialog is a sheet over its screen) and a desktop (the dialog's card stops at 480 px). */
const WIDTHS = [
  [375, 'phone'],
  [1280, 'desktop'],
];
const PHONE_HEIGHT = 667;
const DESKTOP_HEIGHT = 800;

/** A vendor's catalogue page with the built bundle: the tile in a cell of its supplier grid. */
function vendorPage({lang, email, endpoint}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/test/fixtures/vendor-grid.css"></head><body>
<ul class="vendor-grid">
  <li>Bureau en Gros</li>
  <li><ab-registration lang="${lang}" endpoint="${endpoint}" email="${email}"></ab-registration></li>
  <li>Dell</li><li>Grainger</li><li>Staples</li><li>Uline</li>
</ul>
<script type="module" src="/dist/ab-registration.bundle.js"></script></body></html>`;
}
/** `npm run screenshots -- link-choice welcome`: only those screens. */
const only = process.argv.length > 2 ? process.argv.slice(2) : undefined;
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium or Chrome found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** Each screenshot: the buyer's email, an optional fault, and the clicks that reach the screen. */
const SHOTS = [
  {name: 'start', email: 'new@abdemoaccount.com', steps: []},
  {name: 'choose-scenario', email: 'unsure@abdemoaccount.com', steps: ['tile']},
  {name: 'sign-in-amazon-account', email: 'user4@abdemoaccount.com', steps: ['tile']},
  {name: 'sign-in-business-account', email: 'single@abdemoaccount.com', steps: ['tile']},
  {name: 'sign-in-errors', email: 'user4@abdemoaccount.com', steps: ['tile', 'clear-identifier', 'submit-light']},
  {name: 'link-choice', email: 'user4@abdemoaccount.com', steps: ['tile', 'password', 'submit-light']},
  {
    name: 'separate-email',
    email: 'user4@abdemoaccount.com',
    steps: ['tile', 'password', 'submit-light', 'radio:separate', 'submit'],
  },
  {name: 'join-official', email: 'single@abdemoaccount.com', steps: ['tile', 'password', 'submit-light']},
  {name: 'welcome', email: 'member@abdemoaccount.com', steps: ['tile']},
  {name: 'blocked', email: 'admin@abdemoaccount.com', steps: ['tile']},
  {name: 'error', email: 'user4@abdemoaccount.com', fault: 'unavailable', steps: ['tile']},
  {name: 'handoff-amazon-account', email: 'user4@abdemoaccount.com', endpoint: '/api/ab-registration-handoff', steps: ['tile']},
  {
    name: 'handoff-business-account',
    email: 'single@abdemoaccount.com',
    endpoint: '/api/ab-registration-handoff',
    steps: ['tile'],
  },
];

/** docs/screenshots.md: every shot, phone then desktop, French then English (the README shows the phone ones). */
function writeGallery() {
  const image = (dir, file, alt) => `![${alt}](screenshots/${dir}/${file})`;
  const sections = SHOTS.map(({name}) =>
    [
      `## ${name}`,
      '',
      ...WIDTHS.map(([width, dir]) =>
        ['fr-CA', 'en'].map((lang) => image(dir, `${name}.${lang}.png`, `${name}, ${lang}, ${width} px`)).join(' ')
      ).flatMap((line) => [line, '']),
    ].join('\n')
  );
  const demo = WIDTHS.map(([width, dir]) =>
    [
      image(dir, 'demo.png', `the demo page, ${width} px`),
      image(dir, 'demo-dark.png', `the demo page, dark, sign-in, ${width} px`),
    ].join(' ')
  );
  writeFileSync(
    'docs/screenshots.md',
    `# Screenshots\n\nWritten by \`npm run screenshots\` from the built bundle on a vendor's catalogue page (headless Chromium against the reference endpoint): ` +
      `every screen in both languages, as a phone's first screenful (375 x 667, the dialog a sheet over the screen) and as the dialog's ` +
      `whole card over a desktop page (1280 px, the card at most 480 px wide). The tile itself is shown in its grid cell.\n\n` +
      `## the demo page\n\n${demo.join('\n\n')}\n\n${sections.join('\n')}`
  );
  console.log('docs/screenshots.md');
}

async function act(page, step) {
  await page.evaluate(async (step) => {
    const el = document.querySelector('ab-registration');
    const shadow = (s) => el.shadowRoot.querySelector(s);
    const light = (s) => el.querySelector(s);
    const before = el.step;
    if (step === 'tile') shadow('.tile').click();
    else if (step === 'password') light('input[type="password"]').value = 'password';
    else if (step === 'clear-identifier') {
      const input = light('input[name="identifier"]');
      input.value = '';
      input.dispatchEvent(new Event('input', {bubbles: true}));
    } else if (step === 'submit-light') light('button[type="submit"]').click();
    else if (step === 'submit') shadow('dialog button[type="submit"]').click();
    else if (step.startsWith('radio:')) shadow(`input[value="${step.slice(6)}"]`).click();
    const moves = ['tile', 'submit', 'submit-light'].includes(step);
    // Wait for the screen change (or the error) an action leads to, then for the render.
    for (
      let i = 0;
      moves && i < 200 && el.step === before && !el.shadowRoot.querySelector('.alert, .problem') && !el.querySelector('.problem');
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await el.updateComplete;
  }, step);
}

const server = await startPageServer((ctx, next) => {
  if (ctx.path !== '/__screenshot__') return next();
  const params = Object.fromEntries(new URLSearchParams(ctx.querystring));
  // Served to its buyer, signed in: the endpoint reads them from that session.
  signInPage(ctx, params.email);
  ctx.type = 'html';
  ctx.body = vendorPage(params);
  return undefined;
});
const browser = await puppeteer.launch({executablePath, headless: true, args: CHROMIUM_ARGS});
if (!only) for (const [, dir] of WIDTHS) rmSync(`${OUT}/${dir}`, {recursive: true, force: true});
for (const [, dir] of WIDTHS) mkdirSync(`${OUT}/${dir}`, {recursive: true});
try {
  for (const [width, dir] of WIDTHS) {
    for (const lang of ['fr-CA', 'en']) {
      for (const shot of SHOTS) {
        if (only && !only.includes(shot.name)) continue;
        const page = await browser.newPage();
        const phone = width < 600;
        await page.setViewport({width, height: phone ? PHONE_HEIGHT : DESKTOP_HEIGHT, deviceScaleFactor: 1});
        const query = new URLSearchParams({lang, email: shot.email, endpoint: shot.endpoint ?? '/api/ab-registration'});
        await page.goto(`${server.origin}/__screenshot__?${query}`);
        await page.waitForFunction(() => document.querySelector('ab-registration')?.shadowRoot?.querySelector('.tile'));
        if (shot.fault) {
          await page.evaluate((fault) => {
            document.querySelector('ab-registration').requestInit = {headers: {'X-Demo-Fault': fault}};
          }, shot.fault);
        }
        for (const step of shot.steps) await act(page, step);
        // Let the focus ring settle where the widget put it, and a busy state pass.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const path = `${OUT}/${dir}/${shot.name}.${lang}.png`;
        const open = await page.evaluate(() =>
          Boolean(document.querySelector('ab-registration').shadowRoot.querySelector('dialog[open]'))
        );
        if (!open) {
          // The tile in its cell: the grid's first row.
          const grid = await page.$('.vendor-grid');
          const box = await grid.boundingBox();
          await page.screenshot({path, clip: {x: 0, y: 0, width, height: Math.ceil(box.y + Math.min(box.height, 152) + 8)}});
        } else if (phone) {
          // What a phone shows: the sheet's first screenful.
          await page.screenshot({path});
        } else {
          // The whole card over the dimmed page: a window as tall as the card needs.
          const length = await page.evaluate(
            () => document.querySelector('ab-registration').shadowRoot.querySelector('dialog').scrollHeight
          );
          await page.setViewport({width, height: Math.max(DESKTOP_HEIGHT, length + 64), deviceScaleFactor: 1});
          await new Promise((resolve) => setTimeout(resolve, 100));
          const dialog = await page.evaluateHandle(() =>
            document.querySelector('ab-registration').shadowRoot.querySelector('dialog')
          );
          const box = await dialog.boundingBox();
          await page.screenshot({path, clip: {x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32}});
        }
        await page.close();
        console.log(path);
      }
    }
  }
  // The demo page as a developer first sees it, and with the tile opened on sign-in in the dark theme.
  for (const [width, dir] of only ? [] : WIDTHS) {
    for (const [name, dark] of [
      ['demo', false],
      ['demo-dark', true],
    ]) {
      const page = await browser.newPage();
      await page.setViewport({width, height: width < 500 ? 740 : 900, deviceScaleFactor: 1});
      await page.goto(`${server.origin}/demo/index.html`);
      await page.waitForFunction(() => document.querySelector('ab-registration')?.shadowRoot?.querySelector('.tile'));
      if (dark) {
        await page.click('input[name="theme"][value="dark"]');
        await page.waitForFunction(() => document.querySelector('ab-registration')?.shadowRoot?.querySelector('.tile'));
        await act(page, 'tile');
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const path = `${OUT}/${dir}/${name}.png`;
      await page.screenshot({path});
      await page.close();
      console.log(path);
    }
  }
  if (!only) writeGallery();
  for (const dir of ['phone', 'desktop']) {
    const files = readdirSync(`${OUT}/${dir}`)
      .filter((name) => name.endsWith('.png'))
      .map((name) => `${OUT}/${dir}/${name}`);
    try {
      execFileSync('pngquant', [
        '--quality=70-90',
        '--speed=1',
        '--strip',
        '--skip-if-larger',
        '--force',
        '--ext=.png',
        ...files,
      ]);
    } catch (error) {
      // 98 and 99: an image left as it was (no smaller, or below the quality floor).
      if (error.status !== 98 && error.status !== 99) throw error;
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
