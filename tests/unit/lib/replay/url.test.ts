import { describe, expect, it } from 'vitest';
import { embedUrl, playerHost, watchUrl } from '../../../../src/lib/replay/embed.ts';
import { parseReplayUrl, type ParsedReplay } from '../../../../src/lib/replay/url.ts';

/** The parsed value, or a failure carrying the message (so a failing test shows why). */
function parsed(url: string): ParsedReplay {
  const result = parseReplayUrl(url);
  if (!result.ok) throw new Error(`${url} was refused: ${result.message}`);
  return result.value;
}

function refusal(url: string): string {
  const result = parseReplayUrl(url);
  if (result.ok) throw new Error(`${url} was accepted as ${JSON.stringify(result.value)}`);
  return result.message;
}

describe('YouTube links', () => {
  it('reads every form of link to the same video', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=lJXUhqHWCDo',
      'https://youtube.com/watch?v=lJXUhqHWCDo&list=PLmZ3gFl2Aqt_4_F40zEoUEweEctmtx4p2',
      'https://m.youtube.com/watch?v=lJXUhqHWCDo',
      'https://youtu.be/lJXUhqHWCDo',
      'https://youtu.be/lJXUhqHWCDo?si=abcdef',
      'https://www.youtube.com/embed/lJXUhqHWCDo',
      'https://www.youtube-nocookie.com/embed/lJXUhqHWCDo',
      'https://www.youtube.com/live/lJXUhqHWCDo?feature=share',
      'https://www.youtube.com/shorts/lJXUhqHWCDo',
      'https://WWW.YOUTUBE.COM/watch?v=lJXUhqHWCDo',
    ]) {
      expect(parsed(url), url).toEqual({ provider: 'youtube', id: 'lJXUhqHWCDo', start: 0 });
    }
  });

  it('keeps ids with - and _ intact', () => {
    expect(parsed('https://www.youtube.com/watch?v=d_ka7PlWo1I').id).toBe('d_ka7PlWo1I');
    expect(parsed('https://youtu.be/LaOq7x-nGM4').id).toBe('LaOq7x-nGM4');
  });

  it('reads the start offset in every form YouTube writes it', () => {
    const cases: [string, number][] = [
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415', 2415],
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415s', 2415],
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I&t=40m15s', 2415],
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I&t=1h02m03s', 3723],
      ['https://youtu.be/d_ka7PlWo1I?t=754', 754],
      ['https://www.youtube.com/embed/d_ka7PlWo1I?start=754', 754],
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I#t=12:34', 754],
      ['https://www.youtube.com/watch?v=d_ka7PlWo1I&t=0', 0],
    ];
    for (const [url, start] of cases) expect(parsed(url).start, url).toBe(start);
  });

  it('refuses ids that are not 11 characters of YouTube’s alphabet', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=lJXUhqHWCD',
      'https://www.youtube.com/watch?v=lJXUhqHWCDoo',
      'https://www.youtube.com/watch?v=lJXUhq%22WCDo',
      'https://www.youtube.com/watch?v=lJXUhq<WCDo',
      'https://www.youtube.com/watch?v=lJXUhq%2FWCDo',
      'https://youtu.be/lJXUhqHWCDo/extra',
      'https://www.youtube.com/watch',
      'https://www.youtube.com/playlist?list=PLmZ3gFl2Aqt_4_F40zEoUEweEctmtx4p2',
      'https://www.youtube.com/@KCDFrance',
    ]) {
      expect(refusal(url), url).toMatch(/^is not a YouTube video link/);
    }
  });

  it('refuses a start that is not a time', () => {
    for (const url of [
      'https://youtu.be/lJXUhqHWCDo?t=soon',
      'https://youtu.be/lJXUhqHWCDo?t=-5',
      'https://youtu.be/lJXUhqHWCDo?t=1.5',
      'https://youtu.be/lJXUhqHWCDo?t=',
    ]) {
      expect(refusal(url), url).toMatch(/start time that is not a time in the video/);
    }
  });
});

