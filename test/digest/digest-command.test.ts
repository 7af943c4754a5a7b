import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { digestCommand } from '../../src/cli/digest-command.ts';
import type { User } from '../../src/core/domain/user.ts';
import type { DigestJobData } from '../../src/jobs/digest/digest-job.ts';
import { newUser, spend, sqliteDatabase, type TestDatabase } from './digest-databases.ts';

const week = '2026-W47';

describe('finbot digest', () => {
  let db: TestDatabase;
  let users: Record<string, User>;
  const queued: DigestJobData[] = [];
  const producer = {
    enqueue: async (jobs: ReadonlyArray<DigestJobData>) => {
      queued.push(...jobs);
    },
  };
  const deps = () => ({ store: db.store, producer });

  before(async () => {
    db = await sqliteDatabase.open();
    users = {
      fresh: await db.store.createUser(newUser('1')),
      sent: await db.store.createUser(newUser('2')),
      failed: await db.store.createUser(newUser('3')),
      blocked: await db.store.createUser(newUser('4')),
      terminal: await db.store.createUser(newUser('me', { platform: 'cli' })),
      off: await db.store.createUser(newUser('5', { digestEnabled: false })),
    };
    await spend(db.store, users.fresh as User, 25000, 'groceries', '2026-11-18');
    const claim = (user: User, token: string) =>
      db.store.claimDigestDelivery({
        userId: user.id,
        week,
        token,
        now: '2026-11-23T03:30:00.000Z',
        staleClaimMs: 1,
        staleSendingMs: 1,
      });
    await claim(users.sent as User, 's');
    await db.store.markDigestSent((users.sent as User).id, week, 's', '2026-11-23T03:30:01.000Z');
    await claim(users.failed as User, 'f');
    await db.store.releaseDigestClaim((users.failed as User).id, week, 'f', 'Error: timeout', true);
    await db.store.markDigestRecipientUnreachable(
      (users.blocked as User).id,
      'Forbidden: bot was blocked',
      '2026-11-16T00:00:00.000Z',
    );
  });
  after(() => db.drop());

  test('--dry-run --user shows the digest and sends nothing', async () => {
    const output = await digestCommand(deps(), { week, user: 'telegram:1', dryRun: true });
    assert.match(output, /^telegram:1 {2}would send\n\nYour week 2026-W47 \(16 Nov – 22 Nov\)\n/);
    assert.match(output, /Total: ₹250\.00 in 1 expense/);
    assert.match(output, /Dry run for 2026-W47: 1 would send\. Nothing was sent\.$/);
    assert.deepEqual(queued, []);
  });

  test('without --user it queues the digests still to send and says why the others are skipped', async () => {
    const output = await digestCommand(deps(), { week, dryRun: false });
    assert.deepEqual(
      queued.map((job) => job.userId),
      [(users.fresh as User).id],
    );
    assert.match(output, /telegram:2 {2}already sent \(2026-11-23T03:30:01\.000Z\)/);
    assert.match(output, /telegram:3 {2}failed \(Error: timeout; resend with --user\)/);
    assert.match(output, /telegram:4 {2}unreachable \(Forbidden: bot was blocked\)/);
    assert.match(output, /cli:me {2}no digest sender for cli/);
    assert.doesNotMatch(output, /telegram:5/, 'users with the digest off are not listed');
    queued.length = 0;
  });

  test('an operator can resend a failed digest by naming the user, but never a sent one', async () => {
    await digestCommand(deps(), { week, user: 'telegram:3', dryRun: false });
    assert.deepEqual(queued, [{ userId: (users.failed as User).id, week, platform: 'telegram', manual: true }]);
    queued.length = 0;
    const output = await digestCommand(deps(), { week, user: 'telegram:2', dryRun: false });
    assert.match(output, /already sent/);
    assert.deepEqual(queued, []);
  });

  test('a dry run over everyone says what each digest holds', async () => {
    const output = await digestCommand(deps(), { week, dryRun: true });
    assert.match(output, /telegram:1 {2}would send {2}\(₹250\.00 in 1 expense\)/);
    assert.match(output, /telegram:2 {2}already sent \(2026-11-23T03:30:01\.000Z\) {2}\(no expenses\)/);
    assert.deepEqual(queued, []);
  });

  test('a malformed week is refused', async () => {
    await assert.rejects(digestCommand(deps(), { week: '2026-47', dryRun: true }), { name: 'CliError' });
  });
});
