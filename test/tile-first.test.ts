// The tile before the rest of the widget has arrived (issue #14): what a page
// set on it is kept, a click sends `lookup` at once and reaches sign-in once
// the rest is in. This file must not import helpers/widget.ts, which fetches
// the rest before its tests.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/ab-registration.js';
import type {AbRegistration} from '../src/AbRegistration.js';
import {loadedCore} from '../src/lazy/core-loader.js';
import {deferred, fakeEndpoint, json} from './helpers/fake-endpoint.js';
import {getByLabel, getByRole, heading, settled, stepIs} from './helpers/query.js';

describe('the tile before the rest has arrived', () => {
  it('keeps what the page set, sends lookup on the click at once, and reaches sign-in', async () => {
    expect(loadedCore(), 'this file runs before anything fetched the rest').to.equal(undefined);
    const endpoint = fakeEndpoint();
    try {
      // Out of sight, so neither idle time nor intent fetches the rest before the click.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="margin-top: 5000px">
          <ab-registration endpoint="/punchout/amazon-business" email="user4@abdemoaccount.com" lang="en"></ab-registration>
        </div>`
      );
      const el = wrapper.querySelector('ab-registration')!;
      el.theme = 'dark';
      el.strings = {en: {tile: 'Amazon Business for Acme'}};
      el.requestInit = {headers: {'X-CSRF-Token': 'csrf-7'}};
      el.timeout = 8000;
      await settled(el);
      expect(getByRole(el, 'button', 'Amazon Business for Acme')).to.exist;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(el.step).to.equal('start');
      expect(loadedCore()).to.equal(undefined);

      const slow = deferred();
      endpoint.answer(slow.answer);
      getByRole(el, 'button', 'Amazon Business for Acme').click();
      // The call goes before the code that reads its answer has arrived.
      expect(endpoint.requests.map((r) => r.body)).to.deep.equal([{action: 'lookup', email: 'user4@abdemoaccount.com'}]);
      expect(endpoint.requests[0].headers.get('X-CSRF-Token')).to.equal('csrf-7');
      expect(loadedCore()).to.equal(undefined);
      // Seen at once; heard once the rest (and its live regions) is in and the call has taken a second, still out.
      await el.updateComplete;
      expect(getByRole(el, 'button', /Please wait…/)).to.exist;
      await waitUntil(
        () => el.querySelector('[role="status"]')?.textContent === 'Please wait…',
        'the busy state was never said',
        {
          timeout: 4000,
        }
      );
      slow.release(json({status: 'amazon-account', accountName: 'A', token: 't'}));
      await stepIs(el, 'sign-in');
      expect(heading(el)).to.equal('Sign in to Amazon.com');
      expect(getByLabel(el, 'Email address').value).to.equal('user4@abdemoaccount.com');
      expect(endpoint.requests, 'the answer was taken over, not asked again').to.have.length(1);
    } finally {
      endpoint.restore();
    }
  });

  it('with the rest in, a new tile builds its view at once', async () => {
    expect(loadedCore()).to.not.equal(undefined);
    const el = await fixture<AbRegistration>(html`<ab-registration endpoint="/e" lang="fr-CA"></ab-registration>`);
    await settled(el);
    // The view draws the slot of its live regions when it attaches (their light-DOM nodes come when the flow opens).
    expect(el.shadowRoot!.querySelector('slot[name="announce"]'), 'the view attached').to.not.equal(null);
  });
});
