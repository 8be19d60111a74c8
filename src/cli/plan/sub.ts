// One `liaison plan <sub>` command: its usage line and how it runs.
import type { CliIO } from '../io.js';

export interface PlanSub {
  usage: string;
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}
