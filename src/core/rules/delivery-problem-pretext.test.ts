import rule from './delivery-problem-pretext.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: genuine shipping notice', message: 'Your Amazon order has shipped and will arrive Thursday. Track it in the Amazon app.' },
    { name: 'near miss: update the address in a config file', message: 'Please update the address in the config so the mail server relays again.' },
  ],
  invalid: [
    {
      name: 'flags: parcel held, pay redelivery fee',
      message: 'USPS: your package could not be delivered and is held at our depot. Pay the $1.99 redelivery fee: http://usps-redeliver.example',
      hits: [
        { messageId: 'deliveryFee', evidence: [{ kind: 'text', text: 'package could not be delivered', start: 11, end: 41 }, { kind: 'text', text: 'held at our depot', start: 49, end: 66 }, { kind: 'text', text: 'redelivery fee', start: 82, end: 96 }, { kind: 'text', text: '$1.99', start: 76, end: 81 }], data: { phrase: 'redelivery fee' } },
      ],
    },
    {
      name: 'flags: update your address when a parcel is in the story',
      message: 'Your parcel is waiting. Please update your delivery address here: http://track-parcel.example',
      hits: [
        { messageId: 'deliveryProblem', evidence: [{ kind: 'text', text: 'update your delivery address', start: 31, end: 59 }], data: { phrase: 'update your delivery address' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: German and Spanish customs fees #1: Ihr Paket konnte nicht zugestellt werden. Bit…',
      message: 'Ihr Paket konnte nicht zugestellt werden. Bitte zahlen Sie die Zollgebühr von 2,99 €.',
      hits: [
        { messageId: 'deliveryFee', evidence: [{ kind: 'text', text: 'Paket konnte nicht zugestellt', start: 4, end: 33 }, { kind: 'text', text: 'Zollgebühr', start: 63, end: 73 }, { kind: 'text', text: '2,99 €', start: 78, end: 84 }], data: { phrase: 'Zollgebühr' } },
      ],
    },
    {
      name: 'flags: German and Spanish customs fees #2: Su paquete está retenido. Pague las tasas de…',
      message: 'Su paquete está retenido. Pague las tasas de aduana para recibirlo.',
      hits: [
        { messageId: 'deliveryFee', evidence: [{ kind: 'text', text: 'paquete está retenido', start: 3, end: 24 }, { kind: 'text', text: 'tasas de aduana', start: 36, end: 51 }], data: { phrase: 'tasas de aduana' }, strength: 0.9500000000000001 },
      ],
    },
  ],
});
