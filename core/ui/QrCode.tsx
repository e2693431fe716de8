import QRCode from 'qrcode';
import { useMemo } from 'preact/hooks';

/** The quiet zone around a QR code, in modules, as the standard asks. */
const QUIET_MODULES = 4;

/**
 * One QR code drawn as SVG, black on white whatever the theme, one path of
 * square modules so it stays sharp at any size (the CSS makes it large
 * enough for a phone camera). Error correction M, as Google's export uses.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => drawModules(text), [text]);
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

function drawModules(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col))
        parts.push(`M${col + QUIET_MODULES} ${row + QUIET_MODULES}h1v1h-1z`);
  return { size: modules.size + 2 * QUIET_MODULES, path: parts.join('') };
}
