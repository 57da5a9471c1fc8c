// The demo page's wiring: pick a buyer, a language and a marketplace, and see
// every event the widget sends to its host page.
import '../src/ab-registration.js';
import type {AbRegistration} from '../src/AbRegistration.js';
import type {RequestExtras} from '../src/endpoint/client.js';
import type {AbRegistrationEventName} from '../src/events.js';

const BUYERS: Array<[email: string, plays: string]> = [
  ['new@abdemoaccount.com', 'Scenario 1: a new email; welcome at once'],
  ['user4@abdemoaccount.com', 'Scenarios 2 and 3: an Amazon.com account; sign in, then convert or separate'],
  ['single@abdemoaccount.com', 'Scenario 4: a single-user business account; sign in, join the official account'],
  ['member@abdemoaccount.com', 'Already a member of the business account'],
  ['unsure@abdemoaccount.com', 'Unknown: the buyer picks their situation'],
  ['admin@abdemoaccount.com', 'Blocked: multi-user-admin'],
  ['other@abdemoaccount.com', 'Blocked: other-business-account'],
];

const EVENTS: AbRegistrationEventName[] = [
  'ab-registration-step',
  'ab-registration-complete',
  'ab-registration-shop',
  'ab-registration-cancel',
  'ab-registration-handoff',
  'ab-registration-close',
  'ab-registration-error',
];

/** The two reference endpoints this demo serves: full mode, and hand-off mode (a real cXML punch-out). */
const ENDPOINTS: Record<string, string> = {
  full: '/api/ab-registration',
  handoff: '/api/ab-registration-handoff',
};

const controls = document.querySelector<HTMLFormElement>('#controls')!;
/** Where the tile goes: a cell of the supplier grid, or (Banner, Inline) a panel above it. */
const cell = document.querySelector<HTMLElement>('#tile-cell')!;
const panel = document.querySelector<HTMLElement>('#panel-host')!;
const host = document.querySelector<HTMLElement>('.catalogue')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

const buyer = document.querySelector<HTMLSelectElement>('#buyer')!;
const plays = document.querySelector<HTMLElement>('#plays')!;
for (const [index, [email]] of BUYERS.entries()) {
  buyer.add(new Option(email, email, index === 1, index === 1));
}

/** The demo's login (below, in mount): logins in the order chosen, and the buyer signed in last. */
let logins: Promise<unknown> = Promise.resolve();
let signedInAs = '';

/** Beside the buyer: signed in or not yet, what they play, and the password the demo's sign-in takes. */
function describeBuyer(): void {
  const [email, role] = BUYERS.find(([email]) => email === buyer.value) ?? BUYERS[1];
  const password = document.createElement('code');
  password.textContent = 'wrong';
  plays.replaceChildren(
    `${email === signedInAs ? 'Signed in. ' : 'Signing in… '}${role}. Password: anything but `,
    password,
    '.'
  );
}

const chosen = (name: string) => (controls.elements.namedItem(name) as RadioNodeList).value;

/** One console entry, newest first: the time to the millisecond, the event's name, its detail pretty-printed. */
function logEvent(event: Event): void {
  const item = document.createElement('li');
  if (event.type === 'ab-registration-error') item.className = 'error';
  const now = new Date();
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = `${now.toTimeString().slice(0, 8)}.${String(now.getMilliseconds()).padStart(3, '0')}`;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = event.type;
  const detail = document.createElement('pre');
  detail.textContent = JSON.stringify((event as CustomEvent).detail, null, 2);
  item.append(time, name, detail);
  log.prepend(item);
}

const TOKENS = ['--ab-color-primary', '--ab-color-primary-text', '--ab-color-tile', '--ab-radius', '--ab-font-family'];
const DEFAULT_TOKENS: Record<string, string> = {
  '--ab-color-primary': '#ffd814',
  '--ab-color-primary-text': '#0f1111',
  '--ab-color-tile': '#232f3e',
  '--ab-radius': '8',
  '--ab-font-family': '',
};

/** The brand tokens the controls set, with units; only those changed from the defaults. */
function tokens(): Array<[string, string]> {
  return TOKENS.map((name) => {
    const value = (controls.elements.namedItem(name) as HTMLInputElement).value;
    return [name, value] as [string, string];
  })
    .filter(([name, value]) => value !== DEFAULT_TOKENS[name])
    .map(([name, value]) => [name, name === '--ab-radius' ? `${value}px` : value]);
}

/** Custom properties through CSSOM (setProperty), which a strict style-src allows. */
function applyTokens(tile: AbRegistration): void {
  for (const name of TOKENS) tile.style.removeProperty(name);
  for (const [name, value] of tokens()) tile.style.setProperty(name, value);
}

/** The README's box reservation (test/presentation.test.ts checks the README's own; test/demo.test.ts that these match it). */
const RESERVATION = [
  "  /* The tile's box before the script runs (its container's height, else 100 px): nothing on the page moves when it arrives. */",
  '  ab-registration:not(:defined) {',
  '    display: block;',
  '    height: 100%;',
  '    max-width: 480px;',
  '  }',
  '  ab-registration:not(:defined)::before {',
  "    content: '';",
  '    display: block;',
  '    height: 100px;',
  '    max-height: 100%;',
  '  }',
];

/**
 * The copy-paste embed code for what the page shows now: the README's, with the
 * box reservation. It runs as pasted into a page this demo server serves: the
 * built bundle, the endpoint it really serves, and every name it uses defined
 * (test/demo.test.ts loads it).
 */
