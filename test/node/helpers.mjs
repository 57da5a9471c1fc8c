// What the node tests share: a server on a free loopback port, the buyer's
// punch-out request, and one setup through the stand-in supplier.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {createServer} from 'node:http';
import {DEMO_PUNCHOUT, SUPPLIER_PATH, parseCxml, punchOutSupplierMiddleware} from '../../demo/punchout.mjs';

/** `handler` (a Node request listener) on 127.0.0.1 and a free port. */
export async function listen(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close()};
}

/** The PunchOutSetupRequest's input for the demo's user4, as the reference builds it. */
export const SETUP_REQUEST = {
  credentials: DEMO_PUNCHOUT,
  buyer: {email: 'user4@abdemoaccount.com', firstName: 'Alex', lastName: 'Tremblay'},
  buyerCookie: 'c00kie',
  browserFormPost: 'https://vendor.example/punchout/return',
};

/**
 * Posts the cXML `xml` to a fresh stand-in supplier: its Status, and the start
 * page it handed out (HTML), if it handed one out.
 */
export async function standIn(xml) {
  const app = new Koa();
  app.use(punchOutSupplierMiddleware());
  const {origin, close} = await listen(app.callback());
  try {
    const answer = parseCxml(await (await fetch(`${origin}${SUPPLIER_PATH}`, {method: 'POST', body: xml})).text());
    const {'@_code': status, '@_text': text} = answer.Response.Status;
    const start = answer.Response.PunchOutSetupResponse?.StartPage?.URL;
    return {status, text, page: start ? await (await fetch(start)).text() : undefined};
  } finally {
    close();
  }
}

/** A signed-in session as the reference endpoint keeps it: what the demo login (or a vendor's own) opens. */
export const sessionOf = (email, id = email) => ({id, email, signedIn: [], spent: [], punchOuts: []});

/**
 * One request of the protocol, as the widget sends it, to `url`: `body` as JSON
 * (a string is sent as it is), `headers` added (a session cookie, say).
 */
export const protocolPost = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'AB-Registration-Protocol': '1', ...headers},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Signs `email` in through the demo login at `origin`: the session cookie, as `name=value`. */
export async function login(origin, email) {
  const answer = await fetch(`${origin}/api/demo-login`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({email}),
  });
  assert.equal(answer.status, 200, `login ${email}`);
  return answer.headers.getSetCookie()[0].split(';')[0];
}

const CATALOG = fileURLToPath(new URL('../fixtures/cxml/catalog.xml', import.meta.url));

/**
 * xmllint's verdict on a cXML document against the cXML DTD its DOCTYPE names
 * (test/fixtures/cxml: the punch-out part of cXML 1.2.014, found through an XML
 * catalog, no network): '' when valid, else what xmllint says is wrong.
 */
export function dtdErrors(xml) {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--valid', '-'], {
    input: xml,
    encoding: 'utf8',
    env: {...process.env, XML_CATALOG_FILES: CATALOG},
  });
  if (run.error?.code === 'ENOENT') throw new Error('xmllint is missing: scripts/install-test-deps.sh installs libxml2-utils');
  return run.status === 0 ? '' : run.stderr.trim() || `xmllint exited ${run.status}`;
}
