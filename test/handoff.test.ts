// Hand-off mode against the reference endpoint in that mode, over real HTTP:
// the widget prepares the buyer with the guide's advice, then the endpoint's
// real cXML punch-out to the local stand-in supplier returns the start page.
import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import './helpers/no-console.js';
import {accessibleName, getByRole, heading, queryAllByRole, settled, stepIs, visibleText} from './helpers/query.js';
import {json} from './helpers/fake-endpoint.js';
import {recordEvents, stubNavigation, testbed, widget} from './helpers/widget.js';

const ENDPOINT = '/api/ab-registration-handoff';

const TEXT = {
  en: {
    heading: 'Continue on Amazon Business',
    button: 'Continue to Amazon Business',
    noPassword: 'You do not type your password here: only Amazon asks for it, on its own pages.',
    amazon: [
      'The email address is currently linked to an Amazon.com account.',
      'Sign in to your Amazon.com account with the pre-filled email address.',
      'You will then be asked: Would you like to join AB Demo Account with your current account?',
      'Yes, join this account.',
      'Recommended only for users who have NOT made personal purchases on their account.',
      'Do NOT choose this option if you have made personal purchases on this account.',
      'No, I want to create a new account to use for Amazon Business.',
      'The email you enter here will be used to access your previous account, including existing order history and saved payments or shipping addresses.',
    ],
    business: [
      'You have a single-user Amazon Business account.',
      'Sign in to get started',
      'Enter the email address the welcome email was sent to.',
      "If your administrator has invited you, Amazon Business will then offer to join your organization's official account:",
      'You will be part of a group in which your administrator defines your role.',
      'You will receive a prorated refund of your Business Prime membership.',
    ],
    unavailable: 'The registration service is temporarily unavailable. Try again in a few minutes.',
    otherAccount:
      'If Amazon Business says that your email address already belongs to another business account, that account must be deregistered first: contact your administrator or Amazon Business Customer Service.',
    lead: {
      self: 'To finish, Amazon Business opens its own pages in this window. Here is what they will ask you.',
      blank: 'To finish, Amazon Business opens its own pages in a new window. Here is what they will ask you.',
    },
  },
  'fr-CA': {
    heading: 'Continuez sur Amazon Business',
    button: 'Continuer vers Amazon Business',
    noPassword: "Vous n'entrez pas votre mot de passe ici : seule Amazon vous le demandera, sur ses propres pages.",
    amazon: [
      "L'adresse courriel est actuellement liée à un compte Amazon.com.",
      "Connectez-vous à votre compte Amazon.com en utilisant l'adresse courriel pré-saisie.",
      'On vous demandera ensuite : Souhaitez-vous vous joindre AB Demo Account à votre compte courant?',
      'Oui, joindre ce compte.',
      "Recommandé uniquement aux utilisateurs qui n'ont PAS effectué d'achats personnels sur leur compte.",
      'Ne choisissez PAS cette option si vous avez effectué des achats personnels sur ce compte.',
      'Non, je souhaite créer un nouveau compte à utiliser pour Amazon Business.',
      "L'adresse courriel que vous indiquez à ce moment sera utilisée pour accéder à votre ancien compte, y compris l'historique des commandes, les paiements enregistrés et les adresses de livraison.",
    ],
    business: [
      "Vous êtes titulaire d'un compte Amazon Business à utilisateur unique.",
      'Connectez-vous pour commencer',
      "Entrez l'adresse courriel à laquelle le courriel de bienvenue a été envoyé.",
      'Si votre administrateur vous a invité, Amazon Business vous proposera ensuite de rejoindre le compte officiel de votre organisation :',
      "Vous ferez partie d'un groupe au sein duquel vous aurez un rôle défini par votre administrateur.",
      'Vous recevrez un remboursement au prorata de votre adhésion à Business Prime.',
    ],
    unavailable: "Le service d'enregistrement est temporairement indisponible. Réessayez dans quelques minutes.",
    otherAccount:
      "Si Amazon Business indique que votre adresse courriel appartient déjà à un autre compte professionnel, ce compte doit d'abord être désinscrit : communiquez avec votre administrateur ou avec le Service à la clientèle d'Amazon Business.",
    lead: {
      self: "Pour terminer, Amazon Business ouvre ses propres pages dans cette fenêtre. Voici ce qu'on vous y demandera.",
      blank: "Pour terminer, Amazon Business ouvre ses propres pages dans une nouvelle fenêtre. Voici ce qu'on vous y demandera.",
    },
  },
} as const;

