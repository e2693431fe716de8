import { render } from 'preact';

render(<main>Havencode</main>, document.getElementById('app')!);
