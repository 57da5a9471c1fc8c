// Subresource Integrity: a page loads the built bundle with the tags
// bin/ab-registration-integrity.mjs prints (the bundle's own integrity, an
// import map with every chunk's and its retry URLs'), under a strict policy
// (web-test-runner.config.mjs serves /__sri-page__). A chunk that is not the
// one built is refused and nothing of it runs.
import {expect, waitUntil} from '@open-wc/testing';
import {signInAs} from './helpers/demo-session.js';

interface Monitored extends Window {
  cspViolations: string[];
  abTampered?: boolean;
}

let pages = 0;

async function page(variant: 'genuine' | 'tampered'): Promise<Monitored> {
  await signInAs('user4@abdemoaccount.com'); // the page's tile is this buyer's
  const frame = document.createElement('iframe');
  frame.src = `/__sri-page__?${new URLSearchParams({variant, fresh: `s${++pages}-${Date.now()}`})}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Monitored;
  await waitUntil(() => tile(win), 'the tile never rendered', {timeout: 5000});
  return win;
}

const shadow = (win: Window) => win.document.querySelector('ab-registration')!.shadowRoot!;
const tile = (win: Window) => shadow(win)?.querySelector<HTMLButtonElement>('.tile');
const alertText = (win: Window) => shadow(win).querySelector('[role="alert"]')?.textContent?.trim();

/** The requests for the core chunk, by their query ("" for the chunk's own URL). */
function coreRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((url) => /\/core-[\w-]+\.js$/.test(url.pathname))
    .map((url) => url.search);
}

const NETWORK = "Impossible de joindre le service d'enregistrement. Vérifiez votre connexion, puis réessayez.";

describe('Subresource Integrity (bin/ab-registration-integrity.mjs)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('dist/integrity.json gives the SHA-384 of every file as built', async () => {
    const hashes = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const names = Object.keys(hashes);
    expect(names).to.include('ab-registration.bundle.js');
    expect(names.some((name) => name.startsWith('core-'))).to.equal(true);
    for (const [name, expected] of Object.entries(hashes)) {
      const bytes = await (await fetch(`/dist-sri/genuine/files/${name}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      expect(`sha384-${btoa(String.fromCharCode(...digest))}`, name).to.equal(expected);
    }
  });

  it('with the printed tags, a French page loads the widget and reaches sign-in with no violation', async () => {
    const win = await page('genuine');
    tile(win)!.click();
    await waitUntil(() => win.document.querySelector('input[type="password"]'), 'sign-in never shown', {timeout: 5000});
    expect(shadow(win).querySelector('h2')?.textContent?.trim()).to.equal('Connexion à Amazon.com');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('a tampered chunk is refused, on every retry: the buyer hears the network message and none of it runs', async () => {
    const win = await page('tampered');
    const errors: unknown[] = [];
    win.document.addEventListener('ab-registration-error', (e) => errors.push((e as CustomEvent).detail));
    for (let click = 1; click <= 5; click++) {
      tile(win)!.click();
      await waitUntil(() => errors.length === click, `click ${click}: no error event`, {timeout: 5000});
      expect(errors[click - 1]).to.deep.equal({code: 'network', retryable: true});
      expect(alertText(win)).to.equal(NETWORK);
      expect(win.abTampered, `click ${click}: the tampered chunk ran`).to.equal(undefined);
      expect(win.document.querySelector('input[type="password"]')).to.equal(null);
    }
    // Every URL the bundle tried carried its integrity: the chunk's own, then its three retry URLs, and no more.
    expect([...new Set(coreRequests(win))].sort()).to.deep.equal(['', '?retry=1', '?retry=2', '?retry=3']);
  });
});
