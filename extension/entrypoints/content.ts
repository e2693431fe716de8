import { startContent } from '../lib/content/content-main.ts';

export default defineContentScript({
  matches: ['https://my.cepa.be/*', 'https://www.c-point.be/*'],
  runAt: 'document_idle',
  main: startContent,
});
