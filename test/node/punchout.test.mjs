// The reference's punch-out client (demo/punchout.mjs), on Node: the StartPage
// a supplier answers is where the buyer's browser goes, so it is checked as the
// widget checks a hand-off URL. Run by `node --test test/node/` (npm test).
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import Koa from 'koa';
import {createDemoSessions, createReferenceEndpoint, demoLoginMiddleware} from '../../demo/reference-endpoint.mjs';
import {
  PunchOutError,
  buildSetupRequest,
  buildSetupResponse,
  isStartPage,
  parseCxml,
  punchOutSetup,
} from '../../demo/punchout.mjs';
import {SETUP_REQUEST as request, dtdErrors, listen, login, sessionOf, standIn} from './helpers.mjs';

describe('punchOutSetup: the StartPage the supplier answers', () => {
  let server;
  let supplier;
  let startPage = '';
  before(async () => {
    let origin;
    ({server, origin} = await listen((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {'Content-Type': 'text/xml; charset=utf-8'});
        res.end(buildSetupResponse(200, 'OK', startPage));
      });
    }));
    supplier = `${origin}/setup`;
  });
  after(() => server.close());

  for (const url of [
    'javascript:alert(document.domain)',
    'data:text/html,<h1>Amazon</h1>',
    'http://www.amazon.ca/start',
    'https://www.amazon.ca.evil.example/start',
    'https://www.\u0430mazon.ca/start',
    'https://evilamazon.ca/start',
    'https://www.amazon.ca@evil.example/start',
    '/relative/start',
  ]) {
    it(`refuses ${url}`, async () => {
      startPage = url;
      await assert.rejects(
        punchOutSetup(supplier, request),
        (error) => error instanceof PunchOutError && /StartPage/.test(error.message)
      );
    });
  }

  for (const url of [
    'https://www.amazon.ca/b2b/start?x=1',
    'https://www.amazon.com/start',
    'http://127.0.0.1:8000/supplier/start/x',
  ]) {
    it(`returns ${url}`, async () => {
      startPage = url;
      assert.equal(await punchOutSetup(supplier, request), url);
    });
  }

  it('startPageHosts replaces the list', () => {
    assert.equal(isStartPage('https://eu.punchout.example.com/s', ['punchout.example.com']), true);
    assert.equal(isStartPage('https://www.amazon.ca/s', ['punchout.example.com']), false);
  });
});

