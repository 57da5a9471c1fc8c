// The demo page as a developer meets it: it runs, its tile works, and its embed
// snippet runs as pasted into a page this server serves.
import {expect, waitUntil} from '@open-wc/testing';

async function frame(src: string, width = 1000, height = 900): Promise<Window> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
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

  it('on a phone (375 x 667) the tile is in the first screenful', async () => {
    const demo = await frame('/demo/index.html', 375, 667);
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const box = tileOf(demo)!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(667);
    expect(demo.document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(375);
  });

  it('the event console: newest first, timestamped, each detail pretty-printed, errors marked', async () => {
    const demo = await frame('/demo/index.html');
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const fault = demo.document.querySelector<HTMLSelectElement>('#fault')!;
    fault.value = 'unavailable';
    fault.dispatchEvent(new Event('change', {bubbles: true}));
    tileOf(demo)!.click();
    const entries = () => [...demo.document.querySelectorAll('#log li')];
    await waitUntil(() => entries().length >= 2, 'no events logged', {timeout: 5000});
    const [newest, older] = entries();
    expect(newest.querySelector('.name')!.textContent).to.equal('ab-registration-error');
    expect(newest.classList.contains('error')).to.equal(true);
    expect(older.querySelector('.name')!.textContent).to.equal('ab-registration-step');
    expect(older.classList.contains('error')).to.equal(false);
    expect(newest.querySelector('time')!.textContent).to.match(/^\d\d:\d\d:\d\d\.\d{3}$/);
    expect(newest.querySelector('pre')!.textContent).to.equal(
      JSON.stringify({code: 'unavailable', status: 503, retryable: true}, null, 2)
    );
  });

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
