// What a buyer sees at a glance on every screen, in both languages, at a
// phone's width and at the card's full width: a short heading, regular-weight
// body text, where they are in the registration, the key warning marked as a
// warning, two link-choice options told apart, and a marked outcome.
import {expect, fixture, html} from '@open-wc/testing';
import type {AbRegistration} from '../src/AbRegistration.js';
import {STATES, toSignIn} from './helpers/drive.js';
import {fakeEndpoint, json} from './helpers/fake-endpoint.js';
import './helpers/no-console.js';
import {accessibleName, heading, queryAllByRole, settled, stepIs} from './helpers/query.js';
import {testbed} from './helpers/widget.js';

type Reach = (el: AbRegistration, bed: ReturnType<typeof testbed>) => Promise<void>;

/**
 * Every screen, with the step indicator it must show: its place on the buyer's
 * own path ([n, of]), or none (off any path, or a path of one screen).
 */
const SCREENS: Array<{name: string; stage?: [number, number]; reach: Reach}> = [
  {name: 'choose-scenario', reach: (el, bed) => STATES['choose-scenario'](el, bed.endpoint)},
  {name: 'sign-in (scenarios 2-3)', stage: [1, 3], reach: (el, bed) => STATES['sign-in (scenarios 2-3)'](el, bed.endpoint)},
  {name: 'sign-in (scenario 4)', stage: [1, 3], reach: (el, bed) => STATES['sign-in (scenario 4)'](el, bed.endpoint)},
  {name: 'link-choice', stage: [2, 3], reach: (el, bed) => STATES['link-choice'](el, bed.endpoint)},
  {name: 'separate-email', stage: [3, 4], reach: (el, bed) => STATES['separate-email'](el, bed.endpoint)},
  {name: 'join-official', stage: [2, 3], reach: (el, bed) => STATES['join-official'](el, bed.endpoint)},
  {
    name: 'handoff',
    reach: async (el, bed) => {
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok', mode: 'handoff'}));
      el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!.click();
      await stepIs(el, 'handoff');
    },
  },
  {name: 'welcome (a member: one screen)', reach: (el, bed) => STATES.welcome(el, bed.endpoint)},
  {name: 'blocked', reach: (el, bed) => STATES.blocked(el, bed.endpoint)},
  {name: 'error, network', reach: (el, bed) => STATES['error, network'](el, bed.endpoint)},
];

const PROGRESS = {
  en: ([n, of]: [number, number]) => `Step ${n} of ${of}`,
  'fr-CA': ([n, of]: [number, number]) => `Étape ${n} sur ${of}`,
};

/**
 * The widget inside a container of the given width (375: a phone; 1280: a
 * desktop, where the card stops at 480), in inline presentation: the card is as
 * wide as the container. (The dialog's card on a phone is the viewport's width:
 * test/presentation.test.ts measures it in frames of a phone's size.)
 */
