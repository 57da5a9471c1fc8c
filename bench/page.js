// In-page half of `npm run bench`: loads one widget (ours or the floor) with
// its fr-CA strings, times its first render and, for ours, each step of
// scenario 2 against an in-memory endpoint (so the network is not measured).
(function () {
  const params = new URLSearchParams(location.search);
  const which = params.get('which');
  const start = performance.now();
  const calls = [];
  const answers = {
    lookup: {status: 'amazon-account', accountName: 'AB Demo Account', token: 't'},
    'sign-in': {},
    convert: {shopUrl: 'https://www.amazon.ca/business'},
  };
  window.fetch = async (url, init) => {
    const body = JSON.parse(init.body);
    calls.push(body.action);
    return new Response(JSON.stringify(answers[body.action]), {status: 200, headers: {'Content-Type': 'application/json'}});
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const nextStep = (el, step) =>
    new Promise((resolve) => {
      el.addEventListener('ab-registration-step', function on(e) {
        if (e.detail.step !== step) return;
        el.removeEventListener('ab-registration-step', on);
        el.updateComplete.then(resolve);
      });
    });

  async function ours() {
    await import('/dist/ab-registration.bundle.js');
    const el = document.createElement('ab-registration');
    el.setAttribute('lang', 'fr-CA');
    el.endpoint = '/endpoint';
    el.email = 'user4@abdemoaccount.com';
    document.getElementById('host').append(el);
    // First render in French: the tile is drawn once the fr-CA chunk is in.
    await new Promise((resolve) => {
      const check = () =>
        el.shadowRoot?.querySelector('.tile-hint')?.textContent.includes('Il suffit') ? resolve() : setTimeout(check, 0);
      check();
    });
    const firstRender = performance.now() - start;
    const transitions = {};
    const time = async (name, step, act) => {
      const t0 = performance.now();
      const done = nextStep(el, step);
      const before = calls.length;
      act();
      await done;
      transitions[name] = {ms: performance.now() - t0, calls: calls.length - before};
      await frame();
    };
    await time('tile -> sign-in', 'sign-in', () => el.shadowRoot.querySelector('.tile').click());
    // The buyer types the password meanwhile: the later steps' chunks arrive.
    const fetched = () => performance.getEntriesByType('resource').map((e) => e.name);
    while (!(fetched().some((n) => /\/dist\/later-/.test(n)) && fetched().some((n) => /\/dist\/fr-CA-later-/.test(n)))) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    el.querySelector('input[type="password"]').value = 'secret';
    await time('sign-in -> link-choice', 'link-choice', () => el.querySelector('button[type="submit"]').click());
    // A transition with no endpoint call: the render cost alone.
    el.shadowRoot.querySelector('input[value="separate"]').click();
    await el.updateComplete;
    await time('link-choice -> separate-email (no call)', 'separate-email', () =>
      el.shadowRoot.querySelector('button[type="submit"]').click()
    );
    await time('separate-email -> link-choice (Back, no call)', 'link-choice', () =>
      el.shadowRoot.querySelector('button[type="button"]').click()
    );
    el.shadowRoot.querySelector('input[value="convert"]').click();
    await el.updateComplete;
    await time('link-choice -> welcome', 'welcome', () => el.shadowRoot.querySelector('button[type="submit"]').click());
    return {firstRender, transitions};
  }

  async function floor() {
    const {setLocale} = await import('/bench/.build/floor/floor-element.js');
    await setLocale('fr-CA');
    const el = document.createElement('floor-element');
    document.getElementById('host').append(el);
    await el.updateComplete;
    const firstRender = performance.now() - start;
    const t0 = performance.now();
    el.shadowRoot.querySelector('button').click();
    await el.updateComplete;
    return {firstRender, transitions: {'click -> re-render': {ms: performance.now() - t0, calls: 0}}};
  }

  /** 1,000 create/attach/remove cycles; the heap after a forced GC, before and after. */
  async function memory(tag) {
    const host = document.getElementById('host');
    const heap = () => {
      window.gc();
      return performance.memory.usedJSHeapSize;
    };
    const make = () => {
      const el = document.createElement(tag);
      if (tag === 'ab-registration') el.endpoint = '/endpoint';
      return el;
    };
    for (let i = 0; i < 50; i++) {
      host.append(make()); // warm up
      host.replaceChildren();
    }
    await frame();
    const before = heap();
    const cycles = Number(params.get('cycles') ?? 1000);
    for (let i = 0; i < cycles; i++) {
      const el = make();
      host.append(el);
      await el.updateComplete;
      el.remove();
    }
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {before, after: heap()};
  }

  const run = which === 'floor' ? floor : ours;
  run()
    .then(async (result) => {
      if (params.has('memory')) result.memory = await memory(which === 'floor' ? 'floor-element' : 'ab-registration');
      window.benchResult = result;
    })
    .catch((error) => {
      window.benchResult = {error: String(error && error.stack)};
    });
})();
