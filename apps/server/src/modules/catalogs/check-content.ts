// `npm run catalogs:check [file.yaml ...]`: reads every content file and prints each problem,
// or only those of the files named. Exit code 1 when there is any.
import { loadCatalogData } from './catalog-files.ts';
import { catalogProblems } from './catalog-rules.ts';

const only = process.argv.slice(2);
try {
  const data = loadCatalogData();
  const problems = catalogProblems(data).filter((p) => only.length === 0 || only.some((f) => p.includes(f)));
  for (const c of data.catalogs) {
    const n = c.categories.reduce(
      (sum, cat) => sum + cat.children.reduce((s, sub) => s + sub.items.length, 0),
      0,
    );
    if (only.length === 0 || only.includes(c.file)) console.log(`${c.file}: ${c.name}, ${n} 项`);
  }
  for (const p of problems) console.log(`问题: ${p}`);
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  console.log(`问题: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
