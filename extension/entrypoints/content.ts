import { siteMatchPatterns } from '../../core/sites/origins.ts';
import { startContent } from '../lib/content/content-main.ts';

export default defineContentScript({
  matches: [...siteMatchPatterns],
  runAt: 'document_end',
  main: startContent,
});
