#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare) or `npm run build`.
import { run } from '../dist/src/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
