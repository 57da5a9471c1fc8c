// Server rendering: a page rendered on Node with @lit-labs/ssr from the shipped
// modules (test/servers/ssr-render.mjs). The tile is in the HTML as declarative
// shadow DOM, drawn at its full size before any script runs; loading the
// element with Lit's hydration support then takes that DOM over as it is (no
// node replaced, nothing moved, nothing logged), and the tile works.
import {expect, waitUntil} from '@open-wc/testing';
import {signInAs} from './helpers/demo-session.js';
import type {AbRegistration} from '../src/AbRegistration.js';
import {accessibleName, getByRole, heading} from './helpers/query.js';

const HINT = {
  'fr-CA': 'Il suffit de cliquer sur le carreau amazon business dans votre système eProcurement pour commencer votre magasinage!',
  en: 'Just click the amazon business tile in your eProcurement system to start shopping!',
};
const SIGN_IN = {'fr-CA': 'Connexion à Amazon.com', en: 'Sign in to Amazon.com'};

async function serverRenderedPage(lang: 'fr-CA' | 'en'): Promise<HTMLIFrameElement> {
  const response = await fetch(`/__ssr__?lang=${lang}`);
  const html = await response.text();
  expect(response.status, html).to.equal(200);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 500px; border: 0';
  // srcdoc: parsed by the HTML parser as a served page is, declarative shadow roots included.
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('server rendering (@lit-labs/ssr)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const lang of ['fr-CA', 'en'] as const) {
    it(`${lang}: the tile is drawn from the HTML before any script, then hydrates in place and works`, async () => {
      // The server renders the page for its signed-in buyer, the one its tile names.
      await signInAs('user4@abdemoaccount.com');
      const frame = await serverRenderedPage(lang);
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const el = doc.querySelector('ab-registration') as AbRegistration;

      // Before any script: no definition, yet a shadow root with the tile at the box the page gave.
      expect(win.customElements.get('ab-registration')).to.equal(undefined);
      expect(el.shadowRoot, 'no declarative shadow root').to.not.equal(null);
      const tile = getByRole(el, 'button', 'amazon business');
      const box = tile.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([170, 120]);
      expect(getComputedStyle(tile).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      const hint = el.shadowRoot!.querySelector('.tile-hint')!;
      expect(hint.textContent?.trim()).to.equal(HINT[lang]);
      expect(tile.getAttribute('aria-describedby')).to.equal(hint.id);

      // Hydration: watch every change to the shadow root while the element is defined.
      const changes: MutationRecord[] = [];
      const watcher = new win.MutationObserver((records) => changes.push(...records));
      watcher.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
      const errors: string[] = [];
      win.addEventListener('error', (event) => errors.push(event.message));
      win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
      const consoleError = win.console.error;
      win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('/test/fixtures/ssr-hydrate.ts', location.href).href;
      doc.head.append(script);
      await waitUntil(() => win.customElements.get('ab-registration'), 'the element was never defined', {timeout: 10000});
      await el.updateComplete;
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      changes.push(...watcher.takeRecords());
      watcher.disconnect();
      win.console.error = consoleError;

      expect(errors, errors.join('\n')).to.deep.equal([]);
      const hydrated = getByRole(el, 'button', 'amazon business');
      expect(hydrated === tile, 'the tile was replaced, not hydrated').to.equal(true);
      // Nothing the server drew was taken away (the rest of the widget may add its dialog meanwhile).
      const removed = changes.flatMap((record) => [...record.removedNodes].map((node) => node.nodeName));
      expect(removed, 'nodes of the server-rendered tile were replaced').to.deep.equal([]);
      expect(changes.filter((record) => record.type === 'characterData').length, 'text changed').to.equal(0);
      expect(hydrated.getBoundingClientRect().toJSON()).to.deep.equal(box.toJSON());
      expect(accessibleName(hydrated)).to.equal('amazon business');

      // And it works: a click opens the flow at sign-in (the test server's reference endpoint), in the page's language.
      hydrated.click();
      await waitUntil(() => el.step === 'sign-in', `stuck on ${el.step}`, {timeout: 10000});
      await waitUntil(() => heading(el) === SIGN_IN[lang], `heading: ${heading(el)}`);
    });
  }
});
