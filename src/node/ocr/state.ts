// Whether this process has started an OCR worker, so that a CLI run that read no screenshot does
// not load tesseract.js just to find nothing to close.
let started = false;

export function markOcrStarted(): void {
  started = true;
}

export function ocrStarted(): boolean {
  return started;
}
