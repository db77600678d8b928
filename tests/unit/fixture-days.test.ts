import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { files } from '../fixtures/site/generate-multiday.ts';

// The multi-day event of the fixture site is generated: the committed files must be what the
// generator writes, so a change to one without the other is caught here.
describe('the generated multi-day fixture event', () => {
  it('is committed as the generator writes it', () => {
    for (const file of files()) {
      expect(readFileSync(new URL(`../fixtures/site/content/${file.path}`, import.meta.url), 'utf8'), file.path).toBe(file.text);
    }
  });
});
