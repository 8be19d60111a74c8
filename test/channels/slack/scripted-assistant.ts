// A scripted Assistant double for listener/rendering tests: records what it was given, answers with
// the script, and dedupes Inbound.id as the real one promises to.
import type { Assistant, Inbound, Reply } from '../../../src/core/messages.js';

export interface ScriptedAssistant extends Assistant {
  inbounds: Inbound[];
}

export function scriptedAssistant(script: (inbound: Inbound) => Reply[] | Promise<Reply[]>): ScriptedAssistant {
  const seen = new Set<string>();
  const inbounds: Inbound[] = [];
  return {
    inbounds,
    async handle(inbound) {
      if (seen.has(inbound.id)) return [];
      seen.add(inbound.id);
      inbounds.push(inbound);
      return script(inbound);
    },
  };
}