describe('other providers', () => {
  it('reads Vimeo links, public and unlisted, with the start in the fragment', () => {
    expect(parsed('https://vimeo.com/76979871')).toEqual({ provider: 'vimeo', id: '76979871', start: 0 });
    expect(parsed('https://vimeo.com/76979871#t=1m30s')).toEqual({ provider: 'vimeo', id: '76979871', start: 90 });
    expect(parsed('https://player.vimeo.com/video/76979871?h=8272103f6e')).toEqual({ provider: 'vimeo', id: '76979871', key: '8272103f6e', start: 0 });
    expect(parsed('https://vimeo.com/76979871/8272103f6e')).toMatchObject({ id: '76979871', key: '8272103f6e' });
    expect(parsed('https://vimeo.com/channels/staffpicks/76979871').id).toBe('76979871');
    expect(refusal('https://vimeo.com/about')).toMatch(/^is not a Vimeo video link/);
    expect(refusal('https://player.vimeo.com/video/76979871?h=zz"onload')).toMatch(/private hash/);
  });

  it('reads PeerTube links on any instance, short ids and UUIDs', () => {
    expect(parsed('https://framatube.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d')).toEqual({
      provider: 'peertube',
      id: '9c9de5e8-0a1e-484a-b099-e80766180a6d',
      start: 0,
      origin: 'https://framatube.org',
    });
    expect(parsed('https://peertube.example.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d?start=1m30s')).toMatchObject({
      provider: 'peertube',
      start: 90,
    });
    expect(parsed('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv')).toMatchObject({ id: 'kkGMgK9ZtnKfYAgnEtQxbv', origin: 'https://tube.example.org' });
    // Base 58 has no 0, O, I or l; anything else in the id is not a PeerTube id.
    expect(refusal('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxb0')).toMatch(/^is not a PeerTube video link/);
    expect(refusal('https://tube.example.org/w/kkGMgK9Zt%22KfYAgnEtQxbv')).toMatch(/^is not a PeerTube video link/);
    expect(refusal('https://tube.example.org/w/p/kkGMgK9ZtnKfYAgnEtQxbv')).toMatch(/^is not a video link/);
  });

  it('reads Dailymotion links, old and short', () => {
    expect(parsed('https://www.dailymotion.com/video/x7tgad0')).toEqual({ provider: 'dailymotion', id: 'x7tgad0', start: 0 });
    expect(parsed('https://www.dailymotion.com/video/x7tgad0_keynote-ouverture')).toMatchObject({ id: 'x7tgad0' });
    expect(parsed('https://dai.ly/x7tgad0?start=90')).toMatchObject({ id: 'x7tgad0', start: 90 });
    expect(parsed('https://geo.dailymotion.com/player.html?video=x7tgad0')).toMatchObject({ id: 'x7tgad0' });
    expect(refusal('https://www.dailymotion.com/video/<x7>')).toMatch(/^is not a Dailymotion video link/);
  });

  it('reads a direct MP4 or WebM file, the start from its media fragment only', () => {
    expect(parsed('https://media.example.org/2026/keynote.mp4')).toEqual({ provider: 'file', id: 'https://media.example.org/2026/keynote.mp4', start: 0 });
    expect(parsed('https://media.example.org/keynote.WEBM#t=754')).toEqual({ provider: 'file', id: 'https://media.example.org/keynote.WEBM', start: 754 });
    expect(parsed('https://media.example.org/keynote.webm#t=10,20').start).toBe(10);
    // A query string belongs to the file's server, not to the player.
    expect(parsed('https://media.example.org/keynote.mp4?t=99')).toEqual({ provider: 'file', id: 'https://media.example.org/keynote.mp4?t=99', start: 0 });
    expect(refusal('https://media.example.org/keynote.mp4#t=later')).toMatch(/start time/);
    expect(refusal('https://media.example.org/keynote.mov')).toMatch(/^is not a video link Carnet can play/);
  });
});

