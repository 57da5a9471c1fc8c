// A rollup plugin for the self-contained bundle: @lit/localize hashes a
// message's text into an id (id-generation.js and its FNV-1a, about 0.7 KB
// gzip in the first file) only for a msg() written without an `id`. Every
// msg() of the widget has one (scripts/check-translations.mjs fails on a
// message whose id lit-localize had to make up), so the bundle takes a stub in
// its place that no message reaches.
const STUB = '\0explicit-msg-ids';

export function explicitMsgIds() {
  return {
    name: 'explicit-msg-ids',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('/@lit/localize/internal/')) return STUB;
      return null;
    },
    load(id) {
      if (id !== STUB) return null;
      return 'export const generateMsgId = () => "";';
    },
  };
}
