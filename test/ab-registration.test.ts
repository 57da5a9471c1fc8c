import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {json} from './helpers/fake-endpoint.js';
import './helpers/no-console.js';
import {
  description,
  announced,
  focusedName,
  summary,
  getByLabel,
  getByRole,
  shows,
  heading,
  question,
  queryAllByRole,
  settled,
  stepIs,
  visibleText,
  renderedText,
} from './helpers/query.js';
import {stubNavigation, testbed, widget} from './helpers/widget.js';

const SHOP = 'https://www.amazon.ca/business?ref=test';
const PASSWORD = 'correct horse battery staple';

/** Guide sentences that must appear word for word (fr-CA) on their screen. */
const FR = {
  tile: 'amazon business',
  signInHeading: 'Connexion à Amazon.com',
  signInAmazon: "Connectez-vous à votre compte Amazon.com en utilisant l'adresse courriel pré-saisie.",
  signInBusiness: 'Connectez-vous pour commencer',
  identifier: 'Adresse courriel ou numéro de téléphone mobile',
  password: 'Mot de passe',
  forgot: 'Mot de passe oublié',
  submit: 'Se connecter',
  hint: "Entrez l'adresse courriel à laquelle le courriel de bienvenue a été envoyé.",
  question: 'Souhaitez-vous vous joindre AB Demo Account à votre compte courant?',
  notice: "L'historique de vos commandes sera migré et sera visible par l'administrateur de votre compte professionnel.",
  yes: 'Oui, joindre ce compte.',
  no: 'Non, je souhaite créer un nouveau compte à utiliser pour Amazon Business.',
  separateHeading: 'Choisissez un nouveau courriel',
  separateLead: 'Choisissez un nouveau courriel pour votre compte Amazon existant. Votre mot de passe ne change pas.',
  keyPoint:
    "L'adresse courriel que vous indiquez à ce moment sera utilisée pour accéder à votre ancien compte, y compris l'historique des commandes, les paiements enregistrés et les adresses de livraison.",
  newEmail: "Saisissez l'adresse courriel",
  confirmEmail: 'Ressaisissez votre adresse courriel',
  welcome: 'Bienvenue sur Amazon Business!',
  member: 'Vous faites maintenant partie du compte Amazon Business AB Demo Account.',
  shop: 'Commencer à magasiner',
  joinHeading: 'Joindre le compte officiel',
  joinLead: 'Vous avez été invité par Administrator@email.ca à rejoindre le compte officiel de Exemple.',
  support:
    "Contactez le Service à la clientèle d'Amazon Business sur https://www.amazon.ca/gp/help/contact-us ou en composant le 1-855-301-0911.",
};

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({type: text});
}

async function click(node: HTMLElement, el: AbRegistration): Promise<void> {
  node.click();
  await settled(el);
}

