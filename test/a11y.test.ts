// Accessibility (WCAG 2.2 AA): axe on every screen and error state in both
// languages and both themes, keyboard-only runs of every scenario, focus,
// announcements, reflow, text spacing, forced colours, motion, target size.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {STATES, toJoin, toSignIn} from './helpers/drive.js';
import {fakeEndpoint, json} from './helpers/fake-endpoint.js';
import {engine, onlyIn} from './helpers/engine.js';
import './helpers/no-console.js';
import {
  accessibleName,
  announced,
  focusedName,
  summary,
  getByRole,
  openDialog,
  queryAllByRole,
  settled,
  stepIs,
} from './helpers/query.js';
import {testbed, widget} from './helpers/widget.js';

const SHOP = 'https://www.amazon.ca/business';

/** The element that has focus, looking into the widget's shadow root. */
function focused(el: AbRegistration): Element | null {
  const active = document.activeElement;
  return active === el ? el.shadowRoot!.activeElement : active;
}

/** One keyboard press, then the name of what has focus; the focus must be visible. */
async function press(el: AbRegistration, key: string): Promise<string> {
  await sendKeys({press: key});
  await settled(el);
  const node = focused(el);
  expect(node, `focus lost to <body> after ${key}`).to.not.equal(null);
  expect(node).to.not.equal(document.body);
  return accessibleName(node as Element);
}