/** What the stand-in supplier's start page says it received in the PunchOutSetupRequest. */
async function received(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  expect(response.status, `start page ${url}`).to.equal(200);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  expect(doc.querySelector('h1')?.textContent).to.equal("Stand-in for Amazon Business's punch-out start page");
  return Object.fromEntries(
    [...doc.querySelectorAll('td[data-field]')].map((td) => [td.getAttribute('data-field')!, td.textContent!])
  );
}

const passwordInputs = (el: AbRegistration) => [
  ...el.querySelectorAll('input[type="password"]'),
  ...el.shadowRoot!.querySelectorAll('input[type="password"]'),
];

describe('hand-off mode (reference endpoint, real cXML punch-out)', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(() => recorder.stop());

  for (const lang of ['en', 'fr-CA'] as const) {
    const t = TEXT[lang];
    for (const [email, scenario] of [
      ['user4@abdemoaccount.com', 'amazon-account'],
      ['single@abdemoaccount.com', 'business-account'],
    ] as const) {
      it(`${lang}, ${scenario}: prepares the buyer in the guide's words, then hands off to the start page`, async () => {
        const el = await widget({endpoint: ENDPOINT, email, lang});
        const navigation = stubNavigation(el);
        getByRole(el, 'button', 'amazon business').click();
        await stepIs(el, 'handoff');
        expect(heading(el)).to.equal(t.heading);
        const text = visibleText(el);
        for (const sentence of scenario === 'amazon-account' ? t.amazon : t.business) expect(text).to.contain(sentence);
        expect(text).to.contain(t.noPassword);
        expect(text).to.contain(t.lead.self);
        // Scenario 4 through punch-out as Amazon runs it: the join offer only if invited, and what to do if the email is taken.
        if (scenario === 'business-account') expect(text).to.contain(t.otherAccount);
        else expect(text).to.not.contain(t.otherAccount);
        expect(passwordInputs(el), 'no password is ever asked for').to.have.length(0);
        if (scenario === 'business-account') {
          // The Business Prime refund is stated before the button.
          const refund = text.indexOf(t.business[5]);
          expect(refund).to.be.greaterThan(-1);
          expect(refund).to.be.lessThan(text.indexOf(t.button));
        }
        getByRole(el, 'button', t.button).click();
        await waitUntil(() => navigation.length === 1, 'never handed off', {timeout: 5000});
        const [detail] = recorder.of('ab-registration-handoff') as Array<{scenario: string; url: string}>;
        expect(detail.scenario).to.equal(scenario);
        expect(detail.url).to.match(new RegExp(`^${location.origin}/supplier/start/[\\w-]+$`));
        expect(navigation).to.deep.equal([detail.url]);
        // The start page is reached, and the cXML it got carries the buyer's email.
        const got = await received(detail.url);
        expect(got.UserEmail).to.equal(email);
        expect(got.BuyerCookie).to.match(/^[\w-]{16}$/);
        expect(got.BrowserFormPost).to.match(/\/punchout\/return$/);
        expect(got.FirstName).to.not.equal('');
        // Single use: a second visit is refused.
        expect((await fetch(detail.url)).status).to.equal(410);
        expect(recorder.of('ab-registration-step').map((d) => (d as {step: string}).step)).to.deep.equal(['handoff']);
      });
    }

    it(`${lang}, new: the endpoint punches out on lookup and the start page is the shop`, async () => {
      const el = await widget({endpoint: ENDPOINT, email: 'new@abdemoaccount.com', lang});
      const navigation = stubNavigation(el);
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
      const [complete] = recorder.of('ab-registration-complete') as Array<{outcome: string; shopUrl: string}>;
      expect(complete.outcome).to.equal('created');
      getByRole(el, 'button', lang === 'en' ? 'Start shopping' : 'Commencer à magasiner').click();
      expect(navigation).to.deep.equal([complete.shopUrl]);
      expect((await received(complete.shopUrl)).UserEmail).to.equal('new@abdemoaccount.com');
    });
  }

  it('a host that cancels ab-registration-handoff keeps the buyer on the page', async () => {
    const el = await widget({endpoint: ENDPOINT, email: 'user4@abdemoaccount.com'});
    const navigation = stubNavigation(el);
    el.addEventListener('ab-registration-handoff', (event) => event.preventDefault());
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'handoff');
    getByRole(el, 'button', TEXT.en.button).click();
    await waitUntil(() => recorder.of('ab-registration-handoff').length === 1);
    await settled(el);
    expect(navigation).to.deep.equal([]);
    expect(el.step).to.equal('handoff');
  });

  for (const [fault, status] of [
    ['supplier-down', 502],
    ['supplier-slow', 504],
  ] as const) {
    it(`a supplier that is ${fault === 'supplier-down' ? 'down' : 'too slow'} is "unavailable" on the screen; Try again hands off once it is back`, async () => {
      const el = await widget({endpoint: ENDPOINT, email: 'single@abdemoaccount.com'});
      const navigation = stubNavigation(el);
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'handoff');
      el.requestInit = {headers: {'X-Demo-Fault': fault}};
      getByRole(el, 'button', TEXT.en.button).click();
      await waitUntil(() => recorder.of('ab-registration-error').length === 1, 'no error', {timeout: 6000});
      await settled(el);
      expect(recorder.of('ab-registration-error')).to.deep.equal([{code: 'unavailable', status, retryable: true}]);
      expect(el.step).to.equal('handoff');
      expect(visibleText(el)).to.contain(TEXT.en.unavailable);
      el.requestInit = {};
      getByRole(el, 'button', TEXT.en.button).click();
      await waitUntil(() => navigation.length === 1, 'never handed off after the retry', {timeout: 5000});
      expect((await received(navigation[0])).UserEmail).to.equal('single@abdemoaccount.com');
    });
  }

  it('keyboard: focus on the heading, Tab reaches the button past the text and its two disclosures, Enter hands off', async () => {
    const el = await widget({endpoint: ENDPOINT, email: 'user4@abdemoaccount.com', lang: 'fr-CA'});
    const navigation = stubNavigation(el);
    getByRole(el, 'button', 'amazon business').focus();
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'handoff');
    expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('h2'), 'focus on the heading').to.equal(true);
    // Heard as it takes focus, once: the status region does not repeat it.
    await aTimeout(150);
    expect(el.querySelector('[role="status"]')?.textContent).to.equal('');
    for (const name of ['Plus de détails', 'Plus de détails', TEXT['fr-CA'].button]) {
      await sendKeys({press: 'Tab'});
      expect(accessibleName(el.shadowRoot!.activeElement as HTMLElement)).to.equal(name);
    }
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => navigation.length === 1, 'Enter did not hand off', {timeout: 5000});
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr-CA'] as const) {
      for (const email of ['user4@abdemoaccount.com', 'single@abdemoaccount.com']) {
        it(`axe: ${theme}, ${lang}, ${email.split('@')[0]}: no violations, and one after a failed hand-off`, async () => {
          const el = await widget({endpoint: ENDPOINT, email, lang});
          el.theme = theme;
          getByRole(el, 'button', 'amazon business').click();
          await stepIs(el, 'handoff');
          await expect(el).to.be.accessible();
          el.requestInit = {headers: {'X-Demo-Fault': 'supplier-down'}};
          queryAllByRole(el, 'button')
            .find((b) => accessibleName(b) === TEXT[lang].button)!
            .click();
          await waitUntil(() => recorder.of('ab-registration-error').length === 1);
          await settled(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  }
});

describe('hand-off destinations (handoffHosts) and windows (handoff-target)', () => {
  const t = testbed();

  /** A buyer on the hand-off screen of a scripted endpoint, whose `handoff` answers `url`. */
  async function atHandoff(url: string, set: (el: AbRegistration) => void = () => undefined) {
    const el = await widget();
    set(el);
    const navigation = stubNavigation(el);
    t.endpoint.answer(
      json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok', mode: 'handoff'}),
      json({url})
    );
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'handoff');
    return {el, navigation};
  }

  for (const url of [
    'https://www.amazon.ca.evil.example/start',
    'https://amazon.ca.evil.example/start',
    'https://www.\u0430mazon.ca/start', // Cyrillic а: Punycode xn--mazon-3ve.ca
    'https://evilamazon.ca/start',
    'https://evil.example/www.amazon.ca',
    'https://www.amazon.ca@evil.example/start',
    'http://www.amazon.ca/start',
  ]) {
    it(`refuses a start page off Amazon's sites: ${url}`, async () => {
      const {el, navigation} = await atHandoff(url);
      getByRole(el, 'button', TEXT.en.button).click();
      await waitUntil(() => t.recorder.of('ab-registration-error').length === 1, 'no error event');
      await settled(el);
      expect((t.recorder.of('ab-registration-error')[0] as {code: string}).code).to.equal('protocol');
      expect(t.recorder.of('ab-registration-handoff')).to.deep.equal([]);
      expect(navigation).to.deep.equal([]);
      expect(el.step).to.equal('handoff');
      expect(queryAllByRole(el, 'alert').length, 'the buyer is told').to.be.greaterThan(0);
    });
  }

  for (const url of ['https://www.amazon.ca/b2b/abws/punchout?x=1', 'https://www.amazon.com/start', 'https://amazon.ca/start']) {
    it(`hands off to Amazon's own site: ${url}`, async () => {
      const {el, navigation} = await atHandoff(url);
      getByRole(el, 'button', TEXT.en.button).click();
      await waitUntil(() => navigation.length === 1, 'never handed off');
      expect(navigation).to.deep.equal([new URL(url).href]);
    });
  }

  it('handoffHosts replaces the list: its hosts and their subdomains only', async () => {
    const {el, navigation} = await atHandoff('https://www.amazon.ca/start', (tile) => {
      tile.handoffHosts = ['punchout.example.com'];
    });
    getByRole(el, 'button', TEXT.en.button).click();
    await waitUntil(() => t.recorder.of('ab-registration-error').length === 1, 'amazon.ca was not refused');
    t.endpoint.answer(json({url: 'https://eu.punchout.example.com/start'}));
    getByRole(el, 'button', TEXT.en.button).click();
    await waitUntil(() => navigation.length === 1, 'never handed off');
    expect(navigation).to.deep.equal(['https://eu.punchout.example.com/start']);
  });

  describe('handoff-target="blank"', () => {
    let opened: Array<Window | null>;
    const realOpen = window.open;
    beforeEach(() => {
      opened = [];
      // The real window.open, watched: the window is really opened, in the buyer's keypress.
      window.open = (...args: Parameters<typeof window.open>) => {
        const win = realOpen.apply(window, args);
        opened.push(win);
        return win;
      };
    });
    afterEach(() => {
      window.open = realOpen;
      for (const win of opened) win?.close();
    });

    /** The real hand-off endpoint (cXML to the stand-in), the button pressed with the keyboard. */
    async function pressContinue(fault?: string) {
      const el = await widget({endpoint: ENDPOINT, email: 'user4@abdemoaccount.com', lang: 'fr-CA'});
      t.endpoint.restore();
      el.setAttribute('handoff-target', 'blank');
      const navigation = stubNavigation(el);
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'handoff');
      expect(visibleText(el), 'the screen says where Amazon opens').to.contain(TEXT['fr-CA'].lead.blank);
      if (fault) el.requestInit = {headers: {'X-Demo-Fault': fault}};
      getByRole(el, 'button', TEXT['fr-CA'].button).focus();
      await sendKeys({press: 'Enter'});
      return {el, navigation};
    }

    it('opens a window in the keypress, says what is coming in French, then fills it with the start page; this page stays', async () => {
      const {el, navigation} = await pressContinue();
      expect(opened.length, 'no window opened in the keypress').to.equal(1);
      const win = opened[0]!;
      expect(win.opener, 'the new window can reach this page').to.equal(null);
      const [detail] = await waitUntil(() => t.recorder.of('ab-registration-handoff').length === 1, 'no hand-off', {
        timeout: 5000,
      }).then(() => t.recorder.of('ab-registration-handoff') as Array<{url: string}>);
      const START = "Stand-in for Amazon Business's punch-out start page";
      // Its URL first, then its document: wait for the start page itself.
      await waitUntil(
        () => {
          try {
            return win.location.href === detail.url && win.document.querySelector('h1')?.textContent === START;
          } catch {
            return false;
          }
        },
        'the window never showed the start page',
        {timeout: 5000}
      );
      expect(navigation).to.deep.equal([]);
      expect(el.step).to.equal('handoff');
    });

    it('while the start page is awaited the window says so in the page language; a failed call closes it and says why here', async () => {
      const {el, navigation} = await pressContinue('supplier-slow');
      expect(opened.length).to.equal(1);
      // The stand-in is slow (given up on after 1.5 s): the window is still the widget's own.
      expect(opened[0]!.document.title).to.equal("Ouverture d'Amazon Business…");
      expect(opened[0]!.document.body.textContent).to.equal("Ouverture d'Amazon Business…");
      expect(opened[0]!.document.documentElement.lang).to.equal('fr-CA');
      await waitUntil(() => t.recorder.of('ab-registration-error').length === 1, 'no error', {timeout: 6000});
      await waitUntil(() => opened[0]!.closed, 'the window stayed open');
      await settled(el);
      expect(visibleText(el)).to.contain(TEXT['fr-CA'].unavailable);
      expect(navigation).to.deep.equal([]);
    });

    it('a host that cancels ab-registration-handoff: the window closes', async () => {
      document.addEventListener('ab-registration-handoff', (event) => event.preventDefault(), {once: true});
      await pressContinue();
      await waitUntil(() => t.recorder.of('ab-registration-handoff').length === 1, 'no hand-off', {timeout: 5000});
      await waitUntil(() => opened[0]!.closed, 'the window stayed open');
    });

    it('a browser that refuses the window: the hand-off goes on in this tab', async () => {
      window.open = () => {
        opened.push(null);
        return null;
      };
      const {navigation} = await pressContinue();
      await waitUntil(() => navigation.length === 1, 'never handed off', {timeout: 5000});
      expect(navigation[0]).to.match(new RegExp(`^${location.origin}/supplier/start/`));
    });
  });
});
