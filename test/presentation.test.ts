// The widget where it lives (issue #19): the tile in a vendor's grid of equal
// supplier cells and as a banner, the flow in a modal dialog over the page,
// no layout shift, and screens that fit a phone. The grid, the phone and the
// box before the script runs are measured on the built bundle in frames of
// those sizes (test/helpers/vendor-page.ts); the dialog's behaviour on the
// element itself, driven by keyboard and pointer.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {STATES, toJoin, toSignIn} from './helpers/drive.js';
import {onlyIn} from './helpers/engine.js';
import {deferred, json} from './helpers/fake-endpoint.js';
import './helpers/no-console.js';
import {closeButton, getByLabel, getByRole, heading, openDialog, settled, stepIs} from './helpers/query.js';
import {
  reaches,
  button,
  dialogOf,
  loadBundle,
  tileDrawn,
  toLinkChoice,
  vendorPage,
  type VendorPage,
} from './helpers/vendor-page.js';
import {testbed, widget} from './helpers/widget.js';

const LANGS = ['en', 'fr-CA'] as const;

/** The catalogue grid of a Coupa-like portal, the tile in its second cell. */
function grid(lang: string, extra = ''): string {
  return `<ul class="vendor-grid">
    <li>Bureau en Gros</li>
    <li><ab-registration lang="${lang}" endpoint="/api/ab-registration" email="user4@abdemoaccount.com"${extra}></ab-registration></li>
    <li>Dell</li><li>Grainger</li><li>Staples</li>
  </ul>`;
}

