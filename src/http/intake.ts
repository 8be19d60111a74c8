// Connections still waiting to be taken in. Node (libuv 1.45 and later) accepts one connection per turn
// of the event loop, so under a burst of new connections (Slack and Teams open one per delivery) the
// last ones wait in the kernel's accept queue for as many turns as there are connections ahead of them,
// and every turn also runs whatever work starts in it. The work queues ask a gate before starting a job:
// while the server accepted a connection since they last asked, more are probably waiting, so they leave
// the turn to them (a turn that only accepts and reads is short). Not for ever: after `maxHoldMs` of
// holding in a row, jobs start again one per turn until a turn goes by without a new connection.
import type { Server } from 'node:net';

/** Decides, once per turn of the event loop, whether a queue leaves that turn to incoming connections. */
export interface Gate {
  hold(): boolean;
}

export interface Intake {
  /** Counts the connections `server` accepts (call once per listening server). */
  watch(server: Server): void;
  /** A gate for one queue (each queue keeps its own view of what it has seen). */
  gate(): Gate;
  /** Connections accepted so far. */
  readonly accepted: number;
}

/**
 * How long a queue may hold its jobs back for a burst of connections: an acknowledgement is due within
 * a few hundred milliseconds, answers take seconds anyway.
 */
export const DEFAULT_MAX_HOLD_MS = 250;

export function createIntake(opts: { maxHoldMs?: number; now?: () => number } = {}): Intake {
  const maxHoldMs = opts.maxHoldMs ?? DEFAULT_MAX_HOLD_MS;
  const now = opts.now ?? (() => performance.now());
  let accepted = 0;
  const count = () => {
    accepted += 1;
  };
  return {
    watch(server) {
      server.on('connection', count);
    },
    get accepted() {
      return accepted;
    },
    gate() {
      let seen = accepted;
      /** When this queue started holding (undefined: not holding). */
      let since: number | undefined;
      return {
        hold() {
          if (accepted === seen) {
            // A turn without a new connection: the accept queue is empty.
            since = undefined;
            return false;
          }
          seen = accepted;
          const t = now();
          since ??= t;
          return t - since <= maxHoldMs;
        },
      };
    },
  };
}
