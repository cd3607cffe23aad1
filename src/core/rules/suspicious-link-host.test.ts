import rule from './suspicious-link-host.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: one trait, brand sites, ordinary links #1: Slides from the talk: https://myname.github.i…', message: sms('Slides from the talk: https://myname.github.io/talks/2025') },
    { name: 'near misses: one trait, brand sites, ordinary links #2: New blog at https://coolstartup.xyz/ check it…', message: sms('New blog at https://coolstartup.xyz/ check it out') },
    { name: 'near misses: one trait, brand sites, ordinary links #3: Log in at https://github.com/login to review…', message: sms('Log in at https://github.com/login to review the PR') },
    { name: 'near misses: one trait, brand sites, ordinary links #4: Your order shipped: https://www.amazon.com/gp…', message: sms('Your order shipped: https://www.amazon.com/gp/your-account/order-history') },
    { name: 'near misses: one trait, brand sites, ordinary links #5: Reset your password at https://accounts.googl…', message: sms('Reset your password at https://accounts.google.com/signin/recovery') },
    { name: 'near misses: one trait, brand sites, ordinary links #6: Read https://de.wikipedia.org/wiki/Phishing', message: sms('Read https://de.wikipedia.org/wiki/Phishing') },
    { name: 'near misses: one trait, brand sites, ordinary links #7: Server is up at http://192.168.1.20:8080/admin', message: sms('Server is up at http://192.168.1.20:8080/admin') },
    { name: 'near misses: one trait, brand sites, ordinary links #8: News', message: { input: eml({ from: 'News <news@example.org>', html: '<a href="https://example.com/articles/2025/url-tips">Read more</a> <a href="https://example.com/unsubscribe">Unsubscribe</a>' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'flags a link with several throwaway-site traits #1: Your parcel is on hold, update details: http:…',
      message: sms('Your parcel is on hold, update details: http://bhvalkxq.duckdns.org/'),
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://bhvalkxq.duckdns.org/', text: 'http://bhvalkxq.duckdns.org/' }], data: { host: 'bhvalkxq.duckdns.org', traits: 'a dynamic-DNS name (duckdns.org), a random-looking name (bhvalkxq)', signals: 'dynamic-dns,random-label', total: 1 }, strength: 0.6 },
      ],
    },
    {
      name: 'flags a link with several throwaway-site traits #2: Account locked. Verify at https://secure-logi…',
      message: sms('Account locked. Verify at https://secure-login.bbbdsadqws.top/verify'),
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://secure-login.bbbdsadqws.top/verify', text: 'https://secure-login.bbbdsadqws.top/verify' }], data: { host: 'secure-login.bbbdsadqws.top', traits: 'a TLD much used for phishing (.top), a random-looking name (bbbdsadqws), sign-in words in the site name (secure), a sign-in or verify page (verify)', signals: 'abused-tld,random-label,host-keyword,credential-path', total: 1 }, strength: 0.6 },
      ],
    },
    {
      name: 'flags a link with several throwaway-site traits #3: Confirm now https://www.amazon.co.jp.amipn.shop/',
      message: sms('Confirm now https://www.amazon.co.jp.amipn.shop/'),
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://www.amazon.co.jp.amipn.shop/', text: 'https://www.amazon.co.jp.amipn.shop/' }], data: { host: 'www.amazon.co.jp.amipn.shop', traits: 'a TLD much used for phishing (.shop), a fake domain in front of the real one (amazon.co.jp), many subdomain levels (3 levels)', signals: 'abused-tld,domain-in-subdomain,deep-subdomain', total: 1 } },
      ],
    },
    {
      name: 'flags a link with several throwaway-site traits #4: Support',
      message: { input: eml({ from: 'Support <help@example.org>', html: '<p>Please <a href="https://dry-limit-bdd6.8x3k39nf.workers.dev/signin">sign in</a></p>' }), channel: 'email' },
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://dry-limit-bdd6.8x3k39nf.workers.dev/signin', text: 'sign in' }], data: { host: 'dry-limit-bdd6.8x3k39nf.workers.dev', traits: 'a free hosting subdomain (workers.dev), a random-looking name (8x3k39nf), a sign-in or verify page (signin)', signals: 'free-hosting,random-label,credential-path', total: 1 }, strength: 0.6 },
      ],
    },
    {
      name: 'full strength only when the message speaks for a brand #1: Please check https://secure-login.bbbdsadqws.…',
      message: sms(`Please check https://secure-login.bbbdsadqws.top/verify`),
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://secure-login.bbbdsadqws.top/verify', text: 'https://secure-login.bbbdsadqws.top/verify' }], data: { host: 'secure-login.bbbdsadqws.top', traits: 'a TLD much used for phishing (.top), a random-looking name (bbbdsadqws), sign-in words in the site name (secure), a sign-in or verify page (verify)', signals: 'abused-tld,random-label,host-keyword,credential-path', total: 1 }, strength: 0.6 },
      ],
    },
    {
      name: 'full strength only when the message speaks for a brand #2: Your Amazon account is locked. Verify at http…',
      message: sms(`Your Amazon account is locked. Verify at https://secure-login.bbbdsadqws.top/verify`),
      hits: [
        { messageId: 'traits', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://secure-login.bbbdsadqws.top/verify', text: 'https://secure-login.bbbdsadqws.top/verify' }], data: { host: 'secure-login.bbbdsadqws.top', traits: 'a TLD much used for phishing (.top), a random-looking name (bbbdsadqws), sign-in words in the site name (secure), a sign-in or verify page (verify)', signals: 'abused-tld,random-label,host-keyword,credential-path', total: 1 } },
      ],
    },
  ],
});
