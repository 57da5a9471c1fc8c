import {expect, fixture, html} from '@open-wc/testing';
import {normalizeLocale, resolveLocale} from '../src/localization.js';

describe('localization: locale resolution', () => {
  it('maps any fr* to fr-CA and anything else to en', () => {
    expect(normalizeLocale('fr')).to.equal('fr-CA');
    expect(normalizeLocale('fr-FR')).to.equal('fr-CA');
    expect(normalizeLocale('FR-ca')).to.equal('fr-CA');
    expect(normalizeLocale('fr_BE')).to.equal('fr-CA');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('de')).to.equal('en');
    expect(normalizeLocale('fry')).to.equal('en');
    expect(normalizeLocale('')).to.equal(undefined);
    expect(normalizeLocale(null)).to.equal(undefined);
  });

  it('uses the element, then the closest ancestor, then the browser', async () => {
    const tree = await fixture(
      html`<div lang="fr-CA">
        <section><span id="own" lang="en"></span><span id="inherits"></span></section>
      </div>`
    );
    expect(resolveLocale(tree.querySelector('#own')!, ['fr'])).to.equal('en');
    expect(resolveLocale(tree.querySelector('#inherits')!, ['en'])).to.equal('fr-CA');
    const orphan = document.createElement('span');
    expect(resolveLocale(orphan, ['de-DE', 'fr-CA'])).to.equal('en');
    expect(resolveLocale(orphan, ['fr-FR', 'en'])).to.equal('fr-CA');
    expect(resolveLocale(orphan, [])).to.equal('en');
  });

  it('crosses shadow roots to the host page language', async () => {
    const host = await fixture(html`<div lang="fr"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(resolveLocale(inner, ['en'])).to.equal('fr-CA');
  });
});
