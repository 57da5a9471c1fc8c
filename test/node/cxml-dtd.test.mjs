// Every cXML message the reference sends and the stand-in answers, valid against
// the cXML DTD (xmllint, Debian's libxml2-utils; the DTD: test/fixtures/cxml).
// The messages are the real ones: captured on the wire of a hand-off round trip.
import Koa from 'koa';
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {DEMO_PUNCHOUT, SUPPLIER_PATH, buildSetupRequest, punchOutSupplierMiddleware} from '../../demo/punchout.mjs';
import {createDemoSessions, demoLoginMiddleware, referenceEndpointMiddleware} from '../../demo/reference-endpoint.mjs';
import {SETUP_REQUEST, dtdErrors, listen, login, protocolPost} from './helpers.mjs';

/** What crossed SUPPLIER_PATH: each request's body and the answer's. */
const wire = [];
let origin;
let close;

before(async () => {
  const sessions = createDemoSessions();
  const app = new Koa();
  app.use(async (ctx, next) => {
    if (ctx.path !== SUPPLIER_PATH) return next();
    const chunks = [];
    ctx.req.on('data', (chunk) => chunks.push(chunk));
    await next();
    wire.push({request: Buffer.concat(chunks).toString('utf8'), answer: String(ctx.body), status: ctx.status});
  });
  app.use(demoLoginMiddleware({sessions}));
  app.use(referenceEndpointMiddleware({path: '/api', mode: 'handoff', sessions}));
  app.use(punchOutSupplierMiddleware());
  ({origin, close} = await listen(app.callback()));
});
after(() => close());

const call = (body, cookie, lang = 'fr-CA') =>
  protocolPost(`${origin}/api`, body, {'Accept-Language': lang, Cookie: cookie}).then((answer) => answer.json());

describe('cXML on the wire: valid against the cXML DTD', () => {
  it('the PunchOutSetupRequests the reference sends and the PunchOutSetupResponses it reads, for every hand-off buyer', async () => {
    for (const [email, lang] of [
      ['new@abdemoaccount.com', 'fr-CA'],
      ['user4@abdemoaccount.com', 'en-CA'],
      ['single@abdemoaccount.com', 'fr-CA'],
    ]) {
      const cookie = await login(origin, email);
      const lookup = await call({action: 'lookup'}, cookie, lang);
      if (!lookup.shopUrl) assert.ok((await call({action: 'handoff', token: lookup.token}, cookie, lang)).url, email);
    }
    assert.equal(wire.length, 3);
    for (const {request, answer, status} of wire) {
      assert.equal(status, 200);
      assert.equal(dtdErrors(request), '', request);
      assert.equal(dtdErrors(answer), '', answer);
    }
  });

  it("the stand-in's refusals: a bad secret, a bad request, no room", async () => {
    const post = (xml) => fetch(`${origin}${SUPPLIER_PATH}`, {method: 'POST', body: xml}).then((answer) => answer.text());
    const answers = [
      await post(buildSetupRequest({...SETUP_REQUEST, credentials: {...DEMO_PUNCHOUT, sharedSecret: 'guess'}})),
      await post('<cXML>not a setup request'),
      await post(buildSetupRequest(SETUP_REQUEST).replace(/<BuyerCookie>[^<]*<\/BuyerCookie>/, '<BuyerCookie></BuyerCookie>')),
    ];
    for (const answer of answers) {
      assert.match(answer, /<Status code="(401|400)"/);
      assert.equal(dtdErrors(answer), '', answer);
    }
  });

  it('names with &, <, quotes and controls, test mode, and a buyer group: still valid', () => {
    const xml = buildSetupRequest({
      ...SETUP_REQUEST,
      buyer: {
        email: 'user4@abdemoaccount.com',
        firstName: 'Zoë "Z" <Admin>',
        lastName: 'X</Extrinsic><Extrinsic name="UserEmail">ceo@corp.example & co\u0000\u000b',
        businessUnit: 'R&D',
      },
      lang: 'fr-CA',
      deploymentMode: 'test',
    });
    assert.equal(dtdErrors(xml), '');
  });

  it('the check catches what the DTD forbids (so a pass means something)', () => {
    const good = buildSetupRequest(SETUP_REQUEST);
    for (const [what, bad] of [
      ['no BuyerCookie', good.replace(/<BuyerCookie>[^<]*<\/BuyerCookie>/, '')],
      [
        'BrowserFormPost before the Extrinsics',
        good.replace(/(<Extrinsic[\s\S]*<\/Extrinsic>)(\s*)(<BrowserFormPost>[\s\S]*<\/BrowserFormPost>)/, '$3$2$1'),
      ],
      ['no operation', good.replace(' operation="create"', '')],
      ['a deploymentMode cXML does not have', good.replace('deploymentMode="production"', 'deploymentMode="live"')],
      ['no Sender', good.replace(/<Sender>[\s\S]*<\/Sender>/, '')],
    ]) {
      assert.notEqual(dtdErrors(bad), '', what);
    }
  });
});
