import { isDataImage } from '../decode-image.ts';

/** At most this many images per request (the content script sends up to a handful of candidates). */
const MAX_IMAGES = 8;
/** An enrolment QR code is a few kB; a bigger picture is not worth decoding. */
const MAX_IMAGE_BYTES = 4 * 1024 * 1024;

/**
 * The images a site tab handed over, made safe for the decoder: data:image
 * URLs as they are, an image on the page's own origin fetched here (without
 * cookies) and turned into a data: URL, anything else dropped. So the
 * offscreen decoder never fetches a URL (see offscreen-main.ts), and a page
 * cannot make the extension fetch another site's resources.
 */
export async function readPageImages(
  images: readonly string[],
  pageOrigin: string,
  fetchImage: typeof fetch = fetch,
): Promise<string[]> {
  const urls: string[] = [];
  for (const image of images.slice(0, MAX_IMAGES)) {
    if (image.startsWith('data:')) {
      if (!isDataImage(image)) continue;
      if (image.length <= MAX_IMAGE_BYTES * 1.4) urls.push(image);
      continue;
    }
    const url = URL.parse(image);
    if (url?.origin !== pageOrigin) continue;
    const response = await fetchImage(url, { credentials: 'omit', cache: 'no-store' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !type.startsWith('image/') || bytes.length > MAX_IMAGE_BYTES) continue;
    urls.push(`data:${type.split(';')[0]};base64,${encodeBase64(bytes)}`);
  }
  return urls;
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
