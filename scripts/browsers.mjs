// The three engines the suite runs in, where they are on this machine, and
// what WebKit needs around it (a display and its WebDriver). Used by the test
// runner's config and by `npm test`'s first step (scripts/require-browsers.mjs).
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {findChromium} from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

const which = (command) => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'});
  return found.status === 0 ? found.stdout.trim() : undefined;
};

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

/** MiniBrowser, WebKitWebDriver and Xvfb, or what is missing. */
export function findWebKit() {
  const miniBrowser = process.env.WEBKIT_MINIBROWSER ?? MINIBROWSER_CANDIDATES.find((path) => existsSync(path));
  const driver = which('WebKitWebDriver');
  const xvfb = process.env.DISPLAY ? 'not needed' : which('Xvfb');
  const missing = [!miniBrowser && 'MiniBrowser', !driver && 'WebKitWebDriver', !xvfb && 'Xvfb'].filter(Boolean);
  return {miniBrowser, driver, xvfb, missing};
}

/** The engines `BROWSERS` asks for (comma-separated), all three when it is unset. */
export function selectedEngines() {
  const asked = (process.env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS names ${unknown.join(', ')}: the engines are ${ENGINES.join(', ')}`);
  return asked.length ? ENGINES.filter((name) => asked.includes(name)) : ENGINES;
}

/** For each engine: where it is, or one line saying how to get it. */
export function locate(engine) {
  switch (engine) {
    case 'chromium': {
      const path = findChromium();
      if (path) return {path};
      const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
      return {
        missing: `${where}No Chromium or Chrome found: sudo apt-get install -y chromium, or set CHROME_PATH to its executable.`,
      };
    }
    case 'firefox': {
      const path = findFirefox();
      if (path) return {path};
      const where = process.env.FIREFOX_PATH ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist. ` : '';
      return {missing: `${where}No Firefox found: sudo apt-get install -y firefox-esr, or set FIREFOX_PATH to its executable.`};
    }
    case 'webkit': {
      const found = findWebKit();
      if (!found.missing.length) return {path: found.miniBrowser};
      return {missing: `No WebKit (${found.missing.join(', ')} missing): sudo apt-get install -y webkit2gtk-driver xvfb.`};
    }
    default:
      throw new Error(`no engine ${engine}`);
  }
}

/** A port free on 127.0.0.1 now (the test runner's WebDriver, the host apps' servers). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const {port} = server.address();
        server.close(() => resolve(port));
      });
  });
}

async function waitFor(check, what, child, seconds = 20) {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before it was ready`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready after ${seconds} s`);
}

/**
 * Starts what WebKitGTK needs to be driven: Xvfb on a free display (unless
 * DISPLAY is set) and WebKitWebDriver on a free loopback port. Returns the port
 * and a stop() that ends both; both also end with this process.
 */
export async function startWebKitDriver() {
  const {driver, miniBrowser} = findWebKit();
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  let display = process.env.DISPLAY;
  if (!display) {
    // -displayfd: Xvfb picks a free display itself and says which on fd 3 (then it is ready).
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    display = await new Promise((resolve, reject) => {
      let said = '';
      xvfb.stdio[3].on('data', (chunk) => {
        said += chunk;
        if (said.includes('\n')) resolve(`:${said.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    });
  }
  const port = await freePort();
  const webDriver = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    env: {...process.env, DISPLAY: display},
    stdio: 'ignore',
  });
  children.push(webDriver);
  await waitFor(
    async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        return response.ok;
      } catch {
        return false;
      }
    },
    'WebKitWebDriver',
    webDriver
  );
  return {port, display, miniBrowser, stop};
}

/** The WebKitGTK version (MiniBrowser has no --version; the library's package says it). */
export function webkitVersion() {
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], {encoding: 'utf8'});
  if (dpkg.status === 0 && dpkg.stdout) return `WebKitGTK ${dpkg.stdout.split('-')[0]}`;
  return 'WebKitGTK (version unknown)';
}

export function firefoxVersion() {
  const path = findFirefox();
  if (!path) return 'Firefox (not found)';
  try {
    const ini = readFileSync('/usr/lib/firefox-esr/application.ini', 'utf8');
    const version = ini.match(/^Version=(.+)$/m)?.[1];
    if (version) return `Firefox ESR ${version}`;
  } catch {
    // not Debian's layout
  }
  const out = spawnSync(path, ['--version'], {encoding: 'utf8'});
  return out.stdout.trim() || 'Firefox';
}
