import { setFlagsFromString } from 'node:v8';

// The V8 settings every Impostor entry point runs with (bin/impostor.js sets the same for the CLI
// and `serve`). V8 first interprets a regex and compiles it to machine code after it has run; with
// dozens of large Unicode lexicon alternations, each run once or a few times per message, compiling
// straight to machine code was 5–10% less CPU per message in separate-process A/Bs (emails −10%,
// texts −5%, calls −2%) with the same matches. Import this module first, before anything that runs a
// regex (an embedding program that imports the core directly gets V8's defaults unless it does too).
setFlagsFromString('--no-regexp-tier-up');

export const V8_FLAGS = ['--no-regexp-tier-up'] as const;
