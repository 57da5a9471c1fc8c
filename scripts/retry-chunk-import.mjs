// A rollup plugin for the self-contained bundle: every dynamic import of a
// chunk (fr-CA strings, the later steps) tries the chunk's URL, and if that
// fails, the same URL with a fresh query. Browsers keep a failed module fetch
// in the page's module map for good, so without the second URL a buyer whose
// network came back could never load the chunk without reloading the page.
export function retryChunkImport() {
  return {
    name: 'retry-chunk-import',
    renderDynamicImport({format, targetChunk}) {
      if (format !== 'es' || !targetChunk) return null;
      return {
        left: "((u)=>import(u).catch(()=>import(u+'?retry='+Date.now())))(new URL(",
        right: ',import.meta.url).href)',
      };
    },
  };
}
