// Every fault of the matrix, driven through the UI: the message, the event,
// the retry, and nothing the buyer typed lost.
import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {json, type Answer} from './helpers/fake-endpoint.js';
import {typeSeparateEmails} from './helpers/drive.js';
import './helpers/no-console.js';
import {
  description,
  announced,
  focusedName,
  summary,
  getByLabel,
  getByRole,
  shows,
  queryAllByRole,
  settled,
  stepIs,
  visibleText,
} from './helpers/query.js';
import {stubNavigation, testbed, widget} from './helpers/widget.js';

const PASSWORD = 'p4ss word';
const SHOP = 'https://www.amazon.ca/business';
const HTML_PAGE = '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>';
const html = (status: number) => new Response(HTML_PAGE, {status, headers: {'Content-Type': 'text/html'}});

const MESSAGES = {
  unavailable: 'The registration service is temporarily unavailable. Try again in a few minutes.',
  protocol: 'The registration service sent an answer that cannot be used. Try again later or contact customer service.',
  network: "We couldn't reach the registration service. Check your connection, then try again.",
  timeout: 'The registration service took too long to answer. Try again.',
  unknown: 'Something went wrong. Try again, or contact customer service.',
  rateLimited: 'Too many attempts. Wait 1 s, then try again.',
  rateLimitedNoHeader: 'Too many attempts. Wait a moment, then try again.',
  invalidCredentials: 'Your email, mobile phone number or password is incorrect.',
  invalidEmail: 'This email address is not valid. Check it, then try again.',
};

interface Fault {
  name: string;
  answer: Answer;
  event: {code: string; status?: number; retryable: boolean};
  message: string;
  /** Where the message shows: a field's description, or the form's alert. */
  on: 'alert' | 'Password' | 'Email address';
}

const SIGN_IN_FAULTS: Fault[] = [
  {
    name: '503',
    answer: json({error: {code: 'unavailable'}}, 503),
    event: {code: 'unavailable', status: 503, retryable: true},
    message: MESSAGES.unavailable,
    on: 'alert',
  },
  {
    name: '502 HTML error page',
    answer: html(502),
    event: {code: 'unavailable', status: 502, retryable: true},
    message: MESSAGES.unavailable,
    on: 'alert',
  },
  {
    name: '200 HTML page',
    answer: html(200),
    event: {code: 'protocol', status: 200, retryable: false},
    message: MESSAGES.protocol,
    on: 'alert',
  },
  {
    name: 'malformed JSON',
    answer: new Response('{"invitation": {', {status: 200}),
    event: {code: 'protocol', status: 200, retryable: false},
    message: MESSAGES.protocol,
    on: 'alert',
  },
  {
    name: 'a JSON array',
    answer: json([]),
    event: {code: 'protocol', status: 200, retryable: false},
    message: MESSAGES.protocol,
    on: 'alert',
  },
  {
    name: 'network down',
    answer: new TypeError('Failed to fetch'),
    event: {code: 'network', retryable: true},
    message: MESSAGES.network,
    on: 'alert',
  },
  {name: 'timeout', answer: 'hang', event: {code: 'timeout', retryable: true}, message: MESSAGES.timeout, on: 'alert'},
  {
    name: 'unknown code',
    answer: json({error: {code: 'quota-exceeded', message: '<b>raw</b> endpoint text'}}, 400),
    event: {code: 'unknown', status: 400, retryable: false},
    message: MESSAGES.unknown,
    on: 'alert',
  },
  {
    name: '400 without a body',
    answer: new Response('', {status: 400}),
    event: {code: 'unknown', status: 400, retryable: false},
    message: MESSAGES.unknown,
    on: 'alert',
  },
  {
    name: 'invalid-credentials',
    answer: json({error: {code: 'invalid-credentials'}}, 401),
    event: {code: 'invalid-credentials', status: 401, retryable: false},
    message: MESSAGES.invalidCredentials,
    on: 'Password',
  },
  {
    name: 'invalid-email',
    answer: json({error: {code: 'invalid-email'}}, 422),
    event: {code: 'invalid-email', status: 422, retryable: false},
    message: MESSAGES.invalidEmail,
    on: 'Email address',
  },
];

