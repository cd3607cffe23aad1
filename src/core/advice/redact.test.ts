import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSecrets, ibanValid, luhnValid, redact } from './redact.js';

const kinds = (text: string) => findSecrets(text).map((s) => s.kind);

describe('luhn and iban checks', () => {
  it('accepts test card numbers and rejects a changed digit', () => {
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('378282246310005'), true);
    assert.equal(luhnValid('4111111111111112'), false);
  });
  it('checks IBANs with mod 97', () => {
    assert.equal(ibanValid('GB82 WEST 1234 5698 7654 32'), true);
    assert.equal(ibanValid('DE89370400440532013000'), true);
    assert.equal(ibanValid('GB82 WEST 1234 5698 7654 33'), false);
  });
});

describe('redact', () => {
  it('masks card numbers written contiguously, with spaces and with dashes', () => {
    for (const card of ['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '3782 822463 10005', '5555555555554444']) {
      const r = redact(`Sure, my card is ${card} thanks`);
      assert.deepEqual(
        r.secrets.map((s) => s.kind),
        ['card'],
        card,
      );
      assert.ok(!r.text.includes(card), card);
      assert.ok(!/\d{4}/.test(r.text), r.text);
    }
  });

  it('leaves numbers that fail Luhn, Amazon order numbers and phone numbers readable', () => {
    assert.deepEqual(kinds('Card 4111 1111 1111 1112 was declined'), []);
    assert.deepEqual(kinds('Your order 112-1234567-1234567 has shipped'), []);
    assert.deepEqual(kinds('Call us at +1 (888) 555-0142 or 0300 123 2040'), []);
  });

  it('masks CVV and expiry next to their labels', () => {
    const r = redact('Card 4111111111111111 exp 09/27 CVV: 123');
    assert.deepEqual(
      r.secrets.map((s) => s.kind),
      ['card', 'card-expiry', 'cvv'],
    );
    assert.ok(!/09\/27|123/.test(r.text), r.text);
  });

  it('masks one-time codes on either side of the code word', () => {
    for (const t of ['Your Amazon verification code is 482913.', '482913 is your Amazon code. Do not share it.', 'OTP: 7719', 'the PIN 55123 they sent']) {
      const r = redact(t);
      assert.deepEqual(
        r.secrets.map((s) => s.kind),
        ['otp'],
        t,
      );
      assert.ok(!/\d{4}/.test(r.text), r.text);
    }
  });

  it('masks known code values passed by the caller wherever they occur', () => {
    const r = redact('I read them 918273 over the phone', ['918273']);
    assert.equal(r.text.includes('918273'), false);
  });

  it('masks passwords after a label or "is", but not prose about passwords', () => {
    for (const [t, pw] of [
      ['password: hunter2', 'hunter2'],
      ['my pw is Tr0ub4dor&3', 'Tr0ub4dor&3'],
      ['Password = "s3cret!"', 's3cret!'],
      ['I changed my password to Summer2024!', 'Summer2024!'],
      ['my password is fluffy.', 'fluffy'],
    ] as const) {
      const r = redact(t);
      assert.deepEqual(
        r.secrets.map((s) => s.kind),
        ['password'],
        t,
      );
      assert.ok(!r.text.includes(pw), r.text);
    }
    assert.equal(redact('my password is fluffy.').text, 'my password is [password removed].');
    assert.deepEqual(kinds('Your password is about to expire. Reset your password to keep access.'), []);
    assert.deepEqual(kinds('We will never ask for your password.'), []);
  });

  it('masks SSNs, labelled 9-digit SSNs and UK National Insurance numbers', () => {
    assert.deepEqual(kinds('SSN 123-45-6789'), ['ssn']);
    assert.deepEqual(kinds('social security number: 123456789'), ['ssn']);
    assert.deepEqual(kinds('NI number JG 10 37 29 B'), ['national-id']);
    // 000 and 666 areas are never issued: a date-like or reference number stays.
    assert.deepEqual(kinds('ref 000-12-3456'), []);
  });

  it('masks IBANs and labelled bank account and routing numbers', () => {
    assert.deepEqual(kinds('Send it to GB82 WEST 1234 5698 7654 32 today'), ['iban']);
    const r = redact('Routing number 021000021, account number: 12345678901, sort code 12-34-56');
    assert.deepEqual(
      r.secrets.map((s) => s.kind),
      ['bank-account', 'bank-account', 'bank-account'],
    );
    assert.ok(!/021000021|12345678901|12-34-56/.test(r.text), r.text);
  });

  it('masks gift card claim codes', () => {
    const r = redact('Claim code: AB12-CDEF34-GH56 and the second one 9X8Y-7W6V54-3T2S1');
    assert.deepEqual(
      r.secrets.map((s) => s.kind),
      ['gift-card-code', 'gift-card-code'],
    );
    assert.ok(!/AB12|9X8Y/.test(r.text));
  });

  it('keeps everything else byte for byte', () => {
    const t = 'Amazon: your order 112-1234567-1234567 of $499.99 on 12/03/2024. Visit http://amaz0n-verify.top/x';
    assert.equal(redact(t).text, t);
  });

  it('stays fast on long hostile input', () => {
    const t = `${'password: '.repeat(20_000)}${'1234 '.repeat(20_000)}${'code '.repeat(20_000)}`;
    const t0 = performance.now();
    redact(t);
    assert.ok(performance.now() - t0 < 2000);
  });
});
