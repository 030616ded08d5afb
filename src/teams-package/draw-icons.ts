import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/*
 * Draws the app's two Teams icons: a ladder (the MVOI ambition ladder) with a leaf growing from
 * its top. Run `npx tsx src/teams-package/draw-icons.ts` to regenerate manifest/*.png.
 */

type Shape = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

const rect =
  (left: number, top: number, right: number, bottom: number, radius = 0): Shape =>
  (x, y) => {
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius ** 2;
  };

/** A lens-shaped leaf centred at (cx, cy), `length` long, pointing along `angle` (radians). */
const leaf =
  (cx: number, cy: number, length: number, width: number, angle: number): Shape =>
  (x, y) => {
    const half = length / 2;
    const bulge = width / 2;
    const radius = (half * half + bulge * bulge) / (2 * bulge);
    const offset = radius - bulge;
    const u = (x - cx) * Math.cos(angle) + (y - cy) * Math.sin(angle);
    const v = -(x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle);
    return u * u + (v - offset) ** 2 <= radius ** 2 && u * u + (v + offset) ** 2 <= radius ** 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

/** A ladder in a box: two rails and `rungs` rungs. */
function ladder(
  left: number,
  top: number,
  right: number,
  bottom: number,
  rail: number,
  rungs: number,
) {
  const gap = (bottom - top) / (rungs + 1);
  return union(
    rect(left, top, left + rail, bottom, rail / 2),
    rect(right - rail, top, right, bottom, rail / 2),
    ...Array.from({ length: rungs }, (_, i) => {
      const y = top + gap * (i + 1);
      return rect(left, y - rail * 0.4, right, y + rail * 0.4);
    }),
  );
}

const SAMPLES = 4;

/** Paints layers over a background with 4×4 supersampling, so edges are smooth. */
function paint(size: number, background: Rgb | undefined, layers: [Shape, Rgb][]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = background ? [...background, 1] : [0, 0, 0, 0];
      for (const [shape, color] of layers) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        const coverage = hits / SAMPLES ** 2;
        const alpha = coverage + a * (1 - coverage);
        if (alpha > 0) {
          // Straight (not premultiplied) alpha compositing.
          r = (color[0] * coverage + r * a * (1 - coverage)) / alpha;
          g = (color[1] * coverage + g * a * (1 - coverage)) / alpha;
          b = (color[2] * coverage + b * a * (1 - coverage)) / alpha;
        }
        a = alpha;
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = Math.round(r);
      png.data[offset + 1] = Math.round(g);
      png.data[offset + 2] = Math.round(b);
      png.data[offset + 3] = Math.round(a * 255);
    }
  }
  return png;
}

const ACCENT: Rgb = [0x1b, 0x7f, 0x4b];
const WHITE: Rgb = [255, 255, 255];
const FRESH_GREEN: Rgb = [0xb8, 0xe9, 0x86];

const UP_RIGHT = -Math.PI / 4;

/** 192×192, full colour: a white ladder whose right rail grows a leaf, on the accent colour. */
export function drawColorIcon(): Buffer {
  return PNG.sync.write(
    paint(192, ACCENT, [
      [union(ladder(56, 72, 116, 166, 11, 4), rect(105, 58, 116, 100, 5.5)), WHITE],
      [leaf(130, 43, 54, 26, UP_RIGHT), FRESH_GREEN],
    ]),
  );
}

/** 32×32 outline: the same motif in white on transparent, as Teams requires. */
export function drawOutlineIcon(): Buffer {
  return PNG.sync.write(
    paint(32, undefined, [
      [union(ladder(7, 11, 19, 29, 2.5, 3), rect(16.5, 7, 19, 20, 1.25)), WHITE],
      [leaf(21.6, 4.6, 9, 4.6, UP_RIGHT), WHITE],
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = fileURLToPath(new URL('../../manifest/', import.meta.url));
  writeFileSync(`${manifest}color.png`, drawColorIcon());
  writeFileSync(`${manifest}outline.png`, drawOutlineIcon());
  console.info(`Wrote ${manifest}color.png and ${manifest}outline.png`);
}
