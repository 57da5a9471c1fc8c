// `npm test` starts here: one clear line per missing engine instead of a stack
// trace. BROWSERS=chromium (or any comma-separated subset of chromium, firefox,
// webkit) runs the suite in those only; CI runs all three.
import {locate, selectedEngines} from './browsers.mjs';

let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const missing = engines.map((engine) => [engine, locate(engine).missing]).filter(([, why]) => why);
if (missing.length) {
  for (const [, why] of missing) console.error(why);
  const rest = engines.filter((engine) => !missing.some(([name]) => name === engine));
  if (rest.length) console.error(`To run the others only: BROWSERS=${rest.join(',')} npm test`);
  process.exit(1);
}
