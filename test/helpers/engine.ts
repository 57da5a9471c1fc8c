/**
 * Which engine runs this test file: the suite runs in Chromium, Firefox and
 * WebKit (web-test-runner.config.mjs). MiniBrowser's user agent is Safari's.
 */
const ua = navigator.userAgent;
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

/**
 * For a test that needs what only some engines offer here (CDP media
 * emulation, a way past WebKit's memory cache): its name says where and why,
 * and it is skipped, visibly, in the other engines.
 */
export function onlyIn(
  engines: Engine[],
  why: string
): {title: (name: string) => string; skipElsewhere: (ctx: Mocha.Context) => void} {
  const names = engines.map((e) => ({chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'})[e]).join(' and ');
  return {
    title: (name) => `${name} [${names} only: ${why}]`,
    skipElsewhere: (ctx) => {
      if (!engines.includes(engine)) ctx.skip();
    },
  };
}
