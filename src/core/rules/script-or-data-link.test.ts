import rule from './script-or-data-link.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: web and mailto links; javascript:void(0) counts little #1: site mail', message: html('<a href="https://example.org">site</a> <a href="mailto:a@example.org">mail</a>') },
  ],
  invalid: [
    {
      name: 'flags data: and javascript: links #1: View invoice',
      message: html('<a href="data:text/html;base64,PHNjcmlwdD4=">View invoice</a>'),
      hits: [
        { messageId: 'scheme', evidence: [{ kind: 'link', linkIndex: 0, href: 'data:text/html;base64,PHNjcmlwdD4=', text: 'View invoice' }], data: { scheme: 'data' } },
      ],
    },
    {
      name: 'flags data: and javascript: links #2: Open',
      message: html('<a href="javascript:location=\'http://x.top\'">Open</a>'),
      hits: [
        { messageId: 'scheme', evidence: [{ kind: 'link', linkIndex: 0, href: 'javascript:location=\'http://x.top\'', text: 'Open' }], data: { scheme: 'javascript' }, strength: 0.7 },
      ],
    },
    {
      name: 'near misses: web and mailto links; javascript:void(0) counts little #2: menu',
      message: html('<a href="javascript:void(0)">menu</a>'),
      hits: [
        { messageId: 'scheme', evidence: [{ kind: 'link', linkIndex: 0, href: 'javascript:void(0)', text: 'menu' }], data: { scheme: 'javascript' }, strength: 0.2 },
      ],
    },
  ],
});
