import Tesseract from 'tesseract.js';
import { looksLikeOtherScript, OCR_AUTO, ocrPageFrom, rebuildOcrText, type OcrInfo, type OcrPage, type Report } from '../core/index.js';

// Screenshots on the page: read in this browser with tesseract.js (its worker, the WebAssembly core
// and the language data are files of this site, copied from npm by scripts/build-web.mjs: nothing
// is uploaded, nothing fetched from elsewhere), rebuilt as the message text by the same core code
// the CLI uses, and shown after the check with the evidence boxed on the image. Loaded only when a
// person gives the page an image.

const STRINGS = {
  en: {
    loading: 'Reading the text in the screenshot (on this device, about a second)…',
    reading: (p: number) => `Reading the text in the screenshot… ${p}%`,
    none: 'No message text was found in the image. Is it a screenshot of the message, in focus and not cropped?',
    figure: 'The screenshot, with what the red flags point at marked',
    confidence: (c: number) => `Text read from the screenshot (OCR confidence ${c}%). Check that it says what your screen says.`,
  },
  de: {
    loading: 'Der Text im Screenshot wird gelesen (auf diesem Gerät, etwa eine Sekunde) …',
    reading: (p: number) => `Der Text im Screenshot wird gelesen … ${p} %`,
    none: 'Im Bild wurde kein Nachrichtentext gefunden. Ist es ein scharfer, nicht abgeschnittener Screenshot der Nachricht?',
    figure: 'Der Screenshot, auf dem markiert ist, worauf die Warnzeichen zeigen',
    confidence: (c: number) => `Aus dem Screenshot gelesener Text (OCR-Sicherheit ${c} %). Prüfen Sie, ob er mit Ihrem Bildschirm übereinstimmt.`,
  },
};
type Strings = (typeof STRINGS)['en'];
export function strings(locale: string): Strings {
  return locale.startsWith('de') ? STRINGS.de : STRINGS.en;
}

const workers = new Map<string, Promise<Tesseract.Worker>>();
let onProgress: ((p: number) => void) | null = null;

function workerFor(languages: string): Promise<Tesseract.Worker> {
  let w = workers.get(languages);
  if (!w) {
    const base = new URL('./', location.href).href;
    w = Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
      workerPath: new URL('tesseract-worker.min.js', base).href,
      corePath: base,
      langPath: base.replace(/\/$/, ''),
      cacheMethod: 'none',
      gzip: true,
      // A blob: worker would need worker-src blob:; the site's own file needs only 'self'.
      workerBlobURL: false,
      logger: (m) => {
        if (m.status === 'recognizing text') onProgress?.(Math.round(m.progress * 100));
      },
    });
    w.catch(() => workers.delete(languages));
    workers.set(languages, w);
  }
  return w;
}


async function recognize(languages: string, image: Blob): Promise<OcrPage> {
  const w = await workerFor(languages);
  return ocrPageFrom((await w.recognize(image, {}, { blocks: true, text: false })).data);
}

export interface ReadScreenshot {
  input: string;
  from: string | null;
  ocr: OcrInfo;
}

/** Read a screenshot: Latin languages first, English with Japanese when that reads better. */
export async function readScreenshot(bytes: Uint8Array, type: string, progress: (percent: number) => void): Promise<ReadScreenshot> {
  const t0 = performance.now();
  const image = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: type || 'image/png' });
  onProgress = progress;
  try {
    let page = await recognize(OCR_AUTO.latin, image);
    let languages: string = OCR_AUTO.latin;
    if (looksLikeOtherScript(page)) {
      const jpn = await recognize(OCR_AUTO.japanese, image);
      if (jpn.confidence > page.confidence) {
        page = jpn;
        languages = OCR_AUTO.japanese;
      }
    }
    const rebuilt = rebuildOcrText(page, { engine: 'tesseract.js 7 (browser)', languages, ms: performance.now() - t0 });
    return { input: rebuilt.text, from: rebuilt.sender, ocr: rebuilt.ocr };
  } finally {
    onProgress = null;
  }
}

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/**
 * The screenshot with the evidence boxed: each text evidence is drawn over the recognised lines it
 * covers, the part of the line estimated from the character offsets. Built with DOM nodes only.
 */
export function screenshotFigure(report: Report, bytes: Uint8Array, type: string, locale: string): HTMLElement | null {
  const ocr = report.message.ocr;
  if (!ocr) return null;
  const s = strings(locale);
  const figure = document.createElement('figure');
  figure.className = 'screenshot';
  figure.id = 'screenshot-figure';
  const frame = document.createElement('div');
  frame.className = 'screenshot-frame';
  frame.style.position = 'relative';
  frame.style.display = 'inline-block';
  frame.style.maxWidth = '100%';
  const img = document.createElement('img');
  img.alt = s.figure;
  img.style.maxWidth = '100%';
  img.style.display = 'block';
  // A data: address (the page's CSP allows img-src 'self' data:, not blob:).
  img.src = `data:${type || 'image/png'};base64,${base64(bytes)}`;
  frame.append(img);
  const spans = report.findings
    .filter((f) => f.effect !== 'lower')
    .flatMap((f) => f.evidence.flatMap((e) => (e.kind === 'text' ? [{ start: e.start, end: e.end, rule: f.ruleId }] : [])));
  // Links are evidence too: box where their text sits.
  for (const f of report.findings.filter((x) => x.effect !== 'lower')) {
    for (const e of f.evidence) {
      if (e.kind !== 'link') continue;
      const at = report.message.text.indexOf(e.text || e.href);
      if (at >= 0) spans.push({ start: at, end: at + (e.text || e.href).length, rule: f.ruleId });
    }
  }
  img.addEventListener('load', () => {
    const w = img.naturalWidth || 1;
    const h = img.naturalHeight || 1;
    const seen = new Set<string>();
    for (const span of spans) {
      for (const line of ocr.lines) {
        if (!line.box || line.end <= span.start || line.start >= span.end) continue;
        const len = Math.max(1, line.end - line.start);
        const from = Math.max(0, span.start - line.start) / len;
        const to = Math.min(len, span.end - line.start) / len;
        const x0 = line.box.x0 + (line.box.x1 - line.box.x0) * from;
        const x1 = line.box.x0 + (line.box.x1 - line.box.x0) * to;
        const key = `${Math.round(x0)}:${line.box.y0}:${Math.round(x1)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const box = document.createElement('span');
        box.className = 'ocr-box';
        box.dataset.rule = span.rule;
        box.setAttribute('aria-hidden', 'true');
        Object.assign(box.style, {
          position: 'absolute',
          left: `${(100 * (x0 - 2)) / w}%`,
          top: `${(100 * (line.box.y0 - 2)) / h}%`,
          width: `${(100 * (x1 - x0 + 4)) / w}%`,
          height: `${(100 * (line.box.y1 - line.box.y0 + 4)) / h}%`,
          border: '2px solid #c5221f',
          borderRadius: '3px',
          background: 'rgba(197, 34, 31, 0.12)',
          pointerEvents: 'none',
        });
        frame.append(box);
      }
    }
    figure.dataset.boxes = String(seen.size);
  });
  const caption = document.createElement('figcaption');
  caption.className = 'hint';
  caption.textContent = s.confidence(Math.round(ocr.confidence));
  figure.append(frame, caption);
  return figure;
}