describe('punchOutSetup: the supplier answer is read bounded, on time, in its own charset', () => {
  let server;
  let origin;
  /** How each request is answered, by path. */
  const answers = new Map();
  const written = new Map();
  before(async () => {
    ({server, origin} = await listen((req, res) => {
      req.resume();
      req.on('end', () => answers.get(req.url)?.(req, res));
    }));
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('stops reading an answer past its cap (64 KiB) at once, however large the supplier makes it', async () => {
    answers.set('/huge', (req, res) => {
      res.writeHead(200, {'Content-Type': 'text/xml'});
      let sent = 0;
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const more = () => {
        while (sent < 300 * 1024 * 1024) {
          sent += chunk.length;
          written.set('/huge', sent);
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => written.set('/huge', sent));
      more();
    });
    const started = Date.now();
    await assert.rejects(
      punchOutSetup(`${origin}/huge`, request, {timeout: 3000}),
      (error) => error instanceof PunchOutError && /larger than/.test(error.message)
    );
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      written.get('/huge') < 32 * 1024 * 1024,
      `the supplier wrote ${written.get('/huge')} bytes before the reader let go`
    );
  });

  it('gives up on an answer dripped past the timeout: a timeout, not a crash', async () => {
    answers.set('/drip', (req, res) => {
      res.writeHead(200, {'Content-Type': 'text/xml'});
      res.write('<?xml version="1.0"?>');
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    await assert.rejects(
      punchOutSetup(`${origin}/drip`, request, {timeout: 500}),
      (error) => error instanceof PunchOutError && error.timeout === true
    );
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
  });

  it('reads an answer in the charset it declares, and refuses one it cannot read', async () => {
    const refusal = (charset) => (req, res) => {
      res.writeHead(200, {'Content-Type': `text/xml; charset=${charset}`});
      res.end(
        Buffer.from(buildSetupResponse(403, 'Accès refusé').replace('encoding="UTF-8"', `encoding="${charset}"`), 'latin1')
      );
    };
    answers.set('/latin1', refusal('ISO-8859-1'));
    await assert.rejects(punchOutSetup(`${origin}/latin1`, request), (error) => /403 Accès refusé/.test(error.message));
    answers.set('/unknown', refusal('x-klingon'));
    await assert.rejects(
      punchOutSetup(`${origin}/unknown`, request),
      (error) => error instanceof PunchOutError && /charset/.test(error.message)
    );
  });
});

describe('cXML: well-formed only, and nothing XML forbids', () => {
  const good = buildSetupResponse(200, 'OK', 'https://www.amazon.ca/start');
  for (const [what, text] of [
    ['a missing close tag', good.replace('</StartPage>', '')],
    ['two roots', `${good}<cXML/>`],
    ['a bare &', good.replace('/start</URL>', '/start?a=1&b=2</URL>')],
    ['a duplicate attribute', good.replace('code="200"', 'code="200" code="500"')],
    ['a mismatched tag', good.replace('</Response>', '</Respons>')],
    ['an unquoted attribute', good.replace('code="200"', 'code=200')],
    ['text after the root', `${good}trailing`],
  ]) {
    it(`parseCxml refuses ${what}`, () => {
      assert.throws(() => parseCxml(text), /well-formed|cXML/);
    });
  }

  it('the builder leaves out characters XML 1.0 forbids (from a directory name), and escapes the rest', () => {
    const xml = buildSetupRequest({
      ...request,
      buyer: {
        email: 'user4@abdemoaccount.com',
        firstName: 'A\u0000l\u000bex\u001b',
        lastName: 'X</Extrinsic><Extrinsic name="UserEmail">ceo@corp.example & "co"',
      },
    });
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const doc = parseCxml(xml);
    const extrinsics = Object.fromEntries(doc.Request.PunchOutSetupRequest.Extrinsic.map((e) => [e['@_name'], e['#text']]));
    assert.equal(extrinsics.FirstName, 'Alex');
    assert.equal(extrinsics.LastName, 'X</Extrinsic><Extrinsic name="UserEmail">ceo@corp.example & "co"');
    assert.equal(extrinsics.UserEmail, 'user4@abdemoaccount.com');
  });
});

describe('the reference endpoint: an email with a control character is not an email', () => {
  const CONTROLLED = [
    'us\u0001er4@abdemoaccount.com',
    'user4\u001b@abdemoaccount.com',
    'user4@abdemo\u007faccount.com',
    'user4@abdemoaccount.c\u0085om',
  ];

  it('the demo login refuses U+0001, ESC, DEL and C1 controls, so none reaches a session or the cXML', async () => {
    const app = new Koa();
    app.use(demoLoginMiddleware({sessions: createDemoSessions()}));
    const {origin, close} = await listen(app.callback());
    try {
      for (const email of CONTROLLED) {
        const answer = await fetch(`${origin}/api/demo-login`, {
          method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({email}),
        });
        assert.equal(answer.status, 422, JSON.stringify(email));
        assert.deepEqual(answer.headers.getSetCookie(), [], JSON.stringify(email));
      }
      assert.match(await login(origin, 'user4@abdemoaccount.com'), /^ab-demo-session=[\w-]{32}$/);
    } finally {
      close();
    }
  });

  it('separate refuses them in the personal email', async () => {
    const {handle} = createReferenceEndpoint();
    const buyer = sessionOf('user4@abdemoaccount.com');
    const {token} = await handle({action: 'lookup'}, buyer);
    await handle({action: 'sign-in', token, email: 'user4@abdemoaccount.com', password: 'pw'}, buyer);
    for (const personalEmail of CONTROLLED) {
      await assert.rejects(
        handle({action: 'separate', token, personalEmail}, buyer),
        (error) => error.code === 'invalid-email' && error.field === 'personalEmail',
        JSON.stringify(personalEmail)
      );
    }
    assert.equal((await handle({action: 'separate', token, personalEmail: 'me@example.com'}, buyer)).businessEmail, buyer.email);
  });
});

describe('the PunchOutSetupRequest as Amazon documents it, and the stand-in reading it', () => {
  const base = {...request, buyer: {...request.buyer, businessUnit: 'Achats'}};

  it('sends production unless told otherwise, the buyer group as UserBusinessUnit, and Amazon as To', () => {
    const doc = parseCxml(buildSetupRequest(base));
    assert.equal(doc.Request['@_deploymentMode'], 'production');
    assert.equal(parseCxml(buildSetupRequest({...base, deploymentMode: 'test'})).Request['@_deploymentMode'], 'test');
    const extrinsics = Object.fromEntries(doc.Request.PunchOutSetupRequest.Extrinsic.map((e) => [e['@_name'], e['#text']]));
    assert.equal(extrinsics.UserBusinessUnit, 'Achats');
    assert.deepEqual(doc.Header.To.Credential, [{'@_domain': 'DUNS', Identity: '128990368'}]);
  });

  /** What the stand-in's start page says it received for `xml`, or its Status if it handed out none. */
  async function received(xml) {
    const {status, text, page} = await standIn(xml);
    if (!page) return {status, text};
    return Object.fromEntries([...page.matchAll(/<td data-field="([^"]+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]));
  }

  const withoutUserEmail = (xml) => xml.replace(/<Extrinsic name="UserEmail">[^<]*<\/Extrinsic>/, '');
  for (const [form, insert] of [
    ['Email extrinsic', '<Extrinsic name="Email">camille@abdemoaccount.com</Extrinsic>'],
    [
      'ShipTo/Address/Email',
      '<ShipTo><Address addressID="1"><Name xml:lang="fr-CA">Siège</Name><Email name="default">camille@abdemoaccount.com</Email></Address></ShipTo>',
    ],
    [
      'Contact/Email',
      '<Contact role="endUser"><Name xml:lang="fr-CA">Camille</Name><Email>camille@abdemoaccount.com</Email></Contact>',
    ],
  ]) {
    it(`the stand-in takes the buyer's email from the ${form}, as Amazon does`, async () => {
      // Where cXML puts it: extrinsics before BrowserFormPost; Contact, then ShipTo, after it.
      const xml = form.endsWith('extrinsic')
        ? withoutUserEmail(buildSetupRequest(base)).replace('<BrowserFormPost>', `${insert}<BrowserFormPost>`)
        : withoutUserEmail(buildSetupRequest(base)).replace('</BrowserFormPost>', `</BrowserFormPost>${insert}`);
      assert.equal(dtdErrors(xml), '', 'a request as cXML allows it');
      const got = await received(xml);
      assert.equal(got.UserEmail, 'camille@abdemoaccount.com', JSON.stringify(got));
      assert.equal(got['email from'], form);
      assert.equal(got.UserBusinessUnit, 'Achats');
    });
  }

  it('the stand-in refuses a request with no email in any form', async () => {
    const got = await received(withoutUserEmail(buildSetupRequest(base)));
    assert.equal(got.status, '400');
  });
});
