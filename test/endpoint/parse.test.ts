import {expect} from '@open-wc/testing';
import {EndpointError} from '../../src/endpoint/errors.js';
import {explain} from '../../src/endpoint/explain.js';
import {
  HANDOFF_HOSTS,
  isSafeUrl,
  onHosts,
  parseFailure,
  parseResult,
  parseRetryAfter,
  safeUrl,
} from '../../src/endpoint/parse.js';
import type {Action} from '../../src/endpoint/protocol.js';

const SHOP = 'https://www.amazon.ca/business';

function rejects(action: Action, body: unknown, expectInvitation = false): EndpointError {
  try {
    parseResult(action, body, expectInvitation);
  } catch (error) {
    expect(error).to.be.instanceOf(EndpointError);
    expect((error as EndpointError).code).to.equal('protocol');
    return error as EndpointError;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('endpoint: parseResult accepts what protocol v1 allows', () => {
  it('lookup answers of every status', () => {
    expect(parseResult('lookup', {status: 'new', accountName: 'A', shopUrl: SHOP, token: 't'})).to.deep.equal({
      action: 'lookup',
      value: {status: 'new', accountName: 'A', shopUrl: SHOP, token: 't'},
    });
    expect(parseResult('lookup', {status: 'member', accountName: 'A', shopUrl: SHOP}).value).to.include({status: 'member'});
    expect(parseResult('lookup', {status: 'amazon-account', accountName: 'A'}).value).to.deep.equal({
      status: 'amazon-account',
      accountName: 'A',
    });
    expect(parseResult('choose', {status: 'business-account', accountName: ''}).value).to.include({status: 'business-account'});
    expect(parseResult('lookup', {status: 'unknown', accountName: 'A'}).value).to.include({status: 'unknown'});
    expect(parseResult('lookup', {status: 'blocked', accountName: 'A', reason: 'multi-user-admin'}).value).to.include({
      reason: 'multi-user-admin',
    });
  });

  it('drops fields the protocol does not know', () => {
    const {value} = parseResult('lookup', {status: 'amazon-account', accountName: 'A', html: '<img onerror=alert(1)>'});
    expect(value).to.deep.equal({status: 'amazon-account', accountName: 'A'});
  });

  it('sign-in: {} after amazon-account, an invitation after business-account', () => {
    expect(parseResult('sign-in', {}).value).to.deep.equal({});
    const invitation = {inviterEmail: 'a@b.ca', organizationName: 'Exemple'};
    expect(parseResult('sign-in', {invitation}, true).value).to.deep.equal({invitation});
  });

  it('convert, join, separate and decline', () => {
    expect(parseResult('convert', {shopUrl: SHOP}).value).to.deep.equal({shopUrl: SHOP});
    expect(parseResult('join', {shopUrl: 'http://localhost:8000/shop'}).value).to.deep.equal({
      shopUrl: 'http://localhost:8000/shop',
    });
    expect(parseResult('separate', {shopUrl: SHOP, businessEmail: 'w@x.ca'}).value).to.deep.equal({
      shopUrl: SHOP,
      businessEmail: 'w@x.ca',
    });
    expect(parseResult('decline', {}).value).to.deep.equal({});
  });
});

describe('endpoint: parseResult rejects what does not match', () => {
  it('bodies that are not JSON objects', () => {
    for (const body of [null, [], 'ok', 42, true]) rejects('lookup', body);
    rejects('decline', null);
  });

  it('an unknown or missing status, a missing or wrong-typed accountName', () => {
    rejects('lookup', {status: 'admin', accountName: 'A'});
    rejects('lookup', {accountName: 'A'});
    rejects('lookup', {status: 'amazon-account'});
    rejects('lookup', {status: 'amazon-account', accountName: 7});
    rejects('lookup', {status: 'amazon-account', accountName: 'A'.repeat(257)});
    rejects('lookup', {status: 'amazon-account', accountName: 'A', token: 12});
  });

  it('new and member without shopUrl; blocked without reason', () => {
    rejects('lookup', {status: 'new', accountName: 'A'});
    rejects('lookup', {status: 'member', accountName: 'A'});
    rejects('lookup', {status: 'blocked', accountName: 'A'});
  });

  it('a shopUrl that is not https (or http on localhost)', () => {
    for (const shopUrl of [
      'http://www.amazon.ca/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative/shop',
      'https://user:pw@amazon.ca/',
      'ftp://amazon.ca',
      12,
    ]) {
      rejects('convert', {shopUrl});
    }
    rejects('lookup', {status: 'amazon-account', accountName: 'A', shopUrl: 'javascript:alert(1)'});
  });

  it('sign-in after business-account without a complete invitation', () => {
    rejects('sign-in', {}, true);
    rejects('sign-in', {invitation: {inviterEmail: 'a@b.ca'}}, true);
    rejects('sign-in', {invitation: 'x'}, true);
  });

  it('separate without businessEmail', () => {
    rejects('separate', {shopUrl: SHOP});
  });
});

describe('endpoint: isSafeUrl', () => {
  it('allows https anywhere and http only on localhost', () => {
    expect(isSafeUrl('https://www.amazon.ca/gp/help/contact-us')).to.equal(true);
    expect(isSafeUrl('http://localhost:8000/')).to.equal(true);
    expect(isSafeUrl('http://127.0.0.1/')).to.equal(true);
    expect(isSafeUrl('http://[::1]:3000/')).to.equal(true);
    expect(isSafeUrl('http://example.com/')).to.equal(false);
    expect(isSafeUrl('JaVaScRiPt:alert(1)')).to.equal(false);
    expect(isSafeUrl(`https://a.ca/${'x'.repeat(2100)}`)).to.equal(false);
  });
});

describe('endpoint: hand-off mode', () => {
  it('keeps "mode": "handoff" after amazon-account and business-account only', () => {
    for (const status of ['amazon-account', 'business-account']) {
      const {value} = parseResult('lookup', {status, accountName: 'A', mode: 'handoff'}) as {value: {mode?: string}};
      expect(value.mode, status).to.equal('handoff');
    }
    for (const status of ['unknown', 'blocked']) {
      const {value} = parseResult('choose', {status, accountName: 'A', reason: 'x', mode: 'handoff'}) as {value: {mode?: string}};
      expect(value.mode, status).to.equal(undefined);
    }
  });

  it('reads any other mode as the full mode: every answer valid before stays valid', () => {
    for (const mode of [undefined, 'full', 'HANDOFF', 42, null]) {
      const {value} = parseResult('lookup', {status: 'amazon-account', accountName: 'A', mode}) as {value: {mode?: string}};
      expect(value.mode, String(mode)).to.equal(undefined);
    }
  });

  it('takes the canonical https start page from a handoff answer, and refuses anything else', () => {
    expect(parseResult('handoff', {url: 'HTTPS://www.amazon.ca/punchout/start?s=1'})).to.deep.equal({
      action: 'handoff',
      value: {url: 'https://www.amazon.ca/punchout/start?s=1'},
    });
    for (const url of [undefined, '', 'http://www.amazon.ca/start', 'javascript:alert(1)', '/relative', ' https://a.ca/', 42]) {
      expect(rejects('handoff', {url}).refusal, String(url)).to.deep.equal({problem: 'not-https', key: 'url'});
    }
  });

  it("refuses a start page off handoffHosts (default: Amazon's sites), on a label boundary, lookalikes included", () => {
    expect(HANDOFF_HOSTS).to.deep.equal(['amazon.com', 'amazon.ca']);
    for (const url of [
      'https://www.amazon.ca.evil.example/',
      'https://amazon.com.evil.example/',
      'https://evilamazon.ca/',
      'https://www.\u0430mazon.ca/', // Cyrillic а
      'https://www.amazon.c\u0430/',
      'https://evil.example/www.amazon.ca',
      'https://evil.example/?www.amazon.ca',
      'https://www.amazon.ca.',
    ]) {
      expect(rejects('handoff', {url}).refusal, url).to.deep.equal({problem: 'not-handoff-host', key: 'url'});
    }
    for (const url of [
      'https://www.amazon.ca/start',
      'https://AMAZON.COM/start',
      'https://a.b.amazon.com/',
      'http://127.0.0.1:8000/s',
      'https://localhost/s',
    ]) {
      expect(parseResult('handoff', {url}).value, url).to.deep.equal({url: new URL(url).href});
    }
  });

  it('handoffHosts replaces the default; entries are host names, compared without case; anything but a list is the default', () => {
    expect(
      parseResult('handoff', {url: 'https://eu.punchout.example.com/s'}, false, ['Punchout.Example.com ']).value
    ).to.deep.equal({
      url: 'https://eu.punchout.example.com/s',
    });
    expect(onHosts('https://www.amazon.ca/s', ['punchout.example.com'])).to.equal(false);
    // An entry is a host name of two labels or more: nothing that would match a whole top-level domain, or every host.
    for (const hosts of [[], ['*'], ['.ca'], ['https://www.amazon.ca'], ['amazon.ca/'], [''], ['ca']]) {
      expect(onHosts('https://www.amazon.ca/s', hosts), JSON.stringify(hosts)).to.equal(false);
    }
    expect(onHosts('https://www.amazon.ca/s', 'evil.example' as unknown as string[])).to.equal(true);
  });
});

describe('endpoint: explain says in words why an answer was refused', () => {
  it('names the key and the problem, as the checker prints them', () => {
    const cases: [Action, unknown, string][] = [
      ['lookup', 'ok', 'the body is not a JSON object'],
      ['lookup', {status: 'admin', accountName: 'A'}, 'unknown "status"'],
      ['lookup', {status: 'amazon-account', accountName: 7}, '"accountName" is not a string'],
      ['lookup', {status: 'amazon-account', accountName: 'A'.repeat(257)}, '"accountName" is too long'],
      ['convert', {shopUrl: 'http://www.amazon.ca/'}, '"shopUrl" is not an https URL'],
    ];
    for (const [action, body, words] of cases) expect(explain(rejects(action, body)), words).to.equal(words);
    expect(explain(rejects('sign-in', {}, true))).to.equal('"invitation" is missing');
    expect(explain(new EndpointError({code: 'protocol'}, {problem: 'not-json'}))).to.equal('the answer is not JSON');
    expect(explain(new EndpointError({code: 'protocol'}, {problem: 'redirect'}))).to.equal('redirects are not followed');
    // Any other failure is its code: the message holds nothing from the endpoint.
    expect(explain(parseFailure(503, '<h1>Down</h1>', null))).to.equal('unavailable');
  });
});

describe('endpoint: safeUrl', () => {
  it('returns the canonical href', () => {
    expect(safeUrl('HTTPS://WWW.Amazon.CA/business')).to.equal('https://www.amazon.ca/business');
    expect(safeUrl('https://www.amazon.ca')).to.equal('https://www.amazon.ca/');
    expect(safeUrl('https://www.amazon.ca/café')).to.equal('https://www.amazon.ca/caf%C3%A9');
    expect(safeUrl('http://LOCALHOST:8000/shop')).to.equal('http://localhost:8000/shop');
  });

  it('refuses what the URL parser would repair: spaces, controls, backslashes, missing slashes', () => {
    for (const raw of [
      '  HTTPS://www.amazon.ca/x  ',
      ' https://www.amazon.ca/',
      'https://www.amazon.ca/ ',
      'https://www.ama\nzon.ca/',
      'https://www.amazon.ca/\tx',
      'https://www.amazon.ca/\rx',
      'https:\\\\evil.example/',
      'https:/\\evil.example/',
      // Only the backslash rule refuses these: the parser reads a backslash as a slash, so the host is not what it seems.
      'https://evil.example\\www.amazon.ca/',
      'https://www.amazon.ca\\@evil.example/',
      'https:/www.amazon.ca/x',
      'https:www.amazon.ca/x',
      'https:///www.amazon.ca/x',
      'https://www.amazon.ca/\u0000',
      'https://www.amazon.ca/\u0085',
      'https://user:pw@www.amazon.ca/',
      'ftp://www.amazon.ca/',
    ]) {
      expect(safeUrl(raw), JSON.stringify(raw)).to.equal(undefined);
      expect(isSafeUrl(raw), JSON.stringify(raw)).to.equal(false);
    }
  });

  it('parseResult passes the canonical URL on', () => {
    const {value} = parseResult('convert', {shopUrl: 'HTTPS://www.amazon.ca/b'}) as {value: {shopUrl: string}};
    expect(value.shopUrl).to.equal('https://www.amazon.ca/b');
    expect(rejects('convert', {shopUrl: 'https://www.amazon.ca/\nb'}).refusal).to.deep.equal({
      problem: 'not-https',
      key: 'shopUrl',
    });
  });
});

describe('endpoint: values shown inside sentences', () => {
  it('lose C0 and C1 controls and every bidi mark, embedding, override and isolate', () => {
    const {value} = parseResult('lookup', {
      status: 'amazon-account',
      accountName: '\u202EEvil\u0000 Corp\u2069\u2066\u200F\u009B\u061C\u007F',
    }) as {value: {accountName: string}};
    expect(value.accountName).to.equal('Evil Corp');
    const {value: signIn} = parseResult(
      'sign-in',
      {invitation: {inviterEmail: 'a\u202D@b.ca\n', organizationName: '\u202BOrg\u202C'}},
      true
    ) as {value: {invitation: {inviterEmail: string; organizationName: string}}};
    expect(signIn.invitation).to.deep.equal({inviterEmail: 'a@b.ca', organizationName: 'Org'});
    const {value: separate} = parseResult('separate', {shopUrl: SHOP, businessEmail: 'w\u2067@b.ca'}) as {
      value: {businessEmail: string};
    };
    expect(separate.businessEmail).to.equal('w@b.ca');
  });

  it('keep right-to-left letters, accents and emoji', () => {
    const {value} = parseResult('lookup', {status: 'unknown', accountName: 'שלום Café 🍁'}) as {value: {accountName: string}};
    expect(value.accountName).to.equal('שלום Café 🍁');
  });

  it('leave the token alone: it is opaque', () => {
    const {value} = parseResult('lookup', {status: 'unknown', accountName: 'A', token: 'a\u202Eb'}) as {value: {token: string}};
    expect(value.token).to.equal('a\u202Eb');
  });
});

describe('endpoint: parseFailure', () => {
  it('takes a known error code from the body', () => {
    const error = parseFailure(409, JSON.stringify({error: {code: 'email-taken', field: 'personalEmail'}}), null);
    expect(error.toInfo()).to.deep.equal({code: 'email-taken', status: 409});
    expect(error.retryable).to.equal(false);
  });

  it('maps unknown codes and shapeless bodies to unknown (4xx) or unavailable (5xx)', () => {
    expect(parseFailure(400, JSON.stringify({error: {code: 'teapot'}}), null).code).to.equal('unknown');
    expect(parseFailure(400, '<html>Bad</html>', null).code).to.equal('unknown');
    expect(parseFailure(502, '<html><body>Bad gateway</body></html>', null).code).to.equal('unavailable');
    expect(parseFailure(500, JSON.stringify({error: {code: 'oops'}}), null).code).to.equal('unavailable');
    expect(parseFailure(503, '', null).retryable).to.equal(true);
  });

  it('429 is rate-limited and carries Retry-After in seconds', () => {
    const error = parseFailure(429, '', '30');
    expect(error.toInfo()).to.deep.equal({code: 'rate-limited', status: 429, retryAfter: 30});
    expect(error.retryable).to.equal(true);
  });

  it('parseRetryAfter reads seconds and HTTP dates, caps and ignores nonsense', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:10 GMT', now)).to.equal(10);
    expect(parseRetryAfter('999999', now)).to.equal(3600);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
