// A desktop for a real screen reader, started and stopped by the test (see
// ../shared/docs/toolchain.md, "Screen reader"): Xvfb, a private D-Bus session
// bus and AT-SPI bus, openbox, Orca speaking into a log file (logspeech.py:
// speech-dispatcher hangs Orca without a sound device), and Firefox ESR with a
// fresh profile. Every process is kept and killed at the end.
import {execFileSync, spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the screen-reader test needs, by Debian package; the first missing one, or undefined. */
export function missingTool() {
  const needs = [
    ['/usr/bin/orca', 'orca'],
    ['/usr/bin/firefox-esr', 'firefox-esr'],
    ['/usr/bin/Xvfb', 'xvfb'],
    ['/usr/bin/xdotool', 'xdotool'],
    ['/usr/bin/openbox', 'openbox'],
    ['/usr/bin/xdpyinfo', 'x11-utils'],
    ['/usr/bin/dbus-daemon', 'dbus'],
    ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
    ['/usr/lib/python3/dist-packages/pyatspi', 'python3-pyatspi'],
  ];
  return needs.find(([path]) => !existsSync(path))?.[1];
}

export const PACKAGES = 'orca python3-pyatspi gir1.2-atspi-2.0 at-spi2-core xvfb openbox xdotool x11-utils firefox-esr';

export class Desktop {
  constructor() {
    this.children = [];
    this.pids = [];
    this.dir = mkdtempSync(join(tmpdir(), 'ab-sr-'));
    this.speechLog = join(this.dir, 'speech.jsonl');
    writeFileSync(this.speechLog, '');
  }

  spawn(command, args, extra = {}) {
    const child = spawn(command, args, {env: this.env, stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...extra});
    child.stderr?.on('data', () => {}); // drained: a full pipe would block the child
    this.children.push(child);
    return child;
  }

  async start() {
    const runtime = join(this.dir, 'runtime');
    execFileSync('mkdir', ['-p', runtime]);
    chmodSync(runtime, 0o700);
    // A display no other run uses.
    this.display = `:${90 + Math.floor(Math.random() * 800)}`;
    this.env = {
      ...process.env,
      DISPLAY: this.display,
      XDG_RUNTIME_DIR: runtime,
      HOME: this.dir,
      GTK_A11Y: 'atspi',
      GNOME_ACCESSIBILITY: '1',
      NO_AT_BRIDGE: '0',
      MOZ_HEADLESS: '',
      LANG: 'C.UTF-8',
    };
    delete this.env.MOZ_HEADLESS;
    this.spawn('Xvfb', [this.display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await this.until(() => {
      try {
        execFileSync('xdpyinfo', ['-display', this.display], {stdio: 'ignore'});
        return true;
      } catch {
        return false;
      }
    }, 'Xvfb');
    const bus = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], {env: this.env})
      .toString()
      .trim()
      .split('\n');
    this.env.DBUS_SESSION_BUS_ADDRESS = bus[0];
    this.pids.push(Number(bus[1]));
    this.spawn('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    this.spawn('openbox', []);
    await sleep(1000);
  }

  /** Orca, its prefs in a fresh folder: browse mode on, nothing said on page load, speech into the log. */
  async startOrca() {
    const prefs = join(this.dir, 'orca');
    execFileSync('mkdir', ['-p', prefs]);
    const profile = {
      profile: ['Default', 'default'],
      speechServerFactory: 'logspeech',
      speechServerInfo: null,
      enableSpeech: true,
      enableBraille: false,
      enableBrailleMonitor: false,
      enableSpeechIndentation: false,
      sayAllOnLoad: false,
      pageSummaryOnLoad: false,
      enableEchoByCharacter: false,
      enableEchoByWord: false,
      enableKeyEcho: false,
      enablePrintableKeys: false,
      enableModifierKeys: false,
      enableFunctionKeys: false,
      enableActionKeys: false,
      enableNavigationKeys: false,
      enableDiacriticalKeys: false,
      speakNumbersAsDigits: false,
      onlySpeakDisplayedText: false,
      enableTutorialMessages: false,
      verbalizePunctuationStyle: 3,
    };
    writeFileSync(
      join(prefs, 'user-settings.conf'),
      JSON.stringify(
        {general: {startingProfile: ['Default', 'default']}, pronunciations: {}, keybindings: {}, profiles: {default: profile}},
        null,
        2
      )
    );
    // Not /usr/bin/orca's own process name: it refuses to start beside another Orca of this user.
    const debug = process.env.AB_ORCA_DEBUG ? ['--debug-file', process.env.AB_ORCA_DEBUG] : [];
    this.spawn('/usr/bin/python3', ['/usr/bin/orca', '-u', prefs, ...debug], {
      env: {...this.env, PYTHONPATH: HERE, AB_SPEECH_LOG: this.speechLog},
    });
    await this.until(() => readFileSync(this.speechLog, 'utf8').length > 0 || this.elapsed(8000), 'Orca');
  }

  elapsed(ms) {
    this.since ??= Date.now();
    if (Date.now() - this.since > ms) {
      this.since = undefined;
      return true;
    }
    return false;
  }

  /** Firefox ESR on `url`, a fresh profile, its window focused. */
  async startFirefox(url, acceptLanguages = 'fr-CA,en') {
    const profile = join(this.dir, 'firefox');
    execFileSync('mkdir', ['-p', profile]);
    const prefs = {
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'browser.aboutwelcome.enabled': false,
      'startup.homepage_welcome_url': '',
      'browser.sessionstore.resume_from_crash': false,
      'browser.translations.enable': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'signon.rememberSignons': false,
      'app.update.auto': false,
      'browser.tabs.warnOnClose': false,
      'toolkit.cosmeticAnimations.enabled': false,
      'intl.accept_languages': acceptLanguages,
      'accessibility.force_disabled': 0,
      'browser.newtabpage.enabled': false,
      'extensions.pocket.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    };
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(prefs)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n')
    );
    this.spawn('firefox-esr', ['--no-remote', '--new-instance', '--profile', profile, url]);
    await this.until(
      () => {
        try {
          execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], {env: this.env, stdio: 'pipe'});
          return true;
        } catch {
          return false;
        }
      },
      'Firefox',
      60000
    );
    // Firefox shows a window or two before its browser window is ready for focus:
    // try each (the newest first) until one takes it; a loaded machine may need a minute.
    await this.until(
      () => {
        const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], {env: this.env})
          .toString()
          .trim()
          .split('\n')
          .reverse();
        return windows.some((id) => {
          try {
            execFileSync('xdotool', ['windowactivate', '--sync', id], {env: this.env, stdio: 'ignore', timeout: 3000});
            return true;
          } catch {
            return false;
          }
        });
      },
      'the Firefox window',
      60000
    );
    await sleep(1500);
  }

  /** One key (xdotool's names: Tab, Return, space, shift+Tab, Escape). */
  key(name) {
    execFileSync('xdotool', ['key', '--clearmodifiers', name], {env: this.env});
  }

  click(x, y) {
    execFileSync('xdotool', ['mousemove', '--sync', String(x), String(y), 'click', '1'], {env: this.env});
  }

  type(text) {
    execFileSync('xdotool', ['type', '--delay', '60', text], {env: this.env});
  }

  /** Every utterance so far, in order: {t, text, lang} or {t, stop}. */
  speech() {
    return readFileSync(this.speechLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }

  async until(test, what, timeout = 20000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      try {
        if (await test()) return;
      } catch {
        // Not yet (xdotool finds no window, say).
      }
      await sleep(100);
    }
    throw new Error(`${what} did not start within ${timeout / 1000} s`);
  }

  /** Processes started for this desktop's session bus (portals the bus activated, too): by their environment. */
  sessionProcesses() {
    const found = [];
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (
          readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`DBUS_SESSION_BUS_ADDRESS=${this.env.DBUS_SESSION_BUS_ADDRESS}\0`)
        ) {
          found.push(Number(pid));
        }
      } catch {
        // gone, or not ours to read
      }
    }
    return found;
  }

  stop() {
    const session = this.env?.DBUS_SESSION_BUS_ADDRESS ? this.sessionProcesses() : [];
    for (const pid of session) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    try {
      execFileSync('fusermount', ['-u', '-z', join(this.dir, 'runtime/doc')], {stdio: 'ignore'});
    } catch {
      // not mounted
    }
    for (const child of this.children.reverse()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    for (const pid of this.pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    rmSync(this.dir, {recursive: true, force: true});
  }
}
