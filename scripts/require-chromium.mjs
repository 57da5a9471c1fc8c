// `npm test` starts here: one clear line instead of a stack trace when no browser is installed.
import {findChromium} from './chromium.mjs';

if (!findChromium()) {
  const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
  console.error(
    `${where}No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.`
  );
  process.exit(1);
}
