// The built bundle (`npm run build`, run by `npm test` first), loaded the way a
// vendor's page loads it: one <script type="module">, in a page of its own.
import {expect, waitUntil} from '@open-wc/testing';
import {signInAs, signInAsTileBuyer} from './helpers/demo-session.js';
import {GRID_CSS} from './helpers/vendor-page.js';
import {onlyIn} from './helpers/engine.js';
import type {AbRegistration} from '../src/AbRegistration.js';
import type {CSSResult} from 'lit';
import {coreStyles} from '../src/styles/core.styles.js';
import {laterStyles} from '../src/styles/later.styles.js';
import {lightDomStyles} from '../src/styles/sign-in.styles.js';
import {tileStyles} from '../src/styles/tile.styles.js';

let pages = 0;

async function page(body: string, extraScript = ''): Promise<Window> {
  await signInAsTileBuyer(body);
  const frame = document.createElement('iframe');
  // A page of its own URL, under the strict policy of demo/strict-csp.html (the
  // test server writes it: web-test-runner.config.mjs; a srcdoc frame's 'self'
  // matches nothing in Firefox). page-monitor.js records violations and console
  // warnings (Lit's dev build always prints one).
  // Its own URL for the bundle (web-test-runner.config.mjs): no chunk comes from another test page's memory cache.
  const fresh = `p${++pages}-${Date.now()}`;
  frame.src = `/__bundle-page__?${new URLSearchParams({head: extraScript, body, fresh})}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return frame.contentWindow!;
}

function tileText(win: Window): string {
  const el = win.document.querySelector('ab-registration');
  return el?.shadowRoot?.querySelector('.tile')?.textContent?.trim() ?? '';
}

/** The tile's description (the guide's scenario 1 sentence): its language is the tile's. */
function hintText(win: Window): string {
  const el = win.document.querySelector('ab-registration');
  return el?.shadowRoot?.querySelector('.tile-hint')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function shadow(win: Window): ShadowRoot {
  return win.document.querySelector('ab-registration')!.shadowRoot!;
}

function heading(win: Window): string {
  // As read: the isolate marks around the account's name are invisible.
  return (
    shadow(win)
      .querySelector('h2')
      ?.textContent?.replace(/[\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

/** The chunks the page fetched from dist/, by name (hash dropped, each once), in name order. */
function chunks(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .map((p) => p.replace(/^\/dist-fresh\/[\w-]+\//, '/dist/'))
    .filter((p) => p.startsWith('/dist/') && p.endsWith('.js'))
    .map((p) => p.slice('/dist/'.length).replace(/-[\w-]{8}\.js$/, ''))
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();
}

/** Clicks the widget's button whose text is `label` (the tile's is "amazon business"). */
function press(win: Window, label: string): void {
  // The shadow root's buttons, and the light-DOM sign-in form's.
  [...shadow(win).querySelectorAll('button'), ...win.document.querySelectorAll('button')]
    .find((b) => b.textContent?.trim() === label)!
    .click();
}

/** Clicks the tile and waits for sign-in: its password field (light DOM). */
async function toSignIn(win: Window): Promise<HTMLInputElement> {
  press(win, 'amazon business');
  await waitUntil(() => win.document.querySelector('input[type="password"]'), 'no sign-in', {timeout: 5000});
  return win.document.querySelector<HTMLInputElement>('input[type="password"]')!;
}

/** Types `text` into the password field as an input event says it, then presses the sign-in button (`label`). */
function submitPassword(win: Window, password: HTMLInputElement, text: string, label = 'Sign in'): void {
  password.value = text;
  password.dispatchEvent(new Event('input', {bubbles: true}));
  press(win, label);
}

/** The detail of every `ab-registration-error` the page receives from now on. */
function errorEvents(win: Window): unknown[] {
  const details: unknown[] = [];
  win.document.addEventListener('ab-registration-error', (e) => details.push((e as CustomEvent).detail));
  return details;
}

/**
 * Runs `test` with the cookie `name` set (web-test-runner.config.mjs then fails
 * or slows the later chunks); `test` may clear it early, and it is cleared after.
 */
async function withCookie(name: string, test: (clear: () => void) => Promise<void>): Promise<void> {
  const clear = () => {
    document.cookie = `${name}=; path=/; max-age=0`;
  };
  document.cookie = `${name}=1; path=/`;
  try {
    await test(clear);
  } finally {
    clear();
  }
}

/** A stylesheet that puts the tile far below the frame's fold. */
const BELOW_THE_FOLD = '<link rel="stylesheet" href="/test/fixtures/offscreen.css" />';

/** WebKit serves a chunk an earlier frame fetched from its memory cache, despite no-store: it cannot be made slow. */
const SLOW_CHUNK = onlyIn(['chromium', 'firefox'], "WebKit's memory cache serves the chunk at once");

describe('dist/ab-registration.bundle.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // First in the file: the delayed fr-CA chunk (see web-test-runner.config.mjs) is not cached yet.
  it('never flashes English on a French page: the first text painted is French', async () => {
    const win = await page(
      '<ab-registration lang="fr-CA" endpoint="/api/ab-registration"></ab-registration>',
      '<script src="/test/fixtures/first-text.js"></script>'
    );
    const monitor = win as unknown as {firstText?: string};
    await waitUntil(() => monitor.firstText, 'nothing painted', {timeout: 5000});
    expect(monitor.firstText).to.match(/^Il suffit de cliquer sur le carreau amazon business/);
  });

  // Before any other test fetches the later chunks: Chromium's memory cache would serve them.
  it('says the network failed when the later chunk cannot be fetched, and retry fetches it again', async () => {
    await withCookie('fail-later', async (clear) => {
      const win = await page(
        '<ab-registration lang="en" endpoint="/api/ab-registration" email="member@abdemoaccount.com"></ab-registration>',
        '<script src="/test/fixtures/record-calls.js"></script>'
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const errors = errorEvents(win);
      press(win, 'amazon business');
      await waitUntil(() => heading(win) === 'Something went wrong', `no error shown: ${heading(win)}`, {timeout: 5000});
      expect(shadow(win).querySelector('dialog .card')?.textContent).to.include("We couldn't reach the registration service.");
      expect(errors).to.deep.equal([{code: 'network', retryable: true}]);
      clear();
      press(win, 'Try again');
      await waitUntil(() => heading(win) === 'Welcome to Amazon Business!', `welcome never shown: ${heading(win)}`, {
        timeout: 5000,
      });
      // The lookup was answered: the retry fetched the chunk, not the lookup again.
      expect((win as unknown as {abCalls: string[]}).abCalls).to.deep.equal(['lookup']);
    });
  });
  it('never sends an answered call again: after the later chunk failed, a retry fetches only the chunk (no second sign-in)', async () => {
    await withCookie('fail-later', async (clear) => {
      const win = await page(
        '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>',
        '<script src="/test/fixtures/record-calls.js"></script>'
      );
      const calls = (win as unknown as {abCalls: string[]}).abCalls;
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const errors = errorEvents(win);
      const password = await toSignIn(win);
      submitPassword(win, password, 'secret');
      // Signed in (200), but link-choice's chunk failed: said as a network failure, the password kept.
      await waitUntil(() => errors.length === 1, 'no error', {timeout: 5000});
      expect(errors).to.deep.equal([{code: 'network', retryable: true}]);
      expect(password.value).to.equal('secret');
      expect(calls).to.deep.equal(['lookup', 'sign-in']);
      clear();
      press(win, 'Sign in');
      await waitUntil(() => heading(win) === 'Your existing Amazon account', `link-choice never shown: ${heading(win)}`, {
        timeout: 5000,
      });
      expect(calls, 'sign-in was sent once').to.deep.equal(['lookup', 'sign-in']);
    });
  });

  it('calls the endpoint as resolved when it was set: a <base> the page gains after sign-in shows moves no call', async () => {
    await signInAs('user4@abdemoaccount.com');
    // A page with no policy at all (no base-uri): the snippet page.
    const frame = document.createElement('iframe');
    const html =
      '<script src="/test/fixtures/record-calls.js"></script><script type="module" src="/dist/ab-registration.bundle.js"></script>' +
      '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>';
    frame.src = `/__snippet-page__?${new URLSearchParams({html})}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const win = frame.contentWindow!;
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    const password = await toSignIn(win);
    // Injected now: every relative URL of the page resolves against another origin from here on.
    const base = win.document.createElement('base');
    base.href = `http://127.0.0.1:${location.port}/elsewhere/`;
    win.document.head.append(base);
    expect(new URL('/api/ab-registration', win.document.baseURI).origin).not.to.equal(location.origin);
    submitPassword(win, password, 'secret');
    await waitUntil(() => heading(win) === 'Your existing Amazon account', `link-choice never shown: ${heading(win)}`, {
      timeout: 5000,
    });
    const endpoint = `${location.origin}/api/ab-registration`;
    expect((win as unknown as {abCallUrls: string[]}).abCallUrls).to.deep.equal([`lookup ${endpoint}`, `sign-in ${endpoint}`]);
  });

  it('before the later steps arrive, every screen a buyer can reach speaks one language: no English on a French page, no French on an English one', async () => {
    // Every message's text in each language (locales/fr-CA.xlf), cut at its placeholders: the pieces only one language has.
    const xlf = new DOMParser().parseFromString(await (await fetch('/locales/fr-CA.xlf')).text(), 'application/xml');
    const pieces = (node: Element | null) =>
      [...(node?.childNodes ?? [])]
        .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent! : '\u0000'))
        .join('')
        .split('\u0000');
    const units = [...xlf.querySelectorAll('trans-unit')].map((u) => ({
      en: pieces(u.querySelector('source')),
      fr: pieces(u.querySelector('target')),
    }));
    const all = {en: units.flatMap((u) => u.en).join('\n'), fr: units.flatMap((u) => u.fr).join('\n')};
    const only = (lang: 'en' | 'fr', other: 'en' | 'fr') =>
      [...new Set(units.flatMap((u) => u[lang]).map((p) => p.replace(/\s+/g, ' ').trim()))].filter(
        (p) => p.length >= 6 && !all[other].replace(/\s+/g, ' ').includes(p)
      );
    const foreign = {'fr-CA': only('en', 'fr'), en: only('fr', 'en')};
    const said = (win: Window) => {
      const el = win.document.querySelector('ab-registration') as HTMLElement;
      const nodes = [...shadow(win).querySelectorAll<HTMLElement>('.card')].filter((n) => !n.closest('dialog:not([open])'));
      return [...nodes.map((n) => n.innerText), el.innerText].join('\n').replace(/\s+/g, ' ');
    };
    const checked: string[] = [];
    const expectOneLanguage = (win: Window, lang: 'fr-CA' | 'en', where: string) => {
      const text = said(win);
      expect(text.trim(), `${where}: something is shown`).not.to.equal('');
      const strays = foreign[lang].filter((p) => text.includes(p));
      expect(strays, `${lang}, ${where}: ${text}`).to.deep.equal([]);
      checked.push(`${lang} ${where}`);
    };
    await withCookie('fail-later', async () => {
      for (const lang of ['fr-CA', 'en'] as const) {
        const open = async (email: string, fault?: string) => {
          const win = await page(
            `<ab-registration lang="${lang}" endpoint="/api/ab-registration" email="${email}"></ab-registration>`
          );
          await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
          if (fault)
            (win.document.querySelector('ab-registration') as AbRegistration).requestInit = {headers: {'X-Demo-Fault': fault}};
          return win;
        };
        const errors = async (win: Window, count: number) =>
          waitUntil(() => (win as unknown as {abErrors?: unknown[]}).abErrors!.length >= count, 'no error', {timeout: 8000});
        const watch = (win: Window) => {
          const list: unknown[] = ((win as unknown as {abErrors: unknown[]}).abErrors = []);
          win.document.addEventListener('ab-registration-error', (e) => list.push((e as CustomEvent).detail));
        };
        // The tile.
        let win = await open('user4@abdemoaccount.com');
        expectOneLanguage(win, lang, 'the tile');
        // A lookup whose connection drops, one the endpoint refuses (503), one whose session expired.
        for (const fault of ['network-down', 'unavailable', 'session-expired']) {
          win = await open('user4@abdemoaccount.com', fault);
          watch(win);
          press(win, 'amazon business');
          await errors(win, 1);
          await waitUntil(() => !tileText(win).includes(lang === 'en' ? 'Please wait' : 'Veuillez patienter'), 'still busy', {
            timeout: 5000,
          });
          expectOneLanguage(win, lang, `lookup ${fault}`);
        }
        // Sign-in, both variants; a wrong password; a sign-in whose next screen cannot come.
        for (const email of ['user4@abdemoaccount.com', 'single@abdemoaccount.com']) {
          win = await open(email);
          watch(win);
          const password = await toSignIn(win);
          expectOneLanguage(win, lang, `sign-in ${email}`);
          for (const [typed, count] of [
            ['wrong', 1],
            ['secret', 2],
          ] as const) {
            submitPassword(win, password, typed, lang === 'en' ? 'Sign in' : 'Se connecter');
            await errors(win, count);
            expectOneLanguage(win, lang, `sign-in ${email}, password ${typed}`);
          }
        }
      }
    });
    expect(checked).to.have.length(20);
  });

  it(
    SLOW_CHUNK.title('gives up on a later chunk slower than `timeout`, says so, and a retry uses the chunk once it is in'),
    async function () {
      SLOW_CHUNK.skipElsewhere(this);
      await withCookie('slow-later', async () => {
        const win = await page(
          '<ab-registration lang="en" timeout="400" endpoint="/api/ab-registration" email="member@abdemoaccount.com"></ab-registration>'
        );
        await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
        const errors = errorEvents(win);
        press(win, 'amazon business');
        await waitUntil(() => heading(win) === 'Something went wrong', `no error shown: ${heading(win)}`, {timeout: 5000});
        expect(shadow(win).querySelector('.message')?.textContent).to.equal(
          'The registration service took too long to answer. Try again.'
        );
        expect(errors).to.deep.equal([{code: 'timeout', retryable: true}]);
        // An entry is written once the response is complete (responseStatus, where the engine has it, says 200).
        const arrived = () =>
          win.performance.getEntriesByType('resource').some((e) => {
            const {responseStatus, responseEnd} = e as PerformanceResourceTiming;
            return /\/later-[\w-]+\.js$/.test(new URL(e.name).pathname) && responseEnd > 0 && (responseStatus ?? 200) === 200;
          });
        await waitUntil(arrived, 'the slow chunk never came', {timeout: 5000});
        press(win, 'Try again');
        await waitUntil(() => heading(win) === 'Welcome to Amazon Business!', `welcome never shown: ${heading(win)}`, {
          timeout: 5000,
        });
        expect(errors).to.have.length(1);
      });
    }
  );

  it('tells an endpoint error in French once the later chunk (its message) is in; without it, that the network failed', async () => {
    await withCookie('fail-later', async (clear) => {
      const win = await page(
        '<ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="new@abdemoaccount.com"></ab-registration>'
      );
      await waitUntil(() => hintText(win).startsWith('Il suffit de cliquer'), 'fr-CA never rendered', {timeout: 5000});
      const el = win.document.querySelector('ab-registration') as HTMLElement & {
        requestInit: unknown;
        updateComplete: Promise<boolean>;
      };
      el.requestInit = {headers: {'X-Demo-Fault': 'unavailable'}};
      const errors = errorEvents(win);
      press(win, 'amazon business');
      await waitUntil(() => heading(win) === "Une erreur s'est produite", `no error shown: ${heading(win)}`, {timeout: 5000});
      expect(shadow(win).querySelector('.message')?.textContent).to.equal(
        "Impossible de joindre le service d'enregistrement. Vérifiez votre connexion, puis réessayez."
      );
      expect(errors).to.deep.equal([{code: 'network', retryable: true}]);
      clear();
      press(win, 'Réessayer');
      await waitUntil(() => errors.length === 2, 'no second error', {timeout: 5000});
      expect(errors[1]).to.deep.equal({code: 'unavailable', status: 503, retryable: true});
      await el.updateComplete;
      expect(shadow(win).querySelector('.message')?.textContent).to.equal(
        "Le service d'enregistrement est temporairement indisponible. Réessayez dans quelques minutes."
      );
    });
  });

  it('draws a French tile from one file; a tile never on screen fetches nothing more', async () => {
    // Below the fold of its frame, and never scrolled to.
    const win = await page(
      '<div class="below-the-fold"></div><ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="new@abdemoaccount.com"></ab-registration>',
      BELOW_THE_FOLD
    );
    await waitUntil(
      () => hintText(win).startsWith('Il suffit de cliquer sur le carreau amazon business'),
      'fr-CA never rendered',
      {
        timeout: 5000,
      }
    );
    expect(tileText(win)).to.equal('amazon business');
    expect(chunks(win), 'the French tile needs one file').to.deep.equal(['ab-registration.bundle.js']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(chunks(win), 'nothing more while the tile is out of sight').to.deep.equal(['ab-registration.bundle.js']);
    // Intent (focus reaching the tile) fetches the rest, French strings included.
    const tile = shadow(win).querySelector<HTMLButtonElement>('.tile')!;
    tile.focus();
    await waitUntil(() => chunks(win).length === 3, `not fetched on focus: ${chunks(win).join(', ')}`, {timeout: 5000});
    expect(chunks(win)).to.deep.equal(['ab-registration.bundle.js', 'core', 'fr-CA']);
    // The rest takes over the same tile: a keyboard buyer's focus stays on it.
    await waitUntil(() => shadow(win).querySelector('slot[name="announce"]'), 'the rest never took over', {timeout: 5000});
    await (win.document.querySelector('ab-registration') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(shadow(win).querySelector('.tile'), 'the same tile button').to.equal(tile);
    expect(shadow(win).activeElement, 'focus kept').to.equal(tile);
  });

  it('looks the same before and after the rest takes over, in either theme', async () => {
    /** What the eye sees of every node in the card (and the card's own box). */
    const look = (win: Window) =>
      [...shadow(win).querySelectorAll('.card.launcher, .card.launcher *')].map((node) => {
        const style = win.getComputedStyle(node);
        const props = ['color', 'background-color', 'border-top-color', 'border-top-width', 'font-size', 'font-weight'];
        const box = node.getBoundingClientRect();
        return `${node.localName}.${node.className}: ${props.map((p) => style.getPropertyValue(p)).join(' ')} ${box.width}x${box.height}`;
      });
    for (const theme of ['light', 'dark']) {
      const win = await page(
        `<div class="below-the-fold"></div><ab-registration theme="${theme}" lang="en" endpoint="/api/ab-registration"></ab-registration>`,
        BELOW_THE_FOLD
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const before = look(win);
      // A pointer over the tile fetches the rest (no focus ring to tell apart).
      win.document.querySelector('ab-registration')!.dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => shadow(win).querySelector('slot[name="announce"]'), 'the rest never took over', {
        timeout: 5000,
      });
      await (win.document.querySelector('ab-registration') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(look(win), theme).to.deep.equal(before);
    }
  });

  it('fetches the rest once the tile has been on screen and the browser is idle', async () => {
    const win = await page('<ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration>');
    await waitUntil(() => chunks(win).includes('core'), `not fetched on sight: ${chunks(win).join(', ')}`, {timeout: 5000});
    expect(chunks(win)).to.deep.equal(['ab-registration.bundle.js', 'core']);
  });

  it('a click before the rest has arrived sends lookup at once and still reaches sign-in', async () => {
    await withCookie('slow-core', async () => {
      const win = await page(
        '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>'
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      press(win, 'amazon business');
      await waitUntil(() => tileText(win).includes('Please wait…'), 'the tile never said it was busy', {timeout: 1000});
      await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 8000});
      const entry = (pattern: RegExp) =>
        win.performance.getEntriesByType('resource').find((e) => pattern.test(new URL(e.name).pathname)) as
          PerformanceResourceTiming | undefined;
      const lookup = entry(/^\/api\/ab-registration$/)!;
      const core = entry(/^\/dist(-fresh\/[\w-]+)?\/core-/)!;
      expect(lookup.startTime, 'lookup started before the rest had arrived').to.be.below(core.responseEnd);
      expect(heading(win)).to.equal('Sign in to Amazon.com');
    });
  });

  it('a requestInit the browser refuses, clicked before the rest arrived: a config error naming the header, the click not lost', async () => {
    await withCookie('slow-core', async () => {
      const win = await page(
        '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>',
        '<script src="/test/fixtures/record-calls.js"></script>'
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const el = win.document.querySelector('ab-registration') as AbRegistration;
      el.requestInit = {headers: {'X-CSRF-Token': 'secret-value\nInjected: 1'}};
      const errors = errorEvents(win);
      press(win, 'amazon business');
      await waitUntil(() => errors.length === 1, 'the click was lost: no error event', {timeout: 8000});
      expect(errors).to.deep.equal([{code: 'config', retryable: false}]);
      const monitor = win as unknown as {consoleWarnings: string[]; abCalls: string[]};
      expect(monitor.consoleWarnings).to.deep.equal([
        'ab-registration: requestInit.headers: the browser refuses the header "X-CSRF-Token"',
      ]);
      expect(monitor.abCalls, 'nothing even handed to fetch').to.deep.equal([]);
      expect(win.performance.getEntriesByType('resource').filter((e) => /\/api\/ab-registration$/.test(e.name))).to.deep.equal(
        []
      );
      // Fixed by the host, the buyer starts over and goes on.
      el.requestInit = {headers: {'X-CSRF-Token': 'fixed'}};
      await waitUntil(
        () => [...shadow(win).querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Start over'),
        'no way on',
        {
          timeout: 5000,
        }
      );
      press(win, 'Start over');
      await waitUntil(() => tileText(win) === 'amazon business', 'not back on the tile', {timeout: 5000});
      press(win, 'amazon business');
      await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
    });
  });

  it(
    SLOW_CHUNK.title(
      'a click before the rest arrived: its lookup obeys `timeout`, counted from the click, and a double click sends one'
    ),
    async function () {
      SLOW_CHUNK.skipElsewhere(this);
      await withCookie('slow-core', async () => {
        // The rest arrives 1.5 s after the click (the tile is below the fold, so nothing was fetched before it),
        // within the 3 s timeout; the endpoint answers after 3.5 s. Counted from the click, the timeout runs out
        // at 3 s and aborts the early call (timeout); counted from the rest's arrival (4.5 s), or with the early
        // call left running, the answer would win.
        const win = await page(
          '<div class="below-the-fold"></div><ab-registration lang="en" timeout="3000" endpoint="/api/hostile/delayed?ms=3500" email="member@abdemoaccount.com"></ab-registration>',
          `${BELOW_THE_FOLD}<script src="/test/fixtures/record-calls.js"></script>`
        );
        await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
        const errors = errorEvents(win);
        const clicked = win.performance.now();
        press(win, 'amazon business');
        press(win, 'amazon business'); // a double click
        await waitUntil(() => errors.length === 1, 'no error', {timeout: 8000});
        expect(errors).to.deep.equal([{code: 'timeout', retryable: true}]);
        expect((win as unknown as {abCalls: string[]}).abCalls, 'one lookup for two clicks').to.deep.equal(['lookup']);
        // The premise: the rest was asked for at the click, not before, and came within the timeout (the
        // timeout is the lookup's, not the tile's wait for the rest).
        const core = win.performance.getEntriesByType('resource').find((e) => /\/core-/.test(e.name));
        expect(core, 'the rest never came').to.exist;
        expect(core!.startTime).to.be.at.least(clicked);
        expect(win.document.querySelector('ab-registration')!.shadowRoot!.querySelector('dialog'), 'the flow opened').to.exist;
      });
    }
  );

  it('a lookup clicked before the rest arrived is aborted when the element is removed, and never taken over', async () => {
    await withCookie('slow-core', async () => {
      const win = await page(
        '<ab-registration lang="en" endpoint="/api/hostile/delayed?ms=3000" email="member@abdemoaccount.com"></ab-registration>',
        '<script src="/test/fixtures/record-calls.js"></script>'
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const events: string[] = [];
      for (const name of ['ab-registration-error', 'ab-registration-step', 'ab-registration-complete'])
        win.document.addEventListener(name, () => events.push(name));
      press(win, 'amazon business');
      const el = win.document.querySelector('ab-registration')!;
      el.remove();
      const monitor = win as unknown as {abCalls: string[]; abAborted: string[]};
      await waitUntil(() => monitor.abAborted.length === 1, 'the lookup was not aborted', {timeout: 5000});
      expect(monitor.abAborted).to.deep.equal(['lookup']);
      expect(events).to.deep.equal([]);
    });
  });

  it('autostart looks the buyer up at once, even with the tile below the fold (it never waits to be seen)', async () => {
    const win = await page(
      '<div class="below-the-fold"></div><ab-registration autostart lang="en" endpoint="/api/ab-registration" email="member@abdemoaccount.com"></ab-registration>',
      BELOW_THE_FOLD
    );
    await waitUntil(() => heading(win) === 'Welcome to Amazon Business!', `never looked up: ${heading(win)}`, {timeout: 8000});
    const tile = win.document.querySelector('ab-registration')!.getBoundingClientRect();
    expect(tile.top, 'still below the fold').to.be.above(win.innerHeight);
  });

  it('ships every CSS rule of the sources: each selector, condition and property survives minification and parses', async () => {
    /** Each rule as the browser parsed it: selector (or at-rule and condition) and the properties it sets. */
    // By the rule's kind (its constructor's name: the frame's rules are of another realm than this page's classes).
    const signatures = (rules: CSSRuleList, within = ''): string[] =>
      [...rules].flatMap((rule) => {
        const kind = rule.constructor.name;
        if (kind === 'CSSStyleRule') {
          const style = rule as CSSStyleRule;
          return [`${within}${style.selectorText} {${[...style.style].sort().join(';')}}`];
        }
        if (kind === 'CSSMediaRule' || kind === 'CSSSupportsRule' || kind === 'CSSContainerRule') {
          const group = rule as CSSConditionRule;
          // The minifier writes (max-width: X) as (width <= X): the same query for every supported browser.
          const condition = group.conditionText.replace(
            /\((max|min)-(width|height):\s*([^)]+)\)/g,
            (_, bound: string, side: string, value: string) => `(${side} ${bound === 'max' ? '<=' : '>='} ${value})`
          );
          return signatures(group.cssRules, `${within}${kind} ${condition} `);
        }
        if (kind === 'CSSKeyframesRule') {
          const frames = rule as CSSKeyframesRule;
          return [
            `${within}@keyframes ${frames.name} {${[...frames.cssRules].map((k) => (k as CSSKeyframeRule).keyText).join(',')}}`,
          ];
        }
        return [`${within}${kind}`];
      });
    const sheetOf = (result: CSSResult) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(result.cssText);
      return sheet;
    };
    const sources = [...tileStyles, coreStyles, laterStyles, lightDomStyles].flatMap((result) =>
      signatures(sheetOf(result as CSSResult).cssRules)
    );
    expect(sources.length, 'rules in the sources').to.be.above(100);
    // The built bundle's sheets, once the tile, the rest, sign-in (light DOM) and a later step are in.
    const win = await page(
      '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>'
    );
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    submitPassword(win, await toSignIn(win), 'secret');
    await waitUntil(() => heading(win) === 'Your existing Amazon account', `link-choice never shown: ${heading(win)}`, {
      timeout: 5000,
    });
    const shipped = new Set(
      [...shadow(win).adoptedStyleSheets, ...win.document.adoptedStyleSheets].flatMap((sheet) => signatures(sheet.cssRules))
    );
    expect(sources.filter((rule) => !shipped.has(rule))).to.deep.equal([]);
  });

  it("the sign-in error summary looks the same in a vendor's list item: no default margins on its title, discs, its own spacing", async () => {
    const win = await page(
      '<ul class="vendor-grid"><li>Dell</li><li><ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration></li></ul>',
      GRID_CSS
    );
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    await toSignIn(win);
    press(win, 'Sign in');
    await waitUntil(() => win.document.querySelector('.summary-title'), 'no error summary', {timeout: 5000});
    const title = win.getComputedStyle(win.document.querySelector('.summary-title')!);
    const list = win.getComputedStyle(win.document.querySelector('.summary ul')!);
    expect([title.marginTop, title.marginBottom, title.fontWeight]).to.deep.equal(['0px', '0px', '700']);
    expect([list.marginTop, list.marginBottom, list.listStyleType]).to.deep.equal(['4px', '0px', 'disc']);
  });

  it('says so on the tile when the rest cannot be fetched after a click, and the next click tries again', async () => {
    await withCookie('fail-core', async (clear) => {
      const win = await page(
        '<div class="below-the-fold"></div><ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>',
        BELOW_THE_FOLD
      );
      await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
      const errors = errorEvents(win);
      press(win, 'amazon business');
      await waitUntil(() => shadow(win).querySelector('.alert'), 'no alert on the tile', {timeout: 5000});
      // Heard as well as seen: the light-DOM announcer is in the chunk that failed, so the message is its own alert.
      expect(shadow(win).querySelector('[role="alert"]')?.textContent?.trim()).to.equal(
        "Impossible de joindre le service d'enregistrement. Vérifiez votre connexion, puis réessayez."
      );
      expect(errors).to.deep.equal([{code: 'network', retryable: true}]);
      clear();
      press(win, 'amazon business');
      await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
      expect(heading(win)).to.equal('Connexion à Amazon.com');
    });
  });

  it('renders English without fetching the French chunk', async () => {
    const win = await page('<ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration>');
    await waitUntil(() => hintText(win).startsWith('Just click the amazon business tile'), 'en never rendered', {
      timeout: 5000,
    });
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.includes('fr-CA'))).to.deep.equal([]);
  });

  it('loads only the tile and sign-in for a French page, then the later steps once sign-in shows', async () => {
    const win = await page(
      '<ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>'
    );
    await waitUntil(
      () => tileText(win) === 'amazon business' && hintText(win).startsWith('Il suffit de cliquer'),
      'fr-CA never rendered',
      {
        timeout: 5000,
      }
    );
    press(win, 'amazon business');
    await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
    expect(heading(win)).to.equal('Connexion à Amazon.com');
    // Every word of the step is French before any later chunk: its strings are in the first one.
    expect([...shadow(win).querySelectorAll('h2 ~ p:not(.support)')].map((p) => p.textContent?.trim())).to.deep.equal([
      "Connectez-vous à votre compte Amazon.com en utilisant l'adresse courriel pré-saisie.",
      "L'adresse courriel est actuellement liée à un compte Amazon.com.",
    ]);
    expect(shadow(win).querySelector('.progress')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Étape 1 sur 3');
    const form = win.document.querySelector('.ab-registration-sign-in')!;
    // The light-DOM form's rules, minified like the rest, still apply.
    const password = win.getComputedStyle(form.querySelector('input[type="password"]')!);
    expect([password.boxSizing, password.minHeight, password.borderTopStyle, password.borderTopWidth]).to.deep.equal([
      'border-box',
      '40px',
      'solid',
      '1px',
    ]);
    expect(win.getComputedStyle(form.querySelector('label')!).fontWeight).to.equal('700');
    expect(win.getComputedStyle(form.querySelector('.forgot')!).minHeight).to.equal('24px');
    const announcer = win.getComputedStyle(win.document.querySelector('.ab-registration-announcer')!);
    expect([announcer.position, announcer.width]).to.deep.equal(['absolute', '1px']);
    expect([...form.querySelectorAll('label, a, button')].map((node) => node.textContent?.trim())).to.deep.equal([
      'Adresse courriel',
      'Mot de passe',
      'Mot de passe oublié',
      'Se connecter',
    ]);
    // Fetched while the buyer types the password.
    await waitUntil(() => chunks(win).length === 5, `later chunks not prefetched: ${chunks(win).join(', ')}`, {timeout: 5000});
    expect(chunks(win)).to.deep.equal(['ab-registration.bundle.js', 'core', 'fr-CA', 'fr-CA-later', 'later']);
  });

  it('waits for the later chunk on a direct answer (new), in French', async () => {
    const win = await page(
      '<ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="new@abdemoaccount.com"></ab-registration>'
    );
    await waitUntil(() => hintText(win).startsWith('Il suffit de cliquer'), 'fr-CA never rendered', {timeout: 5000});
    press(win, 'amazon business');
    await waitUntil(() => heading(win) === 'Bienvenue sur Amazon Business!', `welcome never shown: ${heading(win)}`, {
      timeout: 5000,
    });
    expect(shadow(win).querySelector('[part="shop-button"]')?.textContent?.trim()).to.equal('Commencer à magasiner');
  });

  it('switches a later step to French: both French chunks come with the switch', async () => {
    const win = await page(
      '<ab-registration lang="en" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>'
    );
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    press(win, 'amazon business');
    await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
    win.document.querySelector<HTMLInputElement>('input[type="password"]')!.value = 'correct horse';
    win.document.querySelector<HTMLButtonElement>('.ab-registration-sign-in button[type="submit"]')!.click();
    const question = () => shadow(win).querySelector('legend .question')?.textContent?.trim() ?? '';
    await waitUntil(() => question().startsWith('Would you like to join'), `link-choice never shown: ${heading(win)}`, {
      timeout: 5000,
    });
    expect(chunks(win)).to.deep.equal(['ab-registration.bundle.js', 'core', 'later']);
    win.document.querySelector('ab-registration')!.setAttribute('lang', 'fr-CA');
    await waitUntil(() => question().startsWith('Souhaitez-vous'), `never French: ${question()}`, {timeout: 5000});
    expect(question().replace(/[\u2066-\u2069]/g, '')).to.equal(
      'Souhaitez-vous vous joindre AB Demo Account à votre compte courant?'
    );
    expect(heading(win)).to.equal('Votre compte Amazon existant');
    expect(shadow(win).querySelector('label')?.textContent?.trim()).to.equal('Oui, joindre ce compte.');
    expect(chunks(win)).to.deep.equal(['ab-registration.bundle.js', 'core', 'fr-CA', 'fr-CA-later', 'later']);
  });

  it('a second copy of the bundle on the page is harmless and silent: the first defines the tag', async () => {
    const win = await page(
      '<ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"></ab-registration>',
      // Another URL: another module instance, as when two scripts of a portal each include the widget.
      `<script src="/test/fixtures/page-errors.js"></script>
       <script type="module" src="/dist-fresh/second-copy-${Date.now()}/ab-registration.bundle.js"></script>`
    );
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    press(win, 'amazon business');
    await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
    expect(heading(win)).to.equal('Connexion à Amazon.com');
    const monitor = win as unknown as {consoleWarnings: string[]; pageErrors: string[]};
    expect(monitor.pageErrors).to.deep.equal([]);
    expect(monitor.consoleWarnings).to.deep.equal([]);
  });

  it('runs Lit in production mode: no dev-mode warning, nothing on the console', async () => {
    const win = await page('<ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration>');
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    const monitor = win as unknown as {consoleWarnings: string[]; cspViolations: string[]};
    expect(monitor.consoleWarnings).to.deep.equal([]);
    expect(monitor.cspViolations).to.deep.equal([]);
  });
});
