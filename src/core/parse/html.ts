import { Parser } from 'htmlparser2';
import { normalizeChunk } from './normalize.js';

// Renders an email's HTML body to the text a reader sees, recording every anchor's shown text and
// href with exact offsets, and every form. htmlparser2 is a tolerant streaming tokenizer: broken
// markup never throws, and it is linear in the input.

export interface HtmlAnchor {
  href: string;
  text: string;
  start: number;
  end: number;
}

export interface HtmlForm {
  action: string;
  method: string;
  inputs: { type: string; name: string }[];
}

export interface RenderedHtml {
  text: string;
  anchors: HtmlAnchor[];
  forms: HtmlForm[];
  /** Image sources (tracking pixels, remote logos), capped. */
  images: string[];
  /** Characters of text hidden with CSS or the hidden attribute (not rendered, not analysed). */
  hiddenChars: number;
  /**
   * Times the open elements reached the depth cap: the rest of the HTML was rendered as a fresh
   * document (its text kept, its nesting with what came before lost). 0 for any ordinary email.
   */
  depthCuts: number;
}

// Text the reader never sees: display:none, visibility:hidden, zero font size or opacity, or the
// hidden attribute. Scammers hide junk inside words ("Re<span style=display:none>x</span>newal") to
// break keyword filters; skipping it makes the analysed text what the reader sees.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$))/i;

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  const style = attrs.style;
  return !!style && HIDDEN_STYLE.test(style);
}

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'center', 'form', 'dd', 'dt', 'dl', 'tbody', 'thead',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml']);
const WHITESPACE_RUN = /[ \n\t\r\f]+/g;

/**
 * HTML whitespace as a reader sees it: each run of spaces, tabs and line breaks becomes one space,
 * and none is kept at the start when the text before already ends in a space. One replace per text
 * node (it was a string built character by character).
 */
export function collapseSpaces(s: string, afterSpace: boolean): string {
  const out = s.replace(WHITESPACE_RUN, ' ');
  return afterSpace && out.charCodeAt(0) === 32 ? out.slice(1) : out;
}


/** Deepest nesting of open elements followed (option maxHtmlDepth). */
export const DEFAULT_MAX_HTML_DEPTH = 256;

export function renderHtml(html: string, opts: { maxLinks: number; base?: number; maxDepth?: number } = { maxLinks: 500 }): RenderedHtml {
  const base = opts.base ?? 0;
  const maxDepth = Math.max(1, opts.maxDepth ?? DEFAULT_MAX_HTML_DEPTH);
  const parts: string[] = [];
  let length = 0;
  let lastWasSpace = true;
  let lastWasNewline = true;
  let skipDepth = 0;
  // One flag per open element (htmlparser2 closes every element it opens, implied ones included).
  const hiddenStack: boolean[] = [];
  let hiddenDepth = 0;
  let hiddenChars = 0;
  const anchors: HtmlAnchor[] = [];
  const forms: HtmlForm[] = [];
  const images: string[] = [];
  const openAnchors: { href: string; start: number; buf: string[] }[] = [];
  // htmlparser2 keeps its open elements in an array it grows with unshift and searches with indexOf,
  // so each tag costs time in the depth: 1 MB of nested <div> took seconds. Past `maxDepth` open
  // elements the parser is stopped and the rest is given to a fresh one.
  let depth = 0;
  let depthCuts = 0;
  let cutAt = -1;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    for (const a of openAnchors) a.buf.push(s);
  };
  const newline = () => {
    if (!lastWasNewline && length > 0) {
      // trim a trailing space before the newline
      push('\n');
      lastWasNewline = true;
      lastWasSpace = true;
    }
  };
  const appendText = (raw: string) => {
    const out = collapseSpaces(normalizeChunk(raw), lastWasSpace);
    if (!out) return;
    // `out` is non-space characters and single spaces; one non-space character ends the blank line.
    if (out !== ' ') lastWasNewline = false;
    lastWasSpace = out.charCodeAt(out.length - 1) === 32;
    push(out);
  };

  const closeAnchor = () => {
    const open = openAnchors.pop();
    if (open && anchors.length < opts.maxLinks) {
      // Only the anchor's own text is joined, so many anchors never make this quadratic.
      const raw = open.buf.join('');
      const lead = raw.length - raw.trimStart().length;
      const shown = raw.trim();
      const start = open.start + lead;
      anchors.push({ href: open.href, text: shown, start: base + start, end: base + start + shown.length });
    }
  };

  let parser: Parser;
  const handlers = {
      onopentag(name: string, attrs: Record<string, string>) {
        if (cutAt >= 0) return;
        if (++depth > maxDepth) {
          cutAt = parser.startIndex; // the tag that went too deep opens the next part
          parser.pause();
          return;
        }
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        const hidden = hiddenStack.length < 10_000 && isHidden(attrs);
        hiddenStack.push(hidden);
        if (hidden) hiddenDepth++;
        if (hiddenDepth > 0) return;
        if (BLOCK.has(name)) newline();
        if (name === 'a') {
          if (openAnchors.length < 8) openAnchors.push({ href: (attrs.href ?? '').trim(), start: length, buf: [] });
        } else if (name === 'img') {
          if (images.length < 50 && attrs.src) images.push(attrs.src);
          const alt = attrs.alt?.trim();
          if (alt && openAnchors.length > 0) appendText(` ${alt} `);
        } else if (name === 'form') {
          forms.push({ action: attrs.action ?? '', method: (attrs.method ?? 'get').toLowerCase(), inputs: [] });
        } else if (name === 'input' || name === 'textarea' || name === 'select') {
          const form = forms[forms.length - 1];
          if (form && form.inputs.length < 50) form.inputs.push({ type: (attrs.type ?? 'text').toLowerCase(), name: attrs.name ?? '' });
        } else if (name === 'td' || name === 'th') {
          if (!lastWasSpace) {
            push(' ');
            lastWasSpace = true;
          }
        }
      },
      ontext(data: string) {
        if (cutAt >= 0 || skipDepth > 0) return;
        if (hiddenDepth > 0) {
          hiddenChars += data.trim().length;
          return;
        }
        appendText(data);
      },
      onclosetag(name: string) {
        if (cutAt >= 0) return;
        depth--;
        if (SKIP.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        // Inside hidden content (this element included) nothing was opened, so nothing is closed.
        const insideHidden = hiddenDepth > 0;
        if (hiddenStack.pop()) hiddenDepth--;
        if (insideHidden) return;
        if (name === 'a') closeAnchor();
        if (BLOCK.has(name)) newline();
      },
  };
  const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };
  let rest = html;
  for (;;) {
    parser = new Parser(handlers, PARSER_OPTIONS);
    parser.write(rest);
    if (cutAt < 0) {
      parser.end();
      break;
    }
    // Cut: what was open is closed here (anchors keep the text they had), and the rest starts afresh.
    depthCuts++;
    while (openAnchors.length) closeAnchor();
    hiddenStack.length = 0;
    hiddenDepth = 0;
    skipDepth = 0;
    depth = 0;
    newline();
    rest = rest.slice(cutAt);
    cutAt = -1;
  }
  // Trailing whitespace only (trimEnd drops what /\s+$/ matches); leading offsets must stay valid
  // for anchors.
  const text = parts.join('').trimEnd();
  return { text, anchors, forms, images, hiddenChars, depthCuts };
}
