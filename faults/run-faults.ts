/**
 * `npm run faults`: finbot as real processes against real PostgreSQL and Redis, one fault per scenario, one row
 * each. Exits non-zero when any row lost or duplicated an answer, missed its recovery target, or did not finish
 * within the deadline. FAULTS_SCALE (default 1) scales the message counts; FAULTS_DEADLINE_SECONDS bounds the run.
 */
import { execFileSync } from 'node:child_process';
import { botApiDownThenSigterm } from './bot-api-down.ts';
import { type FaultRow, headerLine, rowLine, rowProblems } from './fault-row.ts';
import { modelFailures } from './model-failures.ts';
import { databaseOut, redisPaused } from './outage.ts';
import { redisRestart } from './redis-restart.ts';
import { sigtermRestart } from './sigterm-restart.ts';
import { slackRetries } from './slack-retries.ts';
import { startupErrors } from './startup-errors.ts';
import { telegramDuplicates } from './telegram-duplicates.ts';
import { workerKills } from './worker-kill.ts';

const scale = Number(process.env.FAULTS_SCALE ?? 1);
const deadlineMs = Number(process.env.FAULTS_DEADLINE_SECONDS ?? 330) * 1000;
const messages = Math.max(10, Math.round(1000 * scale));
const kills = Math.max(1, Math.round(10 * Math.min(scale, 1)));

interface Scenario {
  readonly name: string;
  readonly run: () => Promise<FaultRow>;
}

// Printed in this order. Two lanes run side by side: the kill and Redis scenarios mostly wait out leases and
// sweeps, so they share the two cores with the busier ones without slowing them much.
const allScenarios: ReadonlyArray<Scenario & { lane: 0 | 1 }> = [
  { lane: 0, name: `telegram duplicate updates x${messages}`, run: () => telegramDuplicates(messages) },
  { lane: 0, name: `slack retries x${messages}`, run: () => slackRetries(messages) },
  { lane: 1, name: `worker kill -9 x${kills}`, run: () => workerKills(kills) },
  { lane: 0, name: 'SIGTERM serve mid-load, restart', run: () => sigtermRestart('serve') },
  { lane: 0, name: 'SIGTERM worker mid-load, restart', run: () => sigtermRestart('worker') },
  { lane: 1, name: 'redis killed, restarted empty', run: () => redisRestart() },
  { lane: 1, name: 'redis paused 8 s', run: () => redisPaused() },
  { lane: 1, name: 'database refused 8 s', run: () => databaseOut('refuse') },
  { lane: 0, name: 'database hung 8 s', run: () => databaseOut('hang') },
  { lane: 1, name: 'model failing 30 %', run: () => modelFailures(0.3) },
  { lane: 0, name: 'Bot API down, SIGTERM, restart', run: () => botApiDownThenSigterm() },
  { lane: 0, name: 'start-up with a bad variable', run: () => startupErrors() },
];
// FAULTS_ONLY="redis,model" runs only the scenarios whose names contain one of the words.
const only = (process.env.FAULTS_ONLY ?? '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const scenarios = allScenarios.filter(
  (scenario) => only.length === 0 || only.some((word) => scenario.name.toLowerCase().includes(word)),
);

const started = Date.now();
const rows = new Map<string, FaultRow>();

async function runLane(lane: 0 | 1): Promise<void> {
  for (const scenario of scenarios.filter((entry) => entry.lane === lane)) {
    const at = Date.now();
    process.stderr.write(`faults: ${scenario.name} …\n`);
    const row = await scenario.run().catch(
      (error: unknown): FaultRow => ({
        scenario: scenario.name,
        sent: 0,
        expected: 0,
        delivered: 0,
        duplicates: 0,
        lost: 0,
        problems: [`error: ${error instanceof Error ? error.message : String(error)}`],
      }),
    );
    rows.set(scenario.name, row);
    process.stderr.write(`faults: ${scenario.name} done in ${((Date.now() - at) / 1000).toFixed(0)} s\n`);
  }
}

function report(timedOut: boolean): number {
  console.log(`fault injection (${messages} messages per duplicate scenario, ${kills} kills; 2 lanes)`);
  console.log(headerLine());
  let failures = 0;
  const notes: string[] = [];
  for (const scenario of scenarios) {
    const row = rows.get(scenario.name) ?? {
      scenario: scenario.name,
      sent: 0,
      expected: 0,
      delivered: 0,
      duplicates: 0,
      lost: 0,
      problems: [timedOut ? 'not finished by the deadline' : 'not run'],
    };
    console.log(rowLine(row));
    const problems = rowProblems(row);
    if (problems.length > 0) failures += 1;
    if (row.note) notes.push(`  ${row.scenario}: ${row.note}`);
    if (problems.length > 0 && row.logDir) notes.push(`  ${row.scenario}: logs kept in ${row.logDir}`);
  }
  for (const note of notes) console.log(note);
  console.log(
    `${failures === 0 ? 'faults: all held' : `faults: ${failures} of ${scenarios.length} failed`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  // The plain summary CI adds to the tests' own.
  console.log(`${scenarios.length - failures} passed, ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

/** Ends every process this runner started (finbot, redis-server), by pid, so nothing outlives a timed-out run. */
function killChildren(): void {
  let pids: number[] = [];
  try {
    pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  } catch {
    // no children left
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const deadline = setTimeout(() => {
  killChildren();
  process.exit(report(true) || 1);
}, deadlineMs);
await Promise.all([runLane(0), runLane(1)]);
clearTimeout(deadline);
const exitCode = report(false);
// A scenario that failed mid-way may leave its load generator or a socket running; the report is final.
killChildren();
process.exit(exitCode);
