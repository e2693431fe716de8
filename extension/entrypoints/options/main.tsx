import { signal } from '@preact/signals';
import { render } from 'preact';
import '../../../core/ui/styles.css';
import './options.css';
import type { VaultSession } from '../../../core/vault/index.ts';
import { openExtensionPort } from '../../lib/extension-port.ts';
import { OptionsApp } from '../../lib/options/OptionsApp.tsx';

const session = signal<VaultSession | undefined>(undefined);
const port = await openExtensionPort((current) => (session.value = current));
render(<OptionsApp port={port} session={session} />, document.getElementById('app')!);
