import { startBackground } from '../lib/background/background-main.ts';

export default defineBackground({ type: 'module', main: startBackground });
