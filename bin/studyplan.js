#!/usr/bin/env node
// The bin owns the process: it sets the exit code; everything else returns values.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
