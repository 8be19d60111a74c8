// The server under the burst (bench/burst.ts), in its own process: Liaison's composition root (serve in
// src/main.ts, or dist/main.js with --dist) with the configuration read from the environment as in
// production. The one difference: Teams' outgoing calls carry a fixed token for the local fake Bot
// Connector instead of one from MSAL, which needs the internet. Stops on SIGTERM.
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import type { serve as Serve } from '../src/main.js';
import { TestCredentials } from '../test/helpers/test-credentials.js';

const fromDist = process.argv.includes('--dist');
const { serve } = (await import(fromDist ? '../dist/main.js' : '../src/main.js')) as { serve: typeof Serve };
const config = loadConfig();
const log = createLogger(config.logLevel);
const teamsCredentials = config.teams?.appId ? new TestCredentials(config.teams.appId, 'bench', config.teams.tenantId ?? '') : undefined;
const running = await serve(config, log, undefined, teamsCredentials ? { teamsCredentials } : {});
process.once('SIGTERM', () => {
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
