import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLimits } from '../limits.js';
import { parseInput } from './index.js';
import { rebuildOcrText, type OcrLineIn } from './ocr-text.js';

// The OCR text rebuild on recognised lines as tesseract.js returns them (text, confidence, box,
// paragraph), without running OCR: chrome dropped, sender taken, cut links joined, offsets exact.

const meta = { engine: 'test', languages: 'eng' };
let y = 0;
/** Lines stacked like a phone screen: each 30 px high, 6 px apart, left edge at `x`. */
function lines(rows: [text: string, paragraph: number, x?: number, width?: number][]): OcrLineIn[] {
  y = 0;
  return rows.map(([text, paragraph, x = 40, width = 600]) => {
    const l = { text, confidence: 91, bbox: { x0: x, y0: y, x1: x + width, y1: y + 30 }, paragraph };
    y += 36;
    return l;
  });
}

test('iOS screen: status bar and date line dropped, sender from the top, wrapped link re-joined', () => {
  const r = rebuildOcrText(
    {
      confidence: 90,
      lines: lines([
        ['9:41 5G 187%', 0, 20],
        ['+1 (555) 123-4567', 1, 250],
        ['Text Message * Today 10:32 AM', 2, 200],
        ['USPS: Your package could not be', 3],
        ['delivered. Update it at', 4],
        ['https://usps-redelivery-', 5],
        ['center.top/track?id=US95', 6],
        ['Delivered', 7, 500],
      ]),
    },
    meta,
  );
  assert.equal(r.text, 'USPS: Your package could not be delivered. Update it at https://usps-redelivery-center.top/track?id=US95');
  assert.equal(r.sender, '+1 (555) 123-4567');
  assert.deepEqual(r.ocr.rebuilt.droppedChrome, ['9:41 5G 187%', 'Text Message * Today 10:32 AM', 'Delivered']);
  assert.equal(r.ocr.rebuilt.joined, 1);
  // Each kept line points at its words in the rebuilt text.
  assert.deepEqual(
    r.ocr.lines.map((l) => r.text.slice(l.start, l.end)),
    ['USPS: Your package could not be', 'delivered. Update it at', 'https://usps-redelivery-', 'center.top/track?id=US95'],
  );
});

test('a link cut after a slash or a dot is joined; ordinary words and separate bubbles are not', () => {
  const r = rebuildOcrText(
    {
      confidence: 88,
      lines: lines([
        ['Pay the toll at https://ez-pass.', 0],
        ['com-tolls.top/pay now.', 0],
        // A second bubble further down, after a gap.
        ['', 1],
        ['', 1],
        ['Thanks, see you later', 2],
      ]),
    },
    meta,
  );
  assert.equal(r.text, 'Pay the toll at https://ez-pass.com-tolls.top/pay now.\nThanks, see you later');
});

test('a word broken up with dots before the line end is not a link: "yo.u:" + "R7J2j.com/x" keeps its space', () => {
  const r = rebuildOcrText({ confidence: 90, lines: lines([['Thank yo.u! a small r.eward for yo.u:', 0], ['R7J2j.com/c4IZVmlgka', 0]]) }, meta);
  assert.equal(r.text, 'Thank yo.u! a small r.eward for yo.u: R7J2j.com/c4IZVmlgka');
  assert.equal(r.ocr.rebuilt.joined, 0);
});

test('a long link broken mid-token on a full line is joined; a line ending "today" is not a date line', () => {
  // Widths: the status bar is wider than the bubble and must not count for "full".
  const rows: OcrLineIn[] = [
    { text: '9:41 5G 87%', confidence: 95, bbox: { x0: 40, y0: 0, x1: 740, y1: 24 }, paragraph: 0 },
    { text: 'Text Message • Today 10:32 AM', confidence: 95, bbox: { x0: 200, y0: 60, x1: 580, y1: 84 }, paragraph: 0 },
    { text: 'Your parcel is waiting:', confidence: 95, bbox: { x0: 52, y0: 120, x1: 400, y1: 150 }, paragraph: 0 },
    // The whole line is the link from its scheme on, and the line is full: cut mid-token.
    { text: 'https://bit.ly/3xYzAbCdEf', confidence: 95, bbox: { x0: 52, y0: 160, x1: 588, y1: 190 }, paragraph: 0 },
    { text: 'GhIj reply STOP to', confidence: 95, bbox: { x0: 52, y0: 200, x1: 586, y1: 230 }, paragraph: 0 },
    { text: 'end, or pay at https://toll-', confidence: 95, bbox: { x0: 52, y0: 240, x1: 580, y1: 270 }, paragraph: 0 },
    { text: 'center.com/invoice today', confidence: 95, bbox: { x0: 52, y0: 280, x1: 420, y1: 310 }, paragraph: 0 },
    { text: 'See you today', confidence: 95, bbox: { x0: 52, y0: 400, x1: 260, y1: 430 }, paragraph: 1 },
    { text: 'Mon, 12 Feb at 10:40', confidence: 95, bbox: { x0: 220, y0: 470, x1: 520, y1: 494 }, paragraph: 2 },
  ];
  const r = rebuildOcrText({ confidence: 95, lines: rows }, meta);
  assert.equal(r.text, 'Your parcel is waiting: https://bit.ly/3xYzAbCdEfGhIj reply STOP to end, or pay at https://toll-center.com/invoice today\nSee you today');
  assert.deepEqual(r.ocr.rebuilt.droppedChrome, ['9:41 5G 87%', 'Text Message • Today 10:32 AM', 'Mon, 12 Feb at 10:40']);
  // A link that ends a full line after other words, or on a line that is not full, keeps the space.
  const short = rebuildOcrText(
    {
      confidence: 95,
      lines: [
        { text: 'Track it at https://ups.com/track', confidence: 95, bbox: { x0: 52, y0: 0, x1: 480, y1: 30 }, paragraph: 0 },
        { text: 'now please, the van is outside', confidence: 95, bbox: { x0: 52, y0: 40, x1: 590, y1: 70 }, paragraph: 0 },
      ],
    },
    meta,
  );
  assert.equal(short.text, 'Track it at https://ups.com/track now please, the van is outside');
  const ends = rebuildOcrText(
    {
      confidence: 95,
      lines: [
        { text: 'Update it at https://usps-redelivery-', confidence: 95, bbox: { x0: 52, y0: 0, x1: 560, y1: 30 }, paragraph: 0 },
        { text: 'center.top/track?id=US9514961', confidence: 95, bbox: { x0: 52, y0: 40, x1: 570, y1: 70 }, paragraph: 0 },
        { text: 'within 12 hours.', confidence: 95, bbox: { x0: 52, y0: 80, x1: 300, y1: 110 }, paragraph: 0 },
      ],
    },
    meta,
  );
  assert.equal(ends.text, 'Update it at https://usps-redelivery-center.top/track?id=US9514961 within 12 hours.');
});

