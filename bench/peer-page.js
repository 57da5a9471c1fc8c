// In-page half of the peers' first render (`npm run bench -- --peers`): loads one
// peer widget's shipped files from bench/.peers with every other request blocked
// (offline, like our own bench page), starts it the way its docs show, and times
// script start -> its sign-in form (or first screen) in the DOM. A widget that
// needs its server or CDN to draw anything never gets there: the driver says so.
(function () {
  const params = new URLSearchParams(location.search);
  const start = performance.now();
  const modules = '/bench/.peers/node_modules/';
  const host = document.getElementById('host');

  const PEERS = {
    okta: {
      files: ['@okta/okta-signin-widget/dist/css/okta-sign-in.min.css', '@okta/okta-signin-widget/dist/js/okta-sign-in.min.js'],
      start: () =>
        new window.OktaSignIn({baseUrl: 'https://example.okta.com', el: '#host', language: 'fr'}).renderEl({el: '#host'}),
      ready: 'input[name="identifier"], input[name="username"]',
    },
    'auth0-lock': {
      files: ['/bench/.peers/auth0-lock.bundle.min.js'],
      start: () => new window.Lock('bench-client-id', 'example.auth0.com', {container: 'host', language: 'fr-CA'}).show(),
      ready: 'input[name="email"], input[type="email"]',
    },
    descope: {
      files: ['@descope/web-component/dist/index.js'],
      start: () => {
        const el = document.createElement('descope-wc');
        el.setAttribute('project-id', 'P2bench');
        el.setAttribute('flow-id', 'sign-up-or-in');
        el.setAttribute('locale', 'fr');
        host.append(el);
      },
      ready: (root) => root.querySelector('descope-wc')?.shadowRoot?.querySelector('input, button'),
    },
    firebaseui: {
      files: [
        'firebase/firebase-app-compat.js',
        'firebase/firebase-auth-compat.js',
        'firebaseui/dist/firebaseui.css',
        'firebaseui/dist/firebaseui.js',
      ],
      start: () => {
        window.firebase.initializeApp({apiKey: 'bench-api-key', authDomain: 'localhost', projectId: 'bench'});
        const ui = new window.firebaseui.auth.AuthUI(window.firebase.auth());
        ui.start('#host', {signInOptions: [window.firebase.auth.EmailAuthProvider.PROVIDER_ID], signInFlow: 'popup'});
      },
      ready: 'button.firebaseui-idp-button, input[name="email"]',
    },
  };

  const load = (file) =>
    new Promise((resolve, reject) => {
      const url = file.startsWith('/') ? file : modules + file;
      const node = file.endsWith('.css') ? document.createElement('link') : document.createElement('script');
      if (file.endsWith('.css')) Object.assign(node, {rel: 'stylesheet', href: url});
      else node.src = url;
      node.onload = resolve;
      // A stylesheet whose @import (a web font) is blocked reports an error, yet applies.
      node.onerror = () => (file.endsWith('.css') ? resolve() : reject(new Error(`could not load ${url}`)));
      document.head.append(node);
    });

  async function run() {
    const peer = PEERS[params.get('peer')];
    if (!peer) throw new Error(`unknown peer ${params.get('peer')}`);
    for (const file of peer.files) await load(file);
    const found = () => (typeof peer.ready === 'function' ? peer.ready(document) : document.querySelector(peer.ready));
    const rendered = new Promise((resolve) => {
      const check = () => (found() ? resolve(performance.now() - start) : setTimeout(check, 0));
      check();
    });
    peer.start();
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), Number(params.get('timeout') ?? 10000)));
    const firstRender = await Promise.race([rendered, timeout]);
    return {firstRender, shown: (host.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)};
  }

  run().then(
    (result) => {
      window.benchResult = result;
    },
    (error) => {
      window.benchResult = {error: String(error && error.stack)};
    }
  );
})();
