// The shared HTTP server: health and metrics here; Slack, Teams and the web chat mount on the same app.
import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { Histogram, Registry } from 'prom-client';
import type { Logger } from '../log.js';

export interface HealthSource {
  /** Extra facts for /healthz (index size, store kind); throwing marks the service unhealthy. */
  health(): Promise<Record<string, unknown>>;
  /** /readyz: whether what requests depend on answers (store, index, the LLM when configured). */
  ready(): Promise<Record<string, { ok: boolean; detail?: string }>>;
}

export function createHttpApp(opts: { registry: Registry; httpRequest: Histogram<string>; health: HealthSource; log: Logger }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const end = opts.httpRequest.startTimer();
    res.on('finish', () => end({ route: req.route?.path ?? req.path.split('/').slice(0, 2).join('/'), status: String(res.statusCode) }));
    next();
  });
  app.get('/healthz', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await opts.health.health()) });
    } catch (err) {
      opts.log.warn({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', error: err instanceof Error ? err.message : String(err) });
    }
  });
  // Liveness (/healthz) says the process runs; readiness says whether it can serve everything now.
  app.get('/readyz', async (_req, res) => {
    const checks = await opts.health.ready();
    const ok = Object.values(checks).every((c) => c.ok);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'degraded', checks });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(opts.registry.contentType).send(await opts.registry.metrics());
  });
  return app;
}

export function listen(app: Express, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
    server.once('error', reject);
  });
}
