// The import command end to end, on a copy of content/ in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'carnet-import-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts/import.ts'), ...args, '--root', root], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under content/ with its size and time: enough to see that nothing changed. */
function snapshot(): string[] {
  return readdirSync(join(root, 'content'), { recursive: true })
    .map(String)
    .sort()
    .map((path) => {
      const stat = statSync(join(root, 'content', path));
      return `${path} ${stat.size} ${stat.mtimeMs}`;
    });
}

function input(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

/** A frab schedule.xml of `count` talks by as many people, in ten rooms of one day. */
function bigSchedule(count: number): string {
  const hhmm = (i: number) => `${String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  const event = (i: number) =>
    `<event id="${1000 + i}" guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}"><date>2026-05-05T${hhmm(i)}:00+02:00</date><start>${hhmm(i)}</start><duration>00:30</duration><room>Room ${i % 10}</room><title>Session number ${i}</title><type>talk</type><language>en</language><persons><person id="${i}">Person Number${i}</person></persons></event>`;
  const rooms = Array.from(
    { length: 10 },
    (_, room) => `<room name="Room ${room}">${Array.from({ length: count / 10 }, (_, k) => event(k * 10 + room)).join('')}</room>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><schedule><version>1</version><conference><acronym>big</acronym><title>Big Conf</title><start>2026-05-05</start><end>2026-05-05</end><days>1</days><time_zone_name>Europe/Paris</time_zone_name></conference><day index="1" date="2026-05-05" start="2026-05-05T08:00:00+02:00" end="2026-05-05T23:00:00+02:00">${rooms}</day></schedule>`;
}

/** Every file and folder under the project that is not a copy of content/ as it was: what an import left. */
function leftovers(before: string[]): string[] {
  const now = readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => !path.startsWith('content/') || !before.includes(path.slice('content/'.length)));
  return now.filter((path) => path !== 'content').sort();
}

