import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { summaryModel } from '../support/summary-model.ts';
import { type AssistantFixture, createAssistantFixture } from './assistant-fixture.ts';

describe('the tokens a run used', () => {
  let fx: AssistantFixture;
  let user: User;

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('meera');
    await fx.addExpense(user, '320', 'coffee');
  });
  after(() => fx.close());

  it('sum every round, the cached input tokens too: the second round starts as the first did', async () => {
    const model = summaryModel();
    fx.fake.script(model, model);

    const result = await fx.run(user, 'how much this week?');

    assert.equal(result.responseIds.length, 2);
    const [first, second] = fx.fake.responseBodies().slice(-2);
    const prefix = `${second?.instructions}${JSON.stringify(second?.tools)}`;
    assert.equal(`${first?.instructions}${JSON.stringify(first?.tools)}`, prefix);
    // The first round found nothing cached; the second, its instructions and tools (about four characters a token).
    assert.equal(result.usage.cachedInputTokens, Math.floor(prefix.length / 4));
    assert.ok(result.usage.inputTokens > 2 * (result.usage.cachedInputTokens ?? 0));
  });
});
