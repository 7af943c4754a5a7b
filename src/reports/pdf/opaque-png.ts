/**
 * An RGBA PNG (what resvg draws) as an RGB PNG, composited over white. pdfkit embeds an RGB PNG's compressed data
 * as it is, but splits an alpha channel out pixel by pixel in JavaScript, which cost most of a report's time.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Header {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
  readonly interlace: number;
}

/** Any PNG that is not 8-bit, non-interlaced RGBA is returned as it is. */
export function opaquePng(png: Uint8Array): Buffer {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let header: Header | undefined;
  const data: Buffer[] = [];
  for (let offset = signature.length; offset + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8] ?? 0,
        colorType: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (header?.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) return bytes;
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const rgb = Buffer.alloc(height * (1 + width * 3));
  let previous = Buffer.alloc(stride);
  let current = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    unfilter(raw[start] ?? 0, raw.subarray(start + 1, start + 1 + stride), previous, current);
    const out = y * (1 + width * 3);
    // Filter type 0 (none) on every output row.
    rgb[out] = 0;
    for (let x = 0; x < width; x++) {
      const alpha = current[x * 4 + 3] ?? 255;
      for (let channel = 0; channel < 3; channel++) {
        const value = current[x * 4 + channel] ?? 0;
        rgb[out + 1 + x * 3 + channel] =
          alpha === 255 ? value : Math.round((value * alpha + 255 * (255 - alpha)) / 255);
      }
    }
    [previous, current] = [current, previous];
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rgb, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reverses one row's PNG filter (RFC 2083 §6) into `out`, 4 bytes per pixel. */
function unfilter(filter: number, line: Buffer, previous: Buffer, out: Buffer): void {
  const bpp = 4;
  for (let i = 0; i < line.length; i++) {
    const left = i >= bpp ? (out[i - bpp] ?? 0) : 0;
    const up = previous[i] ?? 0;
    const upLeft = i >= bpp ? (previous[i - bpp] ?? 0) : 0;
    const value = line[i] ?? 0;
    let predicted = 0;
    if (filter === 1) predicted = left;
    else if (filter === 2) predicted = up;
    else if (filter === 3) predicted = (left + up) >> 1;
    else if (filter === 4) predicted = paeth(left, up, upLeft);
    out[i] = (value + predicted) & 0xff;
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, check]);
}
