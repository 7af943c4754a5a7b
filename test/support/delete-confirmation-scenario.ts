/**
 * One scenario for asking before a delete, run on every platform (terminal/core, Telegram, Slack) through a small
 * driver each, so the confirmation behaves the same wherever the user is.
 */
import assert from 'node:assert/strict';

/** A reply as the user sees it: its text and the labels of its buttons. */
export interface ShownReply<Handle = unknown> {
  readonly text: string;
  readonly buttons: ReadonlyArray<string>;
  /** What the driver needs to tap a button of this reply later (a message, a response_url). */
  readonly handle: Handle;
}

export interface ConfirmationDriver<Handle = unknown> {
  /** Sends `text` the way the platform's user types it (a slash command where there is one). */
  send(text: string): Promise<ShownReply<Handle>>;
  /** Taps `label` under `reply`; resolves with the text the user sees as the answer. */
  tap(reply: ShownReply<Handle>, label: string): Promise<string>;
  /** The numbers of the user's expenses, from the store. */
  expenseNumbers(): Promise<number[]>;
}

/** `command` turns a core command ("delete 1") into what the platform's user types ("/delete 1"). */
export async function deleteAsksFirst<Handle>(
  driver: ConfirmationDriver<Handle>,
  command: (text: string) => string = (text) => text,
): Promise<void> {
  await driver.send('250 groceries');
  await driver.send('120 fuel');
  await driver.send('80 snacks');
  assert.deepEqual(await driver.expenseNumbers(), [1, 2, 3]);

  // "delete 1" shows the expense and asks; nothing is deleted yet.
  const ask = await driver.send(command('delete 1'));
  assert.match(ask.text, /^#1 · ₹250\.00 groceries · .+\nDelete it\?$/);
  assert.deepEqual(ask.buttons, ['Confirm', 'Cancel']);
  assert.deepEqual(await driver.expenseNumbers(), [1, 2, 3], 'nothing deleted before the answer');

  // Confirm deletes it once; a second Confirm on the same question changes nothing.
  assert.match(await driver.tap(ask, 'Confirm'), /^Deleted #1 · ₹250\.00 groceries/);
  assert.deepEqual(await driver.expenseNumbers(), [2, 3]);
  assert.match(await driver.tap(ask, 'Confirm'), /already confirmed\. Nothing more was changed/);
  assert.deepEqual(await driver.expenseNumbers(), [2, 3]);

  // Cancel keeps it, and a Confirm after the Cancel does not delete it either.
  const second = await driver.send(command('delete 2'));
  assert.deepEqual(second.buttons, ['Confirm', 'Cancel']);
  assert.match(await driver.tap(second, 'Cancel'), /^Cancelled — nothing was changed\./);
  assert.deepEqual(await driver.expenseNumbers(), [2, 3]);
  assert.match(await driver.tap(second, 'Confirm'), /already cancelled/);
  assert.deepEqual(await driver.expenseNumbers(), [2, 3]);

  // A bare "yes" answers the open question, as the button would.
  const third = await driver.send(command('delete 3'));
  assert.match(third.text, /^#3 · ₹80\.00 snacks/);
  assert.match((await driver.send('yes')).text, /^Deleted #3/);
  assert.deepEqual(await driver.expenseNumbers(), [2]);

  // A number with no expense is told at once: no question, no buttons.
  const missing = await driver.send(command('delete 9'));
  assert.match(missing.text, /^There is no expense #9\./);
  assert.deepEqual(missing.buttons, []);
  // Neither is a deleted one asked about again.
  assert.match((await driver.send(command('delete 1'))).text, /^There is no expense #1\./);
  assert.deepEqual(await driver.expenseNumbers(), [2]);
}
