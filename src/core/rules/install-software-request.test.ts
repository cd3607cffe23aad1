import rule from './install-software-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (body: string, from = 'x@example.net') => ({ input: eml({ from, body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: patch advice on a mailing list', message: mail('Please install the patch to fix the bug in glibc.') },
    { name: 'near miss: open the official app', message: 'Open the Amazon app to track your package.' },
    { name: 'near miss: named remote tools are left to remote-access-request', message: { input: 'Caller: install AnyDesk so I can fix it.', channel: 'call' } },
    { name: 'near miss: warning against installing apps from links', message: 'Never install an app from a text message to verify your account.' },
  ],
  invalid: [
    {
      name: 'flags: install a security app (sms)',
      message: 'Install our security app to protect your Amazon account: http://x.top/app.apk',
      hits: [
        { messageId: 'installSoftware', evidence: [{ kind: 'text', text: 'Install', start: 0, end: 7 }, { kind: 'text', text: 'security app', start: 12, end: 24 }], data: { verb: 'install', what: 'security app' } },
      ],
    },
    {
      name: 'flags: APK and configuration profile #1: Your parcel is held. Download the APK to resc…',
      message: 'Your parcel is held. Download the APK to reschedule delivery.',
      hits: [
        { messageId: 'installSoftware', evidence: [{ kind: 'text', text: 'Download', start: 21, end: 29 }, { kind: 'text', text: 'APK', start: 34, end: 37 }], data: { verb: 'download', what: 'apk' } },
      ],
    },
    {
      name: 'flags: APK and configuration profile #2: Install the configuration profile attached to…',
      message: mail('Install the configuration profile attached to keep using your account.'),
      hits: [
        { messageId: 'installSoftware', evidence: [{ kind: 'text', text: 'Install', start: 16, end: 23 }, { kind: 'text', text: 'configuration profile', start: 28, end: 49 }], data: { verb: 'install', what: 'configuration profile' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: attached file to verify identity',
      message: mail('Download the attached file to verify your identity.'),
      hits: [
        { messageId: 'openAttachment', evidence: [{ kind: 'text', text: 'Download', start: 16, end: 24 }, { kind: 'text', text: 'attached file', start: 29, end: 42 }, { kind: 'text', text: 'verify', start: 46, end: 52 }], data: { reason: 'verify', what: 'attached file' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: German and Spanish #1: Caller: Bitte laden Sie die App herunter, dam…',
      message: { input: 'Caller: Bitte laden Sie die App herunter, damit wir Ihr Konto entsperren können.', channel: 'call' },
      hits: [
        { messageId: 'installSoftware', evidence: [{ kind: 'text', text: 'laden Sie', start: 14, end: 23 }, { kind: 'text', text: 'die App', start: 24, end: 31 }, { kind: 'text', text: 'entsperren', start: 62, end: 72 }], data: { verb: 'laden sie', what: 'die app' } },
      ],
    },
    {
      name: 'flags: German and Spanish #2: Instale la aplicación de seguridad para prote…',
      message: 'Instale la aplicación de seguridad para proteger su cuenta.',
      hits: [
        { messageId: 'installSoftware', evidence: [{ kind: 'text', text: 'Instale', start: 0, end: 7 }, { kind: 'text', text: 'aplicación de seguridad', start: 11, end: 34 }], data: { verb: 'instale', what: 'aplicación de seguridad' } },
      ],
    },
  ],
});