test('prices and times inside the message are not a date line; a link on the next line is not glued on', () => {
  const r = rebuildOcrText(
    {
      confidence: 90,
      lines: lines([
        ['+1 (555) 010-0199', 0],
        ['Text Message • Today 10:32 AM', 1],
        ['Sabadell Pending charge of 70.79', 2],
        ['EUR. Pay by 1:00 p.m. on 05/27 at', 3],
        ['your account.visit', 4],
        ['https://sabadell-x.top/pay', 5, 40, 420],
        ['Cost £1.50/pm, Max10mins', 6],
        ['14:02', 7],
      ]),
    },
    meta,
  );
  assert.equal(r.text, 'Sabadell Pending charge of 70.79 EUR. Pay by 1:00 p.m. on 05/27 at your account.visit https://sabadell-x.top/pay Cost £1.50/pm, Max10mins');
  assert.deepEqual(r.ocr.rebuilt.droppedChrome, ['Text Message • Today 10:32 AM', '14:02']);
  // A "date" line below four lines of message is inside the message: nothing above it is a header.
  const deep = rebuildOcrText({ confidence: 90, lines: lines([['WELL DONE! Your holiday', 0], ['awaits. Call 09050090044', 0], ['now to claim. SAE, TCs,', 0], ['POBox334, Stockport', 0], ['Today 10:32', 1], ['Max10mins', 2]]) }, meta);
  assert.match(deep.text, /^WELL DONE! Your holiday awaits/);
});

test('no date line: a number on the first line is the sender; a name there stays text', () => {
  const withNumber = rebuildOcrText({ confidence: 90, lines: lines([['262966', 0], ['Your code is 1234', 1]]) }, meta);
  assert.equal(withNumber.sender, '262966');
  assert.equal(withNumber.text, 'Your code is 1234');
  const withName = rebuildOcrText({ confidence: 90, lines: lines([['Hello there', 0], ['See you at noon', 1]]) }, meta);
  assert.equal(withName.sender, null);
  assert.equal(withName.text, 'Hello there See you at noon');
});

test('Android top bar: the back arrow read as a symbol is not part of the sender; German date line dropped', () => {
  const r = rebuildOcrText({ confidence: 90, lines: lines([['9:41 5G 87%', 0], ['€ +49 1521 0987654', 1], ['Heute 10:32', 2], ['DHL: Ihr Paket konnte nicht', 3], ['zugestellt werden.', 4]]) }, meta);
  assert.equal(r.sender, '+49 1521 0987654');
  assert.equal(r.text, 'DHL: Ihr Paket konnte nicht zugestellt werden.');
});

test('Japanese: the spaces Tesseract puts between characters are removed, lines join without a space', () => {
  const r = rebuildOcrText({ confidence: 85, lines: lines([['SMS 今日 10:32', 0], ['【Amazon】 お客 様 の アカ ウン ト は 一', 1], ['時 的 に 停止 され まし た 。', 1]]) }, meta);
  assert.equal(r.text, '【Amazon】お客様のアカウントは一時的に停止されました。');
});

test('parseInput keeps message.ocr with lines pointed at the parsed text', async () => {
  const r = rebuildOcrText({ confidence: 90, lines: lines([['+1 (555) 123-4567', 0], ['Text Message • Today 9:12', 1], ['Your Amazon order is on hold: https://amaz0n-', 2], ['help.top/x', 3]]) }, meta);
  const m = await parseInput({ input: r.text, from: r.sender, ocr: r.ocr }, resolveLimits());
  assert.equal(m.sender, '+1 (555) 123-4567');
  assert.equal(m.text, 'Your Amazon order is on hold: https://amaz0n-help.top/x');
  assert.deepEqual(
    m.ocr!.lines.map((l) => m.text.slice(l.start, l.end)),
    ['Your Amazon order is on hold: https://amaz0n-', 'help.top/x'],
  );
  // Pointed at an email's text (a subject line in front), the offsets move with it.
  const moved = (await import('./ocr-text.js')).locateOcrLines(r.text, `Subject: x\n\n${r.text}`, r.ocr);
  assert.equal(moved.lines[0]!.start, 'Subject: x\n\n'.length);
});
