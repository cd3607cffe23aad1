import { linkEvidence } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// "http://www.amazon.com@evil.top/" opens evil.top: everything before "@" is a user name the
// browser ignores. Real links almost never carry one.

export default defineRule({
  meta: {
    id: 'userinfo-link',
    title: 'Link with a fake address before "@"',
    description: 'A link starts with text and an "@" sign. So it reads like one site, but it opens the site after the "@".',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url'],
    statement: 'lookalike-links',
    messages: {
      userinfo: 'A link starts with "{{userinfo}}@" but really opens {{host}}.',
    },
    falsePositives: ['FTP or intranet links with an embedded user name (rare in mail to customers).'],
    references: ['https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1'],
  },
  check(ctx) {
    const a = ctx.facts.links.find((x) => x.facts.userinfo);
    if (!a) return [];
    const ui = a.facts.userinfo!.slice(0, 120);
    // A domain-looking user name is the trick; a plain user name ("ftp://anon@host") is just odd.
    const strength = /[a-z0-9-]\.[a-z]{2,}/i.test(ui) ? 1 : 0.5;
    return [{ messageId: 'userinfo' as const, evidence: [linkEvidence(a.link)], data: { userinfo: ui, host: a.facts.host }, strength }];
  },
});
