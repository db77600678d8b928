import type { Loader } from 'astro/loaders';

// Shared through globalThis: Astro loads this project's integrations and its content config as
// two separate copies of the modules.
const GATE = Symbol.for('carnet.content-check');
type Gate = Promise<string | undefined>;

/**
 * Holds the content loaders until the content checks are done (`report` resolves to the
 * problems found, formatted, or undefined). The checks run on another thread while Astro starts;
 * a bad file then stops the build with every problem listed, before Astro reads any entry.
 */
export function holdContentLoaders(report: Gate): void {
  (globalThis as Record<symbol, Gate | undefined>)[GATE] = report;
}

/** A loader that first waits for the content checks, and fails with their report. */
export function afterContentChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const report = await (globalThis as Record<symbol, Gate | undefined>)[GATE];
      if (report) {
        const error = new Error(report);
        // The report says where every problem is; a stack trace of this file would only distract.
        error.stack = report;
        throw error;
      }
      return loader.load(context);
    },
  };
}
