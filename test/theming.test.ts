// The theming API (--ab-* custom properties, ::part, theme) reaches both the
// shadow root and the light-DOM sign-in form; the page's own CSS reaches neither.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {json} from './helpers/fake-endpoint.js';
import {toSignIn} from './helpers/drive.js';

import './helpers/no-console.js';
import {getByRole, openDialog, settled} from './helpers/query.js';
import {testbed, widget} from './helpers/widget.js';

const PROPS = [
  'display',
  'margin-top',
  'padding-top',
  'border-top-width',
  'border-top-style',
  'height',
  'width',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-transform',
  'text-align',
  'line-height',
  'color',
  'background-color',
  'text-decoration-line',
];

/** The computed look of what the buyer sees on sign-in, light DOM and shadow root alike. */
function look(el: AbRegistration): Record<string, string> {
  const nodes: Record<string, Element> = {
    form: el.querySelector('form')!,
    field: el.querySelector('.field')!,
    label: el.querySelector('label')!,
    identifier: el.querySelector('input[name="identifier"]')!,
    password: el.querySelector('input[type="password"]')!,
    forgot: el.querySelector('a.forgot')!,
    submit: el.querySelector('button[type="submit"]')!,
    heading: el.shadowRoot!.querySelector('h2')!,
    lead: el.shadowRoot!.querySelector('p')!,
    support: el.shadowRoot!.querySelector('.support')!,
  };
  const out: Record<string, string> = {};
  for (const [name, node] of Object.entries(nodes)) {
    const style = getComputedStyle(node);
    for (const prop of PROPS) out[`${name} ${prop}`] = style.getPropertyValue(prop);
  }
  return out;
}

const HOSTILE = `
  html { font-size: 30px; }
  body { letter-spacing: 4px; text-transform: uppercase; line-height: 3; font-style: italic; text-align: center; word-spacing: 12px; font-weight: 700; color: green; }
  * { box-sizing: content-box; }
  div { padding: 20px; margin: 10px; display: inline-block; }
  form { display: flex; margin: 40px; padding: 30px; }
  label { display: inline; font-size: 30px; color: purple; }
  input { border: 4px dashed red; height: 80px; width: 50px; background: yellow; font-size: 8px; }
  .field input, form input { padding: 30px; }
  button { background: red; color: white; text-transform: lowercase; border-radius: 0; }
  a { color: red; text-decoration: none; font-size: 40px; }
  p { margin: 40px; }
`;

