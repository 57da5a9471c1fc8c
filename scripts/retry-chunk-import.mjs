// A rollup plugin for the self-contained bundle: every dynamic import of a
// chunk (fr-CA strings, the rest of the widget, the later steps) tries the
// chunk's URL, and if that fails, the same URL with `?retry=1`, then (on the
// buyer's next tries) `?retry=2` and `?retry=3`, then the chunk's own URL again. Browsers have kept
// a failed module fetch in the page's module map for good, so without another
// URL a buyer whose network came back could not load the chunk without
// reloading the page. The retry URLs are few and known in advance so that a
// page's import map can give each one its integrity (bin/ab-registration-integrity.mjs):
// a retry must not be a way around Subresource Integrity.
import {RETRIES} from '../bin/ab-registration-integrity.mjs';

/** Each chunk's tries so far, by URL: one object per chunk that imports others. */
const TRIES = '__abChunkTries';

export function retryChunkImport() {
  return {
    name: 'retry-chunk-import',
    renderDynamicImport({format, targetChunk}) {
      if (format !== 'es' || !targetChunk) return null;
      return {
        // After the last retry URL, the chunk's own again (a browser that keeps
        // no failed fetch in its module map fetches it anew).
        left: `((u,n)=>import(u).catch(()=>import(u+((n=${TRIES}[u]=-~${TRIES}[u])>${RETRIES}?'':'?retry='+n))))(new URL(`,
        right: ',import.meta.url).href)',
      };
    },
    // Before terser (a later plugin): it names the object like any other top-level binding.
    renderChunk(code, chunk) {
      if (!chunk.dynamicImports.length) return null;
      return `const ${TRIES}={};\n${code}`;
    },
  };
}
