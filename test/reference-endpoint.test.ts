// The widget against the reference endpoint the demo serves (wired into the
// test runner as middleware): real HTTP, real JSON, the protocol end to end.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {signInAsBuyer} from './helpers/drive.js';
import './helpers/no-console.js';
import {getByLabel, getByRole, settled, stepIs, visibleText} from './helpers/query.js';
import {recordEvents, stubNavigation, widget} from './helpers/widget.js';

const ENDPOINT = '/api/ab-registration';

describe('reference endpoint (demo) + widget', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(() => recorder.stop());

  it('plays scenario 2 end to end over HTTP', async () => {
    const el = await widget({endpoint: ENDPOINT, email: 'user4@abdemoaccount.com'});
    const navigation = stubNavigation(el);
    await signInAsBuyer(el, 'any password');
    await stepIs(el, 'link-choice');
    getByRole(el, 'radio', 'Yes, join this account.').click();
    await settled(el);
    getByRole(el, 'button', 'Next').click();
    await stepIs(el, 'welcome');
    expect(recorder.of('ab-registration-complete')).to.deep.equal([
      {outcome: 'converted', accountName: 'AB Demo Account', shopUrl: 'https://www.amazon.ca/business?ref=ab-registration-demo'},
    ]);
    getByRole(el, 'button', 'Start shopping').click();
    expect(navigation).to.deep.equal(['https://www.amazon.ca/business?ref=ab-registration-demo']);
  });

  it('answers "wrong" with invalid-credentials and scenario 4 with an invitation', async () => {
    const el = await widget({endpoint: ENDPOINT, email: 'single@abdemoaccount.com', lang: 'fr-CA'});
    await signInAsBuyer(el, 'wrong', 'Mot de passe');
    await waitUntil(() => recorder.of('ab-registration-error').length > 0, 'no error event', {timeout: 3000});
    await settled(el);
    expect(recorder.of('ab-registration-error')).to.deep.equal([{code: 'invalid-credentials', status: 401, retryable: false}]);
    const password = getByLabel(el, 'Mot de passe');
    password.select();
    await sendKeys({type: 'right'});
    await sendKeys({press: 'Enter'});
    await stepIs(el, 'join-official');
    expect(visibleText(el)).to.contain(
      'Vous avez été invité par Administrator@email.ca à rejoindre le compte officiel de Exemple.'
    );
  });

  for (const [email, step] of [
    ['new@abdemoaccount.com', 'welcome'],
    ['member@abdemoaccount.com', 'welcome'],
    ['unsure@abdemoaccount.com', 'choose-scenario'],
    ['admin@abdemoaccount.com', 'blocked'],
    ['other@abdemoaccount.com', 'blocked'],
  ] as const) {
    it(`plays ${email} -> ${step}`, async () => {
      const el = await widget({endpoint: ENDPOINT, email});
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, step);
    });
  }

  for (const [fault, code] of [
    ['network-down', 'network'],
    ['html-page', 'unavailable'],
    ['malformed-json', 'protocol'],
    ['unknown-status', 'protocol'],
    ['rate-limited', 'rate-limited'],
  ] as const) {
    it(`plays the demo fault ${fault} over HTTP as ${code}`, async () => {
      const el = await widget({endpoint: ENDPOINT, email: 'member@abdemoaccount.com'});
      el.requestInit = {headers: {'X-Demo-Fault': fault}};
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'error');
      expect(recorder.of('ab-registration-error').map((d) => (d as {code: string}).code)).to.deep.equal([code]);
    });
  }

  it('rejects a request without the protocol header', async () => {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: '{"action":"lookup"}',
    });
    expect(response.status).to.equal(400);
    expect(await response.json()).to.deep.equal({error: {code: 'unsupported-protocol'}});
  });

  it('says session-expired for an unknown token', async () => {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'AB-Registration-Protocol': '1'},
      body: JSON.stringify({action: 'convert', token: 'nope'}),
    });
    expect(response.status).to.equal(401);
    expect(await response.json()).to.deep.equal({error: {code: 'session-expired'}});
  });
});
