// node:util parseArgs with the CLI's conventions: --help everywhere, strict options, and a
// UsageError (exit 2) that says what was wrong.
import { parseArgs } from 'node:util';
import { UsageError } from './io.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Parsed {
  positionals: string[];
  str(name: string): string | undefined;
  bool(name: string): boolean;
}

/** Parses `args`; returns null when --help was asked for (the caller prints usage and exits 0). */
export function parse(args: string[], options: OptionSpec, usage: string, positionals: { min?: number; max?: number } = {}): Parsed | null {
  let values: Values;
  let rest: string[];
  try {
    const out = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    values = out.values as Values;
    rest = out.positionals;
  } catch (err) {
    throw new UsageError(cleanMessage(err), usage);
  }
  if (values.help) return null;
  const { min = 0, max = Infinity } = positionals;
  if (rest.length < min) {
    const missing = positionalNames(usage).slice(rest.length, min);
    throw new UsageError(missing.length ? `Missing ${missing.join(' and ')}.` : 'Missing arguments.', usage);
  }
  if (rest.length > max) throw new UsageError(`Unexpected argument${rest.length - max === 1 ? '' : 's'}: ${rest.slice(max).join(' ')}`, usage);
  return {
    positionals: rest,
    str: (name) => {
      const v = values[name];
      return typeof v === 'string' ? v : undefined;
    },
    bool: (name) => values[name] === true,
  };
}

/** parseArgs messages point at `node --help`-style advice; keep the part that names the problem. */
function cleanMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\. To specify a positional argument.*$/s, '.').replace(/^Option '(.+?)' argument missing/, "Option '$1' needs a value");
}

/** The required positional names in a usage line ("liaison plan goal PLAN DOMAIN TEXT" -> PLAN, DOMAIN, TEXT). */
export function positionalNames(usage: string): string[] {
  const line = (usage.split('\n')[0] ?? '').replace(/^Usage:\s*/, '').replace(/\[[^\]]*\]/g, ' ');
  const names: string[] = [];
  let afterOption = false;
  for (const token of line.split(/\s+/).filter(Boolean)) {
    if (token.startsWith('-')) afterOption = true;
    else if (afterOption) afterOption = false;
    else if (/^[A-Z]/.test(token) || token.includes('|')) names.push(token.replace(/\.\.\.$/, ''));
  }
  return names;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDateArg(value: string | undefined, flag: string, usage: string, isValid: (d: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE.test(value) || !isValid(value)) throw new UsageError(`${flag} "${value}" is not a date; write it as YYYY-MM-DD.`, usage);
  return value;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, usage: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} "${value}" is not one of: ${allowed.join(', ')}.`, usage);
  return value as T;
}
