// The endpoint on another origin: the reference endpoint's CORS option, and what
// the buyer and the developer are told when a cross-origin call fails.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {signInAs} from './helpers/demo-session.js';
import {signInAsBuyer} from './helpers/drive.js';
import './helpers/no-console.js';
import {getByRole, settled, stepIs, visibleText} from './helpers/query.js';
import {recordEvents, widget} from './helpers/widget.js';
import type {AbRegistration} from '../src/AbRegistration.js';

/** The test server under another origin: 127.0.0.1 for a page on localhost. */
const otherOrigin = () => `http://127.0.0.1:${location.port}`;

describe('an endpoint on another origin', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(() => recorder.stop());

  it('without CORS headers: the buyer is not told to check their connection; the console names CORS', async () => {
    expect(location.hostname).to.equal('localhost');
    const endpoint = `${otherOrigin()}/api/ab-registration`;
    const el = await widget({endpoint, email: 'member@abdemoaccount.com'});
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'error');
    expect(recorder.of('ab-registration-error')).to.deep.equal([{code: 'unavailable', retryable: true}]);
    expect(visibleText(el)).to.contain('The registration service is temporarily unavailable.');
    expect(visibleText(el)).not.to.contain('connection');
    // The developer's hint (taken out of the console log this suite otherwise fails on).
    const warnings = globalThis.consoleProblems.splice(0);
    expect(warnings).to.deep.equal([
      `warn: ab-registration: ${otherOrigin()} unreachable while online: do its CORS headers allow ${location.origin}?`,
    ]);
  });

  it("with the reference endpoint's CORS option (and credentials included): a whole registration works", async () => {
    // Another port of the same host: another origin, the same site, so its SameSite cookie travels.
    const {port} = await executeServerCommand<{port: number}, object>('server-probe', {
      name: 'cors-endpoint',
      origin: location.origin,
    });
    const el = await widget({endpoint: `http://localhost:${port}/api/ab-registration`, email: 'user4@abdemoaccount.com'});
    // Cross-origin, the endpoint's session cookie travels only with credentials: 'include'.
    el.requestInit = {credentials: 'include'};
    await signInAsBuyer(el, 'any password');
    await stepIs(el, 'link-choice');
    getByRole(el, 'radio', 'Yes, join this account.').click();
    await settled(el);
    getByRole(el, 'button', 'Next').click();
    await waitUntil(() => recorder.of('ab-registration-complete').length === 1, 'never completed', {timeout: 5000});
    expect(recorder.of('ab-registration-error')).to.deep.equal([]);
  });

  it('answers CORS only for the origins it was given', async () => {
    const {port} = await executeServerCommand<{port: number}, object>('server-probe', {
      name: 'cors-endpoint',
      origin: location.origin,
    });
    await signInAs('new@abdemoaccount.com');
    const allowed = await fetch(`http://localhost:${port}/api/ab-registration`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'AB-Registration-Protocol': '1'},
      body: JSON.stringify({action: 'lookup', email: 'new@abdemoaccount.com'}),
      // The session cookie crosses to another origin only with credentials.
      credentials: 'include',
    });
    expect(((await allowed.json()) as {status: string}).status).to.equal('new');
    // It answered (a browser would have refused it otherwise). The same endpoint asked by another origin (the test server's own, under 127.0.0.1) gets no CORS headers.
    const other = await executeServerCommand<{allowOrigin: string | null; status: number}, object>('server-probe', {
      name: 'cors-preflight',
      port,
      origin: otherOrigin(),
    });
    expect(other).to.deep.equal({status: 405, allowOrigin: null});
  });

  it("the README's cross-origin page, as pasted: the bundle loads from the demo's origin and a registration completes", async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /The endpoint on another origin[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, "the README's cross-origin snippet").to.be.a('string');
    const {port} = await executeServerCommand<{port: number}, object>('server-probe', {
      name: 'cors-demo',
      origin: location.origin,
    });
    // The README's page on this origin, the demo on another port (localhost: the same site, as 127.0.0.1:5173 and :8000 are).
    // Signed in first, as the README says (its demo page signs the browser in; cookies are the host's, whatever the port).
    await signInAs('user4@abdemoaccount.com');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:400px;height:600px';
    frame.srcdoc = snippet!.replaceAll('http://127.0.0.1:8000', `http://localhost:${port}`);
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      await waitUntil(
        () => win.customElements?.get('ab-registration'),
        'the bundle never defined the tag (loaded cross-origin)',
        {timeout: 8000}
      );
      const el = win.document.querySelector('ab-registration') as AbRegistration;
      const completed: unknown[] = [];
      el.addEventListener('ab-registration-complete', (event) => completed.push((event as CustomEvent).detail));
      await signInAsBuyer(el, 'any password');
      await stepIs(el, 'link-choice');
      getByRole(el, 'radio', 'Yes, join this account.').click();
      await settled(el);
      getByRole(el, 'button', 'Next').click();
      await waitUntil(() => completed.length === 1, 'never completed', {timeout: 5000});
    } finally {
      frame.remove();
    }
  });
});
