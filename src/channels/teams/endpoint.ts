// POST /api/messages: the token is checked by botbuilder, and every request turned away before the
// bot's logic runs is answered 401 (botbuilder itself answers 500 for a forged signature or
// `alg: none`). Messages are answered 200 at once (the reply follows proactively); invokes answer
// with what the handler put in the response.
import express, { type Express, type Request, type Response } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import type { LiaisonAdapter } from './adapter.js';
import type { Logger } from '../../log.js';

export const MESSAGES_PATH = '/api/messages';

export function mountEndpoint(app: Express, adapter: LiaisonAdapter, logic: (ctx: TurnContext) => Promise<void>, log: Logger): void {
  app.post(MESSAGES_PATH, express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    const activity = req.body as { type?: unknown } | undefined;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
      res.status(400).json({ error: 'expected a Bot Framework activity' });
      return;
    }
    let admitted = false;
    try {
      const auth = req.headers.authorization ?? '';
      const invoke = await adapter.handle(auth, req.body as Activity, async (ctx) => {
        admitted = true;
        await logic(ctx);
      });
      if (invoke) res.status(invoke.status).json(invoke.body ?? {});
      else res.status(200).end();
    } catch (err) {
      if (!admitted) {
        log.warn({ reason: err instanceof Error ? err.message : String(err), type: activity.type }, 'teams: request rejected (token)');
        if (!res.headersSent) res.status(401).json({ error: 'unauthorized' });
        return;
      }
      log.error({ err }, 'teams: turn failed outside its error boundary');
      if (!res.headersSent) res.status(500).end();
    }
  });
}
