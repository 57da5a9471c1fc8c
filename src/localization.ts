/**
 * One locale per page: `@lit/localize` is configured once, globally. The fr-CA
 * strings load lazily as their own chunk.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

export type Locale = 'en' | 'fr-CA';

export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('./generated/locales/fr-CA.js'),
});

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
  pending = pending.then(() => (getLocale() === locale ? undefined : setLocale(locale))).catch(() => undefined);
  return pending;
}

/** Resolves once every locale switch asked for so far has finished (tests and hosts may wait on it). */
export function localeReady(): Promise<void> {
  return pending;
}
