/**
 * `npm run test:budgets` (part of `npm test`, after the build): fails when any page's first view
 * is over its page type's budget, when a page without a tool runs a script before the visitor
 * acts, or when a page type or its sample is missing from tools/budgets/page-budgets.ts.
 */
import { weighSite, weightTable } from './page-weights.ts';

const site = weighSite(process.argv[2] ?? 'dist');
console.log('First view of the heaviest page of each type, gzip -9:\n');
console.log(weightTable(site));
const problems = [...site.problems, ...site.types.flatMap((type) => type.problems)];
if (problems.length > 0) {
  console.error(`\n${problems.length} budget problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`\nEvery page type within its budget.`);