// Each test starts Node processes: slower than a unit test, above all on a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  it('imports a Sessionize export: prints what it created, writes valid content', () => {
    const result = run(
      join(FIXTURES, 'import/sessionize-demo-jl4ktls0__All.json'),
      '--event',
      'sessionize-demo',
      '--timezone',
      'Europe/Paris',
      '--city',
      'Zagreb',
      '--country',
      'HR',
      '--venue',
      'Demo',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Created (21: 1 event, 10 people, 10 notes)');
    expect(result.out).toContain('"Lunch" (sessions[5]): a service session');
    const note = readFileSync(join(root, 'content/events/sessionize-demo/sessions/aidens-session.md'), 'utf8');
    expect(note).toContain('start: 2017-05-27T11:00:00+02:00\n');
    const check = spawnSync(process.execPath, [join(process.cwd(), 'scripts/check.ts'), root], { encoding: 'utf8' });
    expect(check.stderr).toBe('');

    const again = run(join(FIXTURES, 'import/sessionize-demo-jl4ktls0__All.json'), '--event', 'sessionize-demo', '--timezone', 'Europe/Paris');
    expect(again.out).toContain('Skipped (11)');
    expect(again.out).toContain('Nothing new to write.');
  });

  it('imports an iCalendar file, told by its content, and accounts for every entry', () => {
    const result = run(join(FIXTURES, 'calendar/node-ical__test__fixtures__google-calendar-kiev-tz.ics'), '--event', 'kyiv-2016');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('(iCalendar (.ics)): 4 sessions');
    expect(result.out).toContain('Sessions of the file (4): 4 new, 0 already there, 0 refused, 0 left out');
    const event = readFileSync(join(root, 'content/events/kyiv-2016/event.yaml'), 'utf8');
    expect(event).toContain('timeZone: Europe/Kiev\n');
    expect(readFileSync(join(root, 'content/events/kyiv-2016/sessions/repeated-2016-08-27.md'), 'utf8')).toContain('start: 2016-08-27T14:00:00+03:00\n');
  });

  it('--dry-run shows the plan and writes nothing', () => {
    const before = snapshot();
    const result = run(join(FIXTURES, 'schedule/giggity__romhack_camp_2026.pretalx.xml'), '--event', 'romhack-camp-2026', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Would create (14: 1 event, 3 people, 10 notes)');
    expect(result.out).toContain('+ content/events/romhack-camp-2026/sessions/romhack-camp-opening.md');
    expect(result.out).toContain('Dry run: nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses truncated JSON, naming the file and the place, and writes nothing', () => {
    const before = snapshot();
    const whole = readFileSync(join(FIXTURES, 'schedule/voc-schedule__json__examples__pretalx-democon.json'), 'utf8');
    const file = input('democon.json', whole.slice(0, whole.length / 2));
    const result = run(file, '--event', 'democon');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/democon\.json: line \d+, column \d+: is not valid JSON/);
    expect(result.err).toContain('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file of the wrong format', () => {
    const before = snapshot();
    const result = run(join(FIXTURES, 'import/sessionize-demo-jl4ktls0__SpeakerWall.json'), '--event', 'demo');
    expect(result.code).toBe(1);
    expect(result.err).toContain('sessionize-demo-jl4ktls0__SpeakerWall.json: is a Sessionize list of speakers without sessions');
    expect(snapshot()).toEqual(before);
  });

  it('refuses an empty file', () => {
    const before = snapshot();
    const result = run(input('empty.xml', ''), '--event', 'demo');
    expect(result.code).toBe(1);
    expect(result.err).toContain('empty.xml: is empty');
    expect(snapshot()).toEqual(before);
  });

  it('never overwrites a file: a note already at the path is reported as a conflict and kept', () => {
    const notePath = join(root, 'content/events/romhack-camp-2026/sessions/romhack-camp-opening.md');
    const first = run(join(FIXTURES, 'schedule/giggity__romhack_camp_2026.pretalx.xml'), '--event', 'romhack-camp-2026');
    expect(first.code).toBe(0);
    const mine = '---\ntitle: "Ma propre note, pas la session d’ouverture"\nkind: talk\nlanguage: fr\n---\n\nMes notes.\n';
    writeFileSync(notePath, mine);
    const again = run(join(FIXTURES, 'schedule/giggity__romhack_camp_2026.pretalx.xml'), '--event', 'romhack-camp-2026');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Conflicts (1): not written, nothing replaced');
    expect(again.out).toContain('! content/events/romhack-camp-2026/sessions/romhack-camp-opening.md: holds another session than "RomHack Camp Opening"');
    expect(readFileSync(notePath, 'utf8')).toBe(mine);
  });

  it('refuses, and writes nothing, when the result would not be valid content', () => {
    // A speaker file that is not valid YAML: the planned content cannot pass the checks.
    writeFileSync(join(root, 'content/speakers/broken.yaml'), 'name: [');
    const before = snapshot();
    const result = run(join(FIXTURES, 'schedule/giggity__romhack_camp_2026.pretalx.xml'), '--event', 'romhack-camp-2026');
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/speakers/broken.yaml:1: is not valid YAML');
    expect(result.err).toContain('nothing was written');
    expect(snapshot()).toEqual(before);
  });

  it('refuses hostile XML with its plain message, no stack trace, and writes nothing: XXE, parameter entities, billion laughs, __proto__', () => {
    const before = snapshot();
    const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i === 0 ? '' : i + 1};`.repeat(10)}">`)].join(
      '\n',
    );
    const cases = {
      'xxe.xml': '<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<schedule><conference><title>&xxe;</title></conference></schedule>',
      'parameter.xml': '<!DOCTYPE schedule [<!ENTITY % pe SYSTEM "http://127.0.0.1:9/x.dtd"> %pe;]>\n<schedule/>',
      'laughs.xml': `<!DOCTYPE schedule [\n${laughs}\n]>\n<schedule><conference><title>&lol9;</title></conference><day index="1"/></schedule>`,
      'proto.xml': '<schedule>\n<__proto__><polluted>yes</polluted></__proto__><day index="1"/></schedule>',
    };
    for (const [name, text] of Object.entries(cases)) {
      const result = run(input(name, `<?xml version="1.0"?>\n${text}\n`), '--event', 'hostile-2026');
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(new RegExp(`^${root}/${name.replace('.', '\\.')}: line \\d+, column \\d+: .+\\nNothing was written\\.\\n$`));
      expect(result.err, name).not.toMatch(/\n\s+at /);
      expect(result.out, name).toBe('');
    }
    expect(snapshot()).toEqual(before);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s (as Ctrl+C sends) while writing a big import leaves nothing (or everything), and no temporary file',
    async (signal) => {
      const before = readdirSync(join(root, 'content'), { recursive: true }).map(String);
      const file = input('big.xml', bigSchedule(1500));
      const child = spawn(process.execPath, [join(process.cwd(), 'scripts/import.ts'), file, '--event', 'big-2026', '--root', root], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk) => (err += chunk));
      // Once the plan is made and writing has begun, as a contributor would press Ctrl+C.
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('Writing ') && child.exitCode === null) setTimeout(() => child.kill(signal), 50);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(out).not.toContain('Created');
      const left = leftovers(before);
      if (code === 0) {
        // The files were in place before the signal was handled: all of them, then.
        expect(left.filter((path) => path.endsWith('.md'))).toHaveLength(1500);
      } else {
        expect(err).toBe('interrupted (Ctrl+C or a stop signal) before every file was ready\nNothing was written.\n');
        expect(left).toEqual(['big.xml']);
      }
      expect(left.filter((path) => /import-tmp|carnet-staging/.test(path))).toEqual([]);
      expect(existsSync(join(root, 'content/events/big-2026')) === (code === 0)).toBe(true);
    },
    120_000,
  );
});
