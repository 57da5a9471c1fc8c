// Races, lifecycle, validation before any request, and what never leaks.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {deferred, json} from './helpers/fake-endpoint.js';
import {signInAsBuyer, typeSeparateEmails} from './helpers/drive.js';
import './helpers/no-console.js';
import {
  announced,
  description,
  getByLabel,
  getByRole,
  focusedName,
  heading,
  openDialog,
  question,
  queryAllByRole,
  settled,
  stepIs,
} from './helpers/query.js';
import {testbed, widget} from './helpers/widget.js';

const SHOP = 'https://www.amazon.ca/business';
const PASSWORD = 'Tr0ub4dor&3 secret';

describe('races and lifecycle', () => {
  const bed = testbed();

  async function toSignIn(lang = 'en') {
    const el = await widget({lang});
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    (queryAllByRole(el, 'password')[0] as HTMLInputElement).focus();
    await sendKeys({type: PASSWORD});
    return el;
  }

  it('a double click on the tile sends one lookup, with a visible and announced busy state', async () => {
    const el = await widget();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    const tile = getByRole(el, 'button', 'amazon business');
    tile.click();
    tile.click();
    await settled(el);
    expect(bed.endpoint.requests).to.have.length(1);
    // Said once the call has taken a second (a quicker answer would make it stale).
    await waitUntil(() => announced(el, 'status') === 'Please wait…', 'busy never announced', {timeout: 3000});
    // The dialog opened at the click: its card is busy and says so.
    const card = openDialog(el)!.querySelector('.card')!;
    expect(card.getAttribute('aria-busy')).to.equal('true');
    expect(heading(el)).to.equal('amazon business');
    expect(card.querySelector('.waiting')!.textContent!.trim()).to.equal('Please wait…');
    slow.release(json({status: 'member', accountName: 'A', shopUrl: SHOP}));
    await stepIs(el, 'welcome');
    // The new screen is heard as its heading takes focus; the busy text is gone, not left to be said after it.
    expect(focusedName()).to.equal('Welcome to Amazon Business!');
    expect(announced(el, 'status')).to.equal('');
  });

  it('Enter then click on a slow sign-in sends one request', async () => {
    const el = await toSignIn();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    await sendKeys({press: 'Enter'});
    getByRole(el, 'button', 'Sign in').click();
    await sendKeys({press: 'Enter'});
    await aTimeout(50);
    expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup', 'sign-in']);
    slow.release(json({}));
    await stepIs(el, 'link-choice');
    expect(bed.recorder.of('ab-registration-step').filter((d) => (d as {step: string}).step === 'link-choice')).to.have.length(1);
  });

  it('Back during a slow separate: the late answer is ignored and its request aborted', async () => {
    const el = await toSignIn();
    bed.endpoint.answer(json({}));
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
    await typeSeparateEmails(el, 'me@home.ca');
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    await sendKeys({press: 'Enter'});
    await waitUntil(() => bed.endpoint.requests.length === 3);
    getByRole(el, 'button', 'Back').click();
    await stepIs(el, 'link-choice');
    expect(bed.endpoint.requests[2].signal!.aborted).to.equal(true);
    slow.release(json({shopUrl: SHOP, businessEmail: 'w@x.ca'}));
    await aTimeout(50);
    expect(el.step).to.equal('link-choice');
    expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([]);
  });

  it('a language switch while sign-in is in flight keeps the call: its answer lands once, in the new language', async () => {
    const el = await toSignIn();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    await sendKeys({press: 'Enter'});
    el.lang = 'fr-CA';
    await settled(el);
    expect(bed.endpoint.requests[1].signal!.aborted).to.equal(false);
    slow.release(json({}));
    await stepIs(el, 'link-choice');
    expect(question(el)).to.equal('Souhaitez-vous vous joindre A à votre compte courant?');
    expect(bed.endpoint.requests).to.have.length(2);
  });

  it('removing the element aborts its request; nothing is emitted afterwards', async () => {
    const el = await toSignIn();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    await sendKeys({press: 'Enter'});
    el.remove();
    await aTimeout(0);
    expect(bed.endpoint.requests[1].signal!.aborted).to.equal(true);
    const before = bed.recorder.events.length;
    slow.release(json({}));
    await aTimeout(50);
    expect(bed.recorder.events.length).to.equal(before);
  });

  it('moving the element in the DOM keeps its screen, what was typed and the call in flight', async () => {
    const el = await toSignIn();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    const other = await fixture(html`<section><p>elsewhere on the page</p></section>`);
    other.append(el);
    await settled(el);
    expect(el.step).to.equal('sign-in');
    expect(getByLabel(el, 'Password').value).to.equal(PASSWORD);
    getByLabel(el, 'Password').focus();
    await sendKeys({press: 'Enter'});
    const moveAgain = await fixture(html`<div></div>`);
    moveAgain.append(el);
    await aTimeout(0);
    expect(bed.endpoint.requests[1].signal!.aborted).to.equal(false);
    slow.release(json({}));
    await stepIs(el, 'link-choice');
  });
});