describe('hostile links', () => {
  it('refuses anything but https', () => {
    for (const url of [
      'javascript:alert(1)//https://www.youtube.com/watch?v=lJXUhqHWCDo',
      'JavaScript:alert(document.cookie)',
      'http://www.youtube.com/watch?v=lJXUhqHWCDo',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://media.example.org/keynote.mp4',
      '//www.youtube.com/watch?v=lJXUhqHWCDo',
    ]) {
      const message = refusal(url);
      expect(message === 'must start with https://' || message === 'is not a URL', `${url}: ${message}`).toBe(true);
    }
  });

  it('refuses hosts that only look like a provider', () => {
    expect(refusal('https://youtube.com.evil.example/watch?v=lJXUhqHWCDo')).toBe(
      "is not a link to YouTube: its host youtube.com.evil.example only looks like YouTube's",
    );
    for (const url of [
      'https://www.youtube.com.evil.example/w/kkGMgK9ZtnKfYAgnEtQxbv',
      'https://evil-youtube.com/watch?v=lJXUhqHWCDo',
      'https://youtu.be.evil.example/lJXUhqHWCDo',
      'https://myyoutube.example/video.mp4',
      'https://vimeo.com.evil.example/76979871',
      'https://dailymotion.evil.example/video/x7tgad0',
      'https://evil.example.vimeo.co/76979871',
    ]) {
      expect(refusal(url), url).toMatch(/^is not a link to (YouTube|Vimeo|Dailymotion): its host .* only looks like/);
    }
  });

  it('refuses the providers’ other sites, saying they are theirs', () => {
    expect(refusal('https://music.youtube.com/watch?v=lJXUhqHWCDo')).toBe(
      "is not a YouTube video link Carnet knows (music.youtube.com is not where YouTube's videos are watched)",
    );
    expect(refusal('https://developer.vimeo.com/76979871')).toMatch(/^is not a Vimeo video link Carnet knows/);
  });

  it('refuses internationalised look-alikes, addresses, local names and credentials', () => {
    // Cyrillic "о" in place of the Latin one.
    expect(refusal('https://yоutube.com/w/kkGMgK9ZtnKfYAgnEtQxbv')).toMatch(/internationalised host name/);
    expect(refusal('https://127.0.0.1/video.mp4')).toMatch(/public host name/);
    expect(refusal('https://[::1]/video.mp4')).toMatch(/public host name/);
    expect(refusal('https://localhost/w/kkGMgK9ZtnKfYAgnEtQxbv')).toMatch(/public host name/);
    expect(refusal('https://www.youtube.com@evil.example/watch?v=lJXUhqHWCDo')).toMatch(/user name or password/);
    expect(refusal('https://user:pass@www.youtube.com/watch?v=lJXUhqHWCDo')).toMatch(/user name or password/);
  });

  it('refuses host names a Content-Security-Policy would read as directives or wildcards (a review found a ";" rewrote the policy)', () => {
    for (const url of [
      'https://a.b;script-src/w/kkGMgK9ZtnKfYAgnEtQxbv',
      'https://x.y;script-src/v.mp4',
      'https://*.com/w/kkGMgK9ZtnKfYAgnEtQxbv',
      'https://a_b.example/v.webm',
    ]) {
      expect(refusal(url), url).toMatch(/characters no host name has/);
    }
    expect(parseReplayUrl('https://tube-1.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv').ok).toBe(true);
  });

  it('refuses text that is not a single URL', () => {
    expect(refusal('not a url')).toMatch(/spaces/);
    expect(refusal('https://youtu.be/lJXUhqHWCDo\n<script>')).toMatch(/spaces or line breaks/);
    expect(refusal('')).toBe('is not a URL');
  });
});

describe('addresses built from a parsed link', () => {
  const youtube = parsed('https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415');

  it('links to the provider’s page at a time, for readers without JavaScript', () => {
    expect(watchUrl(youtube, 754)).toBe('https://www.youtube.com/watch?v=d_ka7PlWo1I&t=754s');
    expect(watchUrl(youtube)).toBe('https://www.youtube.com/watch?v=d_ka7PlWo1I');
    expect(watchUrl(parsed('https://vimeo.com/76979871/8272103f6e'), 90)).toBe('https://vimeo.com/76979871/8272103f6e#t=90s');
    expect(watchUrl(parsed('https://tube.example.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d'), 90)).toBe(
      'https://tube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d?start=90s',
    );
    expect(watchUrl(parsed('https://dai.ly/x7tgad0'), 90)).toBe('https://www.dailymotion.com/video/x7tgad0?start=90');
    expect(watchUrl(parsed('https://media.example.org/keynote.mp4'), 90)).toBe('https://media.example.org/keynote.mp4#t=90');
  });

  it('embeds each provider from its most private player, at the start asked', () => {
    expect(embedUrl(youtube, youtube.start)).toBe('https://www.youtube-nocookie.com/embed/d_ka7PlWo1I?start=2415&autoplay=1&enablejsapi=1&rel=0');
    expect(embedUrl(parsed('https://vimeo.com/76979871/8272103f6e'), 90)).toBe('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=8272103f6e#t=90s');
    expect(embedUrl(parsed('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv'), 90)).toBe(
      'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?start=90&autoplay=1&p2p=0&warningTitle=0',
    );
    expect(embedUrl(parsed('https://dai.ly/x7tgad0'), 90)).toBe('https://geo.dailymotion.com/player.html?video=x7tgad0&startTime=90&autoplay=1');
    expect(embedUrl(parsed('https://media.example.org/keynote.mp4'), 90)).toBe('https://media.example.org/keynote.mp4#t=90');
  });

  it('names the host the player comes from', () => {
    expect(playerHost(youtube)).toBe('www.youtube-nocookie.com');
    expect(playerHost(parsed('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv'))).toBe('tube.example.org');
  });
});
