// What a session page shows, resolved once: people with their names, roles and pages, topics with
// their labels, the track, times written for readers, what is not known, and where to write the
// note. Pure: the route gathers the content (src/data/model.ts) and hands it here; the layout
// only renders the result. Every "the speaker's name" or "the track's page" is answered here.
import { DEFAULT_LANGUAGE, localText, ui } from '../../i18n/index.ts';
import type { Affiliation, CarnetEvent, Session, Topic } from '../../schema/index.ts';
import { affiliationAt, formatAffiliation } from '../people/affiliations.ts';
import { pagePath } from '../site/paths.ts';
import { addMinutes, formatDay, formatMinutes, localDay, localTime } from '../time/dates.ts';
import type { ReplayState } from '../replay/state.ts';
import { contributingUrl, editUrl } from '../content/repository.ts';
import { slugify } from '../content/slug.ts';

/** A session next to another in the programme, as the pager shows it. */
export interface Neighbour {
  title: string;
  url: string;
  /** The language of the title (BCP 47). */
  language?: string | undefined;
}

/** A person as the content knows them, before they are placed on a session. */
export interface PersonEntry<Photo = unknown> {
  /** The name sessions show (src/lib/people/names.ts, shownName): none for an unlisted person who gave none. */
  name: string | undefined;
  /** Their page; none for an unlisted person. */
  url: string | undefined;
  /** Whether search may know them: an unlisted person is left out of the page's keywords. */
  listed: boolean;
  /** The speaker file's photo, passed through untouched for the avatar. */
  photo?: Photo | undefined;
  /** Pronouns, shown beside the name. */
  pronouns?: string | undefined;
}

/** What the view model reads: the session's front matter and what it refers to. */
export interface SessionInputs<Photo = unknown> {
  data: Session;
  event: { id: string; url: string; data: Pick<CarnetEvent, 'name' | 'shortName' | 'timeZone' | 'tracks' | 'rooms'> };
  people: ReadonlyMap<string, PersonEntry<Photo>>;
  /** The event's affiliations, for everyone at it; the session's own are in `data`. */
  eventAffiliations: readonly Affiliation[];
  topics: ReadonlyMap<string, { url: string; label: Topic['label'] }>;
  replay: ReplayState;
  /** True when the file has a note under its front matter. */
  hasNote: boolean;
  /** The session's file from the repository root (content/events/...), when known. */
  file?: string | undefined;
  /** When the session's file has no note and the first note shown is one of its folder: that note's file, authors and sources. */
  lead?: { file?: string | undefined; contributors: Session['contributors']; sources: Session['sources'] } | undefined;
  /** The sessions before and after this one in the event's programme, with the language their title is in. */
  previous?: Neighbour | undefined;
  next?: Neighbour | undefined;
  /** The interface language the page is in; the site's default when left out. */
  language?: string | undefined;
  /** Makes a link of a path of the site (src/site.ts `href`, in the page's language); paths are kept as they are when left out. */
  href?: ((path: string) => string) | undefined;
}

export interface PersonOnStage<Photo = unknown> {
  id: string;
  name: string;
  /** Their page; none for a person who asked not to be listed. */
  url?: string | undefined;
  /** Whether search may know them (see PersonEntry). */
  listed: boolean;
  photo?: Photo | undefined;
  pronouns?: string | undefined;
  role: Session['people'][number]['role'];
  /** "Modération", "Panéliste": shown for round tables only, where roles differ. */
  roleLabel?: string | undefined;
  /** Job and organisation at this session, like "SRE, OVHcloud", as the session or its event says. */
  affiliation?: string | undefined;
}

