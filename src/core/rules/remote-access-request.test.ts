import rule from './remote-access-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const call = (text: string) => ({ input: text, channel: 'call' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: IT newsletter reviewing tools', message: { input: eml({ from: 'news@example.org', body: 'We reviewed AnyDesk and TeamViewer for our readers this month.' }), channel: 'email' } },
    { name: 'near miss: the brand warning against it', message: 'Amazon will never ask you to install AnyDesk or TeamViewer.' },
    { name: 'near miss: remote desktop how-to on a mailing list', message: { input: eml({ from: 'list@example.org', body: 'To set up remote desktop access on Linux, install xrdp and connect from your laptop.' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'flags: download AnyDesk on a call',
      message: call('Caller: I need you to download AnyDesk and give me the 9-digit code on your screen.\nMe: ok'),
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'download', start: 22, end: 30 }, { kind: 'text', text: 'AnyDesk', start: 31, end: 38 }], data: { tool: 'AnyDesk', toolId: 'anydesk', verb: 'download' } },
      ],
    },
    {
      name: 'flags: go to the UltraViewer site',
      message: call('Caller: go to www.ultraviewer.net and install it so I can process your refund.'),
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'go to', start: 8, end: 13 }, { kind: 'text', text: 'ultraviewer', start: 18, end: 29 }], data: { tool: 'ultraviewer', toolId: 'ultraviewer', verb: 'go to' } },
      ],
    },
    {
      name: 'flags: Quick Assist and ScreenConnect by text #1: Microsoft Support: open Quick Assist and ente…',
      message: 'Microsoft Support: open Quick Assist and enter the code we give you.',
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'open', start: 19, end: 23 }, { kind: 'text', text: 'Quick Assist', start: 24, end: 36 }], data: { tool: 'Quick Assist', toolId: 'quick-assist', verb: 'open' } },
      ],
    },
    {
      name: 'flags: Quick Assist and ScreenConnect by text #2: Amazon refund: please install ScreenConnect t…',
      message: 'Amazon refund: please install ScreenConnect to receive your refund.',
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'install', start: 22, end: 29 }, { kind: 'text', text: 'ScreenConnect', start: 30, end: 43 }], data: { tool: 'ScreenConnect', toolId: 'screenconnect', verb: 'install' } },
      ],
    },
    {
      name: 'flags: tool-free phrasing "download this app so I can help" #1: Caller: download this app so I can help you w…',
      message: call('Caller: download this app so I can help you with the refund.'),
      hits: [
        { messageId: 'shareScreen', evidence: [{ kind: 'text', text: 'download this app so I can help', start: 8, end: 39 }], data: { phrase: 'download this app so I can help' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags: tool-free phrasing "download this app so I can help" #2: Caller: just give me the nine-digit code on y…',
      message: call('Caller: just give me the nine-digit code on your screen.'),
      hits: [
        { messageId: 'shareScreen', evidence: [{ kind: 'text', text: 'give me the nine-digit code', start: 13, end: 40 }], data: { phrase: 'give me the nine-digit code' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags: German and Spanish #1: Caller: Bitte installieren Sie TeamViewer, da…',
      message: call('Caller: Bitte installieren Sie TeamViewer, damit ich helfen kann.'),
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'installieren', start: 14, end: 26 }, { kind: 'text', text: 'TeamViewer', start: 31, end: 41 }], data: { tool: 'TeamViewer', toolId: 'teamviewer', verb: 'installieren' } },
      ],
    },
    {
      name: 'flags: German and Spanish #2: Caller: descargue AnyDesk y dígame el código.',
      message: call('Caller: descargue AnyDesk y dígame el código.'),
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'descargue', start: 8, end: 17 }, { kind: 'text', text: 'AnyDesk', start: 18, end: 25 }], data: { tool: 'AnyDesk', toolId: 'anydesk', verb: 'descargue' } },
      ],
    },
    {
      name: 'flags: German and Spanish #3: Caller: Ich brauche Fernwartung, bitte verbin…',
      message: call('Caller: Ich brauche Fernwartung, bitte verbinden Sie sich jetzt.'),
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'Fernwartung', start: 20, end: 31 }, { kind: 'text', text: 'verbinden', start: 39, end: 48 }], data: { tool: 'Fernwartung', toolId: 'remote-desktop', verb: 'verbinden' }, strength: 0.8 },
      ],
    },
    {
      name: 'weak: a colleague scheduling a TeamViewer session by email',
      message: { input: eml({ from: 'colleague@example.org', body: "I'll send you the TeamViewer ID so we can connect during tomorrow's meeting." }), channel: 'email' },
      hits: [
        { messageId: 'installRemoteTool', evidence: [{ kind: 'text', text: 'TeamViewer', start: 34, end: 44 }, { kind: 'text', text: 'connect', start: 58, end: 65 }], data: { tool: 'TeamViewer', toolId: 'teamviewer', verb: 'connect' }, strength: 0.4 },
      ],
    },
  ],
});
