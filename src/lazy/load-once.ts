/**
 * Wraps `load` (a chunk's dynamic import and what follows it) so it runs once
 * and every caller shares its promise. A failure is forgotten: the next call
 * runs `load` again, so a chunk whose fetch failed is fetched anew.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Why a chunk did not come: it could not be fetched, or took longer than `timeout`. */
export type ChunkFailure = 'network' | 'timeout';

/**
 * Waits at most `ms` for `load` (a loadOnce chunk): resolves once it is in,
 * rejects with the ChunkFailure a buyer is told. The one wait for the rest of
 * the widget after a click and for the later steps' chunk alike.
 */
export function loadWithin(load: () => Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject('timeout' satisfies ChunkFailure), ms);
    load().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        reject('network' satisfies ChunkFailure);
      }
    );
  });
}
