// What a vendor's security review probes: the password's paths out of the
// widget, values from the endpoint and attributes, focus, ids, documents.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {deferred, json} from './helpers/fake-endpoint.js';
import {engine} from './helpers/engine.js';
import {signInAsBuyer} from './helpers/drive.js';
import './helpers/no-console.js';
import {announced, getByLabel, getByRole, heading, renderedText, settled, stepIs, visibleText} from './helpers/query.js';
import {recordEvents, stubNavigation, testbed, widget} from './helpers/widget.js';

const PASSWORD = 'S3cret pass phrase';
const SHOP = 'https://www.amazon.ca/business';

/** A host page in a same-origin frame, so a native form submission navigates the frame and not the test page. */
async function hostFrame(): Promise<{frame: HTMLIFrameElement; doc: Document; win: Window & {marker?: number}}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = '/test/fixtures/host-frame.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {marker?: number};
  // A navigation replaces the frame's window: the marker is gone with it.
  win.marker = 1;
  return {frame, doc: frame.contentDocument!, win};
}

/** Everything the widget holds as JavaScript values: its own fields, its controller's, their state. */
function reachableStrings(root: object): string[] {
  const seen = new Set<unknown>();
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') found.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return;
    seen.add(value);
    if (value instanceof Node && value !== root) return; // the DOM is checked on its own
    if ((value as {window?: unknown}).window === value) return; // a window: the page, not the element
    if (value instanceof Map) for (const [k, v] of value) (visit(k, depth + 1), visit(v, depth + 1));
    else if (value instanceof Set) for (const v of value) visit(v, depth + 1);
    for (const key of Object.getOwnPropertyNames(value)) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

describe('security: the password', () => {
  const bed = testbed();

  async function signInIn(doc: Document) {
    const el = await widget();
    doc.body.append(el);
    await settled(el);
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    getByLabel(el, 'Password').focus();
    await sendKeys({type: PASSWORD});
    return el;
  }

  async function expectNoNavigation(frame: HTMLIFrameElement, win: {marker?: number}, href: string) {
    await aTimeout(300);
    expect(frame.contentWindow!.location.href, 'the frame navigated').to.equal(href);
    expect(frame.contentWindow!.location.href).not.to.contain(encodeURIComponent(PASSWORD).replace(/%20/g, '+'));
    expect((frame.contentWindow as {marker?: number}).marker, 'the frame was reloaded').to.equal(1);
    expect(win.marker).to.equal(1);
  }

  it('a host that stops submit events: Enter still signs in, and no native submission leaves the page', async () => {
    const {frame, doc, win} = await hostFrame();
    const href = win.location.href;
    doc.addEventListener('submit', (event) => event.stopPropagation(), true);
    const el = await signInIn(doc);
    bed.endpoint.answer(json({}));
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
    expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup', 'sign-in']);
    await expectNoNavigation(frame, win, href);
    frame.remove();
  });

  it("a host helper that calls the form's submit() on Enter: the widget signs in, nothing navigates", async () => {
    const {frame, doc, win} = await hostFrame();
    const href = win.location.href;
    doc.addEventListener('keydown', (event) => {
      const target = event.target as HTMLInputElement;
      if (event.key === 'Enter' && target.form) {
        event.preventDefault();
        target.form.submit();
      }
    });
    const el = await signInIn(doc);
    bed.endpoint.answer(json({}));
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
    await expectNoNavigation(frame, win, href);
    frame.remove();
  });

  it('the native submission itself carries no password: not in its entry list, never a navigation', async () => {
    const {frame, doc, win} = await hostFrame();
    const href = win.location.href;
    const el = await signInIn(doc);
    const form = getByLabel(el, 'Password').form!;
    const entries = [...new FormData(form).values()].map(String);
    expect(entries.join(' ')).not.to.contain(PASSWORD);
    // Straight to the browser's own submission, past anything the element defines (the frame's own realm).
    // Firefox throws for a dialog-method submission outside a dialog; others return. Neither submits.
    try {
      (frame.contentWindow as typeof window).HTMLFormElement.prototype.submit.call(form);
    } catch (error) {
      expect(engine, String(error)).to.equal('firefox');
    }
    await expectNoNavigation(frame, win, href);
    expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup']);
    frame.remove();
  });

  for (const [status, what] of [
    [307, 'a 307 would re-POST the password to wherever it points'],
    [308, 'a 308 likewise'],
    [303, 'a 303 turns into a GET whose {} would count as a signed-in buyer'],
  ] as const) {
    it(`no request follows a redirect: ${what}; the buyer sees a protocol error`, async () => {
      bed.endpoint.restore(); // the real network, to the test server's redirecting endpoint
      const reset = await fetch('/api/redirecting/reset', {method: 'POST'});
      expect(reset.ok).to.equal(true);
      const el = await fixture<AbRegistration>(
        html`<ab-registration
          endpoint=${`/api/redirecting/${status}`}
          email="user4@abdemoaccount.com"
          lang="en"
        ></ab-registration>`
      );
      await settled(el);
      await signInAsBuyer(el, PASSWORD);
      await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1, 'no error event');
      await settled(el);
      expect(el.step).to.equal('sign-in');
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'protocol', retryable: false}]);
      expect(visibleText(el)).to.contain('The registration service sent an answer that cannot be used.');
      const hits = (await (await fetch('/api/redirecting/hits')).json()) as string[];
      expect(hits, 'the redirect target was reached').to.deep.equal([]);
      expect(getByLabel(el, 'Password').value, 'the password stays typed').to.equal(PASSWORD);
    });
  }

  it('is cleared when the page is hidden (the back/forward cache keeps the page as it was)', async () => {
    const el = await widget();
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    getByLabel(el, 'Password').focus();
    await sendKeys({type: PASSWORD});
    window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));
    await settled(el);
    expect(getByLabel(el, 'Password').value).to.equal('');
    expect(getByLabel(el, 'Email address').value, 'the email is kept').to.equal('user4@abdemoaccount.com');
    // Back from the cache: the form works as before.
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    getByLabel(el, 'Password').focus();
    await sendKeys({type: 'again'});
    bed.endpoint.answer(json({}));
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
    expect(bed.endpoint.requests[1].body.password).to.equal('again');
  });

  it("exists nowhere in the element's own state, only in its input and the one sign-in request", async () => {
    const el = await widget();
    bed.endpoint.answer(
      json({status: 'amazon-account', accountName: 'A', token: 'tok'}),
      json({error: {code: 'invalid-credentials'}}, 401)
    );
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    const input = getByLabel(el, 'Password');
    input.focus();
    await sendKeys({type: PASSWORD});
    // Seen by the element in every way it can: input events, a failed submit, a re-render, a language switch.
    await sendKeys({press: 'Enter'});
    await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1);
    el.lang = 'fr-CA';
    await settled(el);
    el.lang = 'en';
    await settled(el);
    expect(input.value, 'still typed').to.equal(PASSWORD);
    const strings = reachableStrings(el);
    // The flow's state (its token) is reached: private state the walk cannot see would make this test blind.
    expect(strings, 'the walk reaches the flow state').to.include('tok');
    expect(strings.filter((s) => s.includes(PASSWORD))).to.deep.equal([]);
    expect(renderedText(el)).not.to.contain(PASSWORD);
    const sent = bed.endpoint.requests.filter((r) => JSON.stringify(r.body).includes(PASSWORD));
    expect(sent.map((r) => r.body.action)).to.deep.equal(['sign-in']);
  });
});

