import { describe, expect, it } from 'vitest';
import { builtFileOfPage, pageUrlOfFile } from '../../../../src/lib/search/pages.ts';

describe('pageUrlOfFile', () => {
  it('names a folder page by its folder, and other files by their name', () => {
    expect(pageUrlOfFile('index.html')).toBe('/');
    expect(pageUrlOfFile('kcd-france-2023/table-ronde/index.html')).toBe('/kcd-france-2023/table-ronde/');
    expect(pageUrlOfFile('404.html')).toBe('/404.html');
    expect(pageUrlOfFile('speakers/index.html.bak/index.html')).toBe('/speakers/index.html.bak/');
  });
});

describe('builtFileOfPage', () => {
  it('gives the file Astro writes a page rendered at a pathname to', () => {
    expect(builtFileOfPage('/')).toBe('index.html');
    expect(builtFileOfPage('/speakers/aurelie-vache/')).toBe('speakers/aurelie-vache/index.html');
    // Astro renders the error pages at "/404/" but writes them as 404.html.
    expect(builtFileOfPage('/404/')).toBe('404.html');
    expect(builtFileOfPage('/500/')).toBe('500.html');
    expect(builtFileOfPage('/404-conference/')).toBe('404-conference/index.html');
    expect(builtFileOfPage('/caf%C3%A9/')).toBe('café/index.html');
  });

  it('names a rendered page as its file in dist/ does, with or without a trailing slash', () => {
    for (const [pathname, file] of [
      ['/', 'index.html'],
      ['/topics/kubernetes/', 'topics/kubernetes/index.html'],
      ['/topics/kubernetes', 'topics/kubernetes/index.html'],
      ['/404/', '404.html'],
    ] as const) {
      expect(pageUrlOfFile(builtFileOfPage(pathname)), pathname).toBe(pageUrlOfFile(file));
    }
  });
});
