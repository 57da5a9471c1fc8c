// The widget mounted from React 19 and Vue 3 components, as a vendor's app
// would: properties (an object included), attributes, events, re-renders.
import {expect, waitUntil} from '@open-wc/testing';
import type {ReactElement} from 'react';
import type {Root} from 'react-dom/client';
import {createApp, h, ref, type App} from 'vue';
// Vue's full build, with its template compiler: the README's template syntax, compiled as an app's would be.
import {createApp as createTemplateApp} from 'vue/dist/vue.esm-browser.prod.js';
import type {AbRegistration} from '../src/AbRegistration.js';
import type {CompleteDetail} from '../src/events.js';
import {fakeEndpoint, json, type FakeEndpoint} from './helpers/fake-endpoint.js';
import {React, createRoot, flushSync, hydrateRoot, renderToString} from './helpers/react.js';
import {AbRegistration as AbRegistrationReact} from '../src/react.js';
import './helpers/no-console.js';
import {signInAsBuyer} from './helpers/drive.js';
import {getByRole, settled, stepIs} from './helpers/query.js';
import '../src/ab-registration.js';
import {loadCore} from '../src/lazy/core-loader.js';
import {loadLater} from '../src/lazy/later-loader.js';

const SHOP = 'https://www.amazon.ca/business';

// The widget's chunks in before the first test, as a page's idle time would fetch
// them: the tests wait for states, not for the dev server to compile on a busy machine.
await loadCore();
await loadLater();

const {createElement, useState} = React;

