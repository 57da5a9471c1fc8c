/**
 * A host app that uses @lit/localize itself, beside the widget: the checks
 * both import orders share (host-localize-*.test.ts). Nothing here imports the
 * widget: each test file decides when it is loaded.
 */
import {configureLocalization, msg as hostMsg} from '@lit/localize';
import {expect, fixture, html, waitUntil} from '@open-wc/testing';

/** The host's own set-up, as its docs say: one source locale, one target, its own templates. */
export function configureHost(): ReturnType<typeof configureLocalization> {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es-419'],
    loadLocale: async () => ({templates: {'host-hello': 'Hola'}}) as never,
  });
}

type Widget = {setLocale(tag: string): Promise<void>; getLocale(): string};

/** What a buyer reads on the tile (its label and the sentence that describes it). */
const tileText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function bothTranslate(host: ReturnType<typeof configureLocalization>, widget: Widget): Promise<void> {
  await host.setLocale('es-419');
  expect(hostMsg('Hello', {id: 'host-hello'})).to.equal('Hola');

  // The widget's French, from its own strings, with the host in Spanish.
  const el = await fixture<HTMLElement & {strings?: unknown}>(
    html`<ab-registration lang="fr-CA" endpoint="/nowhere"></ab-registration>`
  );
  await waitUntil(() => tileText(el).includes('Il suffit de cliquer'), `never French: ${tileText(el)}`, {timeout: 4000});
  // Runtime switching: the attribute, then the exported setLocale.
  el.setAttribute('lang', 'en');
  await waitUntil(() => tileText(el).includes('Just click'), `never English: ${tileText(el)}`, {timeout: 4000});
  await widget.setLocale('fr');
  expect(widget.getLocale()).to.equal('fr-CA');
  await waitUntil(() => tileText(el).includes('Il suffit de cliquer'), `setLocale did not switch: ${tileText(el)}`);
  // String overrides.
  el.strings = {'fr-CA': {'scenario1-click': 'Cliquez ici.'}};
  await waitUntil(() => tileText(el).includes('Cliquez ici.'), `override not shown: ${tileText(el)}`);
  el.strings = {};
  // The host's language and strings are untouched by all of it, and the host's switch leaves the widget alone.
  expect(host.getLocale()).to.equal('es-419');
  expect(hostMsg('Hello', {id: 'host-hello'})).to.equal('Hola');
  await host.setLocale('en');
  expect(hostMsg('Hello', {id: 'host-hello'})).to.equal('Hello');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(tileText(el)).to.include('Il suffit de cliquer');
}
