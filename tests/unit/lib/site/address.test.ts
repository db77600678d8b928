import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../../../src/lib/site/address.ts';
import { siteSchema } from '../../../../src/schema/site.ts';

describe('the site address', () => {
  it('is unknown when neither the file nor SITE_URL gives it: nothing is made up', () => {
    expect(siteAddress(undefined, undefined)).toEqual({ url: undefined, base: '/' });
    expect(siteAddress(undefined, '  ')).toEqual({ url: undefined, base: '/' });
  });

  it('comes from SITE_URL before the file, with its sub-path as the base', () => {
    expect(siteAddress('https://notes.example.net/', 'https://org.github.io/carnet')).toEqual({ url: 'https://org.github.io/carnet/', base: '/carnet/' });
    expect(siteAddress('https://notes.example.net', undefined)).toEqual({ url: 'https://notes.example.net/', base: '/' });
  });

  it('refuses what is not a plain web address, naming where it came from', () => {
    expect(() => siteAddress(undefined, 'org.github.io/carnet')).toThrow('SITE_URL: "org.github.io/carnet" is not an address');
    expect(() => siteAddress('ftp://example.net/', undefined)).toThrow('content/site.yaml: url: "ftp://example.net/" must start with https://');
    expect(() => siteAddress(undefined, 'https://example.net/?a=1')).toThrow('must be a plain address');
  });
});

describe('the site file', () => {
  it('needs only the repository: every other field has its default', () => {
    const site = siteSchema.parse({ repository: 'https://github.com/org/carnet' });
    expect(site).toMatchObject({ name: 'Carnet', branch: 'main', licences: { content: { spdx: 'CC-BY-4.0' }, code: { spdx: 'MIT' } } });
    expect(site.url).toBeUndefined();
  });

  it('refuses an address over plain http and an unknown field', () => {
    const result = siteSchema.safeParse({ repository: 'https://github.com/org/carnet', url: 'http://notes.example.net/', logo: 'x.png' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['url', 'must start with https://'],
      ['', 'Unrecognized key: "logo"'],
    ]);
  });
});