describe('<ab-registration>', () => {
  const bed = testbed();

  describe('scenario 1 and member: straight to welcome', () => {
    const welcome = {
      en: {
        hint: 'Just click the amazon business tile in your eProcurement system to start shopping!',
        heading: 'Welcome to Amazon Business!',
        member: 'You are now part of the AB Demo Account Amazon Business account.',
        click: 'Click Start shopping, and off you go!',
        shop: 'Start shopping',
      },
      'fr-CA': {
        hint: 'Il suffit de cliquer sur le carreau amazon business dans votre système eProcurement pour commencer votre magasinage!',
        heading: FR.welcome,
        member: FR.member,
        click: "Cliquez sur Commencer à magasiner, et c'est parti!",
        shop: FR.shop,
      },
    };
    for (const lang of ['en', 'fr-CA'] as const) {
      const t = welcome[lang];
      it(`${lang}: a new email (scenario 1) is welcomed after one click; Start shopping navigates to shopUrl`, async () => {
        const el = await widget({lang, email: 'new@abdemoaccount.com'});
        const navigation = stubNavigation(el);
        expect(visibleText(el)).to.contain(t.hint);
        expect(description(getByRole(el, 'button', 'amazon business'))).to.equal(t.hint);
        bed.endpoint.answer(json({status: 'new', accountName: 'AB Demo Account', shopUrl: SHOP, token: 't1'}));
        await click(getByRole(el, 'button', 'amazon business'), el);
        await stepIs(el, 'welcome');
        expect(bed.endpoint.requests.map((r) => r.body)).to.deep.equal([{action: 'lookup', email: 'new@abdemoaccount.com'}]);
        expect(heading(el)).to.equal(t.heading);
        expect(visibleText(el)).to.contain(t.member);
        expect(visibleText(el)).to.contain(t.click);
        expect(bed.recorder.of('ab-registration-step')).to.deep.equal([{step: 'welcome', previousStep: 'start'}]);
        expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
          {outcome: 'created', accountName: 'AB Demo Account', shopUrl: SHOP},
        ]);
        expect(bed.recorder.events.every((e) => e.bubbles && e.composed)).to.equal(true);
        await click(getByRole(el, 'button', t.shop), el);
        expect(bed.recorder.of('ab-registration-shop')).to.deep.equal([{shopUrl: SHOP}]);
        expect(navigation).to.deep.equal([SHOP]);
      });

      it(`${lang}: a member is welcomed; a host that cancels ab-registration-shop keeps the page`, async () => {
        const el = await widget({lang, email: 'member@abdemoaccount.com'});
        const navigation = stubNavigation(el);
        el.addEventListener('ab-registration-shop', (e) => e.preventDefault());
        bed.endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: SHOP}));
        await click(getByRole(el, 'button', 'amazon business'), el);
        await stepIs(el, 'welcome');
        expect(heading(el)).to.equal(t.heading);
        expect(visibleText(el)).to.contain(t.member);
        expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
          {outcome: 'member', accountName: 'AB Demo Account', shopUrl: SHOP},
        ]);
        await click(getByRole(el, 'button', t.shop), el);
        expect(bed.recorder.of('ab-registration-shop')).to.deep.equal([{shopUrl: SHOP}]);
        expect(navigation).to.deep.equal([]);
      });
    }
  });

  describe('scenario 2: convert the existing Amazon.com account', () => {
    for (const lang of ['en', 'fr-CA'] as const) {
      it(`${lang}: sign in with the pre-filled email, choose "yes", welcome`, async () => {
        const t =
          lang === 'en'
            ? {
                tile: 'amazon business',
                heading: 'Sign in to Amazon.com',
                lead: 'Sign in to your Amazon.com account with the pre-filled email address.',
                email: 'Email address',
                password: 'Password',
                submit: 'Sign in',
                yes: 'Yes, join this account.',
                next: 'Next',
                question: 'Would you like to join AB Demo Account with your current account?',
                choose: 'Choose one of the options.',
                welcome: 'Welcome to Amazon Business!',
              }
            : {
                tile: FR.tile,
                heading: FR.signInHeading,
                lead: FR.signInAmazon,
                email: 'Adresse courriel',
                password: FR.password,
                submit: FR.submit,
                yes: FR.yes,
                next: 'Suivant',
                question: FR.question,
                choose: "Choisissez l'une des options.",
                welcome: FR.welcome,
              };
        const el = await widget({lang});
        el.requestInit = {headers: {'X-CSRF-Token': 'csrf-42'}};
        bed.endpoint.answer(
          json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok-2'}),
          json({}),
          json({shopUrl: SHOP})
        );
        await click(getByRole(el, 'button', t.tile), el);
        await stepIs(el, 'sign-in');
        expect(heading(el)).to.equal(t.heading);
        expect(visibleText(el)).to.contain(t.lead);
        const email = getByLabel(el, t.email);
        expect(email.value).to.equal('user4@abdemoaccount.com');
        await type(getByLabel(el, t.password), PASSWORD);
        await sendKeys({press: 'Enter'});
        await stepIs(el, 'link-choice');
        expect(question(el)).to.equal(t.question);
        const radios = queryAllByRole(el, 'radio') as HTMLInputElement[];
        expect(radios).to.have.length(2);
        expect(
          radios.some((r) => r.checked),
          'nothing pre-selected'
        ).to.equal(false);
        if (lang === 'fr-CA') {
          expect(visibleText(el)).to.contain(FR.notice);
          expect(visibleText(el)).to.contain('Veuillez convertir votre compte Amazon existant en un compte Amazon Business.');
          expect(visibleText(el)).to.contain(
            'Ne choisissez PAS cette option si vous avez effectué des achats personnels sur ce compte.'
          );
        }
        await click(getByRole(el, 'button', t.next), el);
        await shows(el, t.choose);
        expect(bed.endpoint.requests).to.have.length(2);
        const yes = getByRole<HTMLInputElement>(el, 'radio', t.yes);
        expect(description(yes)).to.match(lang === 'en' ? /Do NOT choose this option/ : /Ne choisissez PAS/);
        await click(yes, el);
        await click(getByRole(el, 'button', t.next), el);
        await stepIs(el, 'welcome');
        expect(heading(el)).to.equal(t.welcome);
        expect(bed.endpoint.requests.map((r) => r.body)).to.deep.equal([
          {action: 'lookup', email: 'user4@abdemoaccount.com'},
          {action: 'sign-in', email: 'user4@abdemoaccount.com', password: PASSWORD, token: 'tok-2'},
          {action: 'convert', token: 'tok-2'},
        ]);
        for (const request of bed.endpoint.requests) {
          expect(request.method).to.equal('POST');
          // The endpoint as resolved when it was set (a <base> added later moves no call).
          expect(request.url).to.equal(new URL('/punchout/amazon-business', location.href).href);
          expect(request.headers.get('AB-Registration-Protocol')).to.equal('1');
          expect(request.headers.get('Content-Type')).to.equal('application/json');
          expect(request.headers.get('X-CSRF-Token')).to.equal('csrf-42');
        }
        expect(bed.recorder.of('ab-registration-step').map((d) => (d as {step: string}).step)).to.deep.equal([
          'sign-in',
          'link-choice',
          'welcome',
        ]);
        expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
          {outcome: 'converted', accountName: 'AB Demo Account', shopUrl: SHOP},
        ]);
        // The password went to the endpoint once and nowhere else.
        expect(JSON.stringify(bed.recorder.events)).not.to.contain(PASSWORD);
        // Both roots, every attribute and every input value: what outerHTML (light DOM, attributes only) misses.
        expect(renderedText(el)).not.to.contain(PASSWORD);
        expect(renderedText(el)).to.contain('AB Demo Account');
        expect(queryAllByRole(el, 'password')).to.have.length(0);
      });
    }

    it('puts the sign-in inputs in the light DOM, in a real form, with autocomplete tokens', async () => {
      const el = await widget();
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      const identifier = getByLabel(el, 'Email address');
      const password = getByLabel(el, 'Password');
      for (const input of [identifier, password]) {
        expect(input.getRootNode()).to.equal(document);
        expect(el.contains(input)).to.equal(true);
        expect(input.closest('form')).to.exist;
      }
      expect(identifier.autocomplete).to.equal('username');
      expect(password.autocomplete).to.equal('current-password');
      expect(password.type).to.equal('password');
      const slot = el.shadowRoot!.querySelector('slot[name="sign-in"]') as HTMLSlotElement;
      expect(slot.assignedElements()).to.deep.equal([identifier.closest('[slot="sign-in"]')]);
      const forgot = getByRole<HTMLAnchorElement>(el, 'link', 'Forgot your password?');
      expect(forgot.href).to.match(/^https:\/\/www\.amazon\.ca\//);
    });

    it('wrong password: the message sits on the password field and nothing typed is lost', async () => {
      const el = await widget();
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'A', token: 't'}),
        json({error: {code: 'invalid-credentials', field: 'password'}}, 401)
      );
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      const identifier = getByLabel(el, 'Email address');
      identifier.select();
      await type(identifier, 'other@abdemoaccount.com');
      await type(getByLabel(el, 'Password'), 'wrong');
      await click(getByRole(el, 'button', 'Sign in'), el);
      await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1, 'no error event');
      await settled(el);
      const password = getByLabel(el, 'Password');
      expect(el.step).to.equal('sign-in');
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      expect(description(password)).to.equal('Error: Your email, mobile phone number or password is incorrect.');
      expect(password.value).to.equal('wrong');
      expect(getByLabel(el, 'Email address').value).to.equal('other@abdemoaccount.com');
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([
        {code: 'invalid-credentials', status: 401, retryable: false},
      ]);
    });

    it('an empty sign-in is refused before any request, with a message on each field and a summary, heard, focus left on the button', async () => {
      const el = await widget();
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      getByLabel(el, 'Email address').value = '';
      getByLabel(el, 'Email address').dispatchEvent(new Event('input', {bubbles: true}));
      const before = focusedName();
      await click(getByRole(el, 'button', 'Sign in'), el);
      expect(bed.endpoint.requests).to.have.length(1);
      expect(description(getByLabel(el, 'Email address'))).to.equal('Error: The email address is missing.');
      expect(description(getByLabel(el, 'Password'))).to.equal('Error: Your password is missing.');
      expect(summary(el)).to.deep.equal(['There are 2 problems:', 'The email address is missing.', 'Your password is missing.']);
      await waitUntil(
        () => announced(el) === 'There are 2 problems: The email address is missing. Your password is missing.',
        'not heard'
      );
      expect(focusedName()).to.equal(before);
    });
  });

  describe('scenario 3: keep personal shopping apart with a new email', () => {
    it('fr-CA: "Non" -> separate-email, Back keeps the choice, mismatched emails are caught, welcome', async () => {
      const el = await widget({lang: 'fr-CA'});
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok-3'}),
        json({}),
        json({shopUrl: SHOP, businessEmail: 'user4@abdemoaccount.com'})
      );
      await click(getByRole(el, 'button', FR.tile), el);
      await stepIs(el, 'sign-in');
      await type(getByLabel(el, FR.password), PASSWORD);
      await click(getByRole(el, 'button', FR.submit), el);
      await stepIs(el, 'link-choice');
      const no = getByRole<HTMLInputElement>(el, 'radio', FR.no);
      // Beside "Non", behind its "Plus de détails".
      expect(no.closest('.option')!.querySelector('details')!.textContent).to.contain(FR.keyPoint);
      await click(no, el);
      await click(getByRole(el, 'button', 'Suivant'), el);
      await stepIs(el, 'separate-email');
      expect(heading(el)).to.equal(FR.separateHeading);
      expect(visibleText(el)).to.contain(FR.separateLead);
      expect(visibleText(el)).to.contain(FR.keyPoint);
      expect(visibleText(el)).to.contain('Vous disposerez de deux comptes Amazon distincts.');
      expect(visibleText(el)).to.contain(
        "L'historique de vos commandes Amazon existantes, vos options de paiement et vos adresses ne sont pas inclus dans votre compte professionnel."
      );
      expect(visibleText(el)).to.contain("Vous pourrez vous connecter à Amazon Business avec l'adresse user4@abdemoaccount.com.");
      await type(getByLabel(el, FR.newEmail), 'moi@maison.ca');
      await click(getByRole(el, 'button', 'Retour'), el);
      await stepIs(el, 'link-choice');
      expect(getByRole<HTMLInputElement>(el, 'radio', FR.no).checked).to.equal(true);
      await click(getByRole(el, 'button', 'Suivant'), el);
      await stepIs(el, 'separate-email');
      expect(getByLabel(el, FR.newEmail).value).to.equal('moi@maison.ca');
      await type(getByLabel(el, FR.confirmEmail), 'moi@maison.com');
      await click(getByRole(el, 'button', 'Suivant'), el);
      const confirm = getByLabel(el, FR.confirmEmail);
      expect(confirm.getAttribute('aria-invalid')).to.equal('true');
      expect(description(confirm)).to.equal('Erreur : Les deux adresses courriel ne correspondent pas.');
      expect(bed.endpoint.requests).to.have.length(2);
      confirm.select();
      await type(confirm, 'moi@maison.ca');
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'welcome');
      expect(bed.endpoint.requests.at(-1)!.body).to.deep.equal({
        action: 'separate',
        personalEmail: 'moi@maison.ca',
        token: 'tok-3',
      });
      expect(visibleText(el)).to.contain(FR.member);
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
        {outcome: 'separated', accountName: 'AB Demo Account', shopUrl: SHOP},
      ]);
      expect(bed.recorder.of('ab-registration-step').map((d) => (d as {step: string}).step)).to.deep.equal([
        'sign-in',
        'link-choice',
        'separate-email',
        'link-choice',
        'separate-email',
        'welcome',
      ]);
    });

    it('en: "No" -> separate-email -> welcome, with the guide\'s points in English', async () => {
      const el = await widget();
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok-3'}),
        json({}),
        json({shopUrl: SHOP, businessEmail: 'user4@abdemoaccount.com'})
      );
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      await type(getByLabel(el, 'Password'), PASSWORD);
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'link-choice');
      const no = getByRole<HTMLInputElement>(el, 'radio', 'No, I want to create a new account to use for Amazon Business.');
      expect(no.closest('.option')!.querySelector('details')!.textContent).to.contain(
        'we will separate your personal order history from your work email.'
      );
      await click(no, el);
      await click(getByRole(el, 'button', 'Next'), el);
      await stepIs(el, 'separate-email');
      expect(heading(el)).to.equal('Choose a new email');
      expect(visibleText(el)).to.contain('Choose a new email for your existing Amazon account. Your password stays the same.');
      expect(visibleText(el)).to.contain(
        'The email you enter here will be used to access your previous account, including existing order history and saved payments or shipping addresses.'
      );
      expect(visibleText(el)).to.contain('You will have two separate Amazon accounts.');
      await type(getByLabel(el, 'Enter email address'), 'me@home.ca');
      await type(getByLabel(el, 'Re-enter email address'), 'me@home.ca');
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'welcome');
      expect(visibleText(el)).to.contain(
        'You will be able to sign in to Amazon Business with the address user4@abdemoaccount.com.'
      );
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
        {outcome: 'separated', accountName: 'AB Demo Account', shopUrl: SHOP},
      ]);
    });

    it('en: email-taken is shown on the new email field', async () => {
      const el = await widget();
      bed.endpoint.answer(
        json({status: 'amazon-account', accountName: 'A', token: 't'}),
        json({}),
        json({error: {code: 'email-taken', field: 'personalEmail'}}, 409)
      );
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      await type(getByLabel(el, 'Password'), PASSWORD);
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'link-choice');
      await click(getByRole(el, 'radio', 'No, I want to create a new account to use for Amazon Business.'), el);
      await click(getByRole(el, 'button', 'Next'), el);
      await stepIs(el, 'separate-email');
      await type(getByLabel(el, 'Enter email address'), 'taken@home.ca');
      await type(getByLabel(el, 'Re-enter email address'), 'taken@home.ca');
      await click(getByRole(el, 'button', 'Next'), el);
      await waitUntil(() => bed.recorder.of('ab-registration-error').length === 1, 'no error event');
      await settled(el);
      const first = getByLabel(el, 'Enter email address');
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(description(first)).to.equal(
        'Error: This email address is already used by another Amazon account. Choose another one.'
      );
      expect(first.value).to.equal('taken@home.ca');
    });
  });

  describe('scenario 4: join the official account', () => {
    for (const lang of ['en', 'fr-CA'] as const) {
      it(`${lang}: sign in with email or phone, read the invitation, Join`, async () => {
        const fr = lang === 'fr-CA';
        const el = await widget({lang, email: 'single@abdemoaccount.com'});
        bed.endpoint.answer(
          json({status: 'business-account', accountName: 'AB Demo Account', token: 'tok-4'}),
          json({invitation: {inviterEmail: 'Administrator@email.ca', organizationName: 'Exemple'}}),
          json({shopUrl: SHOP})
        );
        await click(getByRole(el, 'button', 'amazon business'), el);
        await stepIs(el, 'sign-in');
        expect(heading(el)).to.equal(fr ? FR.signInBusiness : 'Sign in to get started');
        const identifier = getByLabel(el, fr ? FR.identifier : 'Email or mobile phone number');
        expect(identifier.value).to.equal('single@abdemoaccount.com');
        expect(description(identifier)).to.equal(fr ? FR.hint : 'Enter the email address the welcome email was sent to.');
        expect(getByRole(el, 'link', fr ? FR.forgot : 'Forgot your password?')).to.exist;
        identifier.select();
        await type(identifier, '514-555-0100');
        await type(getByLabel(el, fr ? FR.password : 'Password'), PASSWORD);
        await click(getByRole(el, 'button', fr ? FR.submit : 'Sign in'), el);
        await stepIs(el, 'join-official');
        expect(heading(el)).to.equal(fr ? FR.joinHeading : 'Join the official account');
        const text = visibleText(el);
        expect(text).to.contain(
          fr ? FR.joinLead : "You've been invited by Administrator@email.ca to join the official account of Exemple."
        );
        expect(text).to.contain(
          fr
            ? 'Vous recevrez un remboursement au prorata de votre adhésion à Business Prime.'
            : 'You will receive a prorated refund of your Business Prime membership.'
        );
        expect(el.shadowRoot!.querySelectorAll('ul li')).to.have.length(5);
        expect(text).to.match(
          fr
            ? /Si ce compte n'est pas associé avec Exemple, .*paramètres du compte.*amazon\.ca\./
            : /If this account is not associated with Exemple, .*account settings.*amazon\.ca\./
        );
        // The refund is stated before the Join button.
        const join = getByRole(el, 'button', fr ? 'Joindre' : 'Join');
        const refund = [...el.shadowRoot!.querySelectorAll('li')].at(-1)!;
        expect(refund.compareDocumentPosition(join) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        await click(join, el);
        await stepIs(el, 'welcome');
        expect(bed.endpoint.requests.map((r) => r.body)).to.deep.equal([
          {action: 'lookup', email: 'single@abdemoaccount.com'},
          {action: 'sign-in', email: '514-555-0100', password: PASSWORD, token: 'tok-4'},
          {action: 'join', token: 'tok-4'},
        ]);
        expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([
          {outcome: 'joined', accountName: 'AB Demo Account', shopUrl: SHOP},
        ]);
      });
    }

    it('"Not now" declines, emits ab-registration-cancel and returns to the tile', async () => {
      const el = await widget({email: 'single@abdemoaccount.com'});
      bed.endpoint.answer(
        json({status: 'business-account', accountName: 'A', token: 'tok'}),
        json({invitation: {inviterEmail: 'a@b.ca', organizationName: 'Org'}}),
        json({})
      );
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      await type(getByLabel(el, 'Password'), PASSWORD);
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'join-official');
      await click(getByRole(el, 'button', 'Not now'), el);
      await stepIs(el, 'start');
      expect(bed.endpoint.requests.at(-1)!.body).to.deep.equal({action: 'decline', token: 'tok'});
      expect(bed.recorder.of('ab-registration-cancel')).to.deep.equal([{step: 'join-official'}]);
      expect(getByRole(el, 'button', 'amazon business')).to.exist;
    });
  });

  describe('unknown and blocked', () => {
    it('fr-CA: unknown asks which situation is yours, then follows the chosen scenario', async () => {
      const el = await widget({lang: 'fr-CA', email: 'unsure@abdemoaccount.com'});
      bed.endpoint.answer(
        json({status: 'unknown', accountName: 'AB Demo Account', token: 'tok-u'}),
        json({status: 'business-account', accountName: 'AB Demo Account'})
      );
      await click(getByRole(el, 'button', FR.tile), el);
      await stepIs(el, 'choose-scenario');
      expect(heading(el)).to.equal("Guide d'enregistrement des utilisateurs");
      const group = queryAllByRole(el, 'group')[0];
      expect(accessibleNameOf(group)).to.equal(
        "Trouvez ci-dessous le scénario qui correspond à votre situation et suivez les étapes fournies pour compléter l'enregistrement."
      );
      expect((queryAllByRole(el, 'radio') as HTMLInputElement[]).map((r) => r.checked)).to.deep.equal([false, false, false]);
      await click(getByRole(el, 'radio', "Vous êtes titulaire d'un compte Amazon Business à utilisateur unique."), el);
      await click(getByRole(el, 'button', 'Suivant'), el);
      await stepIs(el, 'sign-in');
      expect(heading(el)).to.equal(FR.signInBusiness);
      expect(bed.endpoint.requests.at(-1)!.body).to.deep.equal({action: 'choose', scenario: 'business-account', token: 'tok-u'});
    });

    it('en: unknown -> "new email" goes straight to welcome', async () => {
      const el = await widget({email: 'unsure@abdemoaccount.com'});
      bed.endpoint.answer(
        json({status: 'unknown', accountName: 'A', token: 't'}),
        json({status: 'new', accountName: 'A', shopUrl: SHOP})
      );
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'choose-scenario');
      await click(getByRole(el, 'button', 'Next'), el);
      await shows(el, 'Choose one of the options.');
      await click(getByRole(el, 'radio', 'This is a new email address for Amazon.'), el);
      await click(getByRole(el, 'button', 'Next'), el);
      await stepIs(el, 'welcome');
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([{outcome: 'created', accountName: 'A', shopUrl: SHOP}]);
    });

    const SETTINGS = 'https://www.amazon.ca/gp/css/homepage.html';
    const SUPPORT = 'https://www.amazon.ca/gp/help/contact-us';
    const blocked = [
      // The message says to contact the administrator: no link can, so no link pretends to (customer service would be the wrong door).
      ['en', 'multi-user-admin', /Contact your administrator/, null, null, 'Start over'],
      ['fr-CA', 'multi-user-admin', /Communiquez avec votre administrateur/, null, null, 'Recommencer'],
      ['en', 'other-business-account', /Leave that account first/, 'Open your Amazon account settings', SETTINGS, 'Start over'],
      [
        'fr-CA',
        'other-business-account',
        /Quittez d'abord ce compte/,
        'Ouvrir les paramètres de votre compte Amazon',
        SETTINGS,
        'Recommencer',
      ],
      [
        'en',
        '<b>raw endpoint text</b>',
        /Contact customer service for help\./,
        'Contact customer service',
        SUPPORT,
        'Start over',
      ],
    ] as const;
    for (const [lang, reason, expected, action, href, again] of blocked) {
      it(`${lang}: blocked (${reason}) explains what to do, offers it as the next action, and can start over`, async () => {
        const el = await widget({lang, email: 'admin@abdemoaccount.com'});
        bed.endpoint.answer(json({status: 'blocked', accountName: 'A', reason}));
        await click(getByRole(el, 'button', 'amazon business'), el);
        await stepIs(el, 'blocked');
        expect(visibleText(el)).to.match(expected);
        expect(visibleText(el)).not.to.contain('raw endpoint text');
        expect(getByRole(el, 'link', '1-855-301-0911').getAttribute('href')).to.equal('tel:18553010911');
        // Not a dead end: the next action the message names, marked as the primary one, then the tile again.
        const actions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.actions > *')];
        const primary = actions.filter((node) => node.classList.contains('primary'));
        expect(primary).to.have.length(1);
        if (action) {
          const next = getByRole<HTMLAnchorElement>(el, 'link', action);
          expect(next.href).to.equal(href);
          expect(primary[0]).to.equal(next);
        } else {
          expect(actions.map((node) => node.textContent!.trim())).to.deep.equal([again]);
          expect(primary[0].textContent!.trim()).to.equal(again);
        }
        const mark = el.shadowRoot!.querySelector('.mark.stop')!;
        expect(mark.getAttribute('aria-hidden')).to.equal('true');
        expect(mark.getBoundingClientRect().width).to.equal(32);
        await click(getByRole(el, 'button', again), el);
        await stepIs(el, 'start');
      });
    }

    it('welcome is marked as done', async () => {
      const el = await widget();
      bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: SHOP}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'welcome');
      const mark = el.shadowRoot!.querySelector('.mark.done')!;
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(mark.getBoundingClientRect().width).to.equal(32);
      expect(getComputedStyle(mark).backgroundColor).to.equal('rgb(6, 125, 98)');
    });
  });

  describe('errors', () => {
    it('a lookup that fails on the network can be retried from the error screen', async () => {
      const el = await widget();
      bed.endpoint.answer(new TypeError('Failed to fetch'), json({status: 'member', accountName: 'A', shopUrl: SHOP}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'error');
      await shows(el, "We couldn't reach the registration service. Check your connection, then try again.");
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'network', retryable: true}]);
      await click(getByRole(el, 'button', 'Try again'), el);
      await stepIs(el, 'welcome');
      expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup', 'lookup']);
    });

    it('fr-CA: a 200 that breaks the protocol is never rendered', async () => {
      const el = await widget({lang: 'fr-CA'});
      bed.endpoint.answer(json({status: 'new', accountName: 'A', shopUrl: 'javascript:alert(1)'}));
      await click(getByRole(el, 'button', FR.tile), el);
      await stepIs(el, 'error');
      expect(visibleText(el)).to.contain("Le service d'enregistrement a envoyé une réponse inutilisable.");
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'protocol', status: 200, retryable: false}]);
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([]);
    });

    it('without an endpoint the tile shows a configuration error and emits code config', async () => {
      const el = await fixture<AbRegistration>(html`<ab-registration lang="en"></ab-registration>`);
      await settled(el);
      expect(el.step).to.equal('error');
      expect(visibleText(el)).to.contain(
        'This registration tile is not set up correctly (its endpoint or its request settings).'
      );
      expect(bed.recorder.of('ab-registration-error')).to.deep.equal([{code: 'config', retryable: false}]);
      el.endpoint = '/punchout/amazon-business';
      await settled(el);
      expect(el.step).to.equal('start');
    });
  });

  describe('languages and support line', () => {
    it('switching lang mid-flow keeps the screen and everything typed', async () => {
      const el = await widget({lang: 'en'});
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}), json({}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      await type(getByLabel(el, 'Password'), PASSWORD);
      el.setAttribute('lang', 'fr');
      await settled(el);
      expect(el.step).to.equal('sign-in');
      expect(heading(el)).to.equal(FR.signInHeading);
      expect(visibleText(el)).to.contain(FR.signInAmazon);
      expect(getByLabel(el, FR.password).value).to.equal(PASSWORD);
      expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('fr-CA');
      await click(getByRole(el, 'button', FR.submit), el);
      await stepIs(el, 'link-choice');
      await click(getByRole(el, 'radio', FR.no), el);
      await click(getByRole(el, 'button', 'Suivant'), el);
      await stepIs(el, 'separate-email');
      await type(getByLabel(el, FR.newEmail), 'moi@maison.ca');
      el.lang = 'en-CA';
      await settled(el);
      expect(getByLabel(el, 'Enter email address').value).to.equal('moi@maison.ca');
      // English, written another way where the test page's <html lang> is "en" (see the next test).
      expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal(
        document.documentElement.lang === 'en' ? 'en-CA' : 'en'
      );
    });

    it("where the page's <html lang> is written as the widget's language, the widget writes its own another way, and follows a change", async () => {
      // Firefox exposes the language of the page's load for text whose lang equals the page's current one.
      const page = document.documentElement;
      const was = page.lang;
      try {
        page.lang = 'de';
        const el = await widget({lang: 'fr-CA'});
        bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
        await click(getByRole(el, 'button', 'amazon business'), el);
        await stepIs(el, 'sign-in');
        const written = () =>
          [
            el.shadowRoot!.querySelector('.card'),
            el.shadowRoot!.querySelector('dialog'),
            el.querySelector('.ab-registration-sign-in'),
            el.querySelector('.ab-registration-announcer'),
          ].map((node) => node!.getAttribute('lang'));
        expect(written()).to.deep.equal(['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
        page.lang = 'fr-CA';
        await waitUntil(() => written()[0] === 'fr-ca', 'not redrawn when the page changed its lang');
        await settled(el);
        expect(written()).to.deep.equal(['fr-ca', 'fr-ca', 'fr-ca', 'fr-ca']);
        page.lang = 'en';
        el.lang = 'en';
        await settled(el);
        expect(written()).to.deep.equal(['en-CA', 'en-CA', 'en-CA', 'en-CA']);
        el.marketplace = 'com';
        await settled(el);
        expect(written()).to.deep.equal(['en-US', 'en-US', 'en-US', 'en-US']);
        page.lang = 'en-CA';
        await waitUntil(() => written()[0] === 'en', 'not redrawn when the page changed its lang');
      } finally {
        page.lang = was;
      }
    });

    it('keeps what autofill put in a field without an input event when the screen re-renders', async () => {
      const el = await widget({lang: 'en'});
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}), json({}));
      await click(getByRole(el, 'button', 'amazon business'), el);
      await stepIs(el, 'sign-in');
      // Some password managers set the value and fire nothing.
      getByLabel(el, 'Email address').value = 'filled.by@autofill.ca';
      el.setAttribute('lang', 'fr');
      await settled(el);
      expect(getByLabel(el, 'Adresse courriel').value).to.equal('filled.by@autofill.ca');
      await type(getByLabel(el, FR.password), PASSWORD);
      await click(getByRole(el, 'button', FR.submit), el);
      await stepIs(el, 'link-choice');
      expect(bed.endpoint.requests.at(-1)!.body).to.include({action: 'sign-in', email: 'filled.by@autofill.ca'});
    });

    it('without lang, follows the closest ancestor', async () => {
      const wrapper = await fixture(html`<div lang="fr-FR"><ab-registration endpoint="/e"></ab-registration></div>`);
      const el = wrapper.querySelector('ab-registration')!;
      await settled(el);
      expect(getByRole(el, 'button', FR.tile)).to.exist;
      expect(visibleText(el)).to.contain(FR.support);
    });

    it('marketplace com and overrides pick the support line; a non-https support-url is ignored', async () => {
      const el = await widget({marketplace: 'com'});
      expect(visibleText(el)).to.contain(
        'Contact Amazon Business Customer Service at https://www.amazon.com/gp/help/contact-us or 1-866-486-2360.'
      );
      el.supportUrl = 'javascript:alert(1)';
      el.supportPhone = '+1 (514) 555-0199';
      await settled(el);
      expect(getByRole(el, 'link', 'https://www.amazon.com/gp/help/contact-us')).to.exist;
      expect(getByRole(el, 'link', '+1 (514) 555-0199').getAttribute('href')).to.equal('tel:+15145550199');
      el.supportUrl = 'https://help.example.com/amazon';
      await settled(el);
      expect(getByRole(el, 'link', 'https://help.example.com/amazon')).to.exist;
    });
  });

  it('autostart looks the email up without the tile', async () => {
    bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: SHOP}));
    const el = await fixture<AbRegistration>(
      html`<ab-registration autostart endpoint="/e" email="member@abdemoaccount.com" lang="en"></ab-registration>`
    );
    await stepIs(el, 'welcome');
    expect(bed.endpoint.requests.map((r) => r.body)).to.deep.equal([{action: 'lookup', email: 'member@abdemoaccount.com'}]);
  });
});

function accessibleNameOf(node: Element): string {
  return (node.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