describe('security: values from attributes and the endpoint', () => {
  const bed = testbed();

  for (const value of ['abc', '-1', '0', '', '1e12', '2147483648', 'Infinity']) {
    it(`timeout="${value}" falls back to the default: a prompt answer is not a timeout`, async () => {
      const el = await widget();
      el.setAttribute('timeout', value);
      await settled(el);
      bed.endpoint.answer(async () => {
        await aTimeout(30);
        return json({status: 'member', accountName: 'A', shopUrl: SHOP});
      });
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([]);
    });
  }

  for (const [what, requestInit, said] of [
    [
      'a header value with a newline',
      {headers: {'X-CSRF-Token': 'tok\nInjected: 1'}},
      'requestInit.headers: the browser refuses the header "X-CSRF-Token"',
    ],
    [
      'a header name with a space',
      {headers: [['X CSRF', 'tok']]},
      'requestInit.headers: the browser refuses the header "X CSRF"',
    ],
    [
      'credentials that do not exist',
      {credentials: 'sometimes'},
      'requestInit.credentials: "sometimes" is not omit, same-origin or include',
    ],
  ] as const) {
    it(`a requestInit with ${what} is a config error, said on the console by name, nothing sent; sign-in too`, async () => {
      const el = await widget();
      el.requestInit = requestInit as unknown as AbRegistration['requestInit'];
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'error');
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'config', retryable: false}]);
      expect(visibleText(el)).to.contain(
        'This registration tile is not set up correctly (its endpoint or its request settings).'
      );
      expect(globalThis.consoleProblems.splice(0)).to.deep.equal([`warn: ab-registration: ${said}`]);
      expect(bed.endpoint.requests).to.deep.equal([]);
      // The buyer can start over once the host fixes it; a sign-in with it broken again is refused the same way, password kept.
      el.requestInit = {};
      getByRole(el, 'button', 'Start over').click();
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      await stepIs(el, 'start');
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'sign-in');
      el.requestInit = requestInit as unknown as AbRegistration['requestInit'];
      getByLabel(el, 'Password').focus();
      await sendKeys({type: PASSWORD});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => bed.recorder.of('ab-registration-error').length === 2, 'no second error');
      expect(el.step).to.equal('sign-in');
      expect((getByLabel(el, 'Password') as HTMLInputElement).value).to.equal(PASSWORD);
      expect(globalThis.consoleProblems.splice(0)).to.deep.equal([`warn: ab-registration: ${said}`]);
      expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup']);
    });
  }

  it('timeout="40" is honoured', async () => {
    const el = await widget();
    el.setAttribute('timeout', '40');
    bed.endpoint.answer('hang');
    getByRole(el, 'button', 'amazon business').click();
    await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1);
    expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'timeout', retryable: true}]);
  });

  /** True when `text` has no C0/C1 control, no embedding or override, and every isolate is closed. */
  function bidiSafe(text: string): boolean {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u200E\u200F\u061C]/.test(text)) return false;
    let open = 0;
    for (const ch of text) {
      if (/[\u2066-\u2068]/.test(ch)) open++;
      else if (ch === '\u2069' && --open < 0) return false;
    }
    return open === 0;
  }

  /** The x of each word of `words` in `node`'s text, for words laid out on the same line. */
  function wordsInOrder(node: Element, words: string[]): boolean {
    const texts = [...node.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE);
    const text = texts.reduce((a, b) => (b.data.trim().length > a.data.trim().length ? b : a));
    const at = (word: string) => {
      const range = document.createRange();
      const start = text.data.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect();
    };
    const boxes = words.map(at);
    return boxes.every((box, i) => i === 0 || Math.abs(box.top - boxes[i - 1].top) > 2 || box.left > boxes[i - 1].left);
  }

  it("bidi overrides and control characters in the endpoint's names cannot reorder the widget's sentences", async () => {
    const el = await widget();
    stubNavigation(el);
    el.style.width = '480px';
    bed.endpoint.answer(
      json({status: 'business-account', accountName: 'Evil Corp\u202E', token: 'tok'}),
      json({
        invitation: {inviterEmail: 'boss\u202E@corp.example\u0007', organizationName: '\u2067Exemple\u2069\u2069\u202E\u009B1m'},
      }),
      json({shopUrl: SHOP})
    );
    await signInAsBuyer(el, 'pw');
    await stepIs(el, 'join-official');
    const lead = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes('invited by'))!;
    expect(bidiSafe(lead.textContent!), JSON.stringify(lead.textContent)).to.equal(true);
    expect(wordsInOrder(lead, ['invited', 'join', 'official', 'account'])).to.equal(true);
    expect(lead.textContent).to.contain('boss@corp.example');
    expect(bidiSafe(visibleText(el)), JSON.stringify(visibleText(el))).to.equal(true);
    getByRole(el, 'button', 'Join').click();
    await stepIs(el, 'welcome');
    const member = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes('now part of'))!;
    expect(bidiSafe(member.textContent!), JSON.stringify(member.textContent)).to.equal(true);
    expect(wordsInOrder(member, ['You', 'now', 'part', 'Amazon', 'Business', 'account'])).to.equal(true);
    // What is heard on arrival: the heading, as it takes focus.
    expect(bidiSafe(heading(el))).to.equal(true);
    // Events carry the validated value: controls gone, no isolates added.
    expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
      {outcome: 'joined', accountName: 'Evil Corp', shopUrl: SHOP},
    ]);
  });

  it("the link-choice question isolates the account's name", async () => {
    const el = await widget();
    el.style.width = '480px';
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'שלום Corp\u202E', token: 'tok'}), json({}));
    await signInAsBuyer(el, 'pw');
    await stepIs(el, 'link-choice');
    const question = el.shadowRoot!.querySelector('legend .question')!;
    expect(bidiSafe(question.textContent!)).to.equal(true);
    expect(wordsInOrder(question, ['Would', 'you', 'like', 'join'])).to.equal(true);
    expect(wordsInOrder(question, ['with', 'your', 'current', 'account'])).to.equal(true);
    expect(question.textContent).to.contain('שלום Corp');
  });

  for (const raw of [
    '  HTTPS://www.amazon.ca/x  ',
    'https://www.ama\nzon.ca/',
    'https:\\\\evil.example/',
    'https://www.amazon.ca/\tx',
    'https:/www.amazon.ca/x',
  ]) {
    it(`a shopUrl that does not round-trip cleanly is a protocol error: ${JSON.stringify(raw)}`, async () => {
      const el = await widget();
      const visited = stubNavigation(el);
      bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: raw}));
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'error');
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'protocol', status: 200, retryable: false}]);
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([]);
      expect(visited).to.deep.equal([]);
    });
  }

  it('a shopUrl is used and emitted in its canonical form', async () => {
    const el = await widget();
    const visited = stubNavigation(el);
    bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: 'HTTPS://WWW.Amazon.CA/business?q=caf%C3%A9'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'welcome');
    const canonical = 'https://www.amazon.ca/business?q=caf%C3%A9';
    expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
      {outcome: 'member', accountName: 'A', shopUrl: canonical},
    ]);
    getByRole(el, 'button', 'Start shopping').click();
    expect(bed.recorder.of('ab-registration-shop')).to.deep.equal([{shopUrl: canonical}]);
    expect(visited).to.deep.equal([canonical]);
  });

  it('a support-url that does not round-trip cleanly falls back to the default', async () => {
    const el = await widget();
    el.supportUrl = 'https://help.vendor.example/\nab';
    await settled(el);
    const link = getByRole<HTMLAnchorElement>(el, 'link', /amazon\.ca/);
    expect(link.href).to.equal('https://www.amazon.ca/gp/help/contact-us');
    el.supportUrl = 'HTTPS://Help.Vendor.example/ab';
    await settled(el);
    expect(getByRole<HTMLAnchorElement>(el, 'link', 'https://help.vendor.example/ab').href).to.equal(
      'https://help.vendor.example/ab'
    );
  });
});

