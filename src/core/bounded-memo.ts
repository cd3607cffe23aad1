// A memo bounded in entries and in bytes, for the caches that carry work from one message to the
// next (URL parsing, host classification). Two things made the old entry-capped maps grow with the
// traffic rather than with the cap:
//
// - V8 keeps a substring as a slice of its parent: a URL key cut out of a 1 MB message held the
//   whole message alive, so 5,000 cached links could pin 5,000 messages (≈ 780 MB of server RSS
//   after 1,000 requests of 1 MB). Keys are copied to flat strings of their own (ownString).
// - A long key (a 100 kB "URL") cost as much as thousands of short ones. Each entry is charged its
//   estimated size; entries over an eighth of the budget are not kept at all, and the oldest go
//   first when the budget or the entry cap is reached.

/** Bytes charged per entry besides its strings: map slot, entry object, value object headers. */
export const ENTRY_OVERHEAD_BYTES = 96;

/** Estimated heap bytes of a string (two per character: the worst case). */
export const stringBytes = (s: string): number => 2 * s.length + 16;

/**
 * A copy of `s` that shares no storage with the string it was cut from. Concatenation makes a cons
 * string, and slicing it flattens the cons into a new sequential string, so the result references
 * only that copy (a plain slice of a slice would reference the original parent).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export class BoundedMemo<V> {
  readonly #map = new Map<string, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
    readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.#map.get(key)?.value;
  }

  /** Keep `value` under `key` (a copy of it), unless it alone would take over an eighth of the budget. */
  set(key: string, value: V): void {
    const bytes = this.sizeOf(key, value) + ENTRY_OVERHEAD_BYTES;
    const old = this.#map.get(key);
    if (old) {
      this.#bytes -= old.bytes;
      this.#map.delete(key);
    }
    if (bytes > this.maxBytes / 8) return;
    this.#map.set(ownString(key), { value, bytes });
    this.#bytes += bytes;
    while (this.#bytes > this.maxBytes || this.#map.size > this.maxEntries) {
      const first = this.#map.entries().next();
      if (first.done) break;
      this.#bytes -= first.value[1].bytes;
      this.#map.delete(first.value[0]);
    }
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#map.size;
  }

  /** The estimated bytes held. */
  get bytes(): number {
    return this.#bytes;
  }
}
