/** `npm run bench`: every benchmark in turn, each in its own process; `npm run bench -- NAME` runs one. */
import { spawnSync } from 'node:child_process';

const benches = ['quick-add', 'weekly-stats', 'telegram-webhook', 'slack-ack', 'digest-fanout'];
const chosen = process.argv.slice(2);
for (const name of chosen.length > 0 ? chosen : benches) {
  if (!benches.includes(name)) throw new Error(`no benchmark "${name}"; there are: ${benches.join(', ')}`);
  console.log(`\n== ${name} (node bench/${name}.ts)`);
  const run = spawnSync(process.execPath, [`bench/${name}.ts`], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