describe('security: how much of an answer the widget reads', () => {
  it('stops reading an answer past 64 KiB: a protocol error at once, and the endpoint wrote little of its 64 MB', async () => {
    const recorder = recordEvents();
    try {
      // 64 KiB every 5 ms: reading it all would take seconds; the widget should let go after the first two blocks.
      const el = await widget({endpoint: '/api/hostile/huge?pace=5'});
      getByRole(el, 'button', 'amazon business').click();
      await waitUntil(() => el.step === 'error', `never refused (on ${el.step})`, {timeout: 20000});
      expect(recorder.of('ab-registration-error')).to.deep.equal([{code: 'protocol', status: 200, retryable: false}]);
      // Paced, the endpoint had written little when the widget refused the answer: reading it all would have taken
      // seconds and 64 MB. (Whether the engine then closes the connection or drains it is its own business.)
      const {written} = (await (await fetch('/api/hostile/huge-written', {method: 'POST'})).json()) as {written: number};
      expect(written, `bytes the endpoint wrote of ${64 * 1024 * 1024}`).to.be.below(4 * 1024 * 1024);
    } finally {
      recorder.stop();
    }
  });
});

describe('security: focus, ids, documents, language', () => {
  const bed = testbed();

  // Inline presentation: the flow in place leaves the page usable meanwhile (a modal dialog makes it inert).
  for (const how of ['autostart', 'a click on the tile']) {
    it(`a late answer after ${how} leaves the host page's focus where the buyer put it (inline)`, async () => {
      const search = document.createElement('input');
      search.setAttribute('aria-label', 'Search the catalogue');
      document.body.append(search);
      const slow = deferred();
      bed.endpoint.answer(slow.answer);
      const el =
        how === 'autostart'
          ? await fixture<AbRegistration>(
              html`<ab-registration
                endpoint="/x"
                email="user4@abdemoaccount.com"
                lang="en"
                autostart
                presentation="inline"
              ></ab-registration>`
            )
          : await widget({presentation: 'inline'});
      if (how !== 'autostart') getByRole(el, 'button', 'amazon business').click();
      await settled(el);
      search.focus();
      await sendKeys({type: 'print'});
      slow.release(json({status: 'business-account', accountName: 'A', token: 'tok'}));
      await stepIs(el, 'sign-in');
      await sendKeys({type: 'er paper'});
      expect(search.value).to.equal('printer paper');
      expect(document.activeElement === search, 'focus stays in the search field').to.equal(true);
      search.remove();
    });
  }

  it('focus still moves to the new screen when it was in the widget (or nowhere)', async () => {
    const el = await widget();
    const slow = deferred();
    bed.endpoint.answer(slow.answer);
    getByRole(el, 'button', 'amazon business').focus();
    await sendKeys({press: 'Enter'});
    slow.release(json({status: 'business-account', accountName: 'A', token: 'tok'}));
    await stepIs(el, 'sign-in');
    expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('h2'), 'focus on the heading').to.equal(true);
  });

  it("host elements with the ids of an earlier widget's fields cannot take its labels or summary links", async () => {
    const decoys = document.createElement('div');
    for (let n = 0; n < 300; n++)
      for (const name of ['identifier', 'password', 'identifier-problem', 'password-problem'])
        decoys.insertAdjacentHTML('beforeend', `<input id="ab-registration-${n}-${name}" aria-label="decoy">`);
    document.body.append(decoys);
    const el = await widget();
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    const identifier = getByLabel(el, 'Email address');
    identifier.value = '';
    identifier.dispatchEvent(new Event('input', {bubbles: true}));
    getByRole(el, 'button', 'Sign in').click();
    await settled(el);
    for (const label of el.querySelectorAll('label')) expect(el.contains(label.control), label.textContent!).to.equal(true);
    const ids = [...el.querySelectorAll('[id]'), ...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
    for (const id of ids) expect(document.querySelectorAll(`[id="${id}"]`).length, id).to.be.at.most(1);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('.summary a')];
    expect(links).to.have.length(2);
    links[1].click();
    expect(document.activeElement === getByLabel(el, 'Password'), 'focus on the password').to.equal(true);
    decoys.remove();
  });

  it('moved into another document (an iframe), it keeps every stylesheet', async () => {
    const el = await widget();
    const tile = () => el.shadowRoot!.querySelector('.tile')!;
    const before = getComputedStyle(tile());
    const expected = {background: before.backgroundColor, radius: before.borderTopLeftRadius, font: before.fontFamily};
    expect(expected.background).not.to.equal('rgba(0, 0, 0, 0)');
    const {frame, doc} = await hostFrame();
    doc.body.append(el);
    await settled(el);
    const after = frame.contentWindow!.getComputedStyle(tile());
    expect({background: after.backgroundColor, radius: after.borderTopLeftRadius, font: after.fontFamily}).to.deep.equal(
      expected
    );
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}));
    (tile() as HTMLElement).click();
    await stepIs(el, 'sign-in');
    // The light-DOM form's rules too, in the frame's document.
    const input = getByLabel(el, 'Password');
    const field = frame.contentWindow!.getComputedStyle(input);
    expect(field.boxSizing).to.equal('border-box');
    expect(field.width).to.equal(frame.contentWindow!.getComputedStyle(input.parentElement!).width);
    // And back again.
    document.body.append(el);
    await settled(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontWeight).to.equal(
      frame.contentWindow!.getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontWeight
    );
    expect(getComputedStyle(input).boxSizing).to.equal('border-box');
    el.remove();
    frame.remove();
  });

  it('after a language switch no live region still speaks the old language', async () => {
    const el = await widget({lang: 'fr-CA'});
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok'}), json({}));
    await signInAsBuyer(el, 'pw', 'Mot de passe');
    await stepIs(el, 'link-choice');
    getByRole(el, 'radio', /^Non, je souhaite/).click();
    await settled(el);
    getByRole(el, 'button', 'Suivant').click();
    await stepIs(el, 'separate-email');
    expect(heading(el)).to.match(/^Choisissez/);
    el.lang = 'en';
    await settled(el);
    await aTimeout(200);
    const regions = [...el.querySelectorAll('[role="status"], [role="alert"]')].map((n) => n.textContent!.trim());
    for (const text of regions) expect(text === '' || /^Choose a new email/.test(text), text).to.equal(true);
    // The problems summary, announced in French, then switched.
    el.lang = 'fr-CA';
    await settled(el);
    getByRole(el, 'button', 'Suivant').click();
    await waitUntil(() => announced(el, 'alert') !== '');
    el.lang = 'en';
    await settled(el);
    await aTimeout(200);
    const after = [...el.querySelectorAll('[role="status"], [role="alert"]')].map((n) => n.textContent!.trim());
    expect(after.join(' ')).not.to.match(/[àâçéèêëîïôûù]|Saisissez|problèmes/i);
    expect(heading(el)).to.match(/^Choose a new email/);
  });

  it('a 429 counts down the wait, then says the buyer can try again', async () => {
    const el = await widget();
    bed.endpoint.answer(
      json({status: 'amazon-account', accountName: 'A', token: 'tok'}),
      json({error: {code: 'rate-limited'}}, 429, {'Retry-After': '3'}),
      json({})
    );
    await signInAsBuyer(el, 'pw');
    await waitUntil(() => visibleText(el).includes('Wait 3 s'), visibleText(el));
    await waitUntil(() => announced(el, 'alert').includes('Wait 3 s'));
    await waitUntil(() => /Wait [12] s/.test(visibleText(el)), 'never counted down', {timeout: 2500});
    // Not every second is spoken.
    expect(announced(el, 'alert')).to.contain('Wait 3 s');
    await waitUntil(() => visibleText(el).includes('You can try again now.'), 'never said ready', {timeout: 4000});
    expect(visibleText(el)).not.to.contain('Wait');
    await waitUntil(() => announced(el, 'status') === 'You can try again now.', announced(el, 'status'));
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'link-choice');
  });

  it('the countdown is in French on a French page', async () => {
    const el = await widget({lang: 'fr-CA'});
    bed.endpoint.answer(
      json({status: 'amazon-account', accountName: 'A', token: 'tok'}),
      json({error: {code: 'rate-limited'}}, 429, {'Retry-After': '2'})
    );
    await signInAsBuyer(el, 'pw', 'Mot de passe');
    await waitUntil(() => visibleText(el).includes('Attendez 2 s'), visibleText(el));
    await waitUntil(() => visibleText(el).includes('Vous pouvez réessayer maintenant.'), visibleText(el), {timeout: 4000});
  });
});
