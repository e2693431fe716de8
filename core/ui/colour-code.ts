/**
 * Telling a coloured activation image (a Cronto-style mosaic, as the Cepa
 * OTP app's may be) from a photo of nothing, once no QR code was found in it.
 * A QR code in colour has one ink colour on a light ground; a colour mosaic
 * has several strongly saturated hues side by side.
 */

/** Pixels as a canvas gives them: RGBA, row by row. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Six hue sectors (red, yellow, green, cyan, blue, magenta). */
const SECTORS = 6;
/** A sector counts when this share of the image is saturated colour of that hue. */
const MIN_SHARE = 0.03;
/** This many counted sectors make a mosaic. */
const MIN_HUES = 3;

/** True when the image holds strong colours of three or more hues, each over a visible area. */
export function looksLikeColourMosaic({ data, width, height }: Pixels): boolean {
  const counts = new Array<number>(SECTORS).fill(0);
  for (let i = 0; i + 3 < data.length; i += 4) {
    const sector = hueSector(data[i]!, data[i + 1]!, data[i + 2]!);
    if (sector !== undefined) counts[sector]! += 1;
  }
  const total = width * height;
  return counts.filter((count) => count / total >= MIN_SHARE).length >= MIN_HUES;
}

/** The hue sector of a strongly saturated, not too dark pixel; undefined for greys, pale or dark ones. */
function hueSector(r: number, g: number, b: number): number | undefined {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max < 80 || (max - min) / max < 0.5) return undefined;
  const d = max - min;
  const hue = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return Math.floor(hue) % SECTORS;
}

/** Reads an image file into pixels, scaled down to at most `size` px a side (enough for colours). */
export async function readPixels(file: Blob, size = 160): Promise<Pixels> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return { data: context.getImageData(0, 0, width, height).data, width, height };
}
