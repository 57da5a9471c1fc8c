// cXML 1.2 punch-out, both sides, for the reference endpoint's hand-off mode.
//
//   punchOutSetup(...)            what a vendor's backend sends: a PunchOutSetupRequest,
//                                 server to server, answered with StartPage/URL
//   punchOutSupplierMiddleware()  a local stand-in for Amazon Business's side: it checks the
//                                 shared secret, answers a PunchOutSetupResponse, and serves
//                                 a single-use start page that says it is a stand-in and shows
//                                 what it received
//
// XML is built and parsed with fast-xml-parser (every value escaped by the builder; a
// document with its own entity declarations is refused, so no entity expansion).
import {XMLBuilder, XMLParser, XMLValidator} from 'fast-xml-parser';
import {randomBytes, timingSafeEqual} from 'node:crypto';
import {BodyTooLarge, readBody, refuseRest} from './read-body.mjs';

export const SUPPLIER_PATH = '/supplier/punchout/setup';
const START_PATH = '/supplier/start/';
const CXML_VERSION = '1.2.014';
const MAX_XML = 64 * 1024;
/** How long the stand-in keeps a start page: a real one is short-lived too. */
const START_PAGE_LIFETIME_MS = 5 * 60 * 1000;
const MAX_START_PAGES = 500;
/** Start pages one buyer may hold at once: a new one replaces that buyer's oldest, never another buyer's. */
const START_PAGES_PER_BUYER = 3;

/** The demo's punch-out credentials: what a vendor gets from Amazon Business for its punch-out. */
export const DEMO_PUNCHOUT = {
  from: 'AB-DEMO-BUYER-ORG',
  // Amazon's identity as its own cXML carries it (the DUNS number its PunchOutOrderMessages come from).
  toDomain: 'DUNS',
  to: '128990368',
  sender: 'AB-DEMO-EPROCUREMENT',
  sharedSecret: 'demo-shared-secret',
};

const builder = new XMLBuilder({ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true});
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'Extrinsic' || name === 'Credential',
});

const DOCTYPE = `<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/${CXML_VERSION}/cXML.dtd">`;

function payloadId() {
  return `${Date.now()}.${randomBytes(8).toString('hex')}@ab-registration.example`;
}

/**
 * Parses a cXML document; refuses anything too large, not well-formed (checked
 * before parsing: the parser alone would read a document with a missing close
 * tag, two roots or a bare `&`), or declaring its own entities.
 */
export function parseCxml(text) {
  if (typeof text !== 'string' || text.length > MAX_XML) throw new Error('cXML document too large');
  if (/<!ENTITY/i.test(text)) throw new Error('cXML document declares entities');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not a well-formed document: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(text);
  const roots = Object.keys(doc ?? {}).filter((key) => key !== '?xml');
  if (roots.length !== 1 || Array.isArray(doc[roots[0]]))
    throw new Error('not a well-formed document: more than one root element');
  if (!doc.cXML) throw new Error('not a cXML document');
  return doc.cXML;
}

/**
 * Text as XML 1.0 allows it: without the controls it forbids (all of C0 but
 * tab, newline and return), lone surrogates or U+FFFE/U+FFFF, which a
 * directory may hold and a receiver would refuse the whole document for.
 * (The builder escapes `&`, `<`, `>` and quotes.)
 */
const xmlText = (value) =>
  String(value).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    ''
  );

const credential = (domain, identity, sharedSecret) => ({
  '@_domain': domain,
  Identity: identity,
  ...(sharedSecret ? {SharedSecret: sharedSecret} : {}),
});

/**
 * The PunchOutSetupRequest a vendor sends for one buyer. `buyer` comes from the
 * vendor's user directory, for the user the vendor's session names:
 * {email, firstName, lastName, businessUnit}; `businessUnit` is the buyer's
 * group in Amazon Business (UserBusinessUnit: without it, in an organisation
 * with several groups, the buyer lands in the root group). `buyerCookie` ties the
 * cart Amazon posts back (to `browserFormPost`) to this punch-out session.
 * `deploymentMode` is `production` unless you say otherwise: whether orders are
 * real is your Amazon Business account's setting (Test or Active), not this.
 */