function expectVisibleFocus(el: AbRegistration): void {
  const node = focused(el) as HTMLElement;
  if (node.matches('h2')) return; // headings take focus only to be read; they are not controls
  const style = getComputedStyle(node);
  expect(style.outlineStyle, `${node.outerHTML.slice(0, 80)} has no focus outline`).to.equal('solid');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

async function tab(el: AbRegistration, shift = false): Promise<string> {
  // WebDriver (WebKit) takes presses only, so Shift+Tab is one combination there.
  const viaWebDriver = engine === 'webkit';
  if (shift && !viaWebDriver) await sendKeys({down: 'Shift'});
  const name = await press(el, shift && viaWebDriver ? 'Shift+Tab' : 'Tab');
  if (shift && !viaWebDriver) await sendKeys({up: 'Shift'});
  expectVisibleFocus(el);
  return name;
}

/** The system colour scheme, forced colours and reduced motion are set through the DevTools protocol. */
const EMULATED = onlyIn(['chromium'], 'media features are emulated through CDP');

describe('accessibility', () => {
  const bed = testbed();
  afterEach(async () => {
    if (engine !== 'chromium') return;
    await executeServerCommand('media-features', [
      {name: 'forced-colors', value: 'none'},
      {name: 'prefers-color-scheme', value: 'light'},
      {name: 'prefers-reduced-motion', value: 'no-preference'},
    ]);
  });

  describe('axe: zero violations on every screen and error state', () => {
    for (const [theme, lang] of [
      ['light', 'en'],
      ['light', 'fr-CA'],
      ['dark', 'en'],
      ['dark', 'fr-CA'],
    ] as const) {
      for (const [name, reach] of Object.entries(STATES)) {
        it(`${theme}, ${lang}: ${name}`, async () => {
          const el = await widget({lang});
          el.theme = theme;
          await reach(el, bed.endpoint);
          await settled(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it(EMULATED.title('theme="auto" follows a dark system setting, still with AA contrast'), async function () {
      EMULATED.skipElsewhere(this);
      await executeServerCommand('media-features', [{name: 'prefers-color-scheme', value: 'dark'}]);
      const el = await widget({lang: 'en'});
      el.theme = 'auto';
      await STATES['separate-email, two problems'](el, bed.endpoint);
      const card = openDialog(el)!.querySelector('.card')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(27, 32, 39)');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    for (const state of ['link-choice', 'choose-scenario'] as const) {
      it(`${state}: every radio the arrow keys reach shows its focus ring`, async () => {
        const el = await widget();
        await STATES[state](el, bed.endpoint);
        const radios = queryAllByRole(el, 'radio') as HTMLInputElement[];
        expect(radios.length).to.be.at.least(2);
        // Tab from the heading to the first radio, then down through every one and back up.
        el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
        expect(await press(el, 'Tab')).to.equal(accessibleName(radios[0]));
        expectVisibleFocus(el);
        const reached: string[] = [];
        for (const key of [...radios.slice(1).map(() => 'ArrowDown'), ...radios.slice(1).map(() => 'ArrowUp')]) {
          await sendKeys({press: key});
          await settled(el);
          const node = focused(el) as HTMLInputElement;
          expect(node.type, `${key} left the radios`).to.equal('radio');
          expectVisibleFocus(el);
          reached.push(node.value);
        }
        expect(new Set(reached).size).to.equal(radios.length);
      });
    }

    it('scenario 1: Tab to the tile, Enter, Tab to Start shopping, Enter', async () => {
      const el = await widget({email: 'new@abdemoaccount.com'});
      bed.endpoint.answer(json({status: 'new', accountName: 'A', shopUrl: SHOP}));
      el.addEventListener('ab-registration-shop', (e) => e.preventDefault());
      expect(await tab(el)).to.equal('amazon business');
      await press(el, 'Enter');
      await stepIs(el, 'welcome');
      expect(focused(el)!.matches('h2')).to.equal(true);
      expect(await tab(el)).to.equal('Start shopping');
      await press(el, 'Enter');
      expect(bed.recorder.of('ab-registration-shop')).to.have.length(1);
    });

    it('scenario 2 (fr-CA): Space on the tile, type the password, Space to choose "Oui", Enter', async () => {
      const el = await widget({lang: 'fr-CA'});
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}), json({}), json({shopUrl: SHOP}));
      await tab(el);
      await press(el, ' ');
      await stepIs(el, 'sign-in');
      expect(focused(el)!.matches('h2')).to.equal(true);
      // The tab order follows what is seen: the identifier, the password, then the link under it.
      expect(await tab(el)).to.equal('Adresse courriel');
      expect(await tab(el)).to.equal('Mot de passe');
      expect(await tab(el)).to.equal('Mot de passe oublié');
      expect(await tab(el, true)).to.equal('Mot de passe');
      await sendKeys({type: 'secret'});
      await press(el, 'Enter');
      await stepIs(el, 'link-choice');
      expect(focused(el)!.matches('h2')).to.equal(true);
      expect(await tab(el)).to.equal('Oui, joindre ce compte.');
      const [yes, no] = queryAllByRole(el, 'radio') as HTMLInputElement[];
      expect([yes.checked, no.checked]).to.deep.equal([false, false]);
      await press(el, ' ');
      expect(yes.checked).to.equal(true);
      // Each option's "More details" is on the way, and opens with Enter.
      expect(await tab(el)).to.equal('Plus de détails');
      await press(el, 'Enter');
      expect((focused(el)!.parentElement as HTMLDetailsElement).open, 'the disclosure opened').to.equal(true);
      expect(await tab(el)).to.equal('Plus de détails');
      expect(await tab(el)).to.equal('Suivant');
      await press(el, 'Enter');
      await stepIs(el, 'welcome');
      expect(bed.recorder.of('ab-registration-complete')).to.have.length(1);
    });

    it('scenario 3: arrows pick "No", Shift+Tab fixes a field, Back and forward again, Enter', async () => {
      const el = await widget();
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'A', token: 't'}),
        json({}),
        json({shopUrl: SHOP, businessEmail: 'user4@abdemoaccount.com'})
      );
      await tab(el);
      await press(el, 'Enter');
      await stepIs(el, 'sign-in');
      await tab(el);
      await tab(el);
      await sendKeys({type: 'secret'});
      await press(el, 'Enter');
      await stepIs(el, 'link-choice');
      await tab(el);
      expect(await press(el, 'ArrowDown')).to.equal('No, I want to create a new account to use for Amazon Business.');
      expectVisibleFocus(el);
      expect((queryAllByRole(el, 'radio')[1] as HTMLInputElement).checked).to.equal(true);
      expect(await tab(el)).to.equal('More details');
      expect(await tab(el)).to.equal('Next');
      await press(el, 'Enter');
      await stepIs(el, 'separate-email');
      expect(await tab(el)).to.equal('Enter email address');
      await sendKeys({type: 'me@home.c'});
      expect(await tab(el)).to.equal('Re-enter email address');
      await sendKeys({type: 'me@home.ca'});
      expect(await tab(el, true)).to.equal('Enter email address');
      await sendKeys({press: 'End'}); // tabbing into a field selects its text
      await sendKeys({type: 'a'});
      expect(await tab(el)).to.equal('Re-enter email address');
      expect(await tab(el)).to.equal('Next');
      expect(await tab(el)).to.equal('Back');
      await press(el, 'Enter');
      await stepIs(el, 'link-choice');
      expect(focused(el)!.matches('h2')).to.equal(true);
      // "Yes" (unchecked) is passed over, its "More details" is not; then the chosen "No".
      expect(await tab(el)).to.equal('More details');
      expect(await tab(el)).to.equal('No, I want to create a new account to use for Amazon Business.');
      expect(await tab(el)).to.equal('More details');
      expect(await tab(el)).to.equal('Next');
      await press(el, 'Enter');
      await stepIs(el, 'separate-email');
      await tab(el);
      await press(el, 'Enter');
      await stepIs(el, 'welcome');
      expect(bed.endpoint.requests.at(-1)!.body).to.deep.equal({action: 'separate', personalEmail: 'me@home.ca', token: 't'});
    });

    it('scenario 4: the invitation read, its link passed with Tab, Join with Enter', async () => {
      const el = await widget({email: 'single@abdemoaccount.com'});
      bed.endpoint.answer(
        json({status: 'business-account', accountName: 'A', token: 't'}),
        json({invitation: {inviterEmail: 'a@b.ca', organizationName: 'Exemple'}}),
        json({shopUrl: SHOP})
      );
      await tab(el);
      await press(el, 'Enter');
      await stepIs(el, 'sign-in');
      expect(await tab(el)).to.equal('Email or mobile phone number');
      expect(await tab(el)).to.equal('Password');
      await sendKeys({type: 'secret'});
      await press(el, 'Enter');
      await stepIs(el, 'join-official');
      expect(await tab(el)).to.equal('account settings');
      expect(await tab(el)).to.equal('Join');
      expect(await tab(el)).to.equal('Not now');
      expect(await tab(el, true)).to.equal('Join');
      await press(el, 'Enter');
      await stepIs(el, 'welcome');
    });

    it('scenario 4 "Not now": focus returns to the tile', async () => {
      const el = await widget({email: 'single@abdemoaccount.com'});
      await toJoin(el, bed.endpoint);
      bed.endpoint.answer(json({}));
      getByRole(el, 'button', 'Not now').focus();
      await press(el, 'Enter');
      await stepIs(el, 'start');
      expect(accessibleName(focused(el)!)).to.equal('amazon business');
    });

    it('unknown: arrows through the three situations, Enter on Next', async () => {
      const el = await widget({email: 'unsure@abdemoaccount.com'});
      bed.endpoint.answer(
        json({status: 'unknown', accountName: 'A', token: 't'}),
        json({status: 'business-account', accountName: 'A'})
      );
      await tab(el);
      await press(el, 'Enter');
      await stepIs(el, 'choose-scenario');
      expect(await tab(el)).to.equal('This is a new email address for Amazon.');
      await press(el, 'ArrowDown');
      expect(await press(el, 'ArrowDown')).to.equal('You have a single-user Amazon Business account.');
      await tab(el);
      await press(el, 'Enter');
      await stepIs(el, 'sign-in');
      expect(bed.endpoint.requests.at(-1)!.body).to.include({scenario: 'business-account'});
    });

    it('Next with no choice: the group is marked invalid, the summary is heard and focus stays on Next, its link reaches the first option', async () => {
      const el = await widget();
      await STATES['link-choice'](el, bed.endpoint);
      getByRole(el, 'button', 'Next').focus();
      await press(el, 'Enter');
      const group = queryAllByRole(el, 'group')[0];
      expect(group.getAttribute('aria-invalid')).to.equal('true');
      expect(summary(el)).to.deep.equal(['There is a problem:', 'Choose one of the options.']);
      await waitUntil(() => announced(el) === 'There is a problem: Choose one of the options.', 'not announced');
      expect(focusedName()).to.equal('Next');
      // Back, past the options and their disclosures, to the summary's link.
      let name = '';
      for (let i = 0; i < 6 && name !== 'Choose one of the options.'; i++) name = await tab(el, true);
      expect(name).to.equal('Choose one of the options.');
      await press(el, 'Enter');
      expect(accessibleName(focused(el)!)).to.equal('Yes, join this account.');
    });
  });

  describe('focus and announcements', () => {
    it('each new screen takes focus on its heading and is announced in its language', async () => {
      const el = await widget({lang: 'fr-CA'});
      getByRole(el, 'button', 'amazon business').focus();
      await toSignIn(el, bed.endpoint);
      expect(focused(el) === el.shadowRoot!.querySelector('h2')).to.equal(true);
      // Heard once, as it takes focus: the status region does not repeat it.
      await aTimeout(150);
      expect(announced(el, 'status')).to.equal('');
      expect(el.querySelector('.ab-registration-announcer')!.getAttribute('lang')).to.equal('fr-CA');
      expect(el.querySelector('.ab-registration-sign-in')!.getAttribute('lang')).to.equal('fr-CA');
      expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('fr-CA');
    });

    // Orca 43 follows the page's caret when the control it was on goes away: a
    // caret left in the old screen falls onto the new heading, Orca moves there
    // without a word, and the heading then takes focus unheard (the screen-reader
    // test heard nothing after Enter in a text field, and now and then after Next).
    it('a new screen drops a caret or selection left in the old one, and keeps the page’s own', async () => {
      // In place (a modal dialog would make the page inert, and the page's own selection is tried last).
      const el = await widget({presentation: 'inline'});
      const page = document.createElement('p');
      page.textContent = 'The vendor’s own text';
      el.before(page);
      try {
        await toSignIn(el, bed.endpoint);
        // In the light-DOM sign-in form (the password field's label).
        const label = el.querySelector('.ab-registration-sign-in label')!;
        getSelection()!.setBaseAndExtent(label.firstChild!, 0, label.firstChild!, 3);
        expect(getSelection()!.rangeCount).to.equal(1);
        getByRole(el, 'textbox', /Email|phone/).focus();
        (el.querySelector('input[type="password"]') as HTMLInputElement).value = 'pw';
        bed.endpoint.answer(json({}));
        await sendKeys({press: 'Enter'});
        await stepIs(el, 'link-choice');
        expect(getSelection()!.rangeCount, 'a selection in the sign-in form outlived it').to.equal(0);
        // In the shadow root (the question above the options).
        const text = el.shadowRoot!.querySelector('legend, h2')!.firstChild as Text;
        getSelection()!.setBaseAndExtent(text, 0, text, 3);
        expect(getSelection()!.rangeCount).to.equal(1);
        (queryAllByRole(el, 'radio')[1] as HTMLInputElement).click();
        getByRole(el, 'button', 'Next').focus();
        await sendKeys({press: 'Enter'});
        await stepIs(el, 'separate-email');
        expect(getSelection()!.rangeCount, 'a selection in the old screen outlived it').to.equal(0);
        expect(focused(el) === el.shadowRoot!.querySelector('h2')).to.equal(true);
        // The page's own selection is the buyer's: a new screen leaves it (the
        // buyer is on the page by then, so the new heading takes no focus).
        const button = document.createElement('button');
        page.append(button);
        button.focus();
        getSelection()!.setBaseAndExtent(page.firstChild!, 4, page.firstChild!, 10);
        getByRole(el, 'button', 'Back').click();
        await stepIs(el, 'link-choice');
        expect(document.activeElement === button, 'focus left the page').to.equal(true);
        expect(getSelection()!.toString()).to.equal('vendor');
      } finally {
        page.remove();
      }
    });

    it('the announcer is in the light DOM and reaches the accessibility tree through its slot', async () => {
      const el = await widget();
      // Only once the flow opens: until then the element's children are the page's own.
      expect(el.querySelector('.ab-registration-announcer')).to.equal(null);
      await toSignIn(el, bed.endpoint);
      const announcer = el.querySelector('.ab-registration-announcer')!;
      expect(announcer.getRootNode()).to.equal(document);
      expect(announcer.assignedSlot).to.equal(el.shadowRoot!.querySelector('slot[name="announce"]'));
      expect([...announcer.children].map((c) => c.getAttribute('role'))).to.deep.equal(['status', 'alert']);
    });

    it('two problems: a summary whose links focus each field, and one announcement of both', async () => {
      const el = await widget();
      await STATES['separate-email, two problems'](el, bed.endpoint);
      const box = el.shadowRoot!.querySelector('.summary')!;
      expect(box.querySelector('p')!.textContent!.trim()).to.equal('There are 2 problems:');
      expect([...box.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'The email address is missing.',
        'The re-entered email address is missing.',
      ]);
      await waitUntil(
        () => announced(el) === 'There are 2 problems: The email address is missing. The re-entered email address is missing.'
      );
      const [, second] = box.querySelectorAll('a');
      second.click();
      expect(accessibleName(focused(el)!)).to.equal('Re-enter email address');
    });

    it('an endpoint error is announced again when it happens again', async () => {
      const el = await widget();
      await STATES['sign-in, network down'](el, bed.endpoint);
      const message = "We couldn't reach the registration service. Check your connection, then try again.";
      await waitUntil(() => announced(el) === message);
      bed.endpoint.answer(new TypeError('Failed to fetch'));
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await waitUntil(() => announced(el) === '', 'the region was not emptied first', {timeout: 1000});
      await waitUntil(() => announced(el) === message, 'not announced again');
    });
  });

  describe('layout', () => {
    /** In place, in a container `width` wide (the dialog at a phone's size: test/presentation.test.ts). */
    async function narrow(width: number): Promise<AbRegistration> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      wrapper.style.width = `${width}px`;
      const el = document.createElement('ab-registration');
      Object.assign(el, {
        endpoint: '/e',
        email: 'a.very.long.work.email.address.for.testing@subsidiary.abdemoaccount.com',
        presentation: 'inline',
      });
      el.setAttribute('lang', 'fr-CA');
      wrapper.append(el);
      await settled(el);
      return el;
    }

    function overflows(el: AbRegistration): string[] {
      const nodes = [el, ...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')] as HTMLElement[];
      // Inputs scroll their own long values by design, and the live regions are a visually hidden
      // 1px box (clipped whenever they speak), as is a problem's "Error:"; nothing else may scroll sideways.
      return nodes
        .filter(
          (n) =>
            !(n instanceof HTMLInputElement) &&
            !n.closest('.ab-registration-announcer, .error-label') &&
            n.scrollWidth > n.clientWidth + 1 &&
            getComputedStyle(n).overflowX !== 'visible'
        )
        .map((n) => n.outerHTML.slice(0, 60))
        .concat(el.getBoundingClientRect().width > 320.5 ? ['the element is wider than 320px'] : [])
        .concat(el.scrollWidth > el.clientWidth + 1 ? ['the element scrolls horizontally'] : []);
    }

    for (const state of [
      'start',
      'sign-in (scenario 4)',
      'link-choice',
      'separate-email, two problems',
      'join-official',
      'error, network',
    ]) {
      it(`reflows at 320 CSS px without horizontal scrolling: ${state}`, async () => {
        const el = await narrow(320);
        await STATES[state](el, bed.endpoint);
        await settled(el);
        expect(overflows(el)).to.deep.equal([]);
        const card = el.shadowRoot!.querySelector('.card') as HTMLElement;
        expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      });
    }

    it('survives WCAG text spacing at 320 px', async () => {
      const el = await narrow(320);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'
      );
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
      try {
        await toJoin(el, bed.endpoint);
        await settled(el);
        expect(overflows(el)).to.deep.equal([]);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
      }
    });

    it('ignores the host page root font size (zooming text works through the browser, not the host CSS)', async () => {
      document.documentElement.style.fontSize = '32px';
      try {
        const el = await widget();
        expect(getComputedStyle(el.shadowRoot!.querySelector('.tile-hint')!).fontSize).to.equal('14px');
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('keeps every target at least 24 x 24 CSS px', async () => {
      const el = await widget();
      for (const state of [
        'start',
        'sign-in (scenario 4)',
        'link-choice',
        'separate-email',
        'join-official',
        'welcome',
        'error, network',
      ]) {
        bed.endpoint.restore();
        bed.endpoint = fakeEndpoint();
        const fresh = await widget();
        await STATES[state](fresh, bed.endpoint);
        await settled(fresh);
        // What is drawn: the tile behind an open dialog, and the dialog's buttons when it is closed, are not.
        const targets = (
          [
            ...fresh.shadowRoot!.querySelectorAll('button, input'),
            ...fresh.querySelectorAll('button, input, a.forgot'),
          ] as HTMLElement[]
        ).filter((target) => target.getClientRects().length > 0);
        expect(targets.length, state).to.be.greaterThan(0);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${state}: ${target.outerHTML.slice(0, 70)}`).to.be.at.least(24);
        }
      }
      el.remove();
    });

    it(EMULATED.title('forced colours keep borders, the focus ring and the selected option visible'), async function () {
      EMULATED.skipElsewhere(this);
      await executeServerCommand('media-features', [{name: 'forced-colors', value: 'active'}]);
      const el = await widget();
      await STATES['link-choice'](el, bed.endpoint);
      const [yes, no] = queryAllByRole(el, 'radio') as HTMLInputElement[];
      yes.click();
      await settled(el);
      const [chosen, other] = [yes.closest('.option')!, no.closest('.option')!].map((o) => getComputedStyle(o));
      expect(chosen.borderTopStyle).to.equal('solid');
      expect(other.borderTopStyle).to.equal('solid');
      expect(chosen.borderTopColor).to.not.equal(other.borderTopColor);
      const next = getByRole(el, 'button', 'Next');
      expect(getComputedStyle(next).borderTopStyle).to.equal('solid');
      yes.focus();
      await sendKeys({press: 'Tab'});
      expectVisibleFocus(el);
    });

    it(EMULATED.title('prefers-reduced-motion stops the only transition'), async function () {
      EMULATED.skipElsewhere(this);
      const el = await widget();
      await STATES['link-choice'](el, bed.endpoint);
      const next = getByRole(el, 'button', 'Next');
      expect(getComputedStyle(next).transitionDuration).to.equal('0.15s');
      await executeServerCommand('media-features', [{name: 'prefers-reduced-motion', value: 'reduce'}]);
      await aTimeout(0);
      expect(getComputedStyle(next).transitionDuration).to.equal('0s');
    });
  });
});
