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
  'ab-registration-error',
];

const controls = document.querySelector<HTMLFormElement>('#controls')!;
const host = document.querySelector<HTMLElement>('#tile-host')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

const buyers = document.querySelector<HTMLElement>('#buyers')!;
for (const [index, [email, plays]] of BUYERS.entries()) {
  const label = document.createElement('label');
  label.className = 'buyer';
  const input = document.createElement('input');
  Object.assign(input, {type: 'radio', name: 'email', value: email, checked: index === 1});
  const small = document.createElement('small');
  small.textContent = plays;
  label.append(input, ` ${email} `, document.createElement('br'), small);
  buyers.append(label);
}

const chosen = (name: string) => (controls.elements.namedItem(name) as RadioNodeList).value;

function logEvent(event: Event): void {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = event.type;
  const time = new Date().toLocaleTimeString();
  item.append(`${time} `, name, ` ${JSON.stringify((event as CustomEvent).detail)}`);
  log.prepend(item);
}

/** A fresh tile for the chosen buyer: what a catalogue page load would give. */
function mount(): void {
  const tile = document.createElement('ab-registration') as AbRegistration;
  tile.endpoint = '/api/ab-registration';
  tile.email = chosen('email');
  tile.setAttribute('lang', chosen('lang'));
  tile.marketplace = chosen('marketplace');
  tile.theme = chosen('theme') as AbRegistration['theme'];
  tile.timeout = 5000;
  tile.requestInit = requestInit();
  host.replaceChildren(tile);
}

/** Headers for every call: a CSRF token as a vendor would send, and the demo's fault switch. */
function requestInit(): RequestExtras {
  const fault = (controls.elements.namedItem('fault') as HTMLSelectElement).value;
  return {headers: {'X-CSRF-Token': 'demo-csrf-token', ...(fault ? {'X-Demo-Fault': fault} : {})}};
}

for (const name of EVENTS) {
  host.addEventListener(name, logEvent);
}
// The demo stays on the page: log the navigation instead of leaving for amazon.ca.
host.addEventListener('ab-registration-shop', (event) => {
  event.preventDefault();
  const item = document.createElement('li');
  item.textContent = `(demo) would now open ${event.detail.shopUrl}`;
  log.prepend(item);
});

controls.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const tile = host.querySelector('ab-registration');
  if (input.name === 'lang' && tile) {
    // A language switch keeps the screen and whatever was typed.
    tile.setAttribute('lang', input.value);
    document.documentElement.lang = input.value;
  } else if (input.name === 'marketplace' && tile) {
    tile.marketplace = input.value;
  } else if (input.name === 'theme' && tile) {
    tile.theme = input.value as AbRegistration['theme'];
  } else if (input.name === 'fault' && tile) {
    // Takes effect on the next call, wherever the buyer is.
    tile.requestInit = requestInit();
  } else {
    mount();
  }
});
document.querySelector('#restart')!.addEventListener('click', mount);
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

mount();