describe('faults', () => {
  const bed = testbed();

  /** The sign-in screen with an identifier and a password typed by the buyer. */
  async function signInTyped(lang = 'en'): Promise<AbRegistration> {
    const el = await widget({lang});
    el.timeout = 200;
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    const identifier = queryAllByRole(el, 'textbox')[0] as HTMLInputElement;
    identifier.select();
    identifier.focus();
    await sendKeys({type: 'buyer@work.ca'});
    (queryAllByRole(el, 'password')[0] as HTMLInputElement).focus();
    await sendKeys({type: PASSWORD});
    return el;
  }

  async function submitSignIn(el: AbRegistration): Promise<void> {
    const requests = bed.endpoint.requests.length;
    (queryAllByRole(el, 'password')[0] as HTMLInputElement).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => bed.endpoint.requests.length > requests, 'no request sent', {timeout: 2000});
  }

  const errorEvents = () => bed.recorder.of('ab-registration-error');

  describe('on sign-in: the message in place, the typed values kept, and a resubmit that works', () => {
    for (const fault of SIGN_IN_FAULTS) {
      it(fault.name, async () => {
        const el = await signInTyped();
        bed.endpoint.answer(fault.answer);
        await submitSignIn(el);
        await waitUntil(() => errorEvents().length === 1, 'no error event', {timeout: 2000});
        await settled(el);
        expect(errorEvents()).to.deep.equal([fault.event]);
        expect(el.step).to.equal('sign-in');
        expect(getByLabel(el, 'Email address').value).to.equal('buyer@work.ca');
        expect(getByLabel(el, 'Password').value).to.equal(PASSWORD);
        if (fault.on === 'alert') {
          await shows(el, fault.message);
        } else {
          const input = getByLabel(el, fault.on);
          expect(input.getAttribute('aria-invalid')).to.equal('true');
          expect(description(input)).to.equal(`Error: ${fault.message}`);
          // The one error pattern: the summary, its one problem a link to this field; heard, focus left where it was.
          expect(summary(el)).to.deep.equal(['There is a problem:', fault.message]);
          await waitUntil(() => announced(el) === fault.message, `not heard: ${announced(el)}`);
          expect(focusedName()).to.equal('Password');
        }
        expect(visibleText(el)).not.to.contain('raw');
        expect(visibleText(el)).not.to.contain('Bad Gateway');
        // The retry: submit again, the endpoint is back.
        bed.endpoint.answer(json({}));
        await submitSignIn(el);
        await stepIs(el, 'link-choice');
        expect(bed.endpoint.requests.map((r) => r.body.action)).to.deep.equal(['lookup', 'sign-in', 'sign-in']);
      });
    }

    it('fr-CA: the messages are French', async () => {
      const el = await signInTyped('fr-CA');
      bed.endpoint.answer(new TypeError('Failed to fetch'));
      await submitSignIn(el);
      await waitUntil(() => errorEvents().length === 1, 'no error event', {timeout: 2000});
      await settled(el);
      await shows(el, "Impossible de joindre le service d'enregistrement. Vérifiez votre connexion, puis réessayez.");
      bed.endpoint.answer(json({error: {code: 'invalid-credentials'}}, 401));
      await submitSignIn(el);
      await waitUntil(() => errorEvents().length === 2, 'no second error event', {timeout: 2000});
      await settled(el);
      expect(description(getByLabel(el, 'Mot de passe'))).to.equal(
        'Erreur : Votre adresse courriel, votre numéro de téléphone mobile ou votre mot de passe est incorrect.'
      );
    });

    it('429 with Retry-After: says when, sends nothing until then, then the retry works', async () => {
      const el = await signInTyped();
      bed.endpoint.answer(json({error: {code: 'rate-limited'}}, 429, {'Retry-After': '1'}));
      await submitSignIn(el);
      await waitUntil(() => errorEvents().length === 1, 'no error event', {timeout: 2000});
      await settled(el);
      expect(errorEvents()).to.deep.equal([{code: 'rate-limited', status: 429, retryable: true}]);
      await shows(el, MESSAGES.rateLimited);
      const submit = getByRole(el, 'button', 'Sign in');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      submit.click();
      await sendKeys({press: 'Enter'});
      await aTimeout(100);
      expect(bed.endpoint.requests).to.have.length(2);
      await waitUntil(() => getByRole(el, 'button', 'Sign in').getAttribute('aria-disabled') === 'false', 'still cooling', {
        timeout: 3000,
      });
      expect(getByLabel(el, 'Password').value).to.equal(PASSWORD);
      bed.endpoint.answer(json({}));
      await submitSignIn(el);
      await stepIs(el, 'link-choice');
    });

    it('session-expired: back to the start with the notice and a new lookup a click away; the password is gone', async () => {
      const el = await signInTyped();
      bed.endpoint.answer(json({error: {code: 'session-expired'}}, 401));
      await submitSignIn(el);
      await stepIs(el, 'start');
      await shows(el, 'Your session has expired. Start again from the amazon business tile.');
      expect(errorEvents()).to.deep.equal([{code: 'session-expired', status: 401, retryable: false}]);
      expect(queryAllByRole(el, 'password')).to.have.length(0);
      bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 'tok-2'}));
      // In the dialog, the flow's start: "Try again" looks the email up anew.
      getByRole(el, 'button', 'Try again').click();
      await stepIs(el, 'sign-in');
    });
  });

  describe('on lookup: the error screen, Try again where it helps', () => {
    const LOOKUP_FAULTS: Array<[string, Answer, {code: string; status?: number; retryable: boolean}, string]> = [
      ['network down', new TypeError('Failed to fetch'), {code: 'network', retryable: true}, MESSAGES.network],
      ['timeout', 'hang', {code: 'timeout', retryable: true}, MESSAGES.timeout],
      ['503 HTML page', html(503), {code: 'unavailable', status: 503, retryable: true}, MESSAGES.unavailable],
      [
        '429 without Retry-After or JSON',
        new Response('Too Many Requests', {status: 429}),
        {code: 'rate-limited', status: 429, retryable: true},
        MESSAGES.rateLimitedNoHeader,
      ],
      [
        'unknown status',
        json({status: 'vip', accountName: 'A'}),
        {code: 'protocol', status: 200, retryable: false},
        MESSAGES.protocol,
      ],
      [
        'missing accountName',
        json({status: 'member', shopUrl: SHOP}),
        {code: 'protocol', status: 200, retryable: false},
        MESSAGES.protocol,
      ],
      [
        'http shopUrl',
        json({status: 'new', accountName: 'A', shopUrl: 'http://www.amazon.ca/'}),
        {code: 'protocol', status: 200, retryable: false},
        MESSAGES.protocol,
      ],
      [
        'javascript: shopUrl',
        json({status: 'member', accountName: 'A', shopUrl: 'javascript:alert(1)'}),
        {code: 'protocol', status: 200, retryable: false},
        MESSAGES.protocol,
      ],
      [
        'malformed JSON',
        new Response('{"status":', {status: 200}),
        {code: 'protocol', status: 200, retryable: false},
        MESSAGES.protocol,
      ],
    ];
    for (const [name, answer, event, message] of LOOKUP_FAULTS) {
      it(name, async () => {
        const el = await widget();
        el.timeout = 200;
        bed.endpoint.answer(answer);
        getByRole(el, 'button', 'amazon business').click();
        await stepIs(el, 'error');
        expect(errorEvents()).to.deep.equal([event]);
        await shows(el, message);
        expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([]);
        if (event.retryable && event.code !== 'rate-limited') {
          bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: SHOP}));
          getByRole(el, 'button', 'Try again').click();
          await stepIs(el, 'welcome');
        } else if (event.code === 'rate-limited') {
          expect(getByRole(el, 'button', 'Try again').getAttribute('aria-disabled')).to.equal('true');
        } else {
          expect(queryAllByRole(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal(['Start over']);
          getByRole(el, 'button', 'Start over').click();
          await stepIs(el, 'start');
        }
      });
    }
  });

  describe('on the other calls', () => {
    it('convert answering an http shopUrl: protocol error in place, the choice kept, no navigation', async () => {
      const el = await signInTyped();
      const navigation = stubNavigation(el);
      bed.endpoint.answer(json({}));
      await submitSignIn(el);
      await stepIs(el, 'link-choice');
      getByRole(el, 'radio', 'Yes, join this account.').click();
      bed.endpoint.answer(json({shopUrl: 'http://evil.example/'}));
      getByRole(el, 'button', 'Next').click();
      await waitUntil(() => errorEvents().length === 1, 'no error event', {timeout: 2000});
      await settled(el);
      expect(el.step).to.equal('link-choice');
      await shows(el, MESSAGES.protocol);
      expect(getByRole<HTMLInputElement>(el, 'radio', 'Yes, join this account.').checked).to.equal(true);
      expect(navigation).to.deep.equal([]);
      expect(bed.recorder.of('ab-registration-complete')).to.deep.equal([]);
    });

    it('separate answering email-taken or a 503 keeps both typed emails', async () => {
      const el = await signInTyped();
      bed.endpoint.answer(json({}));
      await submitSignIn(el);
      await stepIs(el, 'link-choice');
      await typeSeparateEmails(el, 'me@home.ca');
      bed.endpoint.answer(json({error: {code: 'unavailable'}}, 503));
      await sendKeys({press: 'Enter'});
      await waitUntil(() => errorEvents().length === 1, 'no error event', {timeout: 2000});
      await settled(el);
      await shows(el, MESSAGES.unavailable);
      expect(getByLabel(el, 'Enter email address').value).to.equal('me@home.ca');
      expect(getByLabel(el, 'Re-enter email address').value).to.equal('me@home.ca');
      bed.endpoint.answer(json({shopUrl: SHOP, businessEmail: 'buyer@work.ca'}));
      await sendKeys({press: 'Enter'});
      await stepIs(el, 'welcome');
    });
  });
});
