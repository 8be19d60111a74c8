// `liaison partners import FILE.csv` and `liaison partners list`: the partner directory.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LiaisonError } from '../core/errors.js';
import { parse } from './args.js';
import { withServices } from './with-services.js';
import { println, showUsage, UsageError, type Command } from './io.js';

const usage = `Usage: liaison partners import FILE.csv
       liaison partners list [--json]

  import  adds or updates partners from a CSV with a header row
          (name, email, agency, role, aliases, slack_user_id, teams_user_id, time_zone, preferred_platform)
  list    prints the partner directory`;

export const partnersCommand: Command = {
  name: 'partners',
  usage,
  async run(args, io) {
    const parsed = parse(args, { json: { type: 'boolean' } }, usage);
    if (!parsed) return showUsage(io, usage);
    const [sub, ...rest] = parsed.positionals;
    if (sub === 'import') {
      if (rest.length !== 1) throw new UsageError('Give one CSV file: liaison partners import FILE.csv', usage);
      const file = rest[0]!;
      const text = await readFile(file, 'utf8').catch(() => {
        throw new LiaisonError('not_found', `Cannot read ${file}: no such file. Check the path.`);
      });
      return withServices(io, async ({ plans }) => {
        const { added, updated } = await plans.importPartnersCsv(text, path.basename(file));
        println(io, `Imported ${path.basename(file)}: ${added.length} added, ${updated.length} updated.`);
        return 0;
      });
    }
    if (sub === 'list') {
      if (rest.length) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`, usage);
      return withServices(io, async ({ plans }) => {
        const partners = await plans.listPartners();
        if (parsed.bool('json')) {
          for (const p of partners) println(io, JSON.stringify(p));
          return 0;
        }
        if (!partners.length) println(io, 'The partner directory is empty. Import one with: liaison partners import FILE.csv');
        for (const p of partners) {
          const where = [p.agency, p.role].filter(Boolean).join(', ');
          println(io, `${p.name}${where ? ` (${where})` : ''}${p.email ? ` <${p.email}>` : ''}  [${p.id}]`);
        }
        return 0;
      });
    }
    throw new UsageError(sub ? `Unknown partners command "${sub}".` : 'Say what to do: import or list.', usage);
  },
};
