import rule from './delivery-problem-pretext.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

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
    {
      name: 'flags an email: a redelivery fee with the amount',
      message: { input: eml({ from: 'Royal Mail <info@royalmail-redelivery.net>', subject: 'Your parcel is waiting', body: 'We could not deliver your parcel today. A redelivery fee of £1.45 is due. Book a new slot: http://royalmail-redelivery.net/pay' }), channel: 'email' },
      hits: [
        { messageId: 'deliveryFee', evidence: [{ kind: 'text', text: 'redelivery fee', start: 75, end: 89 }, { kind: 'text', text: 'redelivery', start: 141, end: 151 }, { kind: 'text', text: '£1.45', start: 93, end: 98 }], data: { phrase: 'redelivery fee' } },
      ],
    },
    {
      name: 'flags a call: an automated carrier call about a failed delivery',
      message: { input: 'This is an automated call from FedEx. Your package could not be delivered because of an incomplete address. Press 1 to speak with an agent.', channel: 'call' },
      hits: [
        { messageId: 'deliveryProblem', evidence: [{ kind: 'text', text: 'package could not be delivered', start: 43, end: 73 }, { kind: 'text', text: 'incomplete address', start: 88, end: 106 }], data: { phrase: 'package could not be delivered' }, strength: 0.65 },
      ],
    },
    {
      name: 'flags: the address request comes first, the delivery problem after it (hits in text order)',
      message: 'Update your delivery address within 24 hours. Your parcel could not be delivered on 3 June. Reply here: http://evri-help.example',
      hits: [
        { messageId: 'deliveryProblem', evidence: [{ kind: 'text', text: 'Update your delivery address', start: 0, end: 28 }, { kind: 'text', text: 'parcel could not be delivered', start: 51, end: 80 }], data: { phrase: 'Update your delivery address' }, strength: 0.65 },
      ],
    },
    {
      name: 'flags: four delivery cues, the first three shown',
      message: 'USPS: delivery attempt failed. Your package could not be delivered and is held at our depot. A delivery exception was logged. Update your delivery address: http://usps-track.example',
      hits: [
        { messageId: 'deliveryProblem', evidence: [{ kind: 'text', text: 'delivery attempt failed', start: 6, end: 29 }, { kind: 'text', text: 'package could not be delivered', start: 36, end: 66 }, { kind: 'text', text: 'held at our depot', start: 74, end: 91 }], data: { phrase: 'delivery attempt failed' }, strength: 0.65 },
      ],
    },
    {
      name: 'flags: an order total far above the delivery story does not count as its fee',
      message: 'Order #88213 confirmed: 2 garden chairs, total $249.00, paid by card. Thank you for shopping with Garden Direct. Your receipt and the care guide for the teak wood are in your account, and our team packs every order by hand. Courier note from this morning: your parcel could not be delivered, so please confirm your details here: http://gardendirect-courier.example',
      hits: [
        { messageId: 'deliveryProblem', evidence: [{ kind: 'text', text: 'parcel could not be delivered', start: 261, end: 290 }], data: { phrase: 'parcel could not be delivered' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: a fee and its amount deep in a long message',
      message: 'Thank you for your order of 2 garden chairs. Our team packs every order by hand and the teak wood needs oil once a year, see the care guide in your account. Courier note from this morning: your parcel could not be delivered. A redelivery fee of $2.99 applies, pay here: http://gardendirect-courier.example',
      hits: [
        { messageId: 'deliveryFee', evidence: [{ kind: 'text', text: 'parcel could not be delivered', start: 194, end: 223 }, { kind: 'text', text: 'redelivery fee', start: 227, end: 241 }, { kind: 'text', text: '$2.99', start: 245, end: 250 }], data: { phrase: 'redelivery fee' } },
      ],
    },
  ],
});
