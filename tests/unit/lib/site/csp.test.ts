import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parsePolicy, policyText, sha256, THEME_SCRIPT } from '../../../../src/lib/site/csp.ts';
import { parseReplayUrl } from '../../../../src/lib/replay/url.ts';

/** The video a replay link in content stands for. */
function video(url: string) {
  const parsed = parseReplayUrl(url);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const EVERY_PROVIDER = [
  'https://www.youtube.com/watch?v=lJXUhqHWCDo',
  'https://youtu.be/LaOq7x-nGM4',
  'https://vimeo.com/76979871',
  'https://tube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d',
  'https://www.dailymotion.com/video/x7tgad0',
  'https://media.example.org/talks/keynote.mp4',
].map(video);

const directives = (videos = EVERY_PROVIDER) => parsePolicy(policyText(contentSecurityPolicy(videos)));

describe('the Content-Security-Policy', () => {
  it('lets no script run but ours: no unsafe-inline, unsafe-eval or wildcard in script-src', () => {
    const scriptSrc = directives().get('script-src')!;
    expect(scriptSrc).toContain("'self'");
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'https:', 'data:', 'blob:']) expect(scriptSrc).not.toContain(loose);
    // Pagefind compiles WebAssembly; that keyword allows no eval() of JavaScript.
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    // Nothing else may widen scripts: no script-src-attr or -elem that would take over.
    expect(directives().has('script-src-attr')).toBe(false);
    expect(directives().has('script-src-elem')).toBe(false);
  });

  it('refuses plugins and <base>, and what is not named', () => {
    expect(directives().get('object-src')).toEqual(["'none'"]);
    expect(directives().get('base-uri')).toEqual(["'none'"]);
    expect(directives().get('default-src')).toEqual(["'none'"]);
    expect(directives().get('form-action')).toEqual(["'self'"]);
    expect(directives().get('img-src')).toEqual(["'self'"]);
    expect(directives().get('connect-src')).toEqual(["'self'"]);
  });

  it('frames only the players of the replays in content, from the addresses the player uses', () => {
    expect(directives().get('frame-src')).toEqual([
      'https://geo.dailymotion.com',
      'https://player.vimeo.com',
      'https://tube.example.org',
      'https://www.youtube-nocookie.com',
    ]);
    // Never the tracking domain, even for a youtube.com link.
    expect(directives().get('frame-src')).not.toContain('https://www.youtube.com');
    expect(directives().get('media-src')).toEqual(['https://media.example.org']);
  });

  it('frames nothing and plays no media when the site has no replay', () => {
    expect(directives([]).get('frame-src')).toEqual(["'none'"]);
    expect(directives([]).get('media-src')).toEqual(["'none'"]);
    // Only YouTube in content (the shipped site): only youtube-nocookie, one entry for many videos.
    expect(directives(EVERY_PROVIDER.slice(0, 2)).get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
    expect(directives(EVERY_PROVIDER.slice(0, 2)).get('media-src')).toEqual(["'none'"]);
  });

  it('keeps style elements to our own files and hashes; only style attributes are inline', () => {
    expect(directives().get('style-src')).toEqual(["'self'"]);
    expect(directives().get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('leaves out what a <meta> policy cannot carry (browsers log an error for it)', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(directives().has(name)).toBe(false);
  });

  it('allows the inline theme script by the hash a browser computes of its text', () => {
    const expected = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
    expect(contentSecurityPolicy([]).scriptHashes).toEqual([expected]);
    expect(directives().get('script-src')).toContain(`'${expected}'`);
    expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('writes no policy from an origin that is not a plain https host', () => {
    expect(() => contentSecurityPolicy([{ provider: 'file', id: 'https://x.y;script-src/v.mp4' }])).toThrow(/not one a Content-Security-Policy can name/);
    expect(() => contentSecurityPolicy([{ provider: 'peertube', id: 'kkGMgK9ZtnKfYAgnEtQxbv', origin: 'https://*.com' }])).toThrow(
      /not one a Content-Security-Policy can name/,
    );
  });

  it('reads a policy back with the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; SCRIPT-SRC *; object-src 'none';").get('script-src')).toEqual(["'self'"]);
  });
});