async function widgetAt(width: number, lang: string): Promise<AbRegistration> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px">
      <ab-registration
        presentation="inline"
        endpoint="/punchout/amazon-business"
        email="user4@abdemoaccount.com"
        lang=${lang}
      ></ab-registration>
    </div>`
  );
  const el = wrapper.querySelector('ab-registration')!;
  await settled(el);
  return el;
}

function lines(node: Element): number {
  const style = getComputedStyle(node);
  return Math.round(node.getBoundingClientRect().height / parseFloat(style.lineHeight));
}

/** Visible text runs drawn bold that are body text (not a heading, label, legend, button or term). */
function boldBodyText(el: AbRegistration): string[] {
  const found: string[] = [];
  for (const root of [el.shadowRoot!, el] as ParentNode[]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const text = node.textContent!.trim();
      if (!text || parent.closest('h2, label, legend, button, a.button, dt, .progress, [role="status"], [role="alert"]'))
        continue;
      if (parent.closest('.warning-label')) continue; // the warning's own label, bold on purpose
      if (Number(getComputedStyle(parent).fontWeight) >= 600) found.push(text);
    }
  }
  return found;
}

describe('hierarchy', () => {
  const bed = testbed();

  for (const lang of ['en', 'fr-CA'] as const) {
    describe(lang, () => {
      for (const {name, stage, reach} of SCREENS) {
        it(`${name}: a heading of one line at full width and at most two on a phone, body text in regular weight, ${stage ? `"${PROGRESS[lang](stage)}"` : 'no step indicator'}`, async () => {
          for (const width of [1280, 375]) {
            bed.endpoint.restore();
            bed.endpoint = fakeEndpoint();
            const el = await widgetAt(width, lang);
            await reach(el, bed);
            await settled(el);
            const h2 = el.shadowRoot!.querySelector('h2')!;
            expect(lines(h2), `${width}px: "${heading(el)}" takes ${lines(h2)} lines`).to.be.at.most(width === 375 ? 2 : 1);
            expect(boldBodyText(el), `${width}px: bold body text`).to.deep.equal([]);
            const progress = el.shadowRoot!.querySelector('.progress');
            if (stage) {
              expect(progress?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(PROGRESS[lang](stage));
              // Read before the heading, in the same card.
              expect(progress!.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
            } else {
              expect(progress, 'no step indicator').to.equal(null);
            }
          }
        });
      }

      it('link-choice: the question names the group; each option is its title, then smaller advice; the key warning is marked as one', async () => {
        const el = await widgetAt(1280, lang);
        await STATES['link-choice'](el, bed.endpoint);
        const question =
          lang === 'en'
            ? 'Would you like to join AB Demo Account with your current account?'
            : 'Souhaitez-vous vous joindre AB Demo Account à votre compte courant?';
        const group = queryAllByRole(el, 'group')[0];
        // The group's name: the question, then the notice (the consequence of "yes"), heard on entering it.
        const notice =
          lang === 'en'
            ? 'Your order history will be migrated and will be visible to your business account administrator.'
            : "L'historique de vos commandes sera migré et sera visible par l'administrateur de votre compte professionnel.";
        expect(accessibleName(group)).to.equal(`${question} ${notice}`);
        expect(heading(el)).to.not.equal(question);
        for (const option of el.shadowRoot!.querySelectorAll('.option')) {
          const title = option.querySelector('label')!;
          const advice = option.querySelector('.advice')!;
          const titleSize = parseFloat(getComputedStyle(title).fontSize);
          for (const p of advice.querySelectorAll('p')) {
            expect(parseFloat(getComputedStyle(p).fontSize), p.textContent!).to.be.below(titleSize);
          }
        }
        const warning = el.shadowRoot!.querySelector('.warning')!;
        expect(warning, 'a warning callout').to.not.equal(null);
        const text = warning.textContent!.replace(/\s+/g, ' ').trim();
        expect(text).to.equal(
          lang === 'en'
            ? 'Warning: Do NOT choose this option if you have made personal purchases on this account.'
            : 'Attention : Ne choisissez PAS cette option si vous avez effectué des achats personnels sur ce compte.'
        );
        const style = getComputedStyle(warning);
        const card = getComputedStyle(el.shadowRoot!.querySelector('.card')!);
        expect(style.backgroundColor, 'the warning stands out from the card').to.not.equal(card.backgroundColor);
        expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(3);
        // The words "Warning:" are heard, not only the colour seen.
        expect(warning.querySelector('.visually-hidden, .warning-label')?.textContent?.trim()).to.match(
          /^(Warning|Attention)\s?:$/
        );
      });

      it('separate-email: the key point is a callout, not a bold paragraph', async () => {
        const el = await widgetAt(375, lang);
        await STATES['separate-email'](el, bed.endpoint);
        const callout = el.shadowRoot!.querySelector('.callout')!;
        expect(callout.textContent!.trim()).to.match(
          lang === 'en' ? /^The email you enter here/ : /^L'adresse courriel que vous/
        );
        expect(parseFloat(getComputedStyle(callout).borderInlineStartWidth)).to.be.at.least(3);
      });

      it('outcomes are marked: a check on welcome, a stop on blocked, an alert on errors, each with a next action', async () => {
        for (const [state, mark] of [
          ['welcome', 'done'],
          ['blocked', 'stop'],
          ['error, network', 'alert'],
        ] as const) {
          bed.endpoint.restore();
          bed.endpoint = fakeEndpoint();
          const el = await widgetAt(375, lang);
          await STATES[state](el, bed.endpoint);
          await settled(el);
          const node = el.shadowRoot!.querySelector(`.mark.${mark}`);
          expect(node, `${state}: .mark.${mark}`).to.not.equal(null);
          expect(node!.getAttribute('aria-hidden')).to.equal('true');
          expect(node!.getBoundingClientRect().width, `${state}: the mark is drawn`).to.be.at.least(24);
          const actions = el.shadowRoot!.querySelectorAll('.actions .button');
          expect(actions.length, `${state}: a next action`).to.be.at.least(1);
        }
      });
    });
  }

  it('sign-in keeps the guide sentence as its lead, under the short heading', async () => {
    const el = await widgetAt(375, 'fr-CA');
    await toSignIn(el, bed.endpoint);
    expect(heading(el)).to.equal('Connexion à Amazon.com');
    const lead = el.shadowRoot!.querySelector('h2 + p')!;
    expect(lead.textContent!.trim()).to.equal(
      "Connectez-vous à votre compte Amazon.com en utilisant l'adresse courriel pré-saisie."
    );
  });
});
