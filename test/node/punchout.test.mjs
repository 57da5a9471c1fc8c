// The reference's punch-out client (demo/punchout.mjs), on Node: the StartPage
// a supplier answers is where the buyer's browser goes, so it is checked as the
// widget checks a hand-off URL. Run by `node --test test/node/` (npm test).
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {after, before, describe, it} from 'node:test';
import {DEMO_PUNCHOUT, PunchOutError, buildSetupResponse, isStartPage, punchOutSetup} from '../../demo/punchout.mjs';

describe('punchOutSetup: the StartPage the supplier answers', () => {
  let server;
  let supplier;
  let startPage = '';
  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {'Content-Type': 'text/xml; charset=utf-8'});
        res.end(buildSetupResponse(200, 'OK', startPage));
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    supplier = `http://127.0.0.1:${server.address().port}/setup`;
  });
  after(() => server.close());

  const request = {
    credentials: DEMO_PUNCHOUT,
    buyer: {email: 'user4@abdemoaccount.com', firstName: 'Alex', lastName: 'Tremblay'},
    buyerCookie: 'c00kie',
    browserFormPost: 'https://vendor.example/punchout/return',
  };

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
