import { existsSync } from 'node:fs';
import { runCli } from './main.ts';

// Settings from a .env file in the working directory, if there is one; real environment variables win.
if (existsSync('.env')) process.loadEnvFile('.env');

// The `collections` executable: run the command, then let the process end on its own so open
// handles show up as a hang in tests instead of being hidden by process.exit().
process.exitCode = await runCli(process.argv.slice(2), { io: process, env: process.env });
