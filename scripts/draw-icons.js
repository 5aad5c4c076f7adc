// Draws the add-in's icons: a gold five-pointed star on a round red badge with a gold rim, as PNG files in assets/.
// Run `node scripts/draw-icons.js` after changing the drawing; the PNGs are committed.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// 192 and 512: the web app's install icons (a web app manifest needs both for Chrome to offer installing it).
const SIZES = [16, 32, 64, 80, 128, 192, 512];
const RED = [222, 41, 16]; // #DE2910
const DARK_RED = [168, 22, 12];
const GOLD = [255, 222, 0]; // #FFDE00

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (width*height*4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The star's ten vertices in unit coordinates (centre 0,0, outer radius 1), one point up. */
function starPolygon(inner) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return pts;
}

function insidePolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Colour of one sample point in unit coordinates (-1..1); null outside the badge. */
function sample(x, y, star) {
  const d = Math.hypot(x, y);
  if (d > 1) return null;
  // A round badge with a gold rim, so it reads as a badge (徽章) and not as a flag.
  if (d > 0.86) return GOLD;
  if (d > 0.8) return DARK_RED;
  if (insidePolygon(x / 0.62, (y + 0.04) / 0.62, star)) return GOLD;
  return RED;
}

function drawIcon(size) {
  const star = starPolygon(0.382);
  const ss = 6; // supersampling per axis, for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / ss) / size) * 2 - 1;
          const c = sample(x, y, star);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    fs.writeFileSync(path.join(dir, `icon-${size}.png`), drawIcon(size));
  }
  console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${dir}`);
}

module.exports = { drawIcon, encodePng, SIZES };
