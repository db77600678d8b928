// `npm run check`: every content problem at once, each as file:line: field: message.
import { formatProblem } from '../src/lib/content/check.ts';
import { checkContentFolder } from '../src/lib/content/check-all.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, content } = await checkContentFolder(root);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in content/. Fix them and run npm run check again.`);
  process.exit(1);
}
console.log(
  `content/ is valid: ${content.events.size} events, ${content.sessions.size} sessions, ${content.speakers.size} people, ${content.topics.size} topics.`,
);
