// `npm test`'s last step: what a blind buyer hears. Orca 43 reads Firefox ESR on
// a desktop of its own (environment.mjs); the keyboard alone (xdotool) drives
// the built bundle on a catalogue page, against the reference endpoint, in
// fr-CA and en. Each check is a short phrase heard (or not heard, or heard
// once) after one action, tolerant of the order of unrelated utterances.
// Where Orca is not installed it says so in one line and skips; under CI it
// fails instead (.ci/run installs it, so CI never skips).
import {execFileSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {signInPage} from '../../demo/reference-endpoint.mjs';
import {startPageServer} from '../../scripts/page-server.mjs';
import {Desktop, missingTool, PACKAGES} from './environment.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();

const missing = missingTool();
if (missing) {
  const line = `screen-reader test: ${missing} is not installed (apt-get install -y ${PACKAGES})`;
  if (process.env.CI) {
    console.error(`${line}; CI installs it (.ci/run), so this is a failure.`);
    process.exit(1);
  }
  console.log(`${line}: skipped.`);
  process.exit(0);
}

// BROWSERS names the engines to run (scripts/browsers.mjs): this test is Firefox's.
const engines = process.env.BROWSERS?.split(',').map((name) => name.trim());
if (engines && !engines.includes('firefox')) {
  console.log(`screen-reader test: BROWSERS=${process.env.BROWSERS} leaves Firefox out: skipped.`);
  process.exit(0);
}

/** What each language's buyer should hear; `…` marks where the guide's sentence goes on. */
const TEXT = {
  'fr-CA': {
    signIn: 'Connexion à Amazon.com',
    signInBusiness: 'Connectez-vous pour commencer',
    passwordMissing: 'Il manque votre mot de passe',
    linkChoice: 'Votre compte Amazon existant',
    notice: "L'historique de vos commandes sera migré",
    next: 'Suivant',
    noChoice: "Choisissez l'une des options",
    separate: 'Choisissez un nouveau courriel',
    twoProblems: 'Il y a 2 problèmes',
    busy: 'Veuillez patienter',
    timeout: "Le service d'enregistrement a mis trop de temps à répondre",
    join: 'Joindre le compte officiel',
    notNow: 'Pas maintenant',
    closed: 'Inscription fermée',
    password: 'Mot de passe',
    identifier: 'Adresse courriel',
    no: 'Non, je souhaite',
    yes: 'Oui, joindre',
    errorLabel: 'Erreur :',
    newEmail: "Saisissez l'adresse courriel",
    welcome: 'Bienvenue sur Amazon Business',
    choose: "Guide d'enregistrement des utilisateurs",
    error: "Une erreur s'est produite",
  },
  en: {
    signIn: 'Sign in to Amazon.com',
    signInBusiness: 'Sign in to get started',
    passwordMissing: 'Your password is missing',
    linkChoice: 'Your existing Amazon account',
    notice: 'Your order history will be migrated',
    next: 'Next',
    noChoice: 'Choose one of the options',
    separate: 'Choose a new email',
    twoProblems: 'There are 2 problems',
    busy: 'Please wait',
    timeout: 'The registration service took too long to answer',
    join: 'Join the official account',
    notNow: 'Not now',
    closed: 'Registration closed',
    password: 'Password',
    identifier: 'Email address',
    no: 'No, I want',
    yes: 'Yes, join',
    errorLabel: 'Error:',
    newEmail: 'Enter email address',
    welcome: 'Welcome to Amazon Business',
    choose: 'User registration guide',
    error: 'Something went wrong',
  },
};

/** A catalogue page: the tile first in the tab order, then a language switch the host offers. */
function page({lang, email, endpoint, timeout, fault, presentation = 'dialog'}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Catalogue</title>
<link rel="stylesheet" href="/test/fixtures/vendor-grid.css"></head><body>
<ul class="vendor-grid">
  <li><ab-registration lang="${lang}" endpoint="${endpoint}" email="${email}" timeout="${timeout}" presentation="${presentation}"></ab-registration></li>
  <li>Dell</li>
</ul>
<button type="button" id="switch">${lang === 'en' ? 'Français' : 'English'}</button>
<script type="module">
  const tile = document.querySelector('ab-registration');
  ${fault ? `tile.requestInit = {headers: {'X-Demo-Fault': '${fault}'}};` : ''}
  document.querySelector('#switch').addEventListener('click', () => {
    const next = tile.getAttribute('lang') === 'en' ? 'fr-CA' : 'en';
    tile.setAttribute('lang', next);
    // A vendor's whole page switches: its own lang too.
    document.documentElement.lang = next;
    document.querySelector('#switch').textContent = next === 'en' ? 'Français' : 'English';
  });
</script>
<script type="module" src="/dist/ab-registration.bundle.js"></script></body></html>`;
}

const failures = [];
/** Parts run twice because their first run heard an arrival not at all. */
const reruns = [];
const transcripts = [];

function check(ok, what, heard, {silence = false} = {}) {
  if (ok) return;
  // What led to it, from the transcript (CI may show only the end of a long output).
  const context = (current?.log ?? []).slice(-4).map((line) => `      | ${line.slice(0, 400)}`);
  failures.push({what, silence, text: `${what}\n      heard: ${JSON.stringify(heard)}\n${context.join('\n')}`});
  return ok;
}

/** How many utterances contain `phrase`. */
const count = (heard, phrase) => heard.filter((text) => text.includes(phrase)).length;

/**
 * A step's heading heard once on arrival. Heard not at all is also the mark of
 * a race in Orca 43 (docs/accessibility.md): when the control it was on goes
 * with the old screen, Orca may set its place on the new heading without a
 * word, and its focus then changes nothing. Such a failure (`silence`) lets
 * its part run once more; any other does not.
 */
function arrived(heard, phrase, what) {
  check(count(heard, phrase) === 1, what, heard, {silence: count(heard, phrase) === 0});
}

class Buyer {
  constructor(desktop, origin, lang) {
    this.d = desktop;
    this.origin = origin;
    this.lang = lang;
    this.t = TEXT[lang];
    this.log = [];
  }

  /**
   * Does `action`, then returns what was said until the speech was quiet for
   * `quiet` ms, and `until` (a phrase) was heard if given: an arrival after a
   * call may come later than a quiet second on a busy machine.
   */
  async act(label, action, {quiet = 1500, until, max = until ? 30000 : 15000} = {}) {
    const began = Date.now();
    const mark = this.d.speech().length;
    action();
    const end = Date.now() + max;
    let last = mark;
    let lastChange = Date.now();
    const heardIt = () =>
      this.d
        .speech()
        .slice(mark)
        .some((entry) => entry.text?.includes(until));
    await sleep(300);
    while (Date.now() < end) {
      const now = this.d.speech().length;
      if (now !== last) {
        last = now;
        lastChange = Date.now();
      } else if (Date.now() - lastChange >= quiet && (!until || heardIt())) break;
      await sleep(100);
    }
    const heard = this.d
      .speech()
      .slice(mark)
      .filter((entry) => entry.text)
      .map((entry) => entry.text);
    this.log.push(`${label} [${Date.now() - began} ms]: ${heard.join(' / ')}`);
    return heard;
  }

  key(label, key, options) {
    return this.act(label, () => this.d.key(key), options);
  }

  async open(params) {
    const query = new URLSearchParams({
      lang: this.lang,
      email: 'user4@abdemoaccount.com',
      endpoint: '/api/ab-registration',
      timeout: '15000',
      ...params,
    });
    // The address bar (in browse mode, letters typed on the page would be Orca's commands).
    await this.act('address bar', () => this.d.key('ctrl+l'), {quiet: 700});
    const heard = await this.act('load', () => {
      this.d.type(`${this.origin}/__sr__?${query}`);
      this.d.key('Return');
    });
    // Loaded, Orca's caret is on the page's first object: the tile if it was drawn
    // by then (said then), else the text after it. Tab gives the tile the focus,
    // said unless Orca's caret was on it already.
    if (!count(heard, 'Catalogue')) throw new Error(`${this.lang}: the page did not load: ${heard.join(' / ')}`);
    const tab = await this.key('Tab to the tile', 'Tab', {quiet: 900});
    const onTile = count(tab, 'amazon business') || (!tab.length && count(heard, 'amazon business'));
    if (!onTile) throw new Error(`${this.lang}: the tile did not take the focus: ${[...heard, ...tab].join(' / ')}`);
  }

  /** Tab (or Shift+Tab, `back`) until Orca names what has focus with `name` (at most `limit` presses); what the last press brought. */
  async tabTo(name, {back = false, limit = 10} = {}) {
    for (let i = 0; i < limit; i++) {
      const heard = await this.key(`${back ? 'Shift+Tab' : 'Tab'} (to ${name})`, back ? 'shift+Tab' : 'Tab', {quiet: 900});
      if (count(heard, name)) return heard;
    }
    throw new Error(`${this.lang}: Tab never reached "${name}"`);
  }

  /** Enter on the tile, where the page's load left the buyer; `until`: the heading expected. */
  start(until) {
    return this.key('Enter on the tile', 'Return', {until});
  }

  language(text) {
    const out = execFileSync('/usr/bin/python3', [join(HERE, 'language-of.py'), text], {env: this.d.env}).toString();
    return JSON.parse(out);
  }
}

async function scenarios(buyer) {
  const {t} = buyer;
  if (process.env.AB_SR_ONLY === 'inline') return inline(buyer);
  if (process.env.AB_SR_ONLY === 'tail') return notNow(buyer).then(() => inline(buyer));
  if (process.env.AB_SR_ONLY === 'choose') return choose(buyer);
  // Arrival on sign-in: its heading once, no stale "please wait" after it.
  await buyer.open({});
  let heard = await buyer.start(t.signIn);
  arrived(heard, t.signIn, `${buyer.lang}: sign-in's heading heard once on arrival`);
  const headingAt = heard.findIndex((text) => text.includes(t.signIn));
  check(
    !heard.slice(headingAt + 1).some((text) => text.includes(t.busy)),
    `${buyer.lang}: no "${t.busy}" after the new step`,
    heard
  );
  // The tab order follows the visual order: the identifier, then the password.
  heard = await buyer.key('Tab', 'Tab', {quiet: 900});
  check(count(heard, t.identifier) >= 1, `${buyer.lang}: Tab from the heading reaches the identifier`, heard);
  heard = await buyer.key('Tab', 'Tab', {quiet: 900});
  check(
    count(heard, t.password) >= 1 && !/oubli|Forgot/.test(heard.join(' ')),
    `${buyer.lang}: the next Tab reaches the password`,
    heard
  );
  // An empty password and Enter: the problem is heard, once, and focus stays in the field.
  heard = await buyer.key('Enter, password empty', 'Return');
  check(count(heard, t.passwordMissing) === 1, `${buyer.lang}: the missing password is heard once`, heard);
  // The field, reached again, is said to be in error, and what is wrong.
  await buyer.key('Shift+Tab', 'shift+Tab', {quiet: 900});
  heard = await buyer.key('Tab', 'Tab', {quiet: 900});
  check(
    count(heard, t.password) >= 1 && count(heard, `${t.errorLabel} ${t.passwordMissing}`) === 1,
    `${buyer.lang}: the password field, reached again, is said to be in error`,
    heard
  );
  // Type it, Enter: link-choice's heading once.
  await buyer.act('type the password', () => buyer.d.type('secret'), {quiet: 600});
  heard = await buyer.key('Enter', 'Return', {until: t.linkChoice});
  arrived(heard, t.linkChoice, `${buyer.lang}: link-choice's heading heard once on arrival`);
  // Into the radio group: its question and the notice (the consequence of "yes").
  heard = await buyer.key('Tab into the group', 'Tab', {quiet: 900});
  check(count(heard, t.notice) >= 1, `${buyer.lang}: the notice is part of what the radio group says`, heard);
  // Next with no choice: heard, once.
  await buyer.tabTo(t.next);
  heard = await buyer.key('Enter, nothing chosen', 'Return');
  check(count(heard, t.noChoice) === 1, `${buyer.lang}: "nothing chosen" is heard once`, heard);
  // "No", as an Orca user picks a radio: back into the group, focus mode (Orca+A), Down.
  await buyer.tabTo(t.yes, {back: true});
  await buyer.key('Orca+A (focus mode)', 'Insert+a', {quiet: 700});
  heard = await buyer.key('Down', 'Down', {quiet: 900});
  check(count(heard, t.no) >= 1, `${buyer.lang}: Down picks "No"`, heard);
  await buyer.tabTo(t.next);
  heard = await buyer.key('Enter', 'Return', {until: t.separate});
  arrived(heard, t.separate, `${buyer.lang}: separate-email's heading heard once on arrival`);
  // Next with both fields empty: the summary of two problems, heard once.
  await buyer.tabTo(t.next);
  heard = await buyer.key('Enter, both fields empty', 'Return');
  check(count(heard, t.twoProblems) === 1, `${buyer.lang}: the two problems are heard once`, heard);
  check(count(heard, t.errorLabel) === 0, `${buyer.lang}: focus stays on ${t.next}, no field is read instead`, heard);
  // Both emails typed, Enter in the second field: welcome's heading once (an arrival from a text field).
  await buyer.tabTo(t.newEmail, {back: true});
  await buyer.act('type', () => buyer.d.type('me@home.ca'), {quiet: 600});
  await buyer.key('Tab', 'Tab', {quiet: 900});
  await buyer.act('type', () => buyer.d.type('me@home.ca'), {quiet: 600});
  heard = await buyer.key('Enter in a text field', 'Return', {until: t.welcome});
  arrived(heard, t.welcome, `${buyer.lang}: welcome's heading heard once after Enter in a text field`);
  buyer.transcript = [...buyer.log];
  if (process.env.AB_SR_ONLY === 'first') return;

  await choose(buyer);

  // A call that times out: "please wait", then the error, and no "please wait" after it.
  buyer.log = [];
  await buyer.open({fault: 'slow', timeout: '3000'});
  heard = await buyer.start();
  const later = await buyer.act('wait for the timeout', () => {}, {quiet: 2500, max: 12000});
  const all = [...heard, ...later];
  check(count(all, t.timeout) === 1, `${buyer.lang}: the timeout is heard, once`, all);
  check(count(all, t.error) === 1, `${buyer.lang}: the error step's heading is heard, once`, all);
  const errorAt = all.findIndex((text) => text.includes(t.timeout));
  check(
    errorAt < 0 || !all.slice(errorAt + 1).some((text) => text.includes(t.busy)),
    `${buyer.lang}: no "${t.busy}" after the error`,
    all
  );
  buyer.transcript.push(...buyer.log);

  await notNow(buyer);
  await inline(buyer);
}

/** Right after the tile, choose-scenario's heading once. */
async function choose(buyer) {
  const {t} = buyer;
  buyer.log = [];
  buyer.transcript ??= [];
  await buyer.open({email: 'unsure@abdemoaccount.com'});
  const heard = await buyer.start(t.choose);
  arrived(heard, t.choose, `${buyer.lang}: choose-scenario's heading heard once right after the tile`);
  buyer.transcript.push(...buyer.log);
}

/** "Not now" on the invitation, and Esc: where the buyer is, said. */
async function notNow(buyer) {
  const {t} = buyer;
  let heard;
  buyer.log = [];
  buyer.transcript ??= [];
  await buyer.open({email: 'single@abdemoaccount.com'});
  await buyer.start(t.signInBusiness);
  await buyer.tabTo(t.password === 'Password' ? 'Password' : 'Mot de passe');
  await buyer.act('type the password', () => buyer.d.type('secret'), {quiet: 600});
  heard = await buyer.key('Enter', 'Return', {until: t.join});
  arrived(heard, t.join, `${buyer.lang}: join-official's heading heard once on arrival`);
  await buyer.tabTo(t.notNow);
  heard = await buyer.key(`Enter on ${t.notNow}`, 'Return');
  check(count(heard, t.closed) >= 1, `${buyer.lang}: after "${t.notNow}", the buyer hears where they are`, heard);
  // Closing the dialog with Esc: the same.
  await buyer.key('Enter on the tile', 'Return');
  heard = await buyer.key('Escape', 'Escape');
  check(count(heard, t.closed) >= 1, `${buyer.lang}: after Esc, the buyer hears where they are`, heard);
  buyer.transcript.push(...buyer.log);
}

/** Inline presentation, where it differs: "Not now" puts the tile back in place of the flow. */
async function inline(buyer) {
  const {t} = buyer;
  let heard;
  buyer.log = [];
  buyer.transcript ??= [];
  await buyer.open({email: 'single@abdemoaccount.com', presentation: 'inline'});
  heard = await buyer.start(t.signInBusiness);
  arrived(heard, t.signInBusiness, `${buyer.lang}, inline: sign-in's heading heard once on arrival`);
  await buyer.tabTo(t.password === 'Password' ? 'Password' : 'Mot de passe');
  await buyer.act('type the password', () => buyer.d.type('secret'), {quiet: 600});
  heard = await buyer.key('Enter', 'Return', {until: t.join});
  arrived(heard, t.join, `${buyer.lang}, inline: join-official's heading heard once on arrival`);
  await buyer.tabTo(t.notNow);
  heard = await buyer.key(`Enter on ${t.notNow}`, 'Return');
  check(count(heard, t.closed) === 1, `${buyer.lang}, inline: after "${t.notNow}", the buyer hears where they are, once`, heard);
  buyer.transcript.push(...buyer.log);
}

async function languageSwitch(buyer) {
  buyer.log = [];
  await buyer.open({lang: 'fr-CA'});
  await buyer.start(TEXT['fr-CA'].signIn);
  await buyer.key('Escape', 'Escape');
  await buyer.tabTo('English');
  await buyer.key('Enter on English', 'Return');
  await buyer.key('Shift+Tab', 'shift+Tab', {quiet: 900});
  const heard = await buyer.key('Enter on the tile', 'Return', {until: TEXT.en.signIn});
  arrived(heard, TEXT.en.signIn, 'after a switch to English: the English heading heard');
  if (process.env.AB_SR_DEBUG)
    for (const text of ['Just click', 'Français', 'Email address', TEXT.en.signIn])
      console.error(text, JSON.stringify(buyer.language(text)));
  const exposed = buyer.language(TEXT.en.signIn);
  check(
    exposed.length > 0 && exposed.every((node) => /^en/i.test(node.language)),
    `after a switch to English: "${TEXT.en.signIn}" is exposed as English (${JSON.stringify(exposed)})`,
    heard
  );
  // And back to French.
  await buyer.key('Escape', 'Escape');
  await buyer.tabTo('Français');
  await buyer.key('Enter on Français', 'Return');
  await buyer.key('Shift+Tab', 'shift+Tab', {quiet: 900});
  const back = await buyer.key('Enter on the tile', 'Return', {until: TEXT['fr-CA'].signIn});
  arrived(back, TEXT['fr-CA'].signIn, 'back in French: the French heading heard');
  const french = buyer.language(TEXT['fr-CA'].signIn);
  check(
    french.length > 0 && french.every((node) => /^fr/i.test(node.language)),
    `back in French: "${TEXT['fr-CA'].signIn}" is exposed as French (${JSON.stringify(french)})`,
    back
  );
  buyer.transcript = buyer.log;
}

const server = await startPageServer((ctx, next) => {
  if (ctx.path !== '/__sr__') return next();
  const params = Object.fromEntries(new URLSearchParams(ctx.querystring));
  // Served to its buyer, signed in: the endpoint reads them from that session.
  signInPage(ctx, params.email);
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = page(params);
  return undefined;
});
const {origin} = server;
let desktop = new Desktop();
let crashed;
let current;
try {
  // The desktop starts again once if it fails to (a loaded machine): that is the environment, not the widget.
  const startDesktop = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        await desktop.start();
        await desktop.startOrca();
        await desktop.startFirefox('about:blank');
        return;
      } catch (error) {
        desktop.stop();
        if (attempt === 2) throw error;
        console.log(`screen-reader test: ${error.message}; starting the desktop again`);
        desktop = new Desktop();
      }
    }
  };
  await startDesktop();
  /**
   * Runs one part; if Firefox itself crashed in it (Orca reads its crash
   * reporter), or its only failures are arrivals heard not at all (Orca's
   * race: `arrived`), once more on a fresh desktop, said in one line with the
   * first run's transcript: neither is the widget's doing. Each cause gets
   * one more run; a second crash, or silence again, or any other failure,
   * fails the run.
   */
  const part = async (lang, play, name = lang) => {
    // One more run for each cause, once: a crash, then silence, may both happen.
    let crashRan = false;
    let silenceRan = false;
    for (;;) {
      const failed = failures.length;
      current = new Buyer(desktop, origin, lang);
      try {
        await play(current);
        const mine = failures.slice(failed);
        if (!silenceRan && mine.length && mine.every((failure) => failure.silence)) {
          silenceRan = true;
          failures.splice(failed);
          reruns.push(mine.map((failure) => failure.what).join('; '));
          console.log(
            `screen-reader test: in ${name}, heard nothing on arrival (${mine.map((f) => f.what).join('; ')}); ` +
              `running ${name} again on a fresh desktop. First run:\n${current.transcript?.join('\n') ?? ''}`
          );
          desktop.stop();
          desktop = new Desktop();
          await startDesktop();
          continue;
        }
        transcripts.push([name, current.transcript]);
        return;
      } catch (error) {
        const heard = [...(current.transcript ?? []), ...current.log].join(' ') + error.message;
        if (crashRan || !/Crash Reporter/.test(heard)) throw error;
        crashRan = true;
        console.log(`screen-reader test: Firefox crashed during ${name}; running ${name} again on a fresh desktop`);
        failures.splice(failed);
        desktop.stop();
        desktop = new Desktop();
        await startDesktop();
      }
    }
  };
  // AB_SR_ONLY (a developer's shortcut): `first` (the first scenario, en), `inline` (that part, both languages) or `switch`.
  const only = process.env.AB_SR_ONLY;
  for (const lang of only === 'switch' ? [] : only === 'first' ? ['en'] : ['fr-CA', 'en']) await part(lang, scenarios);
  if (!only || only === 'switch') await part('fr-CA', languageSwitch, 'fr-CA -> en');
  current = undefined;
} catch (error) {
  crashed = error;
  if (current) transcripts.push([`${current.lang} (stopped)`, [...(current.transcript ?? []), ...current.log]]);
} finally {
  desktop.stop();
  await server.stop();
}
if (process.env.AB_SR_TRANSCRIPT || failures.length || crashed) {
  for (const [lang, lines] of transcripts) console.log(`--- ${lang}\n${(lines ?? []).join('\n')}`);
}
const seconds = Math.round((Date.now() - started) / 1000);
if (crashed) {
  console.error(`screen-reader test: ${crashed.message} (after ${seconds} s)`);
  process.exit(1);
}
if (failures.length) {
  console.error(
    `screen-reader test (Orca + Firefox ESR): ${failures.length} failed, in ${seconds} s:\n  ${failures.map((f) => f.text).join('\n  ')}`
  );
  process.exit(1);
}
const again = reruns.length ? ` (run again after hearing an arrival not at all: ${reruns.join(' | ')})` : '';
console.log(`screen-reader test (Orca + Firefox ESR): every check passed in fr-CA and en, in ${seconds} s${again}`);