export interface SessionPageView<Photo = unknown> {
  title: string;
  officialTitle?: string | undefined;
  summary?: string | undefined;
  kind: string;
  event: { name: string; shortName: string; url: string };
  /** The language spoken: a BCP 47 code, for the page's `lang`. */
  language: string;
  people: PersonOnStage<Photo>[];
  topics: { id: string; label: string; url: string }[];
  /**
   * Words search finds the page by, never shown: `people` (names and affiliations) weigh as much
   * as a heading, as the list of people did; `topics` (in every language) and tools as much as
   * text, as their chips did, so a short session is not ranked first for naming a topic.
   */
  keywords: { people: string[]; topics: string[] };
  track?: { name: string; url: string } | undefined;
  room?: string | undefined;
  /** The slot, written for readers, with the time zone by its city. */
  when?: { datetime: string; text: string } | undefined;
  /** What is known, in reading order, for the line under the title ("Conférence · Monet · en français"); the track follows as a link. */
  facts: string[];
  /** One quiet sentence for what is not known, or nothing when everything is. */
  unknown?: string | undefined;
  /** Whether there is a video to show; otherwise the line above says it is coming or was not filmed. */
  hasReplay: boolean;
  hasNote: boolean;
  /** Where to fix the note ("edit this note"): only when there is one. */
  editUrl?: string | undefined;
  /** Where to write the first note: the session's file on the forge, which has no note yet. */
  writeUrl?: string | undefined;
  contributingUrl: string;
  tools: { name: string; url: string }[];
  /** Slides and the official programme's page, when given. */
  links: { label: string; url: string }[];
  sources: Session['sources'];
  contributors: Session['contributors'];
  file?: string | undefined;
  timeZone: string;
  previous?: Neighbour | undefined;
  next?: Neighbour | undefined;
  /** The page's description for search engines and link previews. */
  description: string;
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** "mardi 3 février 2026, 10:30–11:15 (heure de Paris)", "Tuesday 3 February 2026, 10:30–11:15 (Paris time)". */
export function formatSlot(start: Date, durationMinutes: number | undefined, timeZone: string, language: string = DEFAULT_LANGUAGE): string {
  const end = durationMinutes ? `–${localTime(addMinutes(start, durationMinutes), timeZone)}` : '';
  const { locale, t } = ui(language);
  return `${formatDay(localDay(start, timeZone), locale)}, ${localTime(start, timeZone)}${end} (${t.zone(timeZone)})`;
}

export function sessionPageView<Photo>(input: SessionInputs<Photo>): SessionPageView<Photo> {
  const { data, event, replay } = input;
  const language = input.language ?? DEFAULT_LANGUAGE;
  const { t, locale, languageLabel } = ui(language);
  const link = input.href ?? ((path: string) => path);
  const people = data.people.flatMap(({ id, role }): PersonOnStage<Photo>[] => {
    const person = input.people.get(id);
    if (!person) throw new Error(`${input.file ?? data.title}: no speaker "${id}"`);
    // A person who asked not to be listed, and gave no name to show, is not named at all.
    if (person.name === undefined) return [];
    return [
      {
        id,
        name: person.name,
        url: person.url && link(person.url),
        listed: person.listed,
        photo: person.photo,
        pronouns: person.pronouns,
        role,
        roleLabel: data.kind === 'round-table' ? t(`role.${role}`) : undefined,
        affiliation: formatAffiliation(affiliationAt(id, { session: data.affiliations, event: input.eventAffiliations })),
      },
    ];
  });
  const topics = data.topics.map((id) => {
    const topic = input.topics.get(id);
    if (!topic) throw new Error(`${input.file ?? data.title}: no topic "${id}"`);
    return { id, label: localText(topic.label, language), url: link(topic.url) };
  });
  const track = event.data.tracks.find((candidate) => candidate.id === data.track);
  const room = event.data.rooms.find((candidate) => candidate.id === data.room)?.name;
  const kind = t(`kind.${data.kind}`);

  const missing = [
    !data.start && t('session.fact.time'),
    !room && t('session.fact.room'),
    // A track is only missed where the event has tracks.
    !track && event.data.tracks.length > 0 && t('session.fact.track'),
  ].filter((fact): fact is string => Boolean(fact));
  // One quiet line for all that is not there yet, rather than a "not known" per field.
  const unknown = [
    missing.length > 0 && t.plural('session.unknownFacts', missing.length, { facts: new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing) }),
    replay.state === 'pending' && t('session.replayPending'),
    replay.state === 'not-recorded' && t('session.replayNotRecorded'),
  ]
    .filter((sentence): sentence is string => Boolean(sentence))
    .join(' ');

  const facts = [
    kind,
    data.start ? undefined : data.durationMinutes && formatMinutes(data.durationMinutes, locale),
    room,
    t('session.spokenIn', { language: languageLabel(data.language) }),
  ].filter((fact): fact is string => Boolean(fact));

  return {
    title: data.title,
    officialTitle: data.officialTitle,
    summary: data.summary,
    kind,
    event: { name: event.data.name, shortName: event.data.shortName, url: link(event.url) },
    language: data.language,
    people,
    topics,
    keywords: {
      // Names and what they do ("DevRel, OVHcloud"): "OVHcloud" finds the talks of its people.
      people: people.filter((person) => person.listed).flatMap((person) => [person.name, ...(person.affiliation ? [person.affiliation] : [])]),
      topics: [
        ...new Set([
          ...data.topics.flatMap((id) => Object.values(input.topics.get(id)!.label).filter((label): label is string => Boolean(label))),
          ...data.tools.map((tool) => tool.name),
        ]),
      ],
    },
    track: track && { name: track.name, url: link(pagePath.track(event.id, track.id)) },
    room,
    when: data.start && {
      datetime: data.start.toISOString(),
      text: capitalise(formatSlot(data.start, data.durationMinutes, event.data.timeZone, language), locale),
    },
    facts: facts.map((fact, i) => (i === 0 ? capitalise(fact, locale) : fact)),
    unknown: unknown || undefined,
    hasReplay: replay.state === 'available',
    hasNote: input.hasNote,
    editUrl: input.hasNote && (input.lead?.file ?? input.file) ? editUrl((input.lead?.file ?? input.file)!) : undefined,
    writeUrl: !input.hasNote && input.file ? editUrl(input.file) : undefined,
    contributingUrl: contributingUrl(),
    tools: data.tools.map((tool) => ({ name: tool.name, url: link(pagePath.tools(slugify(tool.name))) })),
    links: [
      ...(data.slides ? [{ label: t('session.slides'), url: data.slides }] : []),
      ...(data.programmeUrl ? [{ label: t('session.programme'), url: data.programmeUrl }] : []),
    ],
    sources: input.lead?.sources ?? data.sources,
    contributors: input.lead?.contributors ?? data.contributors,
    file: input.lead?.file ?? input.file,
    timeZone: event.data.timeZone,
    previous: input.previous && { ...input.previous, url: link(input.previous.url) },
    next: input.next && { ...input.next, url: link(input.next.url) },
    description: data.summary ?? `${kind} · ${event.data.name}`,
  };
}
