// The widget imported first (a static import), then a host app that
// configures @lit/localize (contract: "Living in a host application").
import {expect} from '@open-wc/testing';
import * as widget from '../src/ab-registration.js';
import {bothTranslate, configureHost} from './helpers/host-localize.js';

describe('the widget imported, then a host that configures @lit/localize', () => {
  it("the host's configuration does not throw, and both translate, switch and take overrides", async () => {
    let host: ReturnType<typeof configureHost> | undefined;
    expect(() => (host = configureHost())).not.to.throw();
    await bothTranslate(host!, widget);
  });
});
