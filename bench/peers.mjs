// `npm run bench -- --peers`: installs the widgets <ab-registration> replaces into
// a cache folder outside the package's dependencies and measures the browser
// bundles they ship (what a page loads), minified and compressed the same way.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {isAbsolute, join} from 'node:path';

const PEERS = [
  {
    name: 'Okta Sign-In Widget',
    pkg: '@okta/okta-signin-widget',
    files: ['dist/js/okta-sign-in.min.js', 'dist/css/okta-sign-in.min.css'],
  },
  // Lock no longer ships a browser build on npm (only on its CDN): bundle its entry, React included.
  {name: 'Auth0 Lock (bundled from npm with esbuild)', pkg: 'auth0-lock', files: [], bundle: 'auth0-lock'},
  {
    name: 'Descope web component (+ UI kit fetched at run time, not counted)',
    pkg: '@descope/web-component',
    files: ['dist/index.js', 'dist/esm/index.js'],
  },
  {
    name: 'FirebaseUI + Firebase app/auth (compat)',
    pkg: 'firebaseui',
    files: ['dist/firebaseui.js', 'dist/firebaseui.css'],
    extra: [['firebase', ['firebase-app-compat.js', 'firebase-auth-compat.js']]],
  },
];

export async function measurePeers({gzip, brotli, root}) {
  const cache = join(root, 'bench/.peers');
  mkdirSync(cache, {recursive: true});
  if (!existsSync(join(cache, 'package.json'))) writeFileSync(join(cache, 'package.json'), '{"private": true}\n');
  const wanted = [...PEERS.map((p) => p.pkg), 'firebase'];
  const missing = wanted.filter((pkg) => !existsSync(join(cache, 'node_modules', pkg, 'package.json')));
  if (missing.length) {
    console.log(`Installing ${missing.join(', ')} into bench/.peers (not a dependency of the package)...`);
    execFileSync('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', '--ignore-scripts', ...missing], {
      stdio: 'inherit',
    });
  }
  const rows = [];
  for (const peer of PEERS) {
    const dir = join(cache, 'node_modules', peer.pkg);
    const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    if (peer.bundle) peer.files = [await bundleWithEsbuild(cache, peer.bundle)];
    const files = peer.files.map((f) => (isAbsolute(f) ? f : join(dir, f))).filter(existsSync);
    // One JS file (the first that exists) and its CSS, if any.
    const js = files.find((f) => f.endsWith('.js'));
    const chosen = [js, ...files.filter((f) => f.endsWith('.css'))].filter(Boolean);
    for (const [pkg, names] of peer.extra ?? []) {
      for (const name of names) {
        const path = join(cache, 'node_modules', pkg, name);
        if (existsSync(path)) chosen.push(path);
      }
    }
    if (!js) {
      rows.push({name: `${peer.name} ${version}`, note: 'browser bundle not found'});
      continue;
    }
    let raw = 0;
    let min = 0;
    let gz = 0;
    let br = 0;
    for (const file of chosen) {
      const source = readFileSync(file, 'utf8');
      raw += Buffer.byteLength(source);
      // Minify what ships unminified, so the comparison is min + gzip for everyone.
      const code = file.endsWith('.js') && !/\.min\.js$/.test(file) ? ((await minify(source)) ?? source) : source;
      const buffer = Buffer.from(code);
      min += buffer.length;
      gz += gzip(buffer);
      br += brotli(buffer);
    }
    rows.push({
      name: `${peer.name} ${version}`,
      files: chosen.map((f) => f.replace(`${cache}/node_modules/`, '')),
      raw,
      min,
      gzip: gz,
      brotli: br,
    });
  }
  return rows;
}

/** A browser bundle of `pkg` as a page would ship it: minified, production React. */
async function bundleWithEsbuild(cache, pkg) {
  const {build} = await import('esbuild');
  const outfile = join(cache, `${pkg.replace('/', '_')}.bundle.min.js`);
  await build({
    stdin: {contents: `import Lock from '${pkg}'; window.Lock = Lock;`, resolveDir: cache},
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    define: {'process.env.NODE_ENV': '"production"', global: 'window'},
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

async function minify(source) {
  try {
    const {minify: run} = await import('terser');
    const result = await run(source, {ecma: 2020, format: {comments: false}});
    return result.code;
  } catch {
    return undefined;
  }
}
