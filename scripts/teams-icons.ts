// Draws appPackage/color.png (192x192, full colour) and appPackage/outline.png (32x32, white on
// transparent), as Teams requires. Run once: `npx tsx scripts/teams-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Two linked rings (a liaison between two teams), in a unit square; true where the mark is. */
function mark(u: number, v: number, stroke: number): boolean {
  const ring = (cx: number, cy: number) => Math.abs(Math.hypot(u - cx, v - cy) - 0.22) < stroke;
  return ring(0.38, 0.5) || ring(0.62, 0.5);
}

const dir = path.resolve(import.meta.dirname, '../appPackage');
const TEAL: Rgba = [0, 105, 120, 255];
const WHITE: Rgba = [255, 255, 255, 255];
writeFileSync(path.join(dir, 'color.png'), png(192, (x, y) => (mark((x + 0.5) / 192, (y + 0.5) / 192, 0.045) ? WHITE : TEAL)));
writeFileSync(path.join(dir, 'outline.png'), png(32, (x, y) => (mark((x + 0.5) / 32, (y + 0.5) / 32, 0.06) ? WHITE : [0, 0, 0, 0])));