describe('theming and isolation', () => {
  const bed = testbed();

  it("the page's own CSS (type and class selectors, inherited text styles) changes nothing, light DOM included", async () => {
    const el = await widget();
    await toSignIn(el, bed.endpoint);
    await settled(el);
    const before = look(el);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOSTILE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const after = look(el);
      const changed = Object.keys(before)
        .filter((key) => before[key] !== after[key])
        .map((key) => `${key}: ${before[key]} -> ${after[key]}`);
      expect(changed).to.deep.equal([]);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('--ab-* custom properties restyle both roots; ::part reaches the tile', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .branded {
            --ab-color-primary: rgb(0, 90, 50);
            --ab-color-primary-text: rgb(255, 255, 255);
            --ab-radius-button: 2px;
            --ab-font-family: Georgia, serif;
          }
          .branded::part(tile) {
            background: rgb(10, 20, 30);
          }
        </style>
        <ab-registration class="branded" endpoint="/e" email="user4@abdemoaccount.com" lang="en"></ab-registration>
      </div>`
    );
    const el = wrapper.querySelector('ab-registration')!;
    await settled(el);
    expect(getComputedStyle(getByRole(el, 'button', 'amazon business')).backgroundColor).to.equal('rgb(10, 20, 30)');
    await toSignIn(el, bed.endpoint);
    const submit = getComputedStyle(getByRole(el, 'button', 'Sign in'));
    expect(submit.backgroundColor).to.equal('rgb(0, 90, 50)');
    expect(submit.color).to.equal('rgb(255, 255, 255)');
    expect(submit.borderTopLeftRadius).to.equal('2px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(el.querySelector('label')!).fontFamily).to.equal('Georgia, serif');
  });

  it('theme and lang set as properties before connecting are reflected', async () => {
    const el = document.createElement('ab-registration');
    el.theme = 'dark';
    el.lang = 'fr-CA';
    el.endpoint = '/e';
    document.body.append(el);
    try {
      await settled(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.getAttribute('lang')).to.equal('fr-CA');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.tile-hint')!).color).to.equal('rgb(194, 200, 200)');
    } finally {
      el.remove();
    }
  });

  it('theme="dark" darkens both roots; the light DOM follows the host', async () => {
    const el = await widget();
    await toSignIn(el, bed.endpoint);
    const lightBefore = getComputedStyle(el.querySelector('input[type="password"]')!).backgroundColor;
    el.theme = 'dark';
    await settled(el);
    expect(getComputedStyle(openDialog(el)!.querySelector('.card')!).backgroundColor).to.equal('rgb(27, 32, 39)');
    const lightAfter = getComputedStyle(el.querySelector('input[type="password"]')!).backgroundColor;
    expect(lightBefore).to.equal('rgb(255, 255, 255)');
    expect(lightAfter).to.equal('rgb(16, 21, 26)');
  });

  /** A colour as sRGB channels 0-255, whichever way the engine writes a computed colour. */
  function channels(color: string): number[] {
    const rgb = color.match(/^rgba?\(([^)]+)\)$/);
    if (rgb)
      return rgb[1]
        .split(/[ ,/]+/)
        .slice(0, 3)
        .map(Number);
    const srgb = color.match(/^color\(srgb ([^)]+)\)$/);
    if (srgb)
      return srgb[1]
        .split(/[ /]+/)
        .slice(0, 3)
        .map((v) => Math.round(Number(v) * 255));
    throw new Error(`cannot read the colour ${color}`);
  }

  it('the primary button border follows --ab-color-primary unless --ab-color-primary-border is set', async () => {
    const el = await widget();
    await toSignIn(el, bed.endpoint);
    const button = el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const border = () => channels(getComputedStyle(button).borderTopColor);
    const fill = () => channels(getComputedStyle(button).backgroundColor);
    // The button's colours change with a 0.15 s transition: read them once it has finished (its animations say when).
    const after = async (change: () => void) => {
      change();
      await settled(el);
      getComputedStyle(button).backgroundColor; // a style read starts the transition
      await Promise.all(button.getAnimations().map((animation) => animation.finished));
    };
    // The default: a dark shade of the yellow.
    const [r, g, b] = border();
    expect(r).to.be.within(130, 150);
    expect(g).to.be.within(105, 125);
    expect(b).to.be.below(30);
    // A blue primary: a dark blue border, not the yellow one.
    await after(() => el.style.setProperty('--ab-color-primary', '#0050b3'));
    expect(fill()).to.deep.equal([0, 80, 179]);
    const [br, bg, bb] = border();
    expect(br).to.be.below(10);
    expect(bg).to.be.within(35, 55);
    expect(bb).to.be.within(88, 108);
    // Dark theme: the border is the primary itself.
    await after(() => (el.theme = 'dark'));
    border().forEach((value, i) => expect(value).to.be.closeTo([0, 80, 179][i], 8));
    // Set explicitly, it wins.
    await after(() => el.style.setProperty('--ab-color-primary-border', '#ff0000'));
    expect(border()).to.deep.equal([255, 0, 0]);
  });

  it('the phone number never wraps at its hyphen, French card at 480 px in a plain page', async () => {
    const el = await fixture<AbRegistration>(
      html`<ab-registration
        endpoint="/e"
        lang="fr-CA"
        presentation="inline"
        style="display: block; width: 480px"
      ></ab-registration>`
    );
    await settled(el);
    for (const width of ['480px', '360px', '320px']) {
      el.style.width = width;
      await settled(el);
      const phone = el.shadowRoot!.querySelector<HTMLAnchorElement>('.support a[href^="tel:"]')!;
      expect(phone.textContent).to.equal('1-855-301-0911');
      const lines = new Set([...phone.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lines.size, `${width}: the number is on ${lines.size} lines`).to.equal(1);
    }
  });

  it('the tile answers the pointer: hover and press change it, leaving restores it', async () => {
    const el = await widget();
    const tile = el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!;
    const rest = getComputedStyle(tile).backgroundColor;
    const box = tile.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({type: 'move', position: [x, y]});
    await waitUntil(() => getComputedStyle(tile).backgroundColor !== rest, 'no hover feedback');
    const hover = getComputedStyle(tile).backgroundColor;
    await sendMouse({type: 'down'});
    await waitUntil(() => getComputedStyle(tile).backgroundColor !== hover, 'no pressed feedback');
    expect(getComputedStyle(tile).transform).to.not.equal('none');
    bed.endpoint.answer(json({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/b'}));
    await sendMouse({type: 'up'});
    await sendMouse({type: 'move', position: [0, 0]});
    await resetMouse();
  });
});