export function buildSetupRequest({
  credentials,
  buyer,
  buyerCookie,
  browserFormPost,
  lang = 'en-CA',
  deploymentMode = 'production',
}) {
  const extrinsics = [
    ['UserEmail', buyer.email],
    ['FirstName', buyer.firstName],
    ['LastName', buyer.lastName],
    ['UserBusinessUnit', buyer.businessUnit],
  ]
    .map(([name, value]) => [name, value && xmlText(value)])
    .filter(([, value]) => value)
    .map(([name, value]) => ({'@_name': name, '#text': value}));
  const xml = builder.build({
    cXML: {
      '@_payloadID': payloadId(),
      '@_timestamp': new Date().toISOString(),
      '@_xml:lang': lang,
      Header: {
        From: {Credential: credential('NetworkId', credentials.from)},
        To: {Credential: credential(credentials.toDomain ?? 'NetworkId', credentials.to)},
        Sender: {
          Credential: credential('NetworkId', credentials.sender, credentials.sharedSecret),
          UserAgent: 'ab-registration reference endpoint',
        },
      },
      Request: {
        '@_deploymentMode': deploymentMode,
        PunchOutSetupRequest: {
          '@_operation': 'create',
          BuyerCookie: xmlText(buyerCookie),
          Extrinsic: extrinsics,
          BrowserFormPost: {URL: xmlText(browserFormPost)},
        },
      },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${DOCTYPE}\n${xml}`;
}

/**
 * The body of a supplier's answer as text: at most MAX_XML bytes (reading
 * stops, and the connection is dropped, as soon as it passes), within the
 * request's `signal` (the timeout covers the body, not only the headers), decoded
 * in the charset the answer declares (Content-Type, else the XML declaration,
 * else UTF-8); a charset this runtime cannot decode is refused.
 */
async function readAnswer(response) {
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_XML) {
      await response.body.cancel().catch(() => undefined);
      throw new PunchOutError(`the supplier's answer is larger than ${MAX_XML} bytes`);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const declared =
    /;\s*charset="?([\w.:-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ??
    /^<\?xml[^>]*\bencoding=["']([\w.:-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1] ??
    'utf-8';
  let decoder;
  try {
    decoder = new TextDecoder(declared, {fatal: true});
  } catch {
    throw new PunchOutError(`the supplier's answer is in a charset this server cannot read (${declared})`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PunchOutError(`the supplier's answer is not valid ${declared}`);
  }
}

/** A PunchOutSetupResponse: the stand-in's answer (and a test's supplier's). */
export function buildSetupResponse(code, text, startUrl) {
  const xml = builder.build({
    cXML: {
      '@_payloadID': payloadId(),
      '@_timestamp': new Date().toISOString(),
      Response: {
        Status: {'@_code': String(code), '@_text': text},
        ...(startUrl ? {PunchOutSetupResponse: {StartPage: {URL: startUrl}}} : {}),
      },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${DOCTYPE}\n${xml}`;
}

export class PunchOutError extends Error {
  constructor(message, {timeout = false} = {}) {
    super(message);
    this.timeout = timeout;
  }
}

/** Where a StartPage may send the buyer: Amazon's own sites (the widget's `handoffHosts` default). */
export const START_PAGE_HOSTS = ['amazon.com', 'amazon.ca'];
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * True for an `https:` URL on one of `hosts` or a subdomain of one (on a label
 * boundary: never `amazon.ca.evil.example`; an internationalised lookalike is
 * Punycode here and never matches), without credentials; `http:` on a local
 * host too, for the demo's stand-in. The buyer's browser goes where this says:
 * the reference checks it as the widget does.
 */
export function isStartPage(value, hosts = START_PAGE_HOSTS) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const local = LOCAL_HOSTS.includes(url.hostname);
  if (url.username || url.password || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) return false;
  return local || hosts.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

/**
 * Sends a PunchOutSetupRequest to `url` and returns the StartPage URL. Never
 * follows a redirect; gives up after `timeout` ms (PunchOutError with timeout);
 * any other failure (no answer, a non-200 Status, no StartPage, a StartPage
 * off `startPageHosts`) is a PunchOutError.
 */
export async function punchOutSetup(url, request, {timeout = 5000, headers = {}, startPageHosts = START_PAGE_HOSTS} = {}) {
  let response;
  let text;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'text/xml; charset=utf-8', Accept: 'text/xml', ...headers},
      body: buildSetupRequest(request),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeout),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PunchOutError(`the supplier answered HTTP ${response.status}`);
    }
    text = await readAnswer(response);
  } catch (error) {
    if (error instanceof PunchOutError) throw error;
    if (error.name === 'TimeoutError') throw new PunchOutError(`the supplier took longer than ${timeout} ms`, {timeout: true});
    throw new PunchOutError(`the supplier did not answer (${error.cause?.code ?? error.name})`);
  }
  let doc;
  try {
    doc = parseCxml(text);
  } catch (error) {
    throw new PunchOutError(`the supplier's answer is not usable cXML: ${error.message}`);
  }
  const status = doc.Response?.Status;
  if (status?.['@_code'] !== '200') {
    throw new PunchOutError(`the supplier refused the setup: ${status?.['@_code'] ?? '?'} ${status?.['@_text'] ?? ''}`.trim());
  }
  const startUrl = doc.Response?.PunchOutSetupResponse?.StartPage?.URL;
  if (typeof startUrl !== 'string' || !startUrl) throw new PunchOutError('the supplier sent no StartPage/URL');
  if (!isStartPage(startUrl, startPageHosts))
    throw new PunchOutError(`the supplier's StartPage/URL is not an https page on ${startPageHosts.join(' or ')}`);
  return startUrl;
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (ch) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[ch]);

function sameSecret(given, expected) {
  const a = Buffer.from(String(given ?? ''));
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A copy of a parsed document with every SharedSecret, at any depth, replaced. */
function hideSecrets(node) {
  if (Array.isArray(node)) return node.map(hideSecrets);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === 'SharedSecret' ? '(hidden)' : hideSecrets(value)])
  );
}

const textOf = (node) => (typeof node === 'string' ? node : typeof node?.['#text'] === 'string' ? node['#text'] : '');
const first = (node) => (Array.isArray(node) ? node[0] : node);

/**
 * The buyer's email in the forms Amazon accepts, in its order: the `UserEmail`
 * extrinsic, an `Email` extrinsic, the ShipTo address's email, the Contact's.
 */
function buyerEmail(setupRequest, extrinsic) {
  const forms = [
    ['UserEmail extrinsic', extrinsic.UserEmail],
    ['Email extrinsic', extrinsic.Email],
    ['ShipTo/Address/Email', textOf(first(first(setupRequest?.ShipTo)?.Address)?.Email)],
    ['Contact/Email', textOf(first(first(setupRequest?.Contact)?.Email))],
  ];
  const found = forms.find(([, address]) => typeof address === 'string' && address.trim());
  return found && {from: found[0], address: found[1].trim()};
}

/**
 * Koa-style middleware: the stand-in for Amazon Business's punch-out.
 * POST SUPPLIER_PATH takes a PunchOutSetupRequest; GET /supplier/start/<id>
 * is the start page it hands out, good once and for five minutes.
 */
export function punchOutSupplierMiddleware({credentials = DEMO_PUNCHOUT, log = () => {}} = {}) {
  const starts = new Map(); // id -> {received, xml, expires}

  function prune() {
    const now = Date.now();
    for (const [id, start] of starts) if (start.expires <= now) starts.delete(id);
  }

  /**
   * Room for one more of `buyer`'s start pages: their own oldest goes when they
   * hold START_PAGES_PER_BUYER or the store is full; when all MAX_START_PAGES
   * are other buyers' live pages, false (the setup is refused: nobody else's
   * page is ever lost).
   */
  function makeRoom(buyer) {
    prune();
    const theirs = [...starts].filter(([, start]) => start.buyer === buyer).map(([id]) => id);
    while (theirs.length && (theirs.length >= START_PAGES_PER_BUYER || starts.size >= MAX_START_PAGES))
      starts.delete(theirs.shift());
    return starts.size < MAX_START_PAGES;
  }

  async function setup(ctx) {
    ctx.type = 'text/xml';
    let text;
    try {
      text = await readBody(ctx.req, MAX_XML);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      refuseRest(ctx);
      ctx.status = 413;
      ctx.body = buildSetupResponse(413, 'Request Entity Too Large');
      return;
    }
    let doc;
    try {
      doc = parseCxml(text);
    } catch (error) {
      ctx.status = 400;
      ctx.body = buildSetupResponse(400, `Bad Request: ${error.message}`);
      return;
    }
    const sender = doc.Header?.Sender?.Credential?.[0];
    const setupRequest = doc.Request?.PunchOutSetupRequest;
    if (sender?.Identity !== credentials.sender || !sameSecret(sender?.SharedSecret, credentials.sharedSecret)) {
      log('punch-out setup refused: bad credentials');
      ctx.body = buildSetupResponse(401, 'Unauthorized');
      return;
    }
    const extrinsic = Object.fromEntries((setupRequest?.Extrinsic ?? []).map((e) => [e['@_name'], e['#text'] ?? '']));
    const browserFormPost = setupRequest?.BrowserFormPost?.URL;
    const email = buyerEmail(setupRequest, extrinsic);
    if (setupRequest?.['@_operation'] !== 'create' || !setupRequest?.BuyerCookie || !email || !browserFormPost) {
      ctx.body = buildSetupResponse(400, 'Bad Request: operation, BuyerCookie, an email and BrowserFormPost are required');
      return;
    }
    // Demo only: a request may ask the stand-in to be slow (the demo's fault switch).
    const delay = Math.min(Number(ctx.get('X-Stand-In-Delay')) || 0, 30000);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const buyer = email.address.toLowerCase();
    if (!makeRoom(buyer)) {
      log('punch-out setup refused: every start page is taken');
      ctx.body = buildSetupResponse(503, 'Service Unavailable');
      return;
    }
    const id = randomBytes(18).toString('base64url');
    starts.set(id, {
      buyer,
      received: {
        userEmail: email.address,
        emailFrom: email.from,
        firstName: extrinsic.FirstName ?? '',
        lastName: extrinsic.LastName ?? '',
        businessUnit: extrinsic.UserBusinessUnit ?? '',
        buyerCookie: setupRequest.BuyerCookie,
        browserFormPost,
        lang: doc['@_xml:lang'] ?? '',
        deploymentMode: doc.Request?.['@_deploymentMode'] ?? 'production',
      },
      // Written again from the parsed document, every SharedSecret replaced: never the raw text, which may
      // carry the secret in CDATA, in a tag with spaces, or twice.
      xml: builder.build({cXML: hideSecrets(doc)}),
      expires: Date.now() + START_PAGE_LIFETIME_MS,
    });
    log(`punch-out setup for ${email.address} -> start page ${id.slice(0, 6)}…`);
    // Demo only: the start page is on the server the buyer's browser talks to (a real one is Amazon's https page).
    const host = /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(ctx.get('X-Stand-In-Public-Host'))
      ? ctx.get('X-Stand-In-Public-Host')
      : ctx.get('host');
    ctx.body = buildSetupResponse(200, 'OK', `http://${host}${START_PATH}${id}`);
  }

  function startPage(ctx, id) {
    prune();
    const start = starts.get(id);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    if (!start) {
      ctx.status = 410;
      ctx.body =
        '<!doctype html><title>Start page used or expired</title><p>This punch-out start page was already used or has expired. Start again from the amazon business tile.</p>';
      return;
    }
    starts.delete(id); // single use
    const r = start.received;
    const rows = [
      ['UserEmail', r.userEmail],
      ['email from', r.emailFrom],
      ['FirstName', r.firstName],
      ['LastName', r.lastName],
      ['UserBusinessUnit', r.businessUnit],
      ['BuyerCookie', r.buyerCookie],
      ['BrowserFormPost', r.browserFormPost],
      ['xml:lang', r.lang],
      ['deploymentMode', r.deploymentMode],
    ];
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in for Amazon Business's punch-out start page</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style></head>
<body>
<h1>Stand-in for Amazon Business's punch-out start page</h1>
<p><strong>This is not Amazon.</strong> It is the demo's local supplier, playing Amazon's side of the punch-out. On the real start page, Amazon Business signs the buyer in and runs convert, separate or join.</p>
<h2>What the PunchOutSetupRequest carried</h2>
<table>${rows.map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td data-field="${escapeHtml(name)}">${escapeHtml(value)}</td></tr>`).join('')}</table>
<h2>The cXML received, as parsed (every SharedSecret hidden)</h2>
<pre>${escapeHtml(start.xml)}</pre>
</body></html>`;
  }

  return async function punchOutSupplier(ctx, next) {
    if (ctx.path === SUPPLIER_PATH) {
      if (ctx.method !== 'POST') {
        ctx.status = 405;
        return;
      }
      await setup(ctx);
      return;
    }
    if (ctx.path.startsWith(START_PATH) && ctx.method === 'GET') {
      startPage(ctx, ctx.path.slice(START_PATH.length));
      return;
    }
    await next();
  };
}
