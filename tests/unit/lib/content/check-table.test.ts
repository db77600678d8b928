import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, MAX_IMAGE_BYTES, type SourceFile } from '../../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

// A small valid content folder; each case below changes or adds files and lists every problem expected.
const BASE = readContentFiles(new URL('../../../fixtures/content/', import.meta.url).pathname);
const NOTE = 'content/events/demo-2026/sessions/note';

const front = (extra = '') => `---\ntitle: Une note\nkind: talk\nlanguage: fr\nspeakers:\n  - aurelie-vache\n${extra}---\n\n`;
/** A note whose body starts on line 8. */
const note = (body: string, extension: 'md' | 'mdx' = 'mdx', extra = ''): SourceFile => ({ path: `${NOTE}.${extension}`, text: front(extra) + body });

function problems(...changes: SourceFile[]): string[] {
  const files = new Map(BASE.map((file) => [file.path, file]));
  for (const file of changes) files.set(file.path, file);
  return checkContent([...files.values()]).problems.map(formatProblem);
}

interface Case {
  name: string;
  files: SourceFile[];
  expected: string[];
}

const CASES: Case[] = [
  // Front matter.
  {
    name: 'a note without a title',
    files: [{ path: `${NOTE}.md`, text: '---\nkind: talk\nlanguage: fr\n---\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:2: title: is required (text)',
    ],
  },
  {
    name: 'an unknown kind',
    files: [{ path: `${NOTE}.md`, text: '---\ntitle: T\nkind: conference\nlanguage: fr\n---\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:3: kind: kind must be one of keynote, talk, lightning, workshop, round-table',
    ],
  },
  {
    name: 'a field Carnet does not know',
    files: [note('Texte.', 'md', 'speaker: aurelie-vache\n')],
    expected: [
      'content/events/demo-2026/sessions/note.md:7: speaker: is not a field Carnet knows (check its spelling)',
    ],
  },
  {
    name: 'a start without its offset',
    files: [note('Texte.', 'md', 'start: 2026-02-03T10:30\n')],
    expected: [
      'content/events/demo-2026/sessions/note.md:7: start: must be a date and time with its offset, like 2026-02-03T10:30:00+01:00',
    ],
  },
  {
    name: 'a note with no front matter',
    files: [{ path: `${NOTE}.md`, text: '# Une note\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:1: must start with front matter between two lines of --- (see content/events/README.md)',
    ],
  },
  // References.
  {
    name: 'a misspelt speaker',
    files: [{ path: `${NOTE}.md`, text: '---\ntitle: T\nkind: talk\nlanguage: fr\nspeakers:\n  - aurelie-vach\n---\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:6: speakers[0]: no speaker "aurelie-vach": did you mean "aurelie-vache"?',
    ],
  },
  {
    name: 'an unknown person',
    files: [{ path: `${NOTE}.md`, text: '---\ntitle: T\nkind: talk\nlanguage: fr\nspeakers:\n  - jeanne-martin\n---\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:6: speakers[0]: no speaker "jeanne-martin": add content/speakers/jeanne-martin.yaml first',
    ],
  },
  {
    name: 'a misspelt topic, listed twice',
    files: [note('Texte.', 'md', 'topics:\n  - containrs\n  - security\n  - security\n')],
    expected: [
      'content/events/demo-2026/sessions/note.md:8: topics[0]: no topic "containrs" in content/topics.yaml: did you mean "containers"?',
      'content/events/demo-2026/sessions/note.md:10: topics[2]: "security" is listed twice',
    ],
  },
  {
    name: 'an unknown track and room',
    files: [note('Texte.', 'md', 'track: secu\nroom: salle-b\n')],
    expected: [
      'content/events/demo-2026/sessions/note.md:7: track: no track "secu" in demo-2026/event.yaml',
      'content/events/demo-2026/sessions/note.md:8: room: no room "salle-b" in demo-2026/event.yaml',
    ],
  },
  // Files, ids and sizes.
  {
    name: 'the same note as .md and .mdx',
    files: [note('Texte.', 'md'), note('Texte.', 'mdx')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx: another note has the same name "note" (content/events/demo-2026/sessions/note.md): keep one',
    ],
  },
  {
    name: 'an event id taken by a page of the site',
    files: [{ path: 'content/events/search/event.yaml', text: BASE.find((f) => f.path.endsWith('demo-2026/event.yaml'))!.text }],
    expected: [
      "content/events/search/event.yaml: the folder name \"search\" is taken by the site's own /search/ page (rename the folder, like search-2026)",
    ],
  },
  {
    // The list of events has its own page since the header links to it; the list of ids once forgot it.
    name: 'an event id taken by the list of events',
    files: [{ path: 'content/events/events/event.yaml', text: BASE.find((f) => f.path.endsWith('demo-2026/event.yaml'))!.text }],
    expected: [
      "content/events/events/event.yaml: the folder name \"events\" is taken by the site's own /events/ page (rename the folder, like events-2026)",
    ],
  },
  {
    name: 'a session named like the tracks pages',
    files: [{ path: 'content/events/demo-2026/sessions/tracks.md', text: front() }],
    expected: [
      "content/events/demo-2026/sessions/tracks.md: the file name \"tracks\" is taken by the event's /demo-2026/tracks/ pages (rename the file)",
    ],
  },
  {
    name: 'a file name that is not an id',
    files: [{ path: 'content/speakers/Jeanne Martin.yaml', text: 'name: Jeanne Martin\n' }],
    expected: [
      "content/speakers/Jeanne Martin.yaml: the file name \"Jeanne Martin\" must be lower-case words joined by hyphens, like aurelie-vache (it is the person's id and URL)",
    ],
  },
  {
    name: 'a note over the size limit',
    files: [note('a'.repeat(210 * 1024), 'md')],
    expected: [
      'content/events/demo-2026/sessions/note.md: is 211 KB, over the 200 KB limit for a text file (split it, or trim what is not the note)',
    ],
  },
  {
    name: 'an image over the size limit',
    files: [{ path: 'content/speakers/aurelie-vache.jpg', text: '', size: MAX_IMAGE_BYTES + 1 }],
    expected: [
      'content/speakers/aurelie-vache.jpg: is 2.1 MB, over the 2 MB limit for an image (resize it: 1600 pixels wide is plenty)',
    ],
  },
  {
    name: 'an SVG image',
    files: [{ path: 'content/events/demo-2026/sessions/images/schema.svg', text: '<svg/>' }],
    expected: [
      'content/events/demo-2026/sessions/images/schema.svg: is not a file Carnet reads here (expected speakers/<id>.yaml and its photo, events/<event>/event.yaml, replays.yaml, transcripts/<name>.vtt, sessions/<slug>.md or .mdx, or an image in sessions/images/: .jpg, .png, .webp, .avif or .gif)',
    ],
  },
  {
    name: 'a speaker photo outside content/',
    files: [{ path: 'content/speakers/sebastien-blanc.yaml', text: 'name: Sébastien Blanc\nphoto: ../../../etc/photo.jpg\n' }],
    expected: [
      'content/speakers/sebastien-blanc.yaml:2: photo: must be a file next to the YAML, like ./aurelie-vache.jpg',
    ],
  },
  {
    name: 'a speaker photo that is not there',
    files: [{ path: 'content/speakers/sebastien-blanc.yaml', text: 'name: Sébastien Blanc\nphoto: ./sebastien-blanc.jpg\n' }],
    expected: [
      'content/speakers/sebastien-blanc.yaml:2: photo: "./sebastien-blanc.jpg" is not in content/speakers/ (add the image next to this file, or remove the field)',
    ],
  },
  // MDX: nothing that runs.
  {
    name: 'import',
    files: [note('import fs from "node:fs"\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: import: is not allowed: a note cannot import code (remove the line; the components Carnet provides need no import)',
    ],
  },
  {
    name: 'export',
    files: [note('Texte.\n\nexport const x = 1\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:11: export: is not allowed: a note cannot export code (remove the line; the components Carnet provides need no import)',
    ],
  },
  {
    name: 'an expression in braces',
    files: [note('Texte {process.exit(1)} ici.\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: {process.exit(1)}: is JavaScript, which a note cannot run (to show braces as text, write \\{ and \\})',
    ],
  },
  {
    name: 'a flow expression',
    files: [note('{globalThis.fetch("https://example.org")}\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: {globalThis.fetch("https…}: is JavaScript, which a note cannot run (to show braces as text, write \\{ and \\})',
    ],
  },
  {
    name: 'a component off the allow-list, and a near miss',
    files: [note('<Chart data="x" />\n\n<TimeStamp at="12:34" />\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Chart>: is not a component Carnet provides (expected one of <Timestamp>)',
      'content/events/demo-2026/sessions/note.mdx:11: <TimeStamp>: is not a component Carnet provides (did you mean <Timestamp>?)',
    ],
  },
  {
    name: '<script>',
    files: [note('<script>alert(1)</script>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <script>: is HTML that notes cannot use: scripts cannot run in a note (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: '<style>',
    files: [note('<style>{"body{display:none}"}</style>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <style>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.mdx:9: {"body{display:none}"}: is JavaScript, which a note cannot run (to show braces as text, write \\{ and \\})',
    ],
  },
  {
    name: '<iframe>',
    files: [note('<iframe src="https://example.org" />\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <iframe>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: '<object> and <embed>',
    files: [note('<object data="x.swf" />\n\n<embed src="x.swf" />\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <object>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.mdx:11: <embed>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: '<form>',
    files: [note('<form action="https://example.org"><button>Go</button></form>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <form>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.mdx:9: <button>: is HTML that notes cannot use: notes are written in Markdown (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: 'other raw HTML',
    files: [note('<div class="x">Texte</div>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <div>: is HTML that notes cannot use: notes are written in Markdown (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: 'an event-handler attribute',
    files: [note('<kbd onClick="alert(1)">K</kbd>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <kbd onClick>: event-handler attributes run code and are not allowed',
    ],
  },
  {
    name: 'an attribute off the safe list',
    files: [note('<abbr style="color:red" title="ok">A</abbr>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <abbr style>: is not an attribute notes can use on <abbr> (expected title, lang, dir, open)',
    ],
  },
  {
    name: 'an expression as an attribute value, and a spread',
    files: [note('<Timestamp t={start} />\n\n<Timestamp t="1:00" {...props} />\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Timestamp t>: is given JavaScript in braces, which a note cannot run (write t="text")',
      'content/events/demo-2026/sessions/note.mdx:11: <Timestamp {...props}>: is JavaScript, which a note cannot run (write attributes as name="text")',
    ],
  },
  {
    name: 'javascript:, vbscript: and data: links and images',
    files: [note('[a](javascript:alert(1)) [b](VBScript:x) ![c](data:image/svg+xml;base64,PHN2Zz4=) [d][ref]\n\n[ref]: JavaScript:alert(1)\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: link: "javascript:alert(1)" is refused: javascript: URLs can run code in the reader’s browser (expected https://, mailto: or a path)',
      'content/events/demo-2026/sessions/note.mdx:9: link: "VBScript:x" is refused: vbscript: URLs can run code in the reader’s browser (expected https://, mailto: or a path)',
      'content/events/demo-2026/sessions/note.mdx:9: image: "data:image/svg+xml;base64,PHN2Zz4=" is refused: data: URLs can run code in the reader’s browser (expected an image file in content/, like ./images/diagram.png)',
      'content/events/demo-2026/sessions/note.mdx:11: link: "JavaScript:alert(1)" is refused: javascript: URLs can run code in the reader’s browser (expected https://, mailto: or a path)',
    ],
  },
  {
    name: 'an MDX note that does not parse',
    files: [note('Texte.\n\n<kbd>Ctrl\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:11: MDX: cannot be read: Expected a closing tag for `<kbd>` before the end of `paragraph` (a note that uses no component can be a .md file, where braces and < are plain text)',
    ],
  },
  // Plain Markdown: braces and imports are text, raw HTML is checked.
  {
    name: 'raw HTML in a .md note',
    files: [note('Texte {pas du code} et import x.\n\n<script>\nalert(1)\n</script>\n\n<iframe src="https://example.org"></iframe>\n', 'md')],
    expected: [
      'content/events/demo-2026/sessions/note.md:11: <script>: is HTML that notes cannot use: scripts cannot run in a note (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.md:13: </script>: closes an element notes cannot use (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.md:15: <iframe>: is HTML that notes cannot use: it can load or run things readers did not ask for (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.md:15: </iframe>: closes an element notes cannot use (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: 'event handlers and code URLs in a .md note',
    files: [note('<details open ontoggle="alert(1)">\n<summary>S</summary>\n\n[x](&#106;avascript:alert(1)) <javascript:alert(1)>\n\n</details>\n', 'md')],
    expected: [
      'content/events/demo-2026/sessions/note.md:9: <details ontoggle>: event-handler attributes run code and are not allowed',
      'content/events/demo-2026/sessions/note.md:12: link: "javascript:alert(1)" is refused: javascript: URLs can run code in the reader’s browser (expected https://, mailto: or a path)',
      'content/events/demo-2026/sessions/note.md:12: link: "javascript:alert(1)" is refused: javascript: URLs can run code in the reader’s browser (expected https://, mailto: or a path)',
    ],
  },
  {
    name: 'remote, outside and missing images',
    files: [note('![a](https://example.org/a.png)\n\n![b](../../../../../etc/b.png)\n\n![c](./images/c.png)\n\n![d](images/d.png)\n', 'md')],
    expected: [
      'content/events/demo-2026/sessions/note.md:9: image: "https://example.org/a.png" is on another site, which every reader’s browser would then contact (expected an image file in content/, like ./images/diagram.png)',
      'content/events/demo-2026/sessions/note.md:11: image: "../../../../../etc/b.png" points outside content/ (expected an image in content/events/<event>/sessions/images/)',
      'content/events/demo-2026/sessions/note.md:13: image: "./images/c.png" is not there (expected the file content/events/demo-2026/sessions/images/c.png)',
      'content/events/demo-2026/sessions/note.md:15: image: "images/d.png" must start with ./ or ../ (a path from the note, like ./images/diagram.png)',
    ],
  },
  {
    name: 'the site file: an address over http and a field Carnet does not know',
    files: [{ path: 'content/site.yaml', text: 'name: Notre carnet\nurl: http://notes.example.net/\nrepository: https://github.com/org/carnet\nlogo: ./logo.png\n' }],
    expected: [
      'content/site.yaml:2: url: must start with https://',
      'content/site.yaml:4: logo: is not a field Carnet knows (check its spelling)',
    ],
  },
  // What an attacker tried (issue #13): each was accepted by the checks, then broke the build or a reader's page.
  {
    name: 'Astro directives on a component and on a safe tag',
    files: [note('<Timestamp t="1:05" set:html="<script>alert(1)</script>">la démo</Timestamp>\n\n<abbr slot="x" class:list="y" is:raw>K</abbr>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Timestamp set:html>: is an Astro directive, which notes cannot use: set:html would publish raw HTML, client: and server: load code (write plain text, or ask for a component)',
      'content/events/demo-2026/sessions/note.mdx:11: <abbr slot>: is an Astro directive, which notes cannot use: set:html would publish raw HTML, client: and server: load code (write plain text, or ask for a component)',
      'content/events/demo-2026/sessions/note.mdx:11: <abbr class:list>: is an Astro directive, which notes cannot use: set:html would publish raw HTML, client: and server: load code (write plain text, or ask for a component)',
      'content/events/demo-2026/sessions/note.mdx:11: <abbr is:raw>: is an Astro directive, which notes cannot use: set:html would publish raw HTML, client: and server: load code (write plain text, or ask for a component)',
    ],
  },
  {
    name: 'a component attribute off its list, a missing t and a t with no value',
    files: [note('<Timestamp t="1:05" title="x">a</Timestamp>\n\n<Timestamp>b</Timestamp>\n\n<Timestamp t>c</Timestamp>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Timestamp title>: is not an attribute <Timestamp> takes (expected t)',
      'content/events/demo-2026/sessions/note.mdx:11: <Timestamp>: needs t="…" (the time in the video, like t="12:34")',
      'content/events/demo-2026/sessions/note.mdx:13: <Timestamp t>: needs a value: write t="…" (the time in the video, like t="12:34")',
    ],
  },
  {
    name: 'a link in a link: nested timestamps, a link in a timestamp, a timestamp in a link',
    files: [note('<Timestamp t="1:05">a <Timestamp t="1:06">b</Timestamp></Timestamp>\n\n<Timestamp t="2:00">voir [ici](https://example.org)</Timestamp>\n\n[le <Timestamp t="3:00">moment</Timestamp>](https://example.org)\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Timestamp>: is inside a link or another <Timestamp>, and is a link itself (keep them apart)',
      'content/events/demo-2026/sessions/note.mdx:11: link: is inside another link (a <Timestamp> is a link already: keep links apart)',
      'content/events/demo-2026/sessions/note.mdx:13: <Timestamp>: is inside a link or another <Timestamp>, and is a link itself (keep them apart)',
    ],
  },
  {
    name: 'timestamps the page could not place: not a time, 27 digits, outside the replay',
    files: [
      note('<Timestamp t="bientôt">a</Timestamp>\n\n<Timestamp t="277000000000000000000000000">b</Timestamp>\n\n<Timestamp t="0:30">c</Timestamp>\n\n<Timestamp t="2:00:00">d</Timestamp>\n'),
      { path: 'content/events/demo-2026/replays.yaml', text: 'replays:\n  - session: note\n    url: https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=60\n    durationSeconds: 3600\n' },
    ],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <Timestamp t>: "bientôt" is not a time in the video (expected 12:34, 1:02:03 or seconds, under 100 hours)',
      'content/events/demo-2026/sessions/note.mdx:11: <Timestamp t>: "27700000000000000000000…" is not a time in the video (expected 12:34, 1:02:03 or seconds, under 100 hours)',
      'content/events/demo-2026/sessions/note.mdx:13: <Timestamp t>: 0:30 is before the session starts in the video (1:00): write times as the video\'s player shows them',
      'content/events/demo-2026/sessions/note.mdx:15: <Timestamp t>: 2:00:00 is after the end of the video (1:00:00)',
    ],
  },
  {
    name: 'YAML tags in front matter: code, a custom tag, a time read as UTC',
    files: [note('Texte.', 'md', 'summary: !!js/function "function () { return 1 }"\n'), { path: 'content/speakers/tagged.yaml', text: 'name: !foo Tagged\n' }, { path: 'content/events/demo-2026/sessions/time.md', text: front('start: !!timestamp 2026-02-03 10:30:00\n') + 'Texte.' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:7: uses a YAML tag (like !!timestamp or !foo), which Carnet does not read: write the value plainly, a time in quotes like "2026-02-03T10:30:00+01:00"',
      'content/events/demo-2026/sessions/time.md:7: uses a YAML tag (like !!timestamp or !foo), which Carnet does not read: write the value plainly, a time in quotes like "2026-02-03T10:30:00+01:00"',
      'content/speakers/tagged.yaml:1: uses a YAML tag (like !!timestamp or !foo), which Carnet does not read: write the value plainly, a time in quotes like "2026-02-03T10:30:00+01:00"',
    ],
  },
  {
    name: 'invisible characters YAML does not allow: NUL in front matter, an escape in a person file',
    files: [note('Texte.', 'md', 'summary: avant\u0000après\n'), { path: 'content/speakers/control.yaml', text: 'name: Con\u001btrol\n' }],
    expected: [
      'content/events/demo-2026/sessions/note.md:7: holds the invisible character U+0000, which YAML does not allow (delete it; retype the line if you cannot see it)',
      'content/speakers/control.yaml:1: holds the invisible character U+001B, which YAML does not allow (delete it; retype the line if you cannot see it)',
    ],
  },
  {
    name: 'a symbolic link, wherever it is',
    files: [{ path: `${NOTE}.md`, text: '', symlink: true }, { path: 'content/events/demo-2026/sessions/README.md', text: '', symlink: true }],
    expected: [
      'content/events/demo-2026/sessions/note.md: is a symbolic link: Carnet reads only plain files in content/ (copy the file here instead)',
      'content/events/demo-2026/sessions/README.md: is a symbolic link: Carnet reads only plain files in content/ (copy the file here instead)',
    ],
  },
  // What a second review found (issue #13).
  {
    name: 'an element named like a property of every object',
    files: [note('<constructor name="x">dedans</constructor>\n\n<__proto__ toString="x">y</__proto__>\n')],
    expected: [
      'content/events/demo-2026/sessions/note.mdx:9: <constructor>: is HTML that notes cannot use: notes are written in Markdown (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
      'content/events/demo-2026/sessions/note.mdx:11: <__proto__>: is HTML that notes cannot use: notes are written in Markdown (expected Markdown, or one of <abbr>, <br>, <del>, <details>, <ins>, <kbd>, <mark>, <s>, <small>, <sub>, <summary>, <sup>)',
    ],
  },
  {
    name: 'times of the right shape that are no time of the calendar (they crashed the check)',
    files: [note('Texte.', 'md', 'start: "2026-02-03T10:30:60+01:00"\n'), { path: 'content/events/demo-2026/sessions/feb.md', text: front('start: "2026-02-30T10:00:00+01:00"\n') + 'Texte.' }],
    expected: [
      'content/events/demo-2026/sessions/feb.md:7: start: is not a date and time of the calendar (check the day, the hour, the minutes and the offset)',
      'content/events/demo-2026/sessions/note.md:7: start: is not a date and time of the calendar (check the day, the hour, the minutes and the offset)',
    ],
  },
  {
    name: 'front matter that Astro would end earlier, on a line starting with ---',
    files: [{ path: `${NOTE}.md`, text: '---\ntitle: "Bonjour\n---<b>x</b> monde"\nkind: talk\nlanguage: fr\n---\n\nTexte.\n' }],
    expected: ['content/events/demo-2026/sessions/note.md:1: must start with front matter between two lines of --- (see content/events/README.md)'],
  },
  {
    name: 'a YAML merge key, which Astro reads and the check did not',
    files: [{ path: 'content/topics.yaml', text: '- id: containers\n  label: { fr: "Conteneurs", <<: { en: "Containers" } }\n- id: security\n  label: { fr: "Sécurité" }\n' }],
    expected: [
      'content/topics.yaml:2: [0].label.<<: is not a field Carnet knows (check its spelling)',
      // The topics of a file that does not pass are not known.
      'content/events/demo-2026/sessions/plugin-kubectl.md:9: topics[0]: no topic "containers" in content/topics.yaml',
    ],
  },
  {
    name: 'an image whose file name hides a path',
    files: [{ path: 'content/events/demo-2026/sessions/images/..%2f..%2fsecret.jpg', text: '' }],
    expected: [
      'content/events/demo-2026/sessions/images/..%2f..%2fsecret.jpg: is not a file Carnet reads here (expected speakers/<id>.yaml and its photo, events/<event>/event.yaml, replays.yaml, transcripts/<name>.vtt, sessions/<slug>.md or .mdx, or an image in sessions/images/: .jpg, .png, .webp, .avif or .gif)',
    ],
  },
  {
    name: 'quotes nested 5,000 deep in an .mdx note (a stack overflow in the checks before)',
    files: [note(`${'> '.repeat(5000)}x\n`)],
    expected: ['content/events/demo-2026/sessions/note.mdx:9: note: nests quotes, lists or elements more than 32 levels deep, which Carnet cannot read safely (flatten it)'],
  },
  {
    name: 'lists nested by indentation, in a .md note',
    files: [note(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n'), 'md')],
    expected: ['content/events/demo-2026/sessions/note.md:41: note: nests quotes, lists or elements more than 32 levels deep, which Carnet cannot read safely (flatten it)'],
  },
  {
    name: 'elements nested deeper than the limit, on one line',
    files: [note(`${'<abbr>'.repeat(40)}x${'</abbr>'.repeat(40)}\n`)],
    expected: ['content/events/demo-2026/sessions/note.mdx:9: note: nests quotes, lists or elements more than 32 levels deep, which Carnet cannot read safely (flatten it)'],
  },
  {
    name: 'brackets left open, and a paragraph of 20,000 ] (minutes for micromark before)',
    files: [
      note(`${'['.repeat(50)}x\n`),
      { path: 'content/events/demo-2026/sessions/brackets.mdx', text: `${front()}Un paragraphe.\n\n${'x]'.repeat(20000)}\n` },
      { path: 'content/events/demo-2026/sessions/parens.md', text: front() + '[a]('.repeat(40) },
    ],
    expected: [
      'content/events/demo-2026/sessions/brackets.mdx:11: ]: is written more than 500 times in one paragraph, which Carnet cannot read quickly (split the paragraph)',
      'content/events/demo-2026/sessions/note.mdx:9: [: is left open more than 32 times in one paragraph, which Carnet cannot read safely (close the brackets, or write \\[ and \\( for plain ones)',
      'content/events/demo-2026/sessions/parens.md:9: (: is left open more than 32 times in one paragraph, which Carnet cannot read safely (close the brackets, or write \\[ and \\( for plain ones)',
    ],
  },
];

describe('every content problem, with its file, line, field and what was expected', () => {
  it('accepts the base content', () => {
    expect(problems()).toEqual([]);
  });

  for (const { name, files, expected } of CASES) {
    it(name, () => {
      expect(problems(...files)).toEqual(expected);
    });
  }

  it('reports every problem of every file at once, not only the first', () => {
    const picked = CASES.filter((c) => ['a speaker photo that is not there', 'an event id taken by a page of the site', 'raw HTML in a .md note', 'a session named like the tracks pages', 'an image over the size limit'].includes(c.name));
    const expected = picked.flatMap((c) => c.expected);
    const found = problems(...picked.flatMap((c) => c.files));
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected));
  });
});
