import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { pino } from 'pino';
import { logWorkerError } from '../../src/app/log-worker-error.ts';

function capturedLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

test('a job Redis lost in a restart is a warning; any other worker error is an error; both are counted', () => {
  const { log, lines } = capturedLogger();
  let counted = 0;
  const onError = logWorkerError(log, 'runs', () => {
    counted += 1;
  });
  onError(new Error('Missing key for job dep.thread-4.abc. moveToFinished'));
  onError(new Error('Missing lock for job 17. moveToDelayed'));
  onError(new Error('Connection is closed.'));
  assert.deepEqual(
    lines.map((line) => line.level),
    [40, 40, 50],
  );
  assert.equal(counted, 3);
});
