// The built bundle (`npm run build`, run by `npm test` first), loaded the way a
// vendor's page loads it: one <script type="module">, in a page of its own.
import {expect, waitUntil} from '@open-wc/testing';

async function page(body: string, extraScript = ''): Promise<Window> {
  const frame = document.createElement('iframe');
  // Under the strict policy of demo/strict-csp.html; page-monitor.js records
  // violations and console warnings (Lit's dev build always prints one).
  frame.srcdoc = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'">
    <script src="/demo/page-monitor.js"></script>${extraScript}</head><body>
    ${body}<script type="module" src="/dist/ab-registration.bundle.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return frame.contentWindow!;
}

function tileText(win: Window): string {
  const el = win.document.querySelector('ab-registration');
  return el?.shadowRoot?.querySelector('.tile')?.textContent?.trim() ?? '';
}

function supportText(win: Window): string {
  const el = win.document.querySelector('ab-registration');
  return el?.shadowRoot?.querySelector('.support')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

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
    expect(monitor.firstText).to.match(/^Contactez le Service clientèle/);
  });

  it('self-registers, upgrades an element already in the page, and loads fr-CA lazily', async () => {
    const win = await page(
      '<ab-registration lang="fr-CA" endpoint="/api/ab-registration" email="new@abdemoaccount.com"></ab-registration>'
    );
    await waitUntil(() => supportText(win).startsWith('Contactez le Service clientèle'), 'fr-CA never rendered', {timeout: 5000});
    expect(tileText(win)).to.equal('amazon business');
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(
      scripts.some((p) => /^\/dist\/fr-CA-[\w-]+\.js$/.test(p)),
      scripts.join(', ')
    ).to.equal(true);
  });

  it('renders English without fetching the French chunk', async () => {
    const win = await page('<ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration>');
    await waitUntil(() => supportText(win).startsWith('Contact Amazon Business Customer Service'), 'en never rendered', {
      timeout: 5000,
    });
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.includes('fr-CA'))).to.deep.equal([]);
  });

  it('runs Lit in production mode: no dev-mode warning, nothing on the console', async () => {
    const win = await page('<ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration>');
    await waitUntil(() => tileText(win) === 'amazon business', 'never rendered', {timeout: 5000});
    const monitor = win as unknown as {consoleWarnings: string[]; cspViolations: string[]};
    expect(monitor.consoleWarnings).to.deep.equal([]);
    expect(monitor.cspViolations).to.deep.equal([]);
  });
});