/** Every node of the widget that paints (either root), with its box. */
function painted(el: AbRegistration): Array<{node: Element; box: DOMRect}> {
  const win = el.ownerDocument.defaultView!;
  const nodes = [...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*')];
  return nodes
    .filter((node) => !node.closest('dialog:not([open])') && !node.closest('.ab-registration-announcer'))
    .filter((node) => node.getClientRects().length > 0 && win.getComputedStyle(node).visibility === 'visible')
    .map((node) => ({node, box: node.getBoundingClientRect()}))
    .filter(({box}) => box.width > 0 && box.height > 0);
}

/** Boxes that stick out of `cell`, described. */
function outside(el: AbRegistration, cell: DOMRect): string[] {
  return painted(el)
    .filter(
      ({box}) =>
        box.left < cell.left - 0.5 || box.top < cell.top - 0.5 || box.right > cell.right + 0.5 || box.bottom > cell.bottom + 0.5
    )
    .map(
      ({node, box}) =>
        `${node.localName}.${node.className}: ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}`
    );
}

/** The README's embed snippet's box reservation, as written there (its rules for `ab-registration:not(:defined)`). */
async function readmeReservation(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const rules = [...readme.matchAll(/^\s*(ab-registration:not\(:defined\)[^{]*\{[^}]*\})/gm)].map((m) => m[1]);
  expect(rules.length, 'the README reserves the box').to.be.at.least(1);
  return rules.join('\n');
}

/** Adopts `css` into a frame's document (a strict style-src allows CSSOM, not inline style). */
function adopt(page: VendorPage, css: string): void {
  const View = page.win as Window & typeof globalThis;
  const sheet = new View.CSSStyleSheet();
  sheet.replaceSync(css);
  page.doc.adoptedStyleSheets = [...page.doc.adoptedStyleSheets, sheet];
}

const rect = (node: Element) => {
  const box = node.getBoundingClientRect();
  return [box.left, box.top, box.width, box.height].map((n) => Math.round(n * 10) / 10);
};

describe('presentation', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('the tile in a vendor grid (built bundle)', () => {
    for (const lang of LANGS) {
      for (const [device, width, height] of [
        ['desktop', 1280, 800],
        ['phone', 375, 667],
      ] as const) {
        it(`${lang}, ${device}: fills its cell, and nothing paints outside it`, async () => {
          const page = await vendorPage({width, height, body: grid(lang)});
          const cell = page.el.closest('li')!.getBoundingClientRect();
          // The cell's content box: the tile fills it.
          const inner = new DOMRect(cell.left + 1, cell.top + 1, cell.width - 2, cell.height - 2);
          const tile = page.el.shadowRoot!.querySelector('.tile')!.getBoundingClientRect();
          expect([tile.width, tile.height].map(Math.round)).to.deep.equal([inner.width, inner.height].map(Math.round));
          expect(outside(page.el, inner)).to.deep.equal([]);
          // The label on one line, in the widget's plain type.
          const label = page.el.shadowRoot!.querySelector('.label')!;
          const style = page.win.getComputedStyle(label);
          expect(label.getClientRects().length, 'one line').to.equal(1);
          expect(label.getBoundingClientRect().height).to.be.below(parseFloat(style.fontSize) * 1.6);
          expect(Number(style.fontWeight)).to.be.below(600);
          // Its accessible description is the guide's scenario 1 sentence, not drawn.
          const tileButton = page.el.shadowRoot!.querySelector('.tile')!;
          const hint = page.el.shadowRoot!.getElementById(tileButton.getAttribute('aria-describedby')!)!;
          expect(hint.textContent!.trim()).to.match(
            lang === 'en' ? /^Just click the amazon business tile/ : /^Il suffit de cliquer sur le carreau amazon business/
          );
          expect(hint.getClientRects().length, 'the description is not drawn').to.equal(0);
        });
      }
    }

    it('a keyboard focus ring is drawn inside the tile: a cell with overflow: hidden cannot cut it', async () => {
      const page = await vendorPage({width: 375, height: 667, body: grid('en')});
      const tile = page.el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!;
      page.frame.focus();
      tile.focus();
      await sendKeys({press: 'Shift'}); // a key press makes the focus visible, as Tab does
      const style = page.win.getComputedStyle(tile);
      expect(tile.matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(
        parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset),
        'the ring ends inside the border box'
      ).to.be.at.most(0);
      expect(style.boxShadow).to.contain('inset');
    });

    it('a 480 px banner, and a container with no height: about 100 px tall, as wide as its container up to 480 px', async () => {
      const page = await vendorPage({
        width: 1280,
        height: 800,
        body: `<div class="banner"><ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration></div>
          <div id="plain"><ab-registration lang="en" endpoint="/api/ab-registration"></ab-registration></div>`,
      });
      const [banner, plain] = [...page.doc.querySelectorAll('ab-registration')] as AbRegistration[];
      await tileDrawn(plain);
      expect(rect(banner.shadowRoot!.querySelector('.tile')!).slice(2)).to.deep.equal([480, 100]);
      expect(rect(plain.shadowRoot!.querySelector('.tile')!).slice(2)).to.deep.equal([480, 100]);
    });

    it("a vendor's licensed logo takes the label's place, on the tile and in the dialog's header", async () => {
      const page = await vendorPage({
        width: 375,
        height: 667,
        body: grid('en', '').replace(
          '></ab-registration>',
          '><img slot="logo" src="/demo/favicon.svg" alt="Amazon Business" width="200" height="200" /></ab-registration>'
        ),
      });
      const cell = page.el.closest('li')!.getBoundingClientRect();
      const img = page.el.querySelector('img')!;
      await waitUntil(() => img.complete, 'logo never loaded');
      expect(page.el.shadowRoot!.querySelector('.label')!.getClientRects().length, 'no label beside a logo').to.equal(0);
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.above(20);
      expect(outside(page.el, new DOMRect(cell.left + 1, cell.top + 1, cell.width - 2, cell.height - 2))).to.deep.equal([]);
      page.el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!.click();
      await waitUntil(() => dialogOf(page.el), 'no dialog', {timeout: 5000});
      const copy = dialogOf(page.el)!.querySelector('.dialog-logo img')!;
      expect(copy.getAttribute('alt')).to.equal('Amazon Business');
      expect(copy.getBoundingClientRect().height).to.be.at.most(32);
    });
  });

  describe('no layout shift (built bundle, with the README snippet)', () => {
    for (const [name, body] of [
      [
        'a page with no box of its own',
        '<ab-registration lang="fr-CA" endpoint="/api/ab-registration"></ab-registration><p class="after">Next</p>',
      ],
      ['a grid cell', `${grid('fr-CA')}<p class="after">Next</p>`],
    ] as const) {
      it(`${name}: the element's box and what follows it are where they were before the script ran`, async () => {
        const page = await vendorPage({width: 375, height: 667, body, withoutBundle: true});
        adopt(page, await readmeReservation());
        const el = page.el;
        const after = page.doc.querySelector('.after')!;
        const before = [rect(el), rect(after)];
        expect(before[0][3], 'a box is reserved').to.be.above(0);
        loadBundle(page);
        await tileDrawn(el);
        expect([rect(el), rect(after)]).to.deep.equal(before);
      });
    }

    it('opening and closing the dialog moves nothing on the page, scroll bar included', async () => {
      const page = await vendorPage({
        width: 1280,
        height: 600,
        body: `${grid('en')}<p class="after">Next</p><div class="long"></div>`,
      });
      const others = [...page.doc.querySelectorAll('li, .after')];
      const before = others.map(rect);
      const width = page.doc.documentElement.clientWidth;
      page.el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!.click();
      await waitUntil(() => dialogOf(page.el), 'no dialog', {timeout: 5000});
      await reaches(page.el, 'sign-in');
      expect(others.map(rect), 'open').to.deep.equal(before);
      expect(page.doc.documentElement.clientWidth, 'the scroll bar gutter stays').to.equal(width);
      expect(page.win.getComputedStyle(page.doc.documentElement).overflow, 'the page does not scroll behind').to.equal('hidden');
      button(page.el, 'Close').click();
      await waitUntil(() => !dialogOf(page.el), 'still open');
      expect(others.map(rect), 'closed').to.deep.equal(before);
      expect(page.win.getComputedStyle(page.doc.documentElement).overflow).to.equal('visible');
    });
  });

  describe('screens that fit a phone (built bundle)', () => {
    /** The node's box is wholly on the first screenful of the dialog (nothing scrolled). */
    function onFirstScreen(page: VendorPage, node: Element): boolean {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= page.win.innerHeight + 0.5;
    }

    for (const lang of LANGS) {
      it(`${lang}, 375 x 667: link-choice shows the question, both options' titles and the warning without scrolling`, async () => {
        const page = await vendorPage({width: 375, height: 667, body: grid(lang)});
        await toLinkChoice(page);
        const dialog = dialogOf(page.el)!;
        expect(dialog.scrollTop).to.equal(0);
        const [yes, no] = [...dialog.querySelectorAll('.option label')];
        for (const node of [dialog.querySelector('legend')!, yes, dialog.querySelector('.warning')!, no]) {
          expect(onFirstScreen(page, node), `${node.textContent!.trim().slice(0, 40)}: ${rect(node)}`).to.equal(true);
        }
        // The dialog is the whole screen: a sheet, not a card.
        expect(rect(dialog)).to.deep.equal([0, 0, 375, 667]);
      });
    }

    it("fr-CA, 320 x 568: link-choice shows both options' titles without scrolling", async () => {
      const page = await vendorPage({width: 320, height: 568, body: grid('fr-CA')});
      await toLinkChoice(page);
      const dialog = dialogOf(page.el)!;
      for (const title of dialog.querySelectorAll('.option label')) {
        expect(onFirstScreen(page, title), `${title.textContent!.trim().slice(0, 40)}: ${rect(title)}`).to.equal(true);
      }
    });

    for (const lang of LANGS) {
      for (const email of ['user4@abdemoaccount.com', 'single@abdemoaccount.com']) {
        it(`${lang}, 375 x 667: hand-off (${email.split('@')[0]}) shows its continue button on the first screenful, as wide as the screen`, async () => {
          const page = await vendorPage({
            width: 375,
            height: 667,
            body: grid(lang)
              .replace('/api/ab-registration"', '/api/ab-registration-handoff"')
              .replace('user4@abdemoaccount.com', email),
          });
          page.el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!.click();
          await reaches(page.el, 'handoff');
          const dialog = dialogOf(page.el)!;
          const primary = dialog.querySelector('.button.primary')!;
          expect(onFirstScreen(page, primary), `${rect(primary)}`).to.equal(true);
          const card = dialog.querySelector('.card')!;
          const padding = parseFloat(page.win.getComputedStyle(card).paddingLeft) * 2;
          expect(Math.round(primary.getBoundingClientRect().width)).to.equal(
            Math.round(card.getBoundingClientRect().width - padding)
          );
        });
      }
    }
  });

  describe('the dialog', () => {
    const bed = testbed();

    it('opens as a modal over an inert page, named by the step heading, focus on it; Esc closes it and focus goes back to the tile', async () => {
      const outsideButton = document.createElement('button');
      outsideButton.textContent = 'Host page button';
      document.body.append(outsideButton);
      try {
        const el = await widget();
        const closes = bed.recorder.events;
        const tile = getByRole(el, 'button', 'amazon business');
        tile.focus();
        await toSignIn(el, bed.endpoint);
        const dialog = openDialog(el)!;
        expect(dialog.matches(':modal'), 'modal').to.equal(true);
        const label = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
        expect(label.textContent!.trim()).to.equal('Sign in to Amazon.com');
        expect(el.shadowRoot!.activeElement === label, 'focus on the heading').to.equal(true);
        // The page behind is inert: its controls take no focus.
        outsideButton.focus();
        expect(document.activeElement === outsideButton, 'the host page is inert').to.equal(false);
        await sendKeys({press: 'Escape'});
        await settled(el);
        expect(Boolean(openDialog(el)), 'closed by Esc').to.equal(false);
        expect(el.step, 'the step is kept').to.equal('sign-in');
        expect(closes.filter((e) => e.type === 'ab-registration-close').map((e) => e.detail)).to.deep.equal([{step: 'sign-in'}]);
        expect(el.shadowRoot!.activeElement === tile, 'focus back on the tile').to.equal(true);
      } finally {
        outsideButton.remove();
      }
    });

    it('the close button closes it; reopening resumes the step with everything typed but the password', async () => {
      const el = await widget();
      await toSignIn(el, bed.endpoint);
      const identifier = getByLabel(el, 'Email address');
      identifier.focus();
      identifier.select();
      await sendKeys({type: 'other@abdemoaccount.com'});
      getByLabel(el, 'Password').focus();
      await sendKeys({type: 'secret'});
      closeButton(el).click();
      await settled(el);
      expect(Boolean(openDialog(el))).to.equal(false);
      expect(bed.recorder.of('ab-registration-close')).to.deep.equal([{step: 'sign-in'}]);
      getByRole(el, 'button', 'amazon business').click();
      await settled(el);
      expect(Boolean(openDialog(el)), 'open again').to.equal(true);
      expect(el.step).to.equal('sign-in');
      expect(getByLabel(el, 'Email address').value).to.equal('other@abdemoaccount.com');
      expect(getByLabel(el, 'Password').value, 'the password is not kept').to.equal('');
      expect(heading(el)).to.equal('Sign in to Amazon.com');
      expect(
        bed.endpoint.requests.map((r) => r.body.action),
        'no new lookup'
      ).to.deep.equal(['lookup']);
    });

    it('a click on the backdrop does nothing (it would lose work)', async () => {
      const el = await widget();
      await toSignIn(el, bed.endpoint);
      const box = openDialog(el)!.getBoundingClientRect();
      expect(box.left, 'room beside the card').to.be.above(20);
      await sendMouse({type: 'click', position: [Math.floor(box.left / 2), Math.floor(box.top + 20)]});
      await resetMouse();
      await settled(el);
      expect(Boolean(openDialog(el)), 'still open').to.equal(true);
      expect(bed.recorder.of('ab-registration-close')).to.deep.equal([]);
    });

    it('each new step names the dialog and takes focus; its card is the step card up to 480 px wide', async () => {
      const el = await widget();
      await STATES['link-choice'](el, bed.endpoint);
      const dialog = openDialog(el)!;
      const label = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.trim()).to.equal('Your existing Amazon account');
      expect(el.shadowRoot!.activeElement === label).to.equal(true);
      expect(Math.round(dialog.getBoundingClientRect().width)).to.equal(Math.min(480, window.innerWidth - 32));
    });

    it('"Not now" declines, then closes it: ab-registration-cancel first, then ab-registration-close on join-official', async () => {
      const el = await widget();
      await toJoin(el, bed.endpoint);
      bed.endpoint.answer(json({}));
      getByRole(el, 'button', 'Not now').click();
      await waitUntil(() => !openDialog(el), 'still open');
      const order = bed.recorder.events.filter((e) => /cancel|close/.test(e.type)).map((e) => [e.type, e.detail]);
      expect(order).to.deep.equal([
        ['ab-registration-cancel', {step: 'join-official'}],
        ['ab-registration-close', {step: 'join-official'}],
      ]);
      expect(el.step).to.equal('start');
    });

    it('open() and close() for a host launcher of its own; autostart opens it at once', async () => {
      const el = await widget();
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      el.open();
      await stepIs(el, 'sign-in');
      expect(Boolean(openDialog(el))).to.equal(true);
      el.close();
      await settled(el);
      expect(Boolean(openDialog(el))).to.equal(false);
      expect(bed.recorder.of('ab-registration-close')).to.deep.equal([{step: 'sign-in'}]);
      bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/b'}));
      const auto = await fixture<AbRegistration>(
        html`<ab-registration autostart endpoint="/e" email="member@abdemoaccount.com" lang="en"></ab-registration>`
      );
      await stepIs(auto, 'welcome');
      expect(Boolean(openDialog(auto)), 'autostart opened the dialog').to.equal(true);
    });

    it('closing during a call abandons it; the next opening asks again', async () => {
      const el = await widget();
      const slow = deferred();
      bed.endpoint.answer(slow.answer);
      getByRole(el, 'button', 'amazon business').click();
      await settled(el);
      expect(Boolean(openDialog(el))).to.equal(true);
      await sendKeys({press: 'Escape'});
      await settled(el);
      expect(bed.endpoint.requests[0].signal!.aborted).to.equal(true);
      slow.release(json({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/b'}));
      await aTimeout(50);
      expect(el.step).to.equal('start');
      bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/b'}));
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
    });

    it('inline presentation is the flow in place, as before: no dialog, the tile replaced by the step', async () => {
      const el = await widget({presentation: 'inline'});
      await toSignIn(el, bed.endpoint);
      expect(Boolean(el.shadowRoot!.querySelector('dialog')), 'no dialog').to.equal(false);
      expect(Boolean(el.shadowRoot!.querySelector('.tile')), 'no tile').to.equal(false);
      expect(heading(el)).to.equal('Sign in to Amazon.com');
      el.close();
      await stepIs(el, 'start');
      expect(bed.recorder.of('ab-registration-close'), 'no dialog, no close event').to.deep.equal([]);
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      el.open();
      await stepIs(el, 'sign-in');
    });

    it('a pressed button shows it is busy only after 150 ms, with a spinner and its busy label, its name unchanged', async () => {
      const el = await widget();
      await toSignIn(el, bed.endpoint);
      const slow = deferred();
      bed.endpoint.answer(slow.answer);
      getByLabel(el, 'Password').focus();
      await sendKeys({type: 'pw'});
      await sendKeys({press: 'Enter'});
      await settled(el);
      const submit = getByRole(el, 'button', 'Sign in');
      const busy = submit.querySelector('.busy-label')!;
      expect(busy.textContent!.trim()).to.equal('Signing in…');
      expect(busy.getAttribute('aria-hidden')).to.equal('true');
      // Shown 150 ms after the press (a quick answer never flickers), then for good.
      expect(getComputedStyle(busy).animationDelay).to.equal('0.15s');
      await waitUntil(() => Number(getComputedStyle(busy).opacity) === 1, 'never shown', {timeout: 1000});
      expect(Number(getComputedStyle(submit.querySelector('.button-label')!).opacity)).to.equal(0);
      expect(Boolean(submit.querySelector('.spinner')), 'a spinner').to.equal(true);
      slow.release(json({}));
      await stepIs(el, 'link-choice');
    });

    for (const label of ['Next', 'Back', 'Close']) {
      it(`the ${label} button answers the pointer: hover and press each change it`, async () => {
        const el = await widget();
        await STATES['separate-email'](el, bed.endpoint);
        const target = label === 'Close' ? closeButton(el) : getByRole(el, 'button', label);
        target.scrollIntoView({block: 'center'});
        const rest = getComputedStyle(target).backgroundColor;
        const box = target.getBoundingClientRect();
        let pressed = false;
        try {
          await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
          await waitUntil(() => getComputedStyle(target).backgroundColor !== rest, `no hover feedback (${rest})`);
          const hover = getComputedStyle(target).backgroundColor;
          await sendMouse({type: 'down'});
          pressed = true;
          await waitUntil(() => getComputedStyle(target).backgroundColor !== hover, `no pressed feedback (${hover})`);
        } finally {
          // Released off the button: nothing is clicked.
          await sendMouse({type: 'move', position: [2, 2]});
          if (pressed) await sendMouse({type: 'up'});
          await resetMouse();
        }
      });
    }

    const FORCED = onlyIn(['chromium'], 'forced colours are emulated through CDP');
    it(FORCED.title('in forced colours an invalid field is told from a valid one by its frame'), async function () {
      FORCED.skipElsewhere(this);
      await executeServerCommand('media-features', [{name: 'forced-colors', value: 'active'}]);
      try {
        const el = await widget();
        await STATES['separate-email'](el, bed.endpoint);
        const [first, second] = ['Enter email address', 'Re-enter email address'].map((label) => getByLabel(el, label));
        for (const [input, value] of [
          [first, 'me@home.ca'],
          [second, 'me@home.c'],
        ] as const) {
          input.value = value;
          input.dispatchEvent(new Event('input', {bubbles: true}));
        }
        getByRole(el, 'button', 'Next').click();
        await settled(el);
        expect([first, second].map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true']);
        const width = (input: HTMLInputElement) => parseFloat(getComputedStyle(input).borderTopWidth);
        expect(width(first), 'a valid field').to.equal(1);
        expect(width(second), 'an invalid field').to.be.at.least(3);
      } finally {
        await executeServerCommand('media-features', [{name: 'forced-colors', value: 'none'}]);
      }
    });
  });
});
