// `liaison <command>`: wires the real process (streams, .env, settings, user) to the dispatcher.
import os from 'node:os';
import { loadConfig, loadDotEnv } from './config.js';
import { systemClock } from './core/clock.js';
import { runCli } from './cli/run.js';

function localUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'operator'; // no passwd entry (some containers)
  }
}

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  loadConfig: () => {
    loadDotEnv();
    return loadConfig();
  },
  now: () => systemClock.now(),
  user: localUser(),
});
process.exitCode = code;
