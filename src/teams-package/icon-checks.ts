import { PNG } from 'pngjs';

/** What the manifest schema only describes in words: sizes, and the outline's white-on-clear. */
export function checkIcon(
  field: string,
  bytes: Buffer,
  expected: { size: number; outline: boolean },
): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    return [`${field}: must be a PNG image`];
  }
  const { size, outline } = expected;
  if (png.width !== size || png.height !== size) {
    return [`${field}: must be ${size}×${size} pixels, not ${png.width}×${png.height}`];
  }
  if (!outline) return [];
  let transparent = 0;
  let coloured = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [r, g, b, a] = png.data.subarray(offset, offset + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) coloured++;
  }
  const issues: string[] = [];
  if (transparent === 0) issues.push(`${field}: must have a transparent background`);
  if (coloured > 0) issues.push(`${field}: must be white only (${coloured} pixels are not white)`);
  if (transparent === png.width * png.height) issues.push(`${field}: is empty`);
  return issues;
}
