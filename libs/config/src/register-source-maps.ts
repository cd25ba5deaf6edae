// Preloaded (`node -r`) by the launcher into every process it runs compiled: see installLazySourceMaps.
import { installLazySourceMaps } from './lib/lazy-source-maps';

installLazySourceMaps();
