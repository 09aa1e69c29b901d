// Loads dist/extensionFeatures.js (see extensionFeatures.ts) the first time one of its commands runs.
import * as path from 'path';

type Features = typeof import('./extensionFeatures');

let loaded: Features | undefined;

/** The rarely used commands, from their own bundle beside this one (both are in dist/). */
export function features(): Features {
  // A computed path, which esbuild leaves alone: the features stay out of dist/extension.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'extensionFeatures.js')) as Features;
  return loaded;
}
