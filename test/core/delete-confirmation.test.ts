import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { type ConfirmationDriver, deleteAsksFirst } from '../support/delete-confirmation-scenario.ts';

/** The terminal chat's view of the core: a reply's text, its buttons, and typing a button's command for a tap. */
describe('a delete asks first (core, as the terminal chat uses it)', () => {
  let core: CoreHarness;
  before(async () => {
    core = await createCoreHarness();
  });
  after(() => core.close());

  test('"delete 12" asks; Confirm deletes once, Cancel keeps it; a missing number is told at once', async () => {
    const driver: ConfirmationDriver<ReadonlyArray<{ label: string; command: string }>> = {
      async send(text) {
        const reply = await core.say('meera', text);
        return { text: reply.text, buttons: reply.buttons.map((button) => button.label), handle: reply.buttons };
      },
      async tap(reply, label) {
        const button = reply.handle.find((entry) => entry.label === label);
        assert.ok(button, `a "${label}" button`);
        return (await core.say('meera', button.command)).text;
      },
      async expenseNumbers() {
        const user = await core.store.findUser('cli', 'meera');
        return user
          ? (await core.store.listExpenses(user.id, {})).map((expense) => expense.number).sort((a, b) => a - b)
          : [];
      },
    };
    await deleteAsksFirst(driver);
  });

  test('undo stays immediate: it takes back what was just added, without a question', async () => {
    const added = await core.say('kabir', '40 tea');
    assert.match((await core.say('kabir', added.buttons[0]?.command ?? '')).text, /^Undone: #1/);
    await core.say('kabir', '60 coffee');
    assert.match((await core.say('kabir', 'undo')).text, /^Undone: #2/);
  });
});
