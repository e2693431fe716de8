/**
 * The QR corpus: screenshots (1080p, 4K) and camera frames made from real QR
 * matrices, seeded so every run writes the same files. `tsx
 * test/qr-corpus/generate.ts [dir]` writes them; the bench calls
 * `ensureCorpus`, which regenerates only when the manifest is missing or old.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shootScreen, type CameraShot } from './camera.ts';
import { encodePng } from './canvas.ts';
import { createRandom, type Random } from './random.ts';
import { drawScreen, type QrScheme, type ScreenCode } from './screen.ts';

/** Bump when the generator changes, so stale corpora are rebuilt. */
const corpusVersion = 2;

/** The sets of the corpus, each with its own targets. */
export type CorpusSet = 'screen-1080p' | 'screen-4k' | 'camera';

/** One image of the corpus and the texts it holds. */
export type CorpusImage = { file: string; set: CorpusSet; texts: string[]; label: string };

/** The corpus directory's index. */
export type CorpusManifest = { version: number; images: CorpusImage[] };

/** The default place of the corpus (git-ignored). */
export const defaultCorpusDir = join(import.meta.dirname, '..', 'bench', 'corpus');

/** Reads the manifest of `dir`, generating the corpus first when it is missing or stale. */
export function ensureCorpus(dir = defaultCorpusDir): CorpusManifest {
  const path = join(dir, 'manifest.json');
  if (existsSync(path)) {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
    if (manifest.version === corpusVersion) return manifest;
  }
  return generateCorpus(dir);
}

/** Writes every image of the corpus and its manifest into `dir`. */
export function generateCorpus(dir = defaultCorpusDir): CorpusManifest {
  mkdirSync(dir, { recursive: true });
  const random = createRandom(20261121);
  const images: CorpusImage[] = [];
  const schemes: (QrScheme | 'two-codes')[] = [
    'dark-on-light',
    'light-on-dark',
    'coloured',
    'two-codes',
  ];
  const screenSets = [
    { set: 'screen-1080p', width: 1920, height: 1080, modules: [2, 3, 4, 5, 6, 7, 8] },
    { set: 'screen-4k', width: 3840, height: 2160, modules: [2, 4, 6, 8] },
  ] as const;
  for (const { set, width, height, modules } of screenSets) {
    for (const module of modules) {
      for (const scheme of schemes) {
        const codes = pickCodes(scheme, module, random);
        const file = `${set}-m${module}-${scheme}.png`;
        writeFileSync(join(dir, file), encodePng(drawScreen(width, height, codes, random)));
        images.push({
          file,
          set,
          texts: codes.map((c) => c.text),
          label: `${scheme}, ${module} px`,
        });
      }
    }
  }
  for (let n = 0; n < 32; n++) images.push(writeCameraFrame(dir, n, random));
  const manifest = { version: corpusVersion, images };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

function pickCodes(scheme: QrScheme | 'two-codes', module: number, random: Random): ScreenCode[] {
  if (scheme !== 'two-codes') return [{ text: makeAccountUri(random), scheme, module }];
  const other = random.pick<QrScheme>(['dark-on-light', 'coloured']);
  return [
    { text: makeAccountUri(random), scheme: 'dark-on-light', module },
    { text: makeAccountUri(random), scheme: other, module },
  ];
}

/** A camera frame of a 1280×800 screen region, tilted, rotated, blurred, noisy and JPEG-compressed. */
function writeCameraFrame(dir: string, n: number, random: Random): CorpusImage {
  const scheme = random.pick<QrScheme>([
    'dark-on-light',
    'dark-on-light',
    'light-on-dark',
    'coloured',
  ]);
  const codes: ScreenCode[] = [
    { text: makeAccountUri(random), scheme, module: random.integer(5, 8) },
  ];
  if (n % 4 === 3)
    codes.push({ text: makeAccountUri(random), scheme, module: codes[0]?.module ?? 6 });
  const screen = drawScreen(1280, 800, codes, random);
  const [width, height] = [1280, 720];
  const angle = random.between(-0.4, 0.4);
  const scale = random.between(0.7, 0.85);
  const centre = {
    x: width / 2 + random.between(-60, 60),
    y: height / 2 + random.between(-40, 40),
  };
  const tiltX = random.between(-0.22, 0.22);
  const tiltY = random.between(-0.18, 0.18);
  const corner = (u: number, v: number) => {
    // u, v in {-1, 1}: a rotated rectangle whose far edges shrink, as a tilted screen does.
    const shrink = 1 + tiltX * u + tiltY * v;
    const x = (u * 640 * scale) / shrink;
    const y = (v * 400 * scale) / shrink;
    return {
      x: centre.x + x * Math.cos(angle) - y * Math.sin(angle),
      y: centre.y + x * Math.sin(angle) + y * Math.cos(angle),
    };
  };
  const shot: CameraShot = {
    width,
    height,
    quad: [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)],
    blurRadius: random.integer(0, 2),
    noise: random.between(2, 9),
    jpegQuality: random.integer(40, 85),
    surround: [random.integer(40, 120), random.integer(40, 110), random.integer(30, 100)],
  };
  const file = `camera-${String(n).padStart(2, '0')}-${scheme}.jpg`;
  writeFileSync(join(dir, file), shootScreen(screen, shot, random));
  const label = `${scheme}, ${codes.length} code(s), blur ${shot.blurRadius}, q${shot.jpegQuality}`;
  return { file, set: 'camera', texts: codes.map((c) => c.text), label };
}

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An account URI as MyCepa or C-point would show it, with a random secret. */
export function makeAccountUri(random: Random): string {
  const secret = Array.from({ length: 32 }, () => random.pick([...base32])).join('');
  if (random.next() < 0.5) {
    const werkboek = String(random.integer(1e9, 9999999999));
    return `otpauth://totp/MyCepa:${werkboek}?secret=${secret}&issuer=MyCepa&digits=10&period=30`;
  }
  const user = random.pick(['jan.peeters', 'an.janssens', 'mohamed.elamrani', 'els.claes']);
  return `otpauth://totp/C-point:${user}%40example.be?secret=${secret}&issuer=C-point`;
}

if (process.argv[1] === import.meta.filename) {
  const started = performance.now();
  const manifest = generateCorpus(process.argv[2] ?? defaultCorpusDir);
  console.log(`${manifest.images.length} images in ${Math.round(performance.now() - started)} ms`);
}
