import {expect} from '@open-wc/testing';
import {DEFAULT_TIMEOUT, buildInit, callEndpoint, timeoutMs} from '../../src/endpoint/client.js';
import {EndpointError} from '../../src/endpoint/errors.js';
import {fakeEndpoint, json, type FakeEndpoint} from '../helpers/fake-endpoint.js';

async function failure(promise: Promise<unknown>): Promise<EndpointError> {
  try {
    await promise;
  } catch (error) {
    return error as EndpointError;
  }
  throw new Error('did not fail');
}

describe('endpoint: timeoutMs', () => {
  it('takes a finite number of milliseconds from 1 to 2^31-1', () => {
    expect(timeoutMs(40)).to.equal(40);
    expect(timeoutMs('2500')).to.equal(2500);
    expect(timeoutMs(1)).to.equal(1);
    expect(timeoutMs(2 ** 31 - 1)).to.equal(2 ** 31 - 1);
  });

  it('falls back to the default for anything else', () => {
    for (const bad of ['abc', '-1', '0', '', ' ', -1, 0, 0.5, NaN, Infinity, 1e12, 2 ** 31, '2147483648', undefined, null, {}]) {
      expect(timeoutMs(bad), String(bad)).to.equal(DEFAULT_TIMEOUT);
    }
  });
});

describe('endpoint: buildInit', () => {
  it('never follows a redirect, whatever the host adds', () => {
    const init = buildInit({action: 'lookup', email: 'a@b.ca'}, {...({redirect: 'follow'} as object), credentials: 'include'});
    expect(init.redirect).to.equal('manual');
    expect(init.credentials).to.equal('include');
  });
});

describe('endpoint: callEndpoint', () => {
  let endpoint: FakeEndpoint;
  const signal = () => new AbortController().signal;
  beforeEach(() => {
    endpoint = fakeEndpoint();
  });
  afterEach(() => endpoint.restore());

  it('POSTs JSON with the protocol header; host headers merge but cannot override the protocol', async () => {
    endpoint.answer(json({status: 'amazon-account', accountName: 'A', token: 't'}));
    const result = await callEndpoint(
      {action: 'lookup', email: 'user4@abdemoaccount.com'},
      {
        endpoint: '/punchout/amazon-business',
        timeout: 1000,
        signal: signal(),
        extras: {
          headers: {'X-CSRF-Token': 'csrf-1', 'Content-Type': 'text/plain', 'AB-Registration-Protocol': '9'},
          credentials: 'include',
        },
      }
    );
    expect(result).to.deep.equal({action: 'lookup', value: {status: 'amazon-account', accountName: 'A', token: 't'}});
    const [sent] = endpoint.requests;
    expect(sent.url).to.equal('/punchout/amazon-business');
    expect(sent.method).to.equal('POST');
    expect(sent.credentials).to.equal('include');
    expect(sent.headers.get('X-CSRF-Token')).to.equal('csrf-1');
    expect(sent.headers.get('Content-Type')).to.equal('application/json');
    expect(sent.headers.get('Accept')).to.equal('application/json');
    expect(sent.headers.get('AB-Registration-Protocol')).to.equal('1');
    expect(sent.body).to.deep.equal({action: 'lookup', email: 'user4@abdemoaccount.com'});
  });

  it('defaults credentials to same-origin', async () => {
    endpoint.answer(json({}));
    await callEndpoint({action: 'decline', token: 't'}, {endpoint: '/e', timeout: 1000, signal: signal()});
    expect(endpoint.requests[0].credentials).to.equal('same-origin');
  });

  it('a network failure is `network`', async () => {
    endpoint.answer(new TypeError('Failed to fetch'));
    const error = await failure(callEndpoint({action: 'convert'}, {endpoint: '/e', timeout: 1000, signal: signal()}));
    expect(error.toInfo()).to.deep.equal({code: 'network'});
  });

  it('no answer within `timeout` is `timeout`', async () => {
    endpoint.answer('hang');
    const error = await failure(callEndpoint({action: 'convert'}, {endpoint: '/e', timeout: 30, signal: signal()}));
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('an abort by the caller is not an EndpointError', async () => {
    endpoint.answer('hang');
    const controller = new AbortController();
    const pending = failure(callEndpoint({action: 'convert'}, {endpoint: '/e', timeout: 1000, signal: controller.signal}));
    controller.abort();
    expect(await pending).not.to.be.instanceOf(EndpointError);
  });

  it('a 200 that is not JSON, or not the protocol, is `protocol`', async () => {
    endpoint.answer(new Response('<html>Welcome</html>', {status: 200}), json({shopUrl: 'http://evil.example/'}));
    const notJson = await failure(callEndpoint({action: 'convert'}, {endpoint: '/e', timeout: 1000, signal: signal()}));
    expect(notJson.toInfo()).to.deep.equal({code: 'protocol', status: 200});
    const badUrl = await failure(callEndpoint({action: 'convert'}, {endpoint: '/e', timeout: 1000, signal: signal()}));
    expect(badUrl.code).to.equal('protocol');
  });

  it('error answers map to their codes with status and Retry-After', async () => {
    endpoint.answer(
      json({error: {code: 'invalid-credentials', field: 'password'}}, 401),
      json({error: {code: 'rate-limited'}}, 429, {'Retry-After': '12'}),
      new Response('<h1>502 Bad Gateway</h1>', {status: 502, headers: {'Content-Type': 'text/html'}})
    );
    const options = {endpoint: '/e', timeout: 1000, signal: signal()};
    const request = {action: 'sign-in', email: 'a@b.ca', password: 'pw', token: 't'} as const;
    expect((await failure(callEndpoint(request, options))).toInfo()).to.deep.equal({code: 'invalid-credentials', status: 401});
    expect((await failure(callEndpoint(request, options))).toInfo()).to.deep.equal({
      code: 'rate-limited',
      status: 429,
      retryAfter: 12,
    });
    expect((await failure(callEndpoint(request, options))).toInfo()).to.deep.equal({code: 'unavailable', status: 502});
  });
});
