/**
 * The widget's own strings, in its own hands: `@lit/localize` is the tooling
 * (msg() and str`` are written as it documents them, and `lit-localize
 * extract`/`build` read and make the translations), but its runtime is never
 * configured here. `configureLocalization()` can be called once per page, and
 * a host app that uses `@lit/localize` itself must be free to; the msg() below
 * reads the widget's templates only, and a locale switch redraws the widget's
 * elements only. The tile's fr-CA strings are in the first file, so a French
 * tile needs no second request; the rest load lazily, in two chunks, each
 * asked for by its loader (`wantFrench`): sign-in's and the network errors'
 * with the rest of the widget (lazy/core-loader.ts), the later steps' with
 * those steps (lazy/later-loader.ts).
 *
 * The English written in the code is the source; `en` and `fr-CA` each have a
 * templates object this module owns, so a host's string overrides (the
 * element's `strings` property) can be merged into either and read by every
 * msg() call.
 */
import type {msg as litMsg, str as litStr} from '@lit/localize';
import {templates as frenchTile} from './generated/locales/fr-CA-tile.js';

export type Locale = 'en' | 'fr-CA';
export const LOCALES: readonly Locale[] = ['en', 'fr-CA'];

/** Replacement messages by message id, per locale; `{0}`, `{1}` stand for a message's values. */
export type StringOverrides = Partial<Record<Locale, Record<string, string>>>;

/** Messages that carry links: their markup cannot be replaced by plain text. */
const NOT_OVERRIDABLE = new Set(['support', 'join-not-yours']);
const MAX_OVERRIDE = 1000;

/** A str`` template (source or localized: a localized one's values are indices into the source's). */
interface StrTemplate {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}
/** An html`` template, as a localized one is shaped. */
interface HtmlTemplate {
  strings: TemplateStringsArray;
  values: readonly unknown[];
}
type Localized = string | StrTemplate | HtmlTemplate;
type Templates = Record<string, Localized>;
const generated: Partial<Record<Locale, Templates>> = {en: {}};
/** What msg() reads from; rebuilt in place when overrides change. */
const live: Record<Locale, Templates> = {en: {}, 'fr-CA': {}};
let overrides: StringOverrides = {};
/** The source text is English: the widget starts in `en` with no templates but the overrides. */
let active: Locale = 'en';
/** Told when the active locale changed (each widget element redraws). */
const listeners = new Set<() => void>();

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string =>
  strings.reduce((text, part, i) => text + String(values[order ? (order[i - 1] as number) : i - 1]) + part);

/**
 * `@lit/localize`'s msg(), for the widget's messages only (every one has an
 * `id`): the active locale's template, else the source text.
 */
export const msg = ((template: string | StrTemplate | HtmlTemplate, options: {id: string}) =>
  // A host's override that does not fit the message (a `{2}` where it has two values) yields to the built-in one.
  fill(live[active][options.id], template) ??
  fill(generated[active]?.[options.id], template) ??
  (typeof template !== 'string' && 'strTag' in template
    ? join(template.strings, template.values)
    : template)) as unknown as typeof litMsg;

/** `localized` with the message's values in place; undefined if there is none, or it names a value the message lacks. */
function fill(
  localized: Localized | undefined,
  template: string | StrTemplate | HtmlTemplate
): string | HtmlTemplate | undefined {
  if (typeof localized !== 'object') return localized;
  const values = typeof template === 'string' ? [] : template.values;
  if (localized.values.some((i) => !((i as number) < values.length))) return undefined;
  if ('strTag' in localized) return join(localized.strings, values, localized.values);
  return {...localized, values: localized.values.map((i) => values[i as number])};
}

/** `@lit/localize`'s str`` tag: a template with values, for msg(). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrTemplate => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

/** Calls `listener` after each locale switch; returns how to stop. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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

/** The widget's active locale; the source text before any switch is English. */
export function getLocale(): Locale {
  return active;
}

function compile(text: string): Localized {
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  // The shape of a str`` template in a generated locale module: values are indices.
  return {strTag: true, strings: parts.filter((_, i) => i % 2 === 0), values: parts.filter((_, i) => i % 2 === 1).map(Number)};
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
  pending = pending
    .then(async () => {
      if (active === locale) return;
      if (locale === 'fr-CA') await loadFrench();
      // A later request may have come meanwhile: only the last one asked for is shown.
      if (requested !== locale) return;
      active = locale;
      for (const listener of listeners) listener();
    })
    .catch(() => undefined);
  return pending;
}

/**
 * The tile's language at once, for a tile rendered on a server or hydrating
 * what a server rendered (its first render must match, with no empty frame):
 * the tile's French is in the first file. The later chunks' strings follow as
 * with useLocale(), each chunk's loader asking for them.
 */
export function useTileLocale(locale: Locale): void {
  requested = locale;
  if (active === locale) return;
  if (locale === 'fr-CA' && !generated['fr-CA']) mergeFrench(frenchTile);
  active = locale;
  for (const listener of listeners) listener();
}

/**
 * Sets the language of every `<ab-registration>` on the page (page-wide, like
 * the string overrides): `fr*` is fr-CA, anything else English. An element's
 * own `lang` attribute, when it has one, is set again by the element on its
 * next change; the attribute is the usual way.
 */
export function setLocale(tag: string): Promise<void> {
  return useLocale(normalizeLocale(tag) ?? 'en');
}

/** Resolves once every locale switch asked for so far has finished (tests and hosts may wait on it). */
export function localeReady(): Promise<void> {
  return pending;
}
