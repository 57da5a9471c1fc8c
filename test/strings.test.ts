// The `strings` property: a host replaces chosen messages per locale by id.
import {expect} from '@open-wc/testing';
import {json} from './helpers/fake-endpoint.js';
import './helpers/no-console.js';
import {getByRole, settled, stepIs, visibleText} from './helpers/query.js';
import {testbed, widget} from './helpers/widget.js';

describe('strings overrides', () => {
  const bed = testbed();

  it('replaces chosen messages in each language, fills {0} with the message value, and keeps the rest', async () => {
    const el = await widget({lang: 'fr-CA', email: 'member@abdemoaccount.com'});
    el.strings = {
      'fr-CA': {tile: 'Amazon Business (Canada)', 'welcome-member': 'Vous êtes maintenant membre de {0}.'},
      en: {tile: 'Amazon Business for ACME', shop: 'Go to the catalogue'},
    };
    await settled(el);
    expect(getByRole(el, 'button', 'Amazon Business (Canada)')).to.exist;
    expect(visibleText(el)).to.contain('Il suffit de cliquer sur le carreau amazon business');
    bed.endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: 'https://www.amazon.ca/b'}));
    getByRole(el, 'button', 'Amazon Business (Canada)').click();
    await stepIs(el, 'welcome');
    expect(visibleText(el)).to.contain('Vous êtes maintenant membre de AB Demo Account.');
    expect(getByRole(el, 'button', 'Commencer à magasiner')).to.exist;
    el.lang = 'en';
    await settled(el);
    expect(getByRole(el, 'button', 'Go to the catalogue')).to.exist;
    expect(visibleText(el)).to.contain('You are now part of the AB Demo Account Amazon Business account.');
  });

  it('applies overrides set before the element is connected (as frameworks do)', async () => {
    const el = document.createElement('ab-registration');
    el.strings = {en: {tile: 'Set before connecting'}};
    el.endpoint = '/e';
    el.setAttribute('lang', 'en');
    document.body.append(el);
    try {
      await settled(el);
      expect(getByRole(el, 'button', 'Set before connecting')).to.exist;
    } finally {
      el.remove();
    }
  });

  it('ignores an override that names a value its message lacks, for that id only; the rest are honoured', async () => {
    const el = await widget({lang: 'fr-CA', email: 'member@abdemoaccount.com'});
    el.strings = {
      // `tile` has no values; `welcome-member` has one ({0}): {0} and {1} there do not fit.
      'fr-CA': {tile: 'Amazon {0}', 'scenario1-click': 'Cliquez ici.', 'welcome-member': 'Membre de {1}.', shop: 'Au catalogue'},
      en: {tile: 'Amazon {0} {1}', 'scenario1-click': 'Click here.'},
    };
    await settled(el);
    // The tile still draws: its built-in name, the good override beside it.
    expect(getByRole(el, 'button', 'amazon business')).to.exist;
    expect(visibleText(el)).to.contain('Cliquez ici.');
    bed.endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: 'https://www.amazon.ca/b'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'welcome');
    expect(visibleText(el)).to.contain('Vous faites maintenant partie du compte Amazon Business AB Demo Account.');
    expect(getByRole(el, 'button', 'Au catalogue')).to.exist;
    el.lang = 'en';
    await settled(el);
    expect(visibleText(el)).to.contain('You are now part of the AB Demo Account Amazon Business account.');
    // And a second tile on the page (overrides are page-wide) draws too.
    const other = await widget({lang: 'en'});
    expect(getByRole(other, 'button', 'amazon business')).to.exist;
    expect(visibleText(other)).to.contain('Click here.');
    el.strings = {};
  });

  it('renders overrides as text, never markup; messages with links cannot be replaced; {} restores', async () => {
    const el = await widget({lang: 'en'});
    el.strings = {en: {tile: '<img src=x onerror=alert(1)>', support: 'Call us'}};
    await settled(el);
    expect(getByRole(el, 'button', '<img src=x onerror=alert(1)>')).to.exist;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(el)).to.contain('Contact Amazon Business Customer Service at');
    el.strings = {};
    await settled(el);
    expect(getByRole(el, 'button', 'amazon business')).to.exist;
  });
});
