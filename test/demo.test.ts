// The demo page as a developer meets it: it runs, its tile works, and its embed
// snippet runs as pasted into a page this server serves.
import {expect, waitUntil} from '@open-wc/testing';

async function frame(src: string): Promise<Window> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 900px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow!;
}

const tileOf = (win: Window) =>
  win.document.querySelector('ab-registration')?.shadowRoot?.querySelector<HTMLButtonElement>('.tile') ?? null;

describe('the demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const mode of ['full', 'handoff']) {
    it(`${mode} endpoint: the embed snippet, pasted into a page, draws the tile and registers a new buyer`, async () => {
      const demo = await frame('/demo/index.html');
      await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
      // Pick the new buyer and the endpoint, as a developer does.
      for (const [name, value] of [
        ['email', 'new@abdemoaccount.com'],
        ['mode', mode],
      ]) {
        const input = demo.document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
        input.click();
        input.dispatchEvent(new Event('change', {bubbles: true}));
      }
      const snippet = demo.document.querySelector('#snippet')!.textContent!;
      expect(snippet).to.contain('email="new@abdemoaccount.com"');
      expect(snippet).to.contain(`endpoint="/api/ab-registration${mode === 'handoff' ? '-handoff' : ''}"`);
      // Every name the snippet's script uses is defined in it.
      expect(snippet).to.match(/const csrfToken = /);

      const page = await frame(`/__snippet-page__?${new URLSearchParams({html: snippet})}`);
      await waitUntil(() => tileOf(page)?.textContent?.includes('amazon business'), 'the snippet drew no tile', {timeout: 5000});
      const completed: string[] = [];
      page.document.addEventListener('ab-registration-complete', (e) => completed.push((e as CustomEvent).detail.outcome));
      const errors: string[] = [];
      page.document.addEventListener('ab-registration-error', (e) => errors.push((e as CustomEvent).detail.code));
      tileOf(page)!.click();
      await waitUntil(() => completed.length === 1, `never registered (errors: ${errors.join(', ')})`, {timeout: 5000});
      expect(completed).to.deep.equal(['created']);
    });
  }
});
