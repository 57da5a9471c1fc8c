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

/** Sets one of the demo's controls (the buyer is a select, the rest are radio buttons), as a developer does. */
function pick(win: Window, name: string, value: string): void {
  const select = win.document.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const control = select ?? win.document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  if (select) select.value = value;
  else (control as HTMLInputElement).click();
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Every font size the page itself uses (the widget's own are its business). */
function fontSizes(win: Window): Set<string> {
  const sizes = new Set<string>();
  for (const node of win.document.body.querySelectorAll('*')) {
    if (node.closest('ab-registration') || !(node as HTMLElement).offsetParent) continue;
    if (![...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())) continue;
    sizes.add(win.getComputedStyle(node).fontSize);
  }
  return sizes;
}

function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
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

  it('on a desktop (1280 x 800): one compact control bar, the tile filling a cell of the supplier grid, the console beside it', async () => {
    const demo = await frame('/demo/index.html', 1280, 800);
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const doc = demo.document;
    const bar = doc.querySelector('#controls')!.getBoundingClientRect();
    expect(bar.height, 'the control bar is compact').to.be.at.most(140);
    // Buyer, language, theme, endpoint and fault, all in the bar.
    for (const name of ['email', 'lang', 'theme', 'mode', 'fault']) {
      const control = doc.querySelector(`[name="${name}"]`)!.getBoundingClientRect();
      expect(control.top, name).to.be.at.least(bar.top);
      expect(control.bottom, name).to.be.at.most(bar.bottom);
    }
    // What the buyer plays and the demo password sit beside the buyer.
    const plays = doc.querySelector('#plays')!;
    expect(plays.textContent).to.contain('Scenarios 2 and 3');
    expect(plays.textContent).to.contain('wrong');
    pick(demo, 'email', 'single@abdemoaccount.com');
    expect(plays.textContent).to.contain('Scenario 4');
    await waitUntil(() => tileOf(demo), 'no tile after a buyer change', {timeout: 5000});
    const tile = tileOf(demo)!.getBoundingClientRect();
    const catalogue = doc.querySelector('.catalogue')!.getBoundingClientRect();
    // One cell among equal suppliers' cells, and as big as they are.
    const neighbour = doc.querySelector('.supplier:not(.cell)')!.getBoundingClientRect();
    expect([tile.width, tile.height].map(Math.round)).to.deep.equal([neighbour.width, neighbour.height].map(Math.round));
    expect(tile.top, 'in the same row as its neighbours').to.equal(neighbour.top);
    expect(tile.bottom, 'the tile is in the first screenful').to.be.at.most(800);
    const log = doc.querySelector('.log')!.getBoundingClientRect();
    expect(log.left, 'the console is beside the catalogue').to.be.at.least(catalogue.right);
    expect(log.bottom, 'the console fits the window').to.be.at.most(800);
    expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(1280);
  });

  it('one type scale, and a dark page under a dark tile', async () => {
    const demo = await frame('/demo/index.html', 1280, 800);
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const sizes = fontSizes(demo);
    expect(
      [...sizes].every((size) => ['12px', '14px', '16px', '20px', '28px'].includes(size)),
      [...sizes].join(', ')
    ).to.equal(true);
    const background = () => demo.getComputedStyle(demo.document.body).backgroundColor;
    expect(luminance(background())).to.be.above(0.8);
    pick(demo, 'theme', 'dark');
    expect(luminance(background())).to.be.below(0.15);
    for (const panel of demo.document.querySelectorAll('.panel')) {
      expect(luminance(demo.getComputedStyle(panel).backgroundColor), panel.className).to.be.below(0.2);
    }
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

  it('the Tile switch: a 480 x 100 banner, or inline (the flow in place); the dialog opens over the page', async () => {
    const demo = await frame('/demo/index.html', 1280, 800);
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const element = () => demo.document.querySelector('ab-registration')!;
    tileOf(demo)!.click();
    await waitUntil(() => element().shadowRoot!.querySelector('dialog')?.open, 'no dialog over the page', {timeout: 5000});
    pick(demo, 'layout', 'banner');
    await waitUntil(() => tileOf(demo), 'no banner', {timeout: 5000});
    const banner = tileOf(demo)!.getBoundingClientRect();
    expect([banner.width, banner.height].map(Math.round)).to.deep.equal([480, 100]);
    pick(demo, 'layout', 'inline');
    await waitUntil(() => tileOf(demo), 'no inline tile', {timeout: 5000});
    expect(element().getAttribute('presentation')).to.equal('inline');
    expect(demo.document.querySelector('#snippet')!.textContent).to.contain('presentation="inline"');
    tileOf(demo)!.click();
    await waitUntil(() => element().shadowRoot!.querySelector('h2'), 'the flow did not open in place', {timeout: 5000});
    expect(Boolean(element().shadowRoot!.querySelector('dialog')), 'no dialog inline').to.equal(false);
  });

  it("the snippet reserves the tile's box with the README's own rules", async () => {
    const demo = await frame('/demo/index.html', 1280, 800);
    await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
    const readme = await (await fetch('/README.md')).text();
    const rules = [...readme.matchAll(/^\s*(ab-registration:not\(:defined\)[^{]*\{[^}]*\})/gm)].map((m) => m[1]);
    expect(rules.length).to.equal(2);
    const squash = (css: string) => css.replace(/\s+/g, ' ').replace(/\s*([{};:])\s*/g, '$1');
    const snippet = squash(demo.document.querySelector('#snippet')!.textContent!);
    for (const rule of rules) expect(snippet).to.contain(squash(rule));
  });

  for (const mode of ['full', 'handoff']) {
    it(`${mode} endpoint: the embed snippet, pasted into a page, draws the tile and registers a new buyer`, async () => {
      const demo = await frame('/demo/index.html');
      await waitUntil(() => tileOf(demo), 'the demo drew no tile', {timeout: 5000});
      // Pick the new buyer and the endpoint, as a developer does.
      pick(demo, 'email', 'new@abdemoaccount.com');
      pick(demo, 'mode', mode);
      // The demo signs the browser in as the buyer picked (the endpoint reads the buyer from that session), and says so.
      await waitUntil(
        () => demo.document.querySelector('#plays')!.textContent!.startsWith('Signed in. Scenario 1'),
        'never signed in',
        {
          timeout: 5000,
        }
      );
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
