// The package's exported setLocale, on a page of its own: no earlier test has
// fetched the later steps' French, as on a host's page.
import {expect} from '@open-wc/testing';
import {getLocale, setLocale} from '../src/index.js';
import {json} from './helpers/fake-endpoint.js';
import './helpers/no-console.js';
import {getByLabel, getByRole, heading, question, settled, stepIs} from './helpers/query.js';
import {testbed, widget} from './helpers/widget.js';

describe('setLocale (the package export)', () => {
  const bed = testbed();

  it('switches every tile, the later steps included, and back', async () => {
    const el = await widget({lang: 'en'});
    bed.endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}), json({}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    await setLocale('fr-CA');
    await settled(el);
    expect(getLocale()).to.equal('fr-CA');
    expect(heading(el)).to.equal('Connexion à Amazon.com');
    getByLabel(el, 'Mot de passe').value = 'correct horse';
    getByRole(el, 'button', 'Se connecter').click();
    await stepIs(el, 'link-choice');
    await settled(el);
    expect(question(el).replace(/[\u2066-\u2069]/g, '')).to.equal('Souhaitez-vous vous joindre A à votre compte courant?');
    expect(heading(el)).to.equal('Votre compte Amazon existant');
    await setLocale('en-CA');
    await settled(el);
    expect(getLocale()).to.equal('en');
    expect(heading(el)).to.equal('Your existing Amazon account');
  });
});
