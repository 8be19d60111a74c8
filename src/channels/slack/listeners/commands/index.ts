import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { liaisonCommand } from './liaison.js';

export const COMMAND = '/liaison';

export function register(app: App, deps: SlackDeps): void {
  app.command(COMMAND, liaisonCommand(deps));
}
