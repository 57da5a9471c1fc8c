#!/usr/bin/env node
// ab-registration-integrity: prints the tags that load the bundle with
// Subresource Integrity on it and on every file it loads itself, for a page
// that serves dist/'s files from <base-url>:
//
//   npx ab-registration-integrity https://static.vendor.example/ab-registration/
//
// The bundle's <script> carries its own integrity; an import map carries the
// chunks' (and their retry URLs': scripts/retry-chunk-import.mjs), so a chunk
// that is not byte for byte the one built is refused, and nothing of it runs.
import {createHash} from 'node:crypto';
import {readFileSync, realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const ENTRY = 'ab-registration.bundle.js';
/**
 * How many retry URLs a chunk may be fetched under (`?retry=1` to
 * `?retry=RETRIES`): the build's scripts/retry-chunk-import.mjs reads it here,
 * so the bundle and the import map this prints agree.
 */
export const RETRIES = 3;

const HELP = `Usage: ab-registration-integrity <base-url>

Prints, for a page that serves the files of this package's dist/ from
<base-url> (absolute, or a path such as /static/ab/), an import map giving the
integrity of every file the bundle loads, and the bundle's <script> with its
own, then the CSP source that allows the import map under a strict
Content-Security-Policy. Both tags go in the page's <head>, the import map first.`;

/** dist/integrity.json as built: {file name: "sha384-…"}. */
export function builtIntegrity() {
  return JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
}

/**
 * The tags for `base` (dist/'s URL, ending in "/"): `importMap` and `script`
 * (HTML), and `csp`, the script-src source for the import map's text.
 */
export function integrityTags(base, hashes = builtIntegrity()) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const map = {};
  for (const [file, hash] of Object.entries(hashes)) {
    map[prefix + file] = hash;
    if (file !== ENTRY) for (let n = 1; n <= RETRIES; n++) map[`${prefix}${file}?retry=${n}`] = hash;
  }
  const json = `\n${JSON.stringify({integrity: map}, null, 2)}\n`;
  const csp = `'sha256-${createHash('sha256').update(json).digest('base64')}'`;
  const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return {
    importMap: `<script type="importmap">${json}</script>`,
    script: `<script type="module" src="${attr(prefix + ENTRY)}" integrity="${hashes[ENTRY]}"></script>`,
    csp,
  };
}

function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error(`ab-registration-integrity: give one <base-url> (where dist/'s files are served)\n\n${HELP}`);
    return 2;
  }
  const base = args[0];
  if (!/^(https?:\/\/[^/]+)?\//.test(base) || /[<>\s]/.test(base)) {
    console.error(`ab-registration-integrity: ${JSON.stringify(base)} is not an http(s) URL or a path starting with /`);
    return 2;
  }
  let tags;
  try {
    tags = integrityTags(base);
  } catch (error) {
    console.error(
      `ab-registration-integrity: dist/integrity.json cannot be read (${error.code ?? error.message}): run npm run build`
    );
    return 1;
  }
  console.log(`${tags.importMap}\n${tags.script}`);
  console.log(`<!-- Under a Content-Security-Policy: script-src ${tags.csp} allows this import map. -->`);
  return 0;
}

// Run as a command (npx's link resolved), not imported (the test server imports integrityTags).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
