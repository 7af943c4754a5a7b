import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { listQuestionClasses } from '../../src/core/parse/question-classes.ts';
import { parseContext } from './parse-fixture.ts';

describe('the list of question classes the core answers without a model', () => {
  for (const questionClass of listQuestionClasses()) {
    for (const example of questionClass.examples) {
      test(`"${example}" (${questionClass.name}) is read as a question, not left to the model`, () => {
        const intent = parseMessage(example, parseContext);
        assert.equal(intent.kind, 'summary', JSON.stringify(intent));
        const measure = intent.kind === 'summary' ? (intent.measure?.kind ?? 'total') : undefined;
        if (!['period', 'currency', 'follow_up'].includes(questionClass.name)) {
          assert.equal(measure, questionClass.name);
        }
      });
    }
  }
});
