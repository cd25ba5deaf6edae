import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app';
import { startStore } from './store';

startStore();
render(<App />, document.getElementById('app')!);
