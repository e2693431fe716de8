import { describe, expect, it, vi } from 'vitest';
import { readPageImages } from './page-image-urls.ts';

const PAGE = 'https://www.c-point.be';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('readPageImages', () => {
  it('keeps data:image URLs, fetches only the page’s own origin, drops the rest', async () => {
    const fetchImage = vi.fn(() =>
      Promise.resolve(
        new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }),
      ),
    );
    const urls = await readPageImages(
      [
        PNG,
        'data:text/html,<script>',
        `${PAGE}/qr.png`,
        'https://evil.example/secret.png',
        'https://www.c-point.be.evil.example/qr.png',
        'javascript:alert(1)',
      ],
      PAGE,
      fetchImage,
    );
    expect(urls).toEqual([PNG, 'data:image/png;base64,AQID']);
    expect(fetchImage).toHaveBeenCalledTimes(1);
  });

  it('drops what is not an image', async () => {
    const fetchImage = () =>
      Promise.resolve(new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    expect(await readPageImages([`${PAGE}/login`], PAGE, fetchImage)).toEqual([]);
  });
});
