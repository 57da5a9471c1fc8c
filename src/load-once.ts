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
