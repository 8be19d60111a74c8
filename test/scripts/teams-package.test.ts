// The Teams app package: the manifest asks for what the README says, the icons are the sizes Teams
// requires, and `npm run teams:package` writes a zip Teams can read, with the app id filled in.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/teams-package.js';

const APP = path.resolve(import.meta.dirname, '../../appPackage');
const ID = '11111111-2222-4333-8444-555555555555';

/** The entries of a zip, read from its local headers. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    const start = at + 30 + nameLen + extra;
    out.set(name, inflateRawSync(buf.subarray(start, start + size)));
    at = start + size;
  }
  return out;
}

/** Width, height and whether any pixel is transparent (8-bit RGBA, unfiltered rows as our script writes). */
function pngInfo(buf: Buffer): { width: number; height: number; transparent: boolean } {
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat = buf.indexOf('IDAT');
  const raw = inflateSync(buf.subarray(idat + 4, idat + 4 + buf.readUInt32BE(idat - 4)));
  let transparent = false;
  for (let y = 0; y < height && !transparent; y++) for (let x = 0; x < width; x++) if (raw[y * (width * 4 + 1) + 1 + x * 4 + 3] === 0) transparent = true;
  return { width, height, transparent };
}

describe('the Teams app package', () => {
  it('declares the bot in every scope, the command menu, the message action and the RSC permissions', () => {
    const m = JSON.parse(readFileSync(path.join(APP, 'manifest.json'), 'utf8'));
    expect(m.manifestVersion).toBe('1.22');
    expect(m.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(m.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['help', 'link', 'plan', 'done', 'notes']);
    expect(m.composeExtensions[0].commands[0]).toMatchObject({ id: 'logActionItems', type: 'action', title: 'Log action items', context: ['message'], fetchTask: true });
    expect(m.webApplicationInfo.id).toBe('{{MICROSOFT_APP_ID}}');
    expect(m.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name)).toEqual(['ChannelMessage.Read.Group', 'ChatMessage.Read.Chat']);
  });

  it('zips the manifest with the app id and icons of 192x192 (colour) and 32x32 (transparent outline)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-apppkg-'));
    try {
      cpSync(APP, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
      const { file } = buildTeamsPackage(ID, dir);
      expect(file).toBe(path.join(dir, 'build', 'liaison-teams.zip'));
      const entries = unzip(readFileSync(file));
      expect([...entries.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
      const manifest = entries.get('manifest.json')!.toString('utf8');
      expect(manifest).not.toContain('{{');
      expect(JSON.parse(manifest)).toMatchObject({ id: ID, bots: [{ botId: ID }], webApplicationInfo: { id: ID } });
      expect(pngInfo(entries.get('color.png')!)).toMatchObject({ width: 192, height: 192, transparent: false });
      expect(pngInfo(entries.get('outline.png')!)).toEqual({ width: 32, height: 32, transparent: true });
      expect(() => buildTeamsPackage('not-a-guid', dir)).toThrow(/a GUID/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
