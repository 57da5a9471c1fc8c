/**
 * Takes a widget to a given screen or error state with a scripted endpoint,
 * the quick way (clicks and values, not keystrokes): for checks that look at
 * a state rather than at how the buyer got there.
 */
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../../src/AbRegistration.js';
import type {FakeEndpoint} from './fake-endpoint.js';
import {json} from './fake-endpoint.js';
import {getByLabel, getByRole, queryAllByRole, settled, stepIs} from './query.js';

const SHOP = 'https://www.amazon.ca/business';

const shadow = <T extends Element>(el: AbRegistration, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const light = <T extends Element>(el: AbRegistration, selector: string) => el.querySelector<T>(selector)!;

async function submit(el: AbRegistration, where: 'shadow' | 'light' = 'shadow') {
  (where === 'shadow' ? shadow : light)<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await settled(el);
}

async function tile(el: AbRegistration, endpoint: FakeEndpoint, status: string, extra: object = {}) {
  endpoint.answer(json({status, accountName: 'AB Demo Account', token: 'tok', ...extra}));
  shadow<HTMLButtonElement>(el, '.tile').click();
}

function setValue(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export async function toSignIn(el: AbRegistration, endpoint: FakeEndpoint, status = 'amazon-account') {
  await tile(el, endpoint, status);
  await stepIs(el, 'sign-in');
}

export async function toLinkChoice(el: AbRegistration, endpoint: FakeEndpoint) {
  await toSignIn(el, endpoint);
  setValue(light(el, 'input[type="password"]'), 'pw');
  endpoint.answer(json({}));
  await submit(el, 'light');
  await stepIs(el, 'link-choice');
}

export async function toSeparate(el: AbRegistration, endpoint: FakeEndpoint) {
  await toLinkChoice(el, endpoint);
  (queryAllByRole(el, 'radio')[1] as HTMLInputElement).click();
  await settled(el);
  await submit(el);
  await stepIs(el, 'separate-email');
}

export async function toJoin(el: AbRegistration, endpoint: FakeEndpoint) {
  await toSignIn(el, endpoint, 'business-account');
  setValue(light(el, 'input[type="password"]'), 'pw');
  endpoint.answer(json({invitation: {inviterEmail: 'Administrator@email.ca', organizationName: 'Exemple'}}));
  await submit(el, 'light');
  await stepIs(el, 'join-official');
}

/** Every screen and error state, by name. */
export const STATES: Record<string, (el: AbRegistration, endpoint: FakeEndpoint) => Promise<void>> = {
  start: async () => {},
  'start, session expired': async (el, endpoint) => {
    await toSignIn(el, endpoint);
    setValue(light(el, 'input[type="password"]'), 'pw');
    endpoint.answer(json({error: {code: 'session-expired'}}, 401));
    await submit(el, 'light');
    await stepIs(el, 'start');
  },
  'choose-scenario': async (el, endpoint) => {
    await tile(el, endpoint, 'unknown');
    await stepIs(el, 'choose-scenario');
  },
  'choose-scenario, nothing chosen': async (el, endpoint) => {
    await STATES['choose-scenario'](el, endpoint);
    await submit(el);
  },
  'sign-in (scenarios 2-3)': toSignIn,
  'sign-in (scenario 4)': (el, endpoint) => toSignIn(el, endpoint, 'business-account'),
  'sign-in, both fields empty': async (el, endpoint) => {
    await toSignIn(el, endpoint);
    setValue(light(el, 'input[name="identifier"]'), '');
    await submit(el, 'light');
  },
  'sign-in, wrong password': async (el, endpoint) => {
    await toSignIn(el, endpoint);
    setValue(light(el, 'input[type="password"]'), 'wrong');
    endpoint.answer(json({error: {code: 'invalid-credentials'}}, 401));
    await submit(el, 'light');
    await settled(el);
  },
  'sign-in, network down': async (el, endpoint) => {
    await toSignIn(el, endpoint);
    setValue(light(el, 'input[type="password"]'), 'pw');
    endpoint.answer(new TypeError('Failed to fetch'));
    await submit(el, 'light');
    await settled(el);
  },
  'link-choice': toLinkChoice,
  'link-choice, nothing chosen': async (el, endpoint) => {
    await toLinkChoice(el, endpoint);
    await submit(el);
  },
  'separate-email': toSeparate,
  'separate-email, two problems': async (el, endpoint) => {
    await toSeparate(el, endpoint);
    await submit(el);
  },
  'separate-email, email taken': async (el, endpoint) => {
    await toSeparate(el, endpoint);
    const [a, b] = queryAllByRole(el, 'textbox') as HTMLInputElement[];
    setValue(a, 'taken@home.ca');
    setValue(b, 'taken@home.ca');
    endpoint.answer(json({error: {code: 'email-taken'}}, 409));
    await submit(el);
    await settled(el);
  },
  'join-official': toJoin,
  'join-official, unavailable': async (el, endpoint) => {
    await toJoin(el, endpoint);
    endpoint.answer(json({error: {code: 'unavailable'}}, 503));
    await submit(el);
    await settled(el);
  },
  welcome: async (el, endpoint) => {
    await tile(el, endpoint, 'member', {shopUrl: SHOP});
    await stepIs(el, 'welcome');
  },
  blocked: async (el, endpoint) => {
    await tile(el, endpoint, 'blocked', {reason: 'multi-user-admin'});
    await stepIs(el, 'blocked');
  },
  'error, network': async (el, endpoint) => {
    endpoint.answer(new TypeError('Failed to fetch'));
    shadow<HTMLButtonElement>(el, '.tile').click();
    await stepIs(el, 'error');
  },
  'error, configuration': async (el) => {
    el.endpoint = '';
    await stepIs(el, 'error');
  },
};

/** From link-choice, as the buyer does it: "No", Next, then the new email typed into both fields. */
export async function typeSeparateEmails(el: AbRegistration, email: string) {
  const no = queryAllByRole(el, 'radio').find((r) => (r as HTMLInputElement).value === 'separate') as HTMLInputElement;
  no.click();
  await settled(el);
  (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await stepIs(el, 'separate-email');
  for (const input of queryAllByRole(el, 'textbox')) {
    input.focus();
    await sendKeys({type: email});
  }
}

/**
 * As a buyer does it: a click on the tile, then on sign-in the password typed
 * into the field labelled `passwordLabel` and Enter pressed (the endpoint answers as queued).
 */
export async function signInAsBuyer(el: AbRegistration, password: string, passwordLabel = 'Password') {
  getByRole(el, 'button', 'amazon business').click();
  await stepIs(el, 'sign-in');
  getByLabel(el, passwordLabel).focus();
  await sendKeys({type: password});
  await sendKeys({press: 'Enter'});
}
