import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

// V8 heap settings for a long-running analyser (`impostor serve`), applied at run time because
// `node bin/impostor.js serve` has no command-line flags of its own. Measured on the corpus
// (streamed, one fresh process, peak RSS 193–210 MB with V8's defaults, 148–152 MB with all three
// settings, CPU time within noise) and under `npm run bench:http` (server peak RSS 192 → 147 MB,
// server CPU per request within ±5%):
//
// - Young generation. V8 doubles each semi-space up to 16 MB (32 MB of new space) while the modules
//   load, and it stays there. Request garbage dies young either way: 8 MB semi-spaces saved
//   ≈ 15 MB of peak RSS, 4 MB ≈ 25 MB, 2 MB only 2 MB more but cost ≈ 10% more CPU. The maximum is
//   fixed when the heap is created, so the size is held with the growth factor instead: 1 (no
//   growth) until `tuneHeapForServing()` runs, then 2 below the cap and 1 at it, re-checked after
//   every GC (V8 shrinks new space when a server idles; this lets it grow back). Limit: the check
//   runs between requests, so one request that keeps several MB alive across many scavenges (a
//   40 kB text of 400 repeated links did) can double new space past the cap, up to V8's default.
// - Old generation. V8 lets it grow to 2–4× the live size before a full GC (≈ 50 MB for ≈ 25 MB
//   live after the corpus); a 1.2× growing factor keeps it near 30 MB. Little survives a request,
//   so full GCs stay rare and mostly concurrent.
// - Scavenges on one thread. With the server sharing two cores with its load generator (and other
//   work), V8's parallel scavenges waited on helper threads the OS had not scheduled (13 ms pauses
//   to copy 0.2 MB); single-threaded, the total scavenge pause was 17–45% lower in each of six
//   paired load runs. On a larger machine the survivors (≈ 0.2 MB a scavenge) are too few for
//   parallel copying to gain much.

export const SEMI_SPACE_MB = 4;
const HEAP_GROWING_PERCENT = 20;

let holding = false;

/** Call first thing (before the analyser's modules load): keeps new space at its initial size. */
export function stopYoungGenerationGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

function newSpaceBytes(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}

/**
 * Let new space grow to `semiSpaceMb` per semi-space and no further (as `--max-semi-space-size`
 * would), and apply the old-generation and scavenge settings above. Process-wide; idempotent.
 */
export function tuneHeapForServing(semiSpaceMb = SEMI_SPACE_MB): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString('--no-parallel-scavenge');
  if (holding) return;
  holding = true;
  // new_space counts both semi-spaces.
  const cap = 2 * semiSpaceMb * 1024 * 1024;
  let factor = 0;
  const check = () => {
    // Doubling (not one jump to the cap): if a long request lets V8 grow again before this runs,
    // it overshoots by one doubling at a time.
    const next = newSpaceBytes() < cap ? 2 : 1;
    if (next !== factor) setFlagsFromString(`--semi-space-growth-factor=${(factor = next)}`);
  };
  check();
  // GC entries are delivered after the collection, between requests. An observer keeps no
  // process alive.
  new PerformanceObserver(check).observe({ entryTypes: ['gc'] });
}
