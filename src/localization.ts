/**
 * One locale per page: `@lit/localize` is configured once, globally. The
 * tile's fr-CA strings are in the first file, so a French tile needs no second
 * request; the rest load lazily, in two chunks, each asked for by its loader
 * (`wantFrench`): sign-in's and the network errors' with the rest of the
 * widget (lazy/core-loader.ts), the later steps' with those steps (lazy/later-loader.ts).
 *
 * The English written in the code is a pseudo source locale (`x-source`); `en`
 * and `fr-CA` are both "target" locales whose templates objects this module
 * owns, so a host's string overrides (the element's `strings` property) can be
 * merged into either and read by every msg() call.
 */
import {configureLocalization, str} from '@lit/localize';
import {templates as frenchTile} from './generated/locales/fr-CA-tile.js';

export type Locale = 'en' | 'fr-CA';
export const LOCALES: readonly Locale[] = ['en', 'fr-CA'];

/** Replacement messages by message id, per locale; `{0}`, `{1}` stand for a message's values. */
export type StringOverrides = Partial<Record<Locale, Record<string, string>>>;

/** Messages that carry links: their markup cannot be replaced by plain text. */
const NOT_OVERRIDABLE = new Set(['support', 'join-not-yours']);
const MAX_OVERRIDE = 1000;

type Templates = Record<string, unknown>;
const generated: Partial<Record<Locale, Templates>> = {en: {}};
/** The objects lit-localize reads from; rebuilt in place when overrides change. */
const live: Record<Locale, Templates> = {en: {}, 'fr-CA': {}};
let overrides: StringOverrides = {};

const {getLocale: activeLocale, setLocale} = configureLocalization({
  sourceLocale: 'x-source',
  targetLocales: LOCALES,
  loadLocale: async (locale) => {
    if (locale === 'fr-CA') await loadFrench();
    return {templates: live[locale as Locale] as never};
  },
});
export {setLocale};

let requested: Locale | undefined;
/** The French strings of the chunks wanted so far (each a loadOnce import that merges them). */
const frenchParts = new Set<() => Promise<void>>();

/** The tile's strings at once; the wanted chunks' strings with them. */
function loadFrench(): Promise<void> {
  if (!generated['fr-CA']) mergeFrench(frenchTile);
  return Promise.all([...frenchParts].map((load) => load())).then(() => undefined);
}

/** Adds a chunk's fr-CA templates to the French strings. */
export function mergeFrench(templates: Templates): void {
  generated['fr-CA'] = {...generated['fr-CA'], ...templates};
  rebuild('fr-CA');
}

/**
 * A chunk's French strings are wanted from now on (`load` fetches and merges
 * them: lazy/core-loader.ts, lazy/later-loader.ts): fetched now on a French page, with
 * the next switch to French otherwise.
 */
export function wantFrench(load: () => Promise<void>): Promise<void> {
  frenchParts.add(load);
  return requested === 'fr-CA' ? loadFrench() : Promise.resolve();
}

/** The active locale; the source text before any switch is English. */
export function getLocale(): Locale {
  return activeLocale() === 'fr-CA' ? 'fr-CA' : 'en';
}

function compile(text: string): unknown {
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map(Number);
  // The shape of a str`` template in a generated locale module: values are indices.
  return {...str(Object.assign([...strings], {raw: strings}) as unknown as TemplateStringsArray), values};
}

function rebuild(locale: Locale): void {
  const target = live[locale];
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, generated[locale]);
  for (const [id, text] of Object.entries(overrides[locale] ?? {})) {
    if (typeof text === 'string' && text.length <= MAX_OVERRIDE && !NOT_OVERRIDABLE.has(id)) target[id] = compile(text);
  }
}

/** Replaces chosen messages (page-wide, like the locale); an empty object restores the built-in ones. */
export function setStrings(next: StringOverrides | undefined): void {
  overrides = next ?? {};
  for (const locale of LOCALES) rebuild(locale);
}

/** Any `fr*` is fr-CA; anything else is English (contract: `lang`). */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag || !tag.trim()) return undefined;
  return /^fr(?:-|_|$)/i.test(tag.trim()) ? 'fr-CA' : 'en';
}

/** The element's own `lang`, else the closest ancestor's, else the browser's languages. */
export function resolveLocale(element: Element, browserLanguages: readonly string[], lang?: string): Locale {
  const own = normalizeLocale(lang ?? element.getAttribute('lang'));
  if (own) return own;
  const ancestor = element.parentElement?.closest('[lang]') ?? hostLangElement(element);
  const inherited = normalizeLocale(ancestor?.getAttribute('lang'));
  if (inherited) return inherited;
  for (const language of browserLanguages) {
    const locale = normalizeLocale(language);
    if (locale) return locale;
  }
  return 'en';
}

/** Crosses shadow boundaries: an element inside another component inherits that host's language. */
function hostLangElement(element: Element): Element | null {
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    const found = root.host.closest('[lang]');
    if (found) return found;
    root = root.host.getRootNode();
  }
  return null;
}

let pending: Promise<void> = Promise.resolve();

/**
 * Switches the page's locale, in order: a second request waits for the first,
 * so quick switches end on the last one asked for.
 */
export function useLocale(locale: Locale): Promise<void> {
  requested = locale;
  pending = pending.then(() => (activeLocale() === locale ? undefined : setLocale(locale))).catch(() => undefined);
  return pending;
}

/** Resolves once every locale switch asked for so far has finished (tests and hosts may wait on it). */
export function localeReady(): Promise<void> {
  return pending;
}
