import { stopYoungGenerationGrowth } from './heap.js';

// Imported first by a server process (`node --import …/heap-early.js`, or as the entry's first
// import) so that new space does not grow while the analyser's modules load; see heap.ts.
stopYoungGenerationGrowth();
