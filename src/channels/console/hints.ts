// Core's hints worded as the console's own commands: `/link JR-2027`.
import type { Wording } from '../../core/hints.js';

export const consoleWording: Wording = (h) => `\`/${[h.action, ...(h.args ?? [])].join(' ')}\``;