function renderSnippet(): void {
  const attrs = [
    `endpoint="${ENDPOINTS[chosen('mode')] ?? ENDPOINTS.full}"`,
    `email="${chosen('email')}"`,
    `lang="${chosen('lang')}"`,
    ...(chosen('layout') === 'inline' ? ['presentation="inline"'] : []),
    ...(chosen('marketplace') !== 'ca' ? [`marketplace="${chosen('marketplace')}"`] : []),
    ...(chosen('theme') !== 'light' ? [`theme="${chosen('theme')}"`] : []),
  ];
  const style = tokens();
  const brand = style.length ? [`  ab-registration {`, ...style.map(([n, v]) => `    ${n}: ${v};`), '  }'] : [];
  const css = `<style>\n${[...RESERVATION, ...brand].join('\n')}\n</style>\n`;
  document.querySelector('#snippet')!.textContent =
    `<script type="module" src="/dist/ab-registration.bundle.js"></script>\n${css}` +
    `<ab-registration\n  ${attrs.join('\n  ')}\n></ab-registration>\n<script type="module">\n` +
    `  const tile = document.querySelector('ab-registration');\n` +
    `  // Your page's CSRF token (the demo endpoint takes any).\n` +
    `  const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content ?? 'demo-csrf-token';\n` +
    `  tile.requestInit = {headers: {'X-CSRF-Token': csrfToken}};\n` +
    `  tile.addEventListener('ab-registration-complete', (e) => console.log('registered:', e.detail.outcome));\n</script>`;
}

/** The page follows the tile's theme (auto: the system's), so a dark tile sits on a dark page. */
function pageTheme(): void {
  const theme = chosen('theme');
  document.documentElement.style.colorScheme = theme === 'auto' ? '' : theme;
}

/**
 * A fresh tile for the chosen buyer: what a catalogue page load would give.
 * The buyer is signed in first (the demo's login, as the vendor's own sign-in
 * would): the endpoint reads the buyer from that session, never from the
 * widget's `email`, which only pre-fills sign-in. Logins go one after the
 * other, so the last buyer chosen is the one signed in.
 */
function mount(): void {
  const email = chosen('email');
  if (email !== signedInAs) {
    logins = logins
      .then(() =>
        fetch('/api/demo-login', {
          method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({email}),
        })
      )
      .catch(() => undefined)
      .then(() => {
        signedInAs = email;
        if (email === chosen('email')) {
          describeBuyer();
          mount();
        }
      });
    return;
  }
  const tile = document.createElement('ab-registration') as AbRegistration;
  tile.endpoint = ENDPOINTS[chosen('mode')] ?? ENDPOINTS.full;
  tile.email = chosen('email');
  tile.setAttribute('lang', chosen('lang'));
  tile.marketplace = chosen('marketplace');
  tile.theme = chosen('theme') as AbRegistration['theme'];
  tile.timeout = 5000;
  tile.requestInit = requestInit();
  const layout = chosen('layout');
  if (layout === 'inline') tile.presentation = 'inline';
  applyTokens(tile);
  // One tile at a time: in its grid cell, or in the panel above the grid.
  cell.replaceChildren();
  panel.replaceChildren();
  cell.hidden = layout !== 'cell';
  panel.hidden = layout === 'cell';
  panel.classList.toggle('banner', layout === 'banner');
  (layout === 'cell' ? cell : panel).append(tile);
  renderSnippet();
}

/** Headers for every call: a CSRF token as a vendor would send, and the demo's fault switch. */
function requestInit(): RequestExtras {
  const fault = (controls.elements.namedItem('fault') as HTMLSelectElement).value;
  return {headers: {'X-CSRF-Token': 'demo-csrf-token', ...(fault ? {'X-Demo-Fault': fault} : {})}};
}

for (const name of EVENTS) {
  host.addEventListener(name, logEvent);
}
/** The demo stays on the page: it says where the widget would go, as a link to open it in a new tab. */
function wouldOpen(url: string): void {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = url;
  item.append('(demo) would now open ', link);
  log.prepend(item);
}
host.addEventListener('ab-registration-shop', (event) => {
  event.preventDefault();
  wouldOpen(event.detail.shopUrl);
});
// Hand-off mode: the stand-in supplier's start page (single-use) shows the cXML it received.
host.addEventListener('ab-registration-handoff', (event) => {
  event.preventDefault();
  wouldOpen(event.detail.url);
});

controls.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  const tile = host.querySelector('ab-registration');
  if (TOKENS.includes(input.name) && tile) {
    applyTokens(tile);
    renderSnippet();
  }
});

controls.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const tile = host.querySelector('ab-registration');
  if (TOKENS.includes(input.name)) return;
  renderSnippet();
  if (input.name === 'lang' && tile) {
    // A language switch keeps the screen and whatever was typed. The page's own
    // language (its controls are in English) stays: Firefox keeps exposing the
    // old <html lang> to screen readers for text whose language it inherits.
    tile.setAttribute('lang', input.value);
  } else if (input.name === 'marketplace' && tile) {
    tile.marketplace = input.value;
  } else if (input.name === 'theme' && tile) {
    tile.theme = input.value as AbRegistration['theme'];
    pageTheme();
  } else if (input.name === 'fault' && tile) {
    // Takes effect on the next call, wherever the buyer is.
    tile.requestInit = requestInit();
  } else {
    if (input.name === 'email') describeBuyer();
    pageTheme();
    mount();
  }
});
document.querySelector('#restart')!.addEventListener('click', mount);
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
document.querySelector('#copy')!.addEventListener('click', async () => {
  await navigator.clipboard.writeText(document.querySelector('#snippet')!.textContent ?? '');
  document.querySelector('#copied')!.textContent = 'Copied.';
});

describeBuyer();
pageTheme();
mount();
