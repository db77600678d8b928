// The built site (dist/) against content/: every replay has its facade, poster (the
// session's social card) and VideoObject, and no page loads anything from another host.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { replaysFileSchema } from '../../src/schema/replay.ts';
import { SITE_URL } from '../helpers/content.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

const events = readdirSync(join(ROOT, 'content/events'));
const replays = events.flatMap((event) => {
  const file = join(ROOT, 'content/events', event, 'replays.yaml');
  if (!existsSync(file)) return [];
  return replaysFileSchema.parse(parse(readFileSync(file, 'utf8'))).replays.flatMap((entry) => ('url' in entry ? [{ event, ...entry }] : []));
});

describe('replays of the shipped content', () => {
  it('ships the replays the facts list', () => {
    expect(replays.map((r) => `${r.event}/${r.session}: ${r.url.id}@${r.url.start}`).sort()).toEqual([
      'cloud-native-days-france-2026/keynote-ouverture: lJXUhqHWCDo@0',
      'cloud-native-days-france-2026/rex-mistral-ai-clusterapi-datacenter: LaOq7x-nGM4@0',
      'cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service: F8x6DBeNeqg@0',
      'cloud-native-days-france-2026/rex-sncf-kube-manage-on-premise: Wb3cNKyJtCY@0',
      'kcd-france-2023/bases-sql-sur-kubernetes-operateurs: d_ka7PlWo1I@2415',
      'kcd-france-2023/developer-portal-back-market: 2XghfHsbRtw@0',
      'kcd-france-2023/keynote-ouverture: OKIehz7p4ug@0',
      'kcd-france-2023/kubernetes-the-not-so-hard-veepee-way: vD8bVD7-iZo@0',
      'kcd-france-2023/vpc-dans-kubernetes: FobnKozk2Z8@0',
    ]);
  });

  for (const replay of replays) {
    it(`${replay.event}/${replay.session} has a facade with our poster, a link and a VideoObject`, async () => {
      const page = html(`${replay.event}/${replay.session}`);
      expect(page).toContain(
        `<replay-player data-video="{&quot;provider&quot;:&quot;youtube&quot;,&quot;id&quot;:&quot;${replay.url.id}&quot;}" data-start="${replay.url.start}"`,
      );
      const watch = `https://www.youtube.com/watch?v=${replay.url.id}${replay.url.start ? `&amp;t=${replay.url.start}s` : ''}`;
      expect(page).toContain(`<a class="play" href="${watch}"`);
      const poster = `/cards/${replay.event}/${replay.session}.png`;
      expect(page).toContain(`<img src="${poster}" alt="" width="1200" height="630"`);
      expect(page).toContain(`<meta property="og:image" content="${SITE_URL.slice(0, -1)}${poster}">`);
      const image = await sharp(join(DIST, poster)).metadata();
      expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
      expect(jsonLd).toMatchObject({
        '@type': 'VideoObject',
        thumbnailUrl: `${SITE_URL.slice(0, -1)}${poster}`,
        embedUrl: `https://www.youtube-nocookie.com/embed/${replay.url.id}?start=${replay.url.start}&enablejsapi=1&rel=0`,
      });
    });
  }

  // Issue 14 replaced the blank tiles in the event's colours by the session's own card: the
  // only images are those cards, from our build, loaded as they scroll into view.
  it('the replay list shows a tile per replay with the session’s card from our build, and loads no other image', () => {
    const page = html('replays');
    expect(page.match(/<div class="tile"[^>]*aria-hidden="true"/g) ?? []).toHaveLength(replays.length);
    const images = [...page.matchAll(/<img\b[^>]*>/g)].map(([tag]) => tag);
    expect(images).toHaveLength(replays.length);
    for (const tag of images) {
      expect(tag).toMatch(/src="\/cards\/[a-z0-9-]+\/[a-z0-9-]+\.png"/);
      expect(tag).toMatch(/loading="lazy"/);
    }
  });

  it('a session without a replay says it is pending', () => {
    expect(html('kcd-france-2023/creer-un-plugin-kubectl')).toContain('Replay à venir');
  });
});

describe('privacy of every built page', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

  it('embeds, loads and preconnects to nothing off our origin', () => {
    expect(pages.length).toBeGreaterThan(50);
    const offenders = pages.flatMap((file) => {
      const text = readFileSync(join(DIST, file), 'utf8');
      const found = [
        ...text.matchAll(/<iframe\b/g),
        ...text.matchAll(/\s(?:src|srcset|poster|data)="(?:https?:)?\/\/[^"]*"/g),
        ...text.matchAll(/<link\b[^>]*rel="(?:preconnect|dns-prefetch|preload|prefetch|stylesheet|modulepreload)"[^>]*href="(?:https?:)?\/\//g),
        ...text.matchAll(/url\((?:['"])?(?:https?:)?\/\//g),
      ];
      return found.map((match) => `${file}: ${match[0]}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('/replays/', () => {
  const page = html('replays');

  it('lists every replay, newest event first, each linking to its session', () => {
    const links = [...page.matchAll(/<li data-replay-item[^>]*>[\s\S]*?<h3[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(replays.length);
    expect(links.slice(0, 4).every((href) => href!.startsWith('/cloud-native-days-france-2026/'))).toBe(true);
    expect(new Set(links)).toEqual(new Set(replays.map((r) => `/${r.event}/${r.session}/`)));
  });

  it('counts available replays per event and links each playlist', () => {
    expect(page).toMatch(/CND France 2026<\/a><\/th>\s*<td[^>]*>4<\/td>/);
    expect(page).toMatch(/KCD France 2023<\/a><\/th>\s*<td[^>]*>5<\/td>/);
    expect(page).toContain('href="https://www.youtube.com/playlist?list=PLmZ3gFl2Aqt_4_F40zEoUEweEctmtx4p2"');
    expect(page).toContain('href="https://www.youtube.com/playlist?list=PLmZ3gFl2Aqt_Qo4EAITE1ewy1ww5jkU2h"');
  });
});
