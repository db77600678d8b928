import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the CI workflow', () => {
  const text = read('.github/workflows/ci.yml');
  const workflow = parse(text) as {
    on: Record<string, unknown>;
    permissions: unknown;
    jobs: Record<string, { permissions?: unknown; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on pull requests, never with the base repository’s rights', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(Object.keys(workflow.on)).not.toContain('workflow_run');
  });

  it('reads the repository and nothing more, with no secrets', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    expect(text).not.toMatch(/secrets\.|GITHUB_TOKEN/);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('pins every action to a commit', () => {
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  it('checks content first, then runs the test command', () => {
    const runs = steps.map((step) => step.run ?? '');
    const check = runs.findIndex((run) => run.includes('scripts/check.ts'));
    const test = runs.findIndex((run) => run.trim() === 'npm test');
    expect(check).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(check);
  });

  it('turns content problems into annotations on the lines at fault', () => {
    const matchers = (JSON.parse(read('.github/content-problems.json')) as { problemMatcher: { pattern: { regexp: string }[] }[] }).problemMatcher;
    const line = 'content/events/kcd-france-2023/sessions/x.md:12: speakers[0]: no speaker "aurelie-vach": did you mean "aurelie-vache"?';
    expect(new RegExp(matchers[0]!.pattern[0]!.regexp).exec(line)?.slice(1)).toEqual([
      'content/events/kcd-france-2023/sessions/x.md',
      '12',
      'speakers[0]: no speaker "aurelie-vach": did you mean "aurelie-vache"?',
    ]);
  });
});

describe('issue forms', () => {
  const dir = new URL('.github/ISSUE_TEMPLATE/', root);
  const forms = readdirSync(dir).filter((file) => file.endsWith('.yml') && file !== 'config.yml');

  it('has the three forms', () => {
    expect(forms.sort()).toEqual(['add-event.yml', 'propose-note.yml', 'report-mistake.yml']);
  });

  for (const file of forms) {
    it(`${file} is a valid form: a name, a description, fields with unique ids, at least one required`, () => {
      const form = parse(readFileSync(new URL(file, dir), 'utf8')) as {
        name: string;
        description: string;
        body: { type: string; id?: string; validations?: { required?: boolean } }[];
      };
      expect(form.name).toBeTruthy();
      expect(form.description).toBeTruthy();
      const fields = form.body.filter((item) => item.type !== 'markdown');
      const ids = fields.map((item) => item.id);
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(fields.some((item) => item.validations?.required)).toBe(true);
    });
  }
});

describe('CODEOWNERS', () => {
  it('names only paths that exist', () => {
    const paths = read('.github/CODEOWNERS')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split(/\s+/)[0]!)
      .filter((path) => path !== '*');
    expect(paths).toContain('/content/events/kcd-france-2023/');
    for (const path of paths) expect(existsSync(new URL(`.${path}`, root)), path).toBe(true);
  });
});

describe('the Pages workflow', () => {
  const text = read('.github/workflows/pages.yml');
  const workflow = parse(text) as {
    on: Record<string, { branches?: string[] } | null>;
    permissions: unknown;
    jobs: Record<
      string,
      {
        if?: string;
        needs?: string;
        permissions?: Record<string, string>;
        steps: { id?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
      }
    >;
  };
  const { build, deploy } = workflow.jobs as Required<typeof workflow.jobs>;

  it('deploys pushes to main, builds pull requests, never with the base repository’s rights', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(text).not.toMatch(/secrets\.|GITHUB_TOKEN|pull_request_target/);
  });

  it('gives each job the least it needs: the build reads, only the deploy job on a push writes Pages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.if).toBe("github.event_name == 'push'");
    expect(deploy!.needs).toBe('build');
    expect(build!.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false);
  });

  it('pins every action to a commit', () => {
    for (const step of [...build!.steps, ...deploy!.steps].filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  it('builds with the address Pages gives, and uploads the site for Pages on a push, for reviewers on a pull request', () => {
    const configure = build!.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
    const buildStep = build!.steps.find((step) => step.run === 'npm run build')!;
    expect(buildStep.env?.SITE_URL).toBe(`\${{ steps.${configure.id}.outputs.base_url }}`);
    const pages = build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
    const review = build!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect([pages.if, pages.with?.path]).toEqual(["github.event_name == 'push'", 'dist']);
    expect([review.if, review.with?.path]).toEqual(["github.event_name == 'pull_request'", 'dist']);
  });
});
