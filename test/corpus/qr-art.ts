/**
 * The corpus's QR codes, drawn every way a page may draw one: PNG (with and
 * without the quiet zone, in colours), inline SVG made of rects or of one
 * path, a transparent SVG image, a canvas script, mirrored. All from the
 * `qrcode` package's module matrix, so each technique shows the same code.
 */
import QRCode from 'qrcode';

/** The module matrix of `text`: rows of booleans, true = dark. */
function readMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => modules.get(row, col) === 1),
  );
}

/** The dark modules as [x, y] pairs. */
function darkCells(matrix: boolean[][]): [number, number][] {
  return matrix.flatMap((row, y) =>
    row.flatMap((dark, x) => (dark ? [[x, y] as [number, number]] : [])),
  );
}

/** Inline `<svg>` of one `<rect>` per module; no background unless `light` is given. */
export function renderSvgRects(text: string, options: { px: number; light?: string }): string {
  const matrix = readMatrix(text);
  const size = matrix.length;
  const quiet = options.light === undefined ? 0 : 4;
  const view = size + 2 * quiet;
  const back =
    options.light === undefined
      ? ''
      : `<rect width="${view}" height="${view}" fill="${options.light}"/>`;
  const cells = darkCells(matrix)
    .map(([x, y]) => `<rect x="${x + quiet}" y="${y + quiet}" width="1" height="1"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view} ${view}" width="${options.px}" height="${options.px}" shape-rendering="crispEdges">${back}<g fill="#000">${cells}</g></svg>`;
}

/** Inline `<svg>` drawing every module with one `<path>`, as many QR libraries do. */
export function renderSvgPath(text: string, options: { px: number; mirrored?: boolean }): string {
  const matrix = readMatrix(text);
  const view = matrix.length + 8;
  const d = darkCells(matrix)
    .map(([x, y]) => `M${x + 4} ${y + 4}h1v1h-1z`)
    .join('');
  const flip = options.mirrored === true ? ` transform="translate(${view} 0) scale(-1 1)"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view} ${view}" width="${options.px}" height="${options.px}"><rect width="${view}" height="${view}" fill="#fff"/><path${flip} fill="#000" d="${d}"/></svg>`;
}

/** A transparent SVG image (no background, no quiet zone) as a data: URL for `<img src>`. */
export function renderSvgDataUrl(text: string): string {
  const svg = renderSvgRects(text, { px: 200 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** A PNG data: URL; `margin` is the quiet zone in modules (0: none). */
export function renderPngDataUrl(
  text: string,
  options: { margin: number; dark?: string; light?: string },
): Promise<string> {
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: options.margin,
    scale: 5,
    color: { dark: options.dark ?? '#000000', light: options.light ?? '#ffffff' },
  });
}

/** A script that draws the code on the canvas with id `canvasId` (module by module). */
export function renderCanvasScript(text: string, canvasId: string): string {
  const cells = JSON.stringify(darkCells(readMatrix(text)));
  const size = readMatrix(text).length + 8;
  return `<script>(() => {
  const canvas = document.getElementById(${JSON.stringify(canvasId)});
  const scale = 5;
  canvas.width = canvas.height = ${size} * scale;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  for (const [x, y] of ${cells}) ctx.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
})();</script>`;
}
