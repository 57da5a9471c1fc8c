// A host app that configures @lit/localize at its start, then imports the
// widget (contract: "Living in a host application"). Its own page: nothing
// else may load the widget before the host has configured lit-localize.
import {expect} from '@open-wc/testing';
import {bothTranslate, configureHost} from './helpers/host-localize.js';

describe('a host that configures @lit/localize, then imports the widget', () => {
  it("imports without an error, and the host's strings and the widget's both translate, switch and take overrides", async () => {
    const host = configureHost();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const widget = await import('../src/ab-registration.js');
      expect(customElements.get('ab-registration')).to.equal(widget.AbRegistration);
      await bothTranslate(host, widget);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
