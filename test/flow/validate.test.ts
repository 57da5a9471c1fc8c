import {expect} from '@open-wc/testing';
import {emailProblem, validateSeparate, validateSignIn} from '../../src/flow/validate.js';

describe('validate', () => {
  it('emailProblem accepts ordinary and international addresses, trims', () => {
    for (const ok of ['user4@abdemoaccount.com', '  a.b+c@sub.example.ca ', 'josée@exemple.québec', 'user@例え.jp']) {
      expect(emailProblem(ok), ok).to.equal(undefined);
    }
  });

  it('emailProblem names what is wrong', () => {
    expect(emailProblem('   ')).to.equal('required');
    expect(emailProblem('no-at-sign.ca')).to.equal('email');
    expect(emailProblem('a@nodot')).to.equal('email');
    expect(emailProblem('a b@c.ca')).to.equal('email');
    expect(emailProblem('a@@c.ca')).to.equal('email');
    expect(emailProblem(`${'a'.repeat(250)}@c.ca`)).to.equal('too-long');
  });

  it('validateSignIn needs an identifier and a password, taken as typed', () => {
    expect(validateSignIn('', '')).to.deep.equal({identifier: 'required', password: 'required'});
    expect(validateSignIn('5145550100', ' spaced ')).to.deep.equal({});
    expect(validateSignIn('a@b.ca', 'x'.repeat(1025))).to.deep.equal({password: 'too-long'});
  });

  it('validateSeparate: valid, typed twice alike, not the work email', () => {
    expect(validateSeparate('me@home.ca', 'ME@home.ca ', 'w@work.ca')).to.deep.equal({});
    expect(validateSeparate('', '', 'w@work.ca')).to.deep.equal({personalEmail: 'required', confirmEmail: 'required'});
    expect(validateSeparate('me@home.ca', 'me@home.com', 'w@work.ca')).to.deep.equal({confirmEmail: 'mismatch'});
    expect(validateSeparate('W@Work.ca', 'w@work.ca', 'w@work.ca')).to.deep.equal({personalEmail: 'same-as-work'});
    expect(validateSeparate('bad', 'bad', 'w@work.ca')).to.deep.equal({personalEmail: 'email'});
  });
});
