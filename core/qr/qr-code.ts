/** RGBA pixels, row-major, 4 bytes a pixel: the shape of the DOM's ImageData. */
export type Pixels = { data: Uint8ClampedArray; width: number; height: number };

/** A position in image pixels, origin top-left. */
export type Point = { x: number; y: number };

/** One decoded QR code: its text and its corners (top-left, top-right, bottom-right, bottom-left of the symbol as printed). */
export type QrCode = { text: string; corners: [Point, Point, Point, Point] };

/** Where the zxing .wasm comes from: a URL the shell serves itself, or the bytes. Never a CDN. */
export type QrWasmSource = { wasmUrl: string } | { wasmBinary: ArrayBuffer | Uint8Array };

/** A decoder behind the one interface: every code it finds in `pixels`. */
export type QrEngine = { name: 'zxing' | 'jsqr'; read: (pixels: Pixels) => Promise<QrCode[]> };
