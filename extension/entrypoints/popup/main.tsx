import { render } from 'preact';
import { App } from '../../../core/ui/App.tsx';
import '../../../core/ui/styles.css';
import { createPopupShell, openExtensionPort } from '../../lib/extension-port.ts';

const port = await openExtensionPort();
render(<App port={port} shell={createPopupShell()} />, document.getElementById('app')!);