describe('frameworks', () => {
  let endpoint: FakeEndpoint;
  let container: HTMLDivElement;
  beforeEach(() => {
    endpoint = fakeEndpoint();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    endpoint.restore();
    container.remove();
  });

  it('React 19: props become properties, onab-registration-* handlers receive the events, state changes re-render', async () => {
    const completed: CompleteDetail[] = [];
    let setLang: (lang: string) => void = () => {};
    function Catalogue(): ReactElement {
      const [lang, set] = useState('en');
      setLang = set;
      return createElement('ab-registration', {
        endpoint: '/punchout/amazon-business',
        email: 'member@abdemoaccount.com',
        lang,
        requestInit: {headers: {'X-CSRF-Token': 'from-react'}},
        'onab-registration-complete': (event: CustomEvent<CompleteDetail>) => completed.push(event.detail),
      });
    }
    const root: Root = createRoot(container);
    flushSync(() => root.render(createElement(Catalogue)));
    try {
      const el = container.querySelector('ab-registration') as AbRegistration;
      await settled(el);
      expect(el.requestInit).to.deep.equal({headers: {'X-CSRF-Token': 'from-react'}});
      flushSync(() => setLang('fr-CA'));
      await settled(el);
      expect(getByRole(el, 'button', 'amazon business')).to.exist;
      // The tile's description (the guide's scenario 1 sentence) follows the language.
      expect(el.shadowRoot!.querySelector('.tile-hint')!.textContent).to.contain('Il suffit de cliquer');
      endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: SHOP}));
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
      await waitUntil(() => completed.length === 1, 'React handler not called');
      expect(completed).to.deep.equal([{outcome: 'member', accountName: 'AB Demo Account', shopUrl: SHOP}]);
      expect(endpoint.requests[0].headers.get('X-CSRF-Token')).to.equal('from-react');
      expect(endpoint.requests[0].body).to.deep.equal({action: 'lookup', email: 'member@abdemoaccount.com'});
    } finally {
      flushSync(() => root.unmount());
    }
  });

  /** Scenario 2 (convert) from the tile, the answers queued on the fake endpoint. */
  async function scenario2(el: AbRegistration) {
    endpoint.answer(
      json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok-2'}),
      json({}),
      json({shopUrl: SHOP})
    );
    await signInAsBuyer(el, 'pw');
    await stepIs(el, 'link-choice');
    getByRole(el, 'radio', 'Yes, join this account.').click();
    await settled(el);
    getByRole(el, 'button', 'Next').click();
    await stepIs(el, 'welcome');
  }

  it('until the buyer opens the flow, the element has no children of its own (a hydrating framework owns them)', async () => {
    container.innerHTML =
      '<ab-registration endpoint="/punchout/amazon-business" email="user4@abdemoaccount.com" lang="en"></ab-registration>';
    const el = container.querySelector('ab-registration') as AbRegistration;
    el.dispatchEvent(new Event('pointerenter')); // the core chunk, fetched and attached
    await waitUntil(() => el.shadowRoot?.querySelector('.tile'), 'no tile');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(el.childElementCount, el.innerHTML).to.equal(0);
    endpoint.answer(json({status: 'amazon-account', accountName: 'AB Demo Account', token: 'tok-2'}));
    getByRole(el, 'button', 'amazon business').click();
    await stepIs(el, 'sign-in');
    expect(el.childElementCount).to.be.greaterThan(0);
  });

  for (const hydrated of [false, true]) {
    it(`ab-registration/react${hydrated ? ', server-rendered then hydrated (react#35446)' : ''}: requestInit reaches the element, typed onStep/onComplete fire, scenario 2 completes`, async () => {
      const completed: CompleteDetail[] = [];
      const steps: string[] = [];
      // The README's React snippet.
      function Catalogue(): ReactElement {
        return createElement(AbRegistrationReact, {
          endpoint: '/punchout/amazon-business',
          email: 'user4@abdemoaccount.com',
          lang: 'en',
          requestInit: {headers: {'X-CSRF-Token': 'from-react'}},
          onStep: (event) => steps.push(event.detail.step),
          onComplete: (event) => completed.push(event.detail),
        });
      }
      let root: Root;
      if (hydrated) {
        container.innerHTML = renderToString(createElement(Catalogue));
        expect(container.querySelector('ab-registration')?.getAttribute('email')).to.equal('user4@abdemoaccount.com');
        root = hydrateRoot(container, createElement(Catalogue), {onRecoverableError: (error) => console.error(error)});
        await waitUntil(() => (container.querySelector('ab-registration') as AbRegistration).requestInit, 'not hydrated');
      } else {
        root = createRoot(container);
        flushSync(() => root.render(createElement(Catalogue)));
      }
      try {
        const el = container.querySelector('ab-registration') as AbRegistration;
        await settled(el);
        expect(el.requestInit).to.deep.equal({headers: {'X-CSRF-Token': 'from-react'}});
        await scenario2(el);
        await waitUntil(() => completed.length === 1, 'onComplete not called');
        expect(completed).to.deep.equal([{outcome: 'converted', accountName: 'AB Demo Account', shopUrl: SHOP}]);
        expect(steps).to.deep.equal(['sign-in', 'link-choice', 'welcome']);
        expect(endpoint.requests.map((r) => r.headers.get('X-CSRF-Token'))).to.deep.equal([
          'from-react',
          'from-react',
          'from-react',
        ]);
      } finally {
        flushSync(() => root.unmount());
      }
    });
  }

  it('Vue 3: props become properties, onAbRegistration* listeners receive the events, refs re-render', async () => {
    const completed: CompleteDetail[] = [];
    const lang = ref('fr-CA');
    const app: App = createApp({
      setup: () => () =>
        h('ab-registration', {
          endpoint: '/punchout/amazon-business',
          email: 'member@abdemoaccount.com',
          lang: lang.value,
          requestInit: {headers: {'X-CSRF-Token': 'from-vue'}},
          onAbRegistrationComplete: (event: CustomEvent<CompleteDetail>) => completed.push(event.detail),
        }),
    });
    app.mount(container);
    try {
      const el = container.querySelector('ab-registration') as AbRegistration;
      await settled(el);
      expect(el.requestInit).to.deep.equal({headers: {'X-CSRF-Token': 'from-vue'}});
      expect(el.shadowRoot!.querySelector('.tile-hint')!.textContent).to.contain('Il suffit de cliquer');
      lang.value = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled(el);
      expect(el.shadowRoot!.querySelector('.tile-hint')!.textContent).to.contain('Just click the amazon business tile');
      endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: SHOP}));
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
      await waitUntil(() => completed.length === 1, 'Vue listener not called');
      expect(completed[0].outcome).to.equal('member');
      expect(endpoint.requests[0].headers.get('X-CSRF-Token')).to.equal('from-vue');
    } finally {
      app.unmount();
    }
  });

  it('Vue 3 template syntax, as the README writes it: :requestInit.prop sets the property, @ab-registration-complete listens', async () => {
    const completed: CompleteDetail[] = [];
    const app = createTemplateApp({
      template: `<ab-registration
        endpoint="/punchout/amazon-business"
        email="member@abdemoaccount.com"
        :requestInit.prop="init"
        @ab-registration-complete="done($event.detail)"
      ></ab-registration>`,
      data: () => ({init: {headers: {'X-CSRF-Token': 'from-vue-template'}}}),
      methods: {done: (detail: CompleteDetail) => completed.push(detail)},
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'ab-registration';
    app.mount(container);
    try {
      const el = container.querySelector('ab-registration') as AbRegistration;
      await settled(el);
      expect(el.requestInit).to.deep.equal({headers: {'X-CSRF-Token': 'from-vue-template'}});
      endpoint.answer(json({status: 'member', accountName: 'AB Demo Account', shopUrl: SHOP}));
      getByRole(el, 'button', 'amazon business').click();
      await stepIs(el, 'welcome');
      await waitUntil(() => completed.length === 1, 'Vue template listener not called');
      expect(endpoint.requests[0].headers.get('X-CSRF-Token')).to.equal('from-vue-template');
    } finally {
      app.unmount();
    }
  });
});
