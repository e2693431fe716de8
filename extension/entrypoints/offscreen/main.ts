import { startOffscreen } from '../../lib/offscreen/offscreen-main.ts';

startOffscreen();
