import rule from './credential-link-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (body: string, from = 'alerts@example.net') => ({ input: eml({ from, body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: sign in on the official site, no link', message: mail('Sign in to your account on amazon.com to see your orders.') },
    { name: 'near miss: verify wording with only official links', message: { input: eml({ from: 'account-update@amazon.com', html: '<p>To verify your account, <a href="https://www.amazon.com/ap/signin">sign in</a>.</p>' }), channel: 'email' } },
    { name: 'near miss: calls are out of scope', message: { input: 'Caller: verify your account at amaz0n-help.top', channel: 'call' } },
    { name: 'near miss: genuine receipt "log in to your account to see the details" with an unrelated link', message: mail('You sent a payment of $12.98.\nTo see all the transaction details, log in to your PayPal account.\nSeller\nhttp://ebay.co.uk/help', 'service@paypal.co.uk') },
    { name: 'near miss: "verify now" with no link at all', message: 'Please verify now that the meeting room is booked.' },
    { name: 'near miss: “login” inside a tracking address is part of the address, not an ask', message: 'Amazon: your order has shipped. Track it at https://amzn-parcel-track.top/login.php?order=114-2231' },
  ],
  invalid: [
    {
      name: 'flags: click here to log in and verify (sms)',
      message: 'Click here to log in and verify your account: http://amaz0n-verify.top/login',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'log in and verify', start: 14, end: 31 }, { kind: 'text', text: 'http://amaz0n-verify.top/login', start: 46, end: 76 }], data: { phrase: 'log in and verify' } },
      ],
    },
    {
      name: 'flags: confirm your password at the link',
      message: mail('Confirm your password at the link below: http://bit.ly/abc'),
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Confirm your password', start: 16, end: 37 }, { kind: 'text', text: 'http://bit.ly/abc', start: 57, end: 74 }], data: { phrase: 'confirm your password' } },
      ],
    },
    {
      name: 'flags: update payment information here (html button)',
      message: { input: eml({ from: 'billing@example.net', html: '<p>Your Prime payment failed. Update your payment information <a href="https://secure-pay.example.top/u">here</a>.</p>' }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Update your payment information', start: 43, end: 74 }, { kind: 'text', text: 'here', start: 75, end: 79 }], data: { phrase: 'update your payment information' } },
      ],
    },
    {
      name: 'flags: German and Spanish #1: Bitte bestätigen Sie Ihr Konto hier: https://…',
      message: 'Bitte bestätigen Sie Ihr Konto hier: https://amzn-de.xyz',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'bestätigen Sie Ihr Konto', start: 6, end: 30 }, { kind: 'text', text: 'https://amzn-de.xyz', start: 37, end: 56 }], data: { phrase: 'bestätigen sie ihr konto' } },
      ],
    },
    {
      name: 'flags: German and Spanish #2: Verifique su cuenta aquí: https://amazon-es.t…',
      message: 'Verifique su cuenta aquí: https://amazon-es.top/v',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verifique su cuenta', start: 0, end: 19 }, { kind: 'text', text: 'https://amazon-es.top/v', start: 26, end: 49 }], data: { phrase: 'verifique su cuenta' } },
      ],
    },
    {
      name: 'weak: newsletter "log in to read more"',
      message: mail('Log in to read more: https://news.example.com/article/1'),
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'Log in to', start: 16, end: 25 }, { kind: 'text', text: 'https://news.example.com/article/1', start: 37, end: 71 }], data: { phrase: 'log in to' }, strength: 0.3 },
      ],
    },
    {
      name: 'flags: verify in the subject, a "Log in" button further down',
      message: { input: eml({ from: 'support@example.net', subject: 'Verify your identity to continue using your account', html: `<p>${'We detected an issue with your account that requires your immediate attention. '.repeat(3)}</p><p><a href="https://venmo-help.example.top/x">Log in</a></p>` }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verify your identity', start: 9, end: 29 }, { kind: 'text', text: 'Log in', start: 300, end: 306 }], data: { phrase: 'verify your identity' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: bare "Verify now at <link>" in a text',
      message: 'Amazon: your account is locked. Verify now at http://amaz0n-secure-login.top/ap/signin',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verify now', start: 32, end: 42 }, { kind: 'text', text: 'http://amaz0n-secure-login.top/ap/signin', start: 46, end: 86 }], data: { phrase: 'verify now' } },
      ],
    },
    {
      name: 'flags: a password reset asked for by a fake Netflix renewal text',
      message: 'Netflix: we could not renew your membership. Reset your password and update your account details at http://netflix-renew.top/account',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Reset your password', start: 45, end: 64 }, { kind: 'text', text: 'http://netflix-renew.top/account', start: 100, end: 132 }], data: { phrase: 'reset your password' } },
      ],
    },
    {
      name: 'flags: “validate your Apple ID” after a new-device scare',
      message: 'Apple: your Apple ID was used on a new device. Validate your Apple ID here: http://appleid-check.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Validate your Apple ID', start: 47, end: 69 }, { kind: 'text', text: 'http://appleid-check.top', start: 76, end: 100 }], data: { phrase: 'validate your apple id' } },
      ],
    },
    {
      name: 'flags: update your card details at a bank lookalike',
      message: 'Bank of America: update your card details within 24 hours at https://bofa-secure.top/card',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'update your card details', start: 17, end: 41 }, { kind: 'text', text: 'https://bofa-secure.top/card', start: 61, end: 89 }], data: { phrase: 'update your card details' } },
      ],
    },
    {
      name: 'flags: a wallet seed phrase asked for through a link',
      message: 'MetaMask: your wallet is out of sync. Verify your recovery phrase at https://metamask-sync.top to keep your funds.',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verify your recovery phrase', start: 38, end: 65 }, { kind: 'text', text: 'https://metamask-sync.top', start: 69, end: 94 }], data: { phrase: 'verify your recovery phrase' } },
      ],
    },
    {
      name: 'flags: “secure your account” after a sign-in scare',
      message: 'Microsoft: unusual sign-in activity. Secure your account: https://ms-account-secure.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Secure your account', start: 37, end: 56 }, { kind: 'text', text: 'https://ms-account-secure.top', start: 58, end: 87 }], data: { phrase: 'secure your account' } },
      ],
    },
    {
      name: 'flags: restore access to a limited account',
      message: 'PayPal: your account is limited. Restore access to your account now: https://paypal-restore.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Restore access', start: 33, end: 47 }, { kind: 'text', text: 'https://paypal-restore.top', start: 69, end: 95 }], data: { phrase: 'restore access' } },
      ],
    },
    {
      name: 'flags: sign in to unlock a locked account',
      message: 'Amazon: we locked your account. Sign in to unlock your account: https://amzn-unlock.top/signin',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Sign in to unlock', start: 32, end: 49 }, { kind: 'text', text: 'https://amzn-unlock.top/signin', start: 64, end: 94 }], data: { phrase: 'sign in to unlock' } },
      ],
    },
    {
      name: 'flags: German: update your payment details (Zahlungsdaten aktualisieren)',
      message: 'Sparkasse: Ihre Zahlungsdaten jetzt aktualisieren unter https://sparkasse-update.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Ihre Zahlungsdaten jetzt aktualisieren', start: 11, end: 49 }, { kind: 'text', text: 'https://sparkasse-update.top', start: 56, end: 84 }], data: { phrase: 'ihre zahlungsdaten jetzt aktualisieren' } },
      ],
    },
    {
      name: 'flags: German: confirm your password (Passwort bestätigen)',
      message: 'DHL: Bitte Passwort bestätigen: https://dhl-konto.top/login',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Passwort bestätigen', start: 11, end: 30 }, { kind: 'text', text: 'https://dhl-konto.top/login', start: 32, end: 59 }], data: { phrase: 'passwort bestätigen' } },
      ],
    },
    {
      name: 'flags: Spanish: unlock your account (desbloquee su cuenta)',
      message: 'Santander: desbloquee su cuenta en https://santander-acceso.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'desbloquee su cuenta', start: 11, end: 31 }, { kind: 'text', text: 'https://santander-acceso.top', start: 35, end: 63 }], data: { phrase: 'desbloquee su cuenta' } },
      ],
    },
    {
      name: 'flags: Spanish: sign in to verify (inicie sesión para verificar)',
      message: 'BBVA: inicie sesión para verificar su identidad: https://bbva-seguro.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'inicie sesión para verificar', start: 6, end: 34 }, { kind: 'text', text: 'https://bbva-seguro.top', start: 49, end: 72 }], data: { phrase: 'inicie sesión para verificar' } },
      ],
    },
    {
      name: 'flags: French: verify your identity (vérifiez votre identité)',
      message: 'La Banque Postale: vérifiez votre identité sur https://labanquepostale-secure.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'vérifiez votre identité', start: 19, end: 42 }, { kind: 'text', text: 'https://labanquepostale-secure.top', start: 47, end: 81 }], data: { phrase: 'vérifiez votre identité' } },
      ],
    },
    {
      name: 'flags: Portuguese: update your details (atualize seus dados)',
      message: 'Nubank: atualize seus dados em https://nubank-seguro.top para evitar o bloqueio.',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'atualize seus dados', start: 8, end: 27 }, { kind: 'text', text: 'https://nubank-seguro.top', start: 31, end: 56 }], data: { phrase: 'atualize seus dados' } },
      ],
    },
    {
      name: 'flags: Dutch: confirm your details (bevestig uw gegevens)',
      message: 'ING: bevestig uw gegevens via https://ing-verificatie.top',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'bevestig uw gegevens', start: 5, end: 25 }, { kind: 'text', text: 'https://ing-verificatie.top', start: 30, end: 57 }], data: { phrase: 'bevestig uw gegevens' } },
      ],
    },
    {
      name: 'flags: German sign-in under a brand claim (melden Sie sich an)',
      message: 'Amazon: melden Sie sich jetzt an: https://amzn-de-login.top',
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'melden Sie sich jetzt an', start: 8, end: 32 }, { kind: 'text', text: 'https://amzn-de-login.top', start: 34, end: 59 }], data: { phrase: 'melden sie sich jetzt an' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: German sign-in under a brand claim (loggen Sie sich ein)',
      message: 'Amazon: loggen Sie sich ein: https://amzn-de-login.top',
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'loggen Sie sich ein', start: 8, end: 27 }, { kind: 'text', text: 'https://amzn-de-login.top', start: 29, end: 54 }], data: { phrase: 'loggen sie sich ein' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: German sign-in under a brand claim (einloggen)',
      message: 'Amazon: einloggen unter https://amzn-de-login.top',
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'einloggen', start: 8, end: 17 }, { kind: 'text', text: 'https://amzn-de-login.top', start: 24, end: 49 }], data: { phrase: 'einloggen' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: Dutch sign-in under a brand claim (inloggen)',
      message: 'Amazon: inloggen via https://amzn-nl-login.top',
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'inloggen', start: 8, end: 16 }, { kind: 'text', text: 'https://amzn-nl-login.top', start: 21, end: 46 }], data: { phrase: 'inloggen' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: “update your billing information here”, the address at the foot of the mail',
      message: { input: eml({ from: 'Chase <alerts@chase-notice.example>', subject: 'Account notice', body: 'Dear customer,\n\nPlease update your billing information here. We noticed that a recent charge to your card on file was declined by your bank, and some services on your account are now paused until the matter is settled by you.\n\nThank you for banking with us.\nChase Online Services\nhttps://chase-billing-center.top/update' }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'update your billing information here', start: 48, end: 84 }], data: { phrase: 'update your billing information' } },
      ],
    },
    {
      name: 'flags: “verify your account” with “click the link below”, the address at the foot of the mail',
      message: { input: eml({ from: 'Chase <alerts@chase-notice.example>', subject: 'Account notice', body: 'Dear customer,\n\nPlease verify your account. Click the link below to continue. We noticed that a recent charge to your card on file was declined by your bank, and some services on your account are now paused until the matter is settled by you.\n\nThank you for banking with us.\nChase Online Services\nhttps://chase-billing-center.top/update' }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'verify your account', start: 48, end: 67 }, { kind: 'text', text: 'Click the link', start: 69, end: 83 }], data: { phrase: 'verify your account' } },
      ],
    },
  ],
});
