// Every Nx project must carry exactly one scope:* and one type:* tag: a project without
// them silently escapes @nx/enforce-module-boundaries.
const { readdirSync, readFileSync, existsSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..', '..');
const problems = [];
for (const group of ['apps', 'libs']) {
  for (const name of readdirSync(join(root, group))) {
    const file = join(root, group, name, 'project.json');
    if (!existsSync(file)) continue;
    const tags = JSON.parse(readFileSync(file, 'utf8')).tags ?? [];
    for (const kind of ['scope', 'type']) {
      const n = tags.filter((t) => t.startsWith(`${kind}:`)).length;
      if (n !== 1) problems.push(`${group}/${name}: expected one ${kind}:* tag, found ${n} (${JSON.stringify(tags)})`);
    }
  }
}
if (problems.length) {
  console.error(`project tags:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('project tags: ok');
