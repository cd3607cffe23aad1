// Test helper for the lexicon gates (not used by the engine; plain throws keep src/core free of node:*).

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

// Every alternative is expanded into the literal strings it can match: each branch of a group, an
// optional part with and without, each character of a small class. Anything that can vary in
// content or length (\p{L}{0,20}, \d, a repeated group) becomes a separator that no gate word may
// span, so "every expansion holds a gate word" means every real match holds one.
export const SEP = '\u0000';
/** One or more ASCII digits (\d, \d{1,3}): not a letter, but part of the text's word. */
export const DIGIT = '\u0002';

type Node = { kind: 'alt'; options: Node[][] } | { kind: 'chars'; chars: string[] } | { kind: 'sep' } | { kind: 'digit' };

export function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const options: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i]!;
      if (c === '|') {
        i++;
        options.push([]);
        continue;
      }
      let atom: Node;
      if (c === '(') {
        i++;
        // A lookahead is zero-width: it only narrows what matches, so it adds nothing to the text.
        const look = src.startsWith('?=', i) || src.startsWith('?!', i);
        if (src.startsWith('?:', i) || look) i += 2;
        else check(false, `unsupported group at ${i} in ${src}`);
        atom = alt();
        check(src[i] === ')', `unclosed group in ${src}`);
        i++;
        if (look) continue;
      } else if (c === '[') {
        const end = src.indexOf(']', i);
        const body = src.slice(i + 1, end);
        i = end + 1;
        // A literal class ('-' only first or last); ranges, negations and escapes vary too much.
        atom = /^-?[^\\^-]+-?$/u.test(body) ? { kind: 'chars', chars: [...body] } : { kind: 'sep' };
      } else if (c === '\\') {
        const n = src[i + 1]!;
        if (n === 'p') {
          i = src.indexOf('}', i) + 1;
          atom = { kind: 'sep' };
        } else {
          i += 2;
          atom = n === 'd' ? { kind: 'digit' } : /[swDSWb]/u.test(n) ? { kind: 'sep' } : { kind: 'chars', chars: [n] };
        }
      } else if (c === '.') {
        i++;
        atom = { kind: 'sep' };
      } else {
        i++;
        atom = { kind: 'chars', chars: [c] };
      }
      const q = src[i];
      if (q === '?') {
        i++;
        atom = { kind: 'alt', options: [[], [atom]] };
      } else if (q === '*' || q === '+' || q === '{') {
        let min = q === '+' ? 1 : 0;
        if (q === '{') {
          const end = src.indexOf('}', i);
          min = Number(src.slice(i + 1, end).split(',')[0]);
          i = end;
        }
        i++;
        if (src[i] === '?') i++;
        // A run of digits stays one DIGIT; anything else repeated is a separator after its minimum.
        if (atom.kind === 'digit') atom = min > 0 ? atom : { kind: 'alt', options: [[], [atom]] };
        else atom = { kind: 'alt', options: [[...Array<Node>(min).fill(atom), { kind: 'sep' }]] };
      }
      options[options.length - 1]!.push(atom);
    }
    return { kind: 'alt', options };
  };
  const root = alt();
  check(i === src.length, `unbalanced: ${src}`);
  return root;
}

/** Marks an expansion already known to pass; absorbing under concatenation. */
export const OK = '\u0001';

/**
 * The expansions of a parsed alternative. `reduce` (applied along the alternative's own sequence,
 * where the prefix is the real start of the match) may replace a string by OK or by a shorter one
 * that decides the rest the same way, which keeps long alternatives enumerable.
 */
export function expand(node: Node, limit: number, reduce?: (s: string) => string): string[] {
  if (node.kind === 'sep') return [SEP];
  if (node.kind === 'digit') return [DIGIT];
  if (node.kind === 'chars') return node.chars;
  const out: string[] = [];
  for (const seq of node.options) {
    let acc = new Set(['']);
    for (const n of seq) {
      const next = new Set<string>();
      const parts = expand(n, limit);
      for (const a of acc) {
        if (a === OK) {
          next.add(OK);
          continue;
        }
        for (const b of parts) next.add(reduce ? reduce(a + b) : a + b);
      }
      acc = next;
      check(acc.size <= limit, 'too many expansions');
    }
    for (const a of acc) out.push(a);
  }
  return out;
}