describe('validation before any request', () => {
  const bed = testbed();

  async function toSeparate(lang = 'en') {
    const el = await widget({lang, email: 'user4@abdemoaccount.com'});
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}), json({}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    (queryAllByRole(el, 'password')[0] as HTMLInputElement).focus();
    await sendKeys({type: 'pw'});
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
    (queryAllByRole(el, 'radio')[1] as HTMLInputElement).click();
    await settled(el);
    (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stepIs(el, 'separate-email');
    return el;
  }

  async function fill(el: Parameters<typeof getByLabel>[0], first: string, second: string) {
    const [a, b] = queryAllByRole(el, 'textbox') as HTMLInputElement[];
    a.value = first;
    a.dispatchEvent(new Event('input', {bubbles: true}));
    b.value = second;
    b.dispatchEvent(new Event('input', {bubbles: true}));
    (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settled(el);
    return [a, b];
  }

  it('shows each problem on its field after the submit attempt, not before', async () => {
    const el = await toSeparate();
    const [first] = queryAllByRole(el, 'textbox') as HTMLInputElement[];
    first.focus();
    await sendKeys({type: 'not-an-email'});
    await settled(el);
    expect(first.getAttribute('aria-invalid')).to.equal('false');
    const cases: Array<[string, string, string, string]> = [
      ['', '', 'The email address is missing.', 'The re-entered email address is missing.'],
      ['not-an-email', 'not-an-email', 'This is not a valid email address. Example: name@example.com.', ''],
      ['me@home.ca', 'me@home.com', '', "The two email addresses don't match."],
      ['USER4@abdemoaccount.com', 'user4@abdemoaccount.com', 'Choose an email address other than your work email.', ''],
      [`${'a'.repeat(250)}@x.ca`, 'x', 'This entry is too long.', ''],
    ];
    for (const [one, two, firstMessage, secondMessage] of cases) {
      const [a, b] = await fill(el, one, two);
      expect(description(a), one).to.equal(firstMessage && `Error: ${firstMessage}`);
      expect(a.getAttribute('aria-invalid'), one).to.equal(firstMessage ? 'true' : 'false');
      expect(description(b), two).to.equal(secondMessage && `Error: ${secondMessage}`);
    }
    expect(bed.endpoint.requests).to.have.length(2);
  });

  it('fr-CA: the same problems in French', async () => {
    const el = await toSeparate('fr-CA');
    const [a, b] = await fill(el, 'moi@maison.ca', 'moi@maison.com');
    expect(a.getAttribute('aria-invalid')).to.equal('false');
    expect(description(b)).to.equal('Erreur : Les deux adresses courriel ne correspondent pas.');
    await fill(el, 'pas-un-courriel', '');
    expect(description(a)).to.equal("Erreur : Cette adresse courriel n'est pas valide. Exemple : nom@exemple.com.");
  });

  it('accepts an international address, trimmed, and sends it', async () => {
    const el = await toSeparate();
    bed.endpoint.answer(json({shopUrl: SHOP, businessEmail: 'user4@abdemoaccount.com'}));
    await fill(el, '  josée@exemple.québec ', 'josée@exemple.québec');
    await stepIs(el, 'welcome');
    expect(bed.endpoint.requests.at(-1)!.body).to.deep.equal({
      action: 'separate',
      personalEmail: 'josée@exemple.québec',
      token: 't',
    });
  });

  it('never blocks paste', async () => {
    const el = await toSeparate();
    for (const input of queryAllByRole(el, 'textbox')) {
      const paste = new ClipboardEvent('paste', {bubbles: true, cancelable: true, composed: true});
      input.dispatchEvent(paste);
      expect(paste.defaultPrevented).to.equal(false);
    }
  });
});

describe('the password and the protocol headers', () => {
  const bed = testbed();
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('lives only in its input and the one sign-in body; gone once sign-in succeeds', async () => {
    const el = await widget();
    const logged: string[] = [];
    const original = {log: console.log, info: console.info, debug: console.debug};
    console.log = console.info = console.debug = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'A', token: 'tok'}),
        json({error: {code: 'invalid-credentials'}}, 401),
        json({})
      );
      await signInAsBuyer(el, PASSWORD);
      await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1);
      await settled(el);
      const everyAttribute = [el, ...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')]
        .flatMap((node) => [...node.attributes].map((a) => a.value))
        .join(' ');
      expect(everyAttribute).not.to.contain(PASSWORD);
      // The summary has focus; its link takes the buyer to the password, still typed.
      getByRole(el, 'link', 'Your email, mobile phone number or password is incorrect.').click();
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'link-choice');
    } finally {
      Object.assign(console, original);
    }
    const withPassword = bed.endpoint.requests.filter((r) => JSON.stringify(r.body).includes(PASSWORD));
    expect(withPassword.map((r) => r.body.action)).to.deep.equal(['sign-in', 'sign-in']);
    expect(
      bed.endpoint.requests.every((r) => !r.url.includes(encodeURIComponent(PASSWORD)) && !r.url.includes(PASSWORD))
    ).to.equal(true);
    expect(JSON.stringify(bed.recorder.events)).not.to.contain(PASSWORD);
    expect(logged.join(' ')).not.to.contain(PASSWORD);
    expect(queryAllByRole(el, 'password')).to.have.length(0);
    expect(el.innerHTML + el.shadowRoot!.innerHTML).not.to.contain(PASSWORD);
    expect(JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})).not.to.contain(PASSWORD);
    expect(location.href).not.to.contain(PASSWORD);
  });

  it('requestInit headers and credentials reach the endpoint; method, body and protocol headers cannot be overridden', async () => {
    const el = await widget();
    el.requestInit = {
      headers: {'X-CSRF-Token': 'tok-csrf', 'Content-Type': 'text/plain', 'AB-Registration-Protocol': '2', Accept: 'text/html'},
      credentials: 'include',
      ...({method: 'GET', body: 'evil', mode: 'no-cors'} as object),
    };
    bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: SHOP}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'welcome');
    const [sent] = bed.endpoint.requests;
    expect(sent.method).to.equal('POST');
    expect(sent.body).to.deep.equal({action: 'lookup', email: 'user4@abdemoaccount.com'});
    expect(sent.credentials).to.equal('include');
    expect(sent.headers.get('X-CSRF-Token')).to.equal('tok-csrf');
    expect(sent.headers.get('Content-Type')).to.equal('application/json');
    expect(sent.headers.get('Accept')).to.equal('application/json');
    expect(sent.headers.get('AB-Registration-Protocol')).to.equal('1');
  });
});
