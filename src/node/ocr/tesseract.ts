import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import { ImpostorError, OCR_AUTO, looksLikeOtherScript, ocrPageFrom, type OcrPage } from '../../core/index.js';
import { markOcrStarted } from './state.js';

// Screenshots read with tesseract.js (Tesseract compiled to WebAssembly), with the language data of
// the npm packages @tesseract.js-data/<lang> read from node_modules: nothing is downloaded and
// nothing cached (cacheMethod "none"). One worker per language set is kept for the process and
// closed by closeOcr().

/** The languages shipped (npm packages @tesseract.js-data/<code>). */
export const OCR_LANGUAGES = ['eng', 'deu', 'spa', 'fra', 'por', 'jpn'] as const;
const { latin: LATIN, japanese: JAPANESE } = OCR_AUTO;
export const OCR_ENGINE = 'tesseract.js 7';

const require = createRequire(import.meta.url);

/**
 * Tesseract reads every language of a worker from one folder (`langPath`), while each npm package
 * has its own: a throw-away folder with links to the six files (copies where links are refused).
 */
let langDir: string | null = null;
function languageFolder(): string {
  if (langDir) return langDir;
  const dir = mkdtempSync(join(tmpdir(), 'impostor-ocr-lang-'));
  for (const code of OCR_LANGUAGES) {
    const file = join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`);
    const to = join(dir, `${code}.traineddata.gz`);
    try {
      symlinkSync(file, to);
    } catch {
      copyFileSync(file, to);
    }
  }
  // Tesseract's C++ side prints its complaints ("libpng error: IHDR: CRC error") with console.log
  // in the worker thread, which lands on this process's stdout and would break --json output. The
  // worker is started through a wrapper that silences them; errors still come back as rejections.
  const script = require.resolve('tesseract.js/src/worker-script/node/index.js');
  writeFileSync(
    join(dir, 'quiet-worker.cjs'),
    `for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};\nrequire(${JSON.stringify(script)});\n`,
  );
  langDir = dir;
  // A process that ends without closeOcr() (a server stopped by a signal) still removes it.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const workers = new Map<string, Promise<Tesseract.Worker>>();

function workerFor(languages: string): Promise<Tesseract.Worker> {
  let w = workers.get(languages);
  if (!w) {
    markOcrStarted();
    w = Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
      langPath: languageFolder(),
      workerPath: join(languageFolder(), 'quiet-worker.cjs'),
      cacheMethod: 'none',
      gzip: true,
      // The worker's own errors are returned as rejections, not printed.
      errorHandler: () => {},
    });
    workers.set(languages, w);
  }
  return w;
}

/** Stop the OCR workers (a CLI run ends; a server closes) and remove the language folder. */
export async function closeOcr(): Promise<void> {
  const all = [...workers.values()];
  workers.clear();
  await Promise.all(all.map(async (w) => (await w.catch(() => null))?.terminate()));
  if (langDir) rmSync(langDir, { recursive: true, force: true });
  langDir = null;
}

export interface OcrResult {
  page: OcrPage;
  languages: string;
  ms: number;
}


async function recognizeWith(languages: string, image: Buffer): Promise<OcrPage> {
  const w = await workerFor(languages);
  try {
    const r = await w.recognize(image, {}, { blocks: true, text: false });
    return ocrPageFrom(r.data);
  } catch (err) {
    throw new ImpostorError('unreadable_file', `The image could not be read: ${String((err as Error)?.message ?? err).slice(0, 200)}. Is the file complete?`);
  }
}

/**
 * Recognise the text of a screenshot. `languages` is "auto" (Latin languages, then Japanese when
 * that reads better) or Tesseract codes joined with "+" from OCR_LANGUAGES.
 */
export async function recognizeScreenshot(bytes: Uint8Array, languages = 'auto'): Promise<OcrResult> {
  const t0 = performance.now();
  const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (languages !== 'auto') {
    const codes = languages.split('+');
    const bad = codes.filter((c) => !(OCR_LANGUAGES as readonly string[]).includes(c));
    if (bad.length || !codes.length) throw new ImpostorError('invalid_option', `OCR language "${bad[0] ?? languages}" is not available; available: ${OCR_LANGUAGES.join(', ')} (join with +), or auto.`);
    return { page: await recognizeWith(languages, image), languages, ms: performance.now() - t0 };
  }
  const latin = await recognizeWith(LATIN, image);
  if (!looksLikeOtherScript(latin)) return { page: latin, languages: LATIN, ms: performance.now() - t0 };
  const jpn = await recognizeWith(JAPANESE, image);
  const best = jpn.confidence > latin.confidence ? { page: jpn, languages: JAPANESE } : { page: latin, languages: LATIN };
  return { ...best, ms: performance.now() - t0 };
}
