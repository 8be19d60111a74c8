// `npm run teams:package`: appPackage/manifest.json with the app id from the environment
// (MICROSOFT_APP_ID, or .env) plus the two icons, zipped into appPackage/build/liaison-teams.zip for
// upload in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDotEnv, teamsAppId } from '../src/config.js';
import { zip } from './zip.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function buildTeamsPackage(appId: string, dir: string): { file: string; manifest: Record<string, unknown> } {
  if (!GUID.test(appId)) throw new Error(`MICROSOFT_APP_ID must be the Azure Bot's Microsoft App ID (a GUID), not "${appId}"`);
  const text = readFileSync(path.join(dir, 'manifest.json'), 'utf8').replaceAll('{{MICROSOFT_APP_ID}}', appId);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const out = path.join(dir, 'build', 'liaison-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    zip([
      { name: 'manifest.json', data: Buffer.from(text) },
      { name: 'color.png', data: readFileSync(path.join(dir, 'color.png')) },
      { name: 'outline.png', data: readFileSync(path.join(dir, 'outline.png')) },
    ]),
  );
  return { file: out, manifest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadDotEnv();
  const appId = teamsAppId();
  if (!appId) {
    process.stderr.write('Set MICROSOFT_APP_ID (the Azure Bot registration\'s Microsoft App ID) in the environment or .env first.\n');
    process.exit(2);
  }
  try {
    const { file } = buildTeamsPackage(appId, path.resolve(import.meta.dirname, '../appPackage'));
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
}
