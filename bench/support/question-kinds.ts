/**
 * The questions the model-cost benchmark asks, in the order of one conversation, with who is expected to answer
 * each and, for the model, the tools a capable model would call first.
 */
import type { ScriptedCall } from '../../test/support/fake-openai-server.ts';

export interface QuestionKind {
  readonly kind: string;
  readonly text: string;
  /** 'core': the question parser answers from SQL with no model call; 'model': a run asks the model. */
  readonly expected: 'core' | 'model';
  /** The model's first turn: the calls it makes before answering (model questions only). */
  readonly calls?: ReadonlyArray<ScriptedCall>;
}

const thisWeek = { kind: 'this_week', days: null, week: null, from: null, to: null };

export const questionKinds: ReadonlyArray<QuestionKind> = [
  { kind: 'total', text: 'how much did I spend this week?', expected: 'core' },
  { kind: 'category follow-up', text: 'and on food?', expected: 'core' },
  { kind: 'biggest', text: 'what was my biggest expense this week?', expected: 'core' },
  { kind: 'comparison', text: 'compared to last week?', expected: 'core' },
  { kind: 'top categories', text: 'what are my top categories this week?', expected: 'core' },
  { kind: 'daily average', text: 'average daily spend this week', expected: 'core' },
  { kind: 'a specific day', text: 'how much did I spend on Tuesday?', expected: 'core' },
  { kind: 'count', text: 'how many expenses this week?', expected: 'core' },
  { kind: 'merchant (as its category)', text: 'how much did I spend at Starbucks this week?', expected: 'core' },
  {
    kind: 'anything unusual',
    text: 'anything unusual this week?',
    expected: 'model',
    calls: [
      { name: 'weekly_stats', arguments: { week: null } },
      { name: 'weekly_stats', arguments: { week: '2030-W45' } },
    ],
  },
  {
    kind: 'where the money goes',
    text: 'where is my money going?',
    expected: 'model',
    calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: null, group_by: 'category' } }],
  },
  {
    kind: 'can I afford',
    text: 'can I afford a 5000 rupee dinner this week?',
    expected: 'model',
    calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: null, group_by: 'none' } }],
  },
  {
    kind: 'more than usual',
    text: 'am I spending more than usual?',
    expected: 'model',
    calls: [
      {
        name: 'spending_summary',
        arguments: {
          period: { kind: 'last_n_days', days: 28, week: null, from: null, to: null },
          category: null,
          group_by: 'week',
        },
      },
    ],
  },
  {
    kind: 'note search',
    text: 'when did I last pay Netflix?',
    expected: 'model',
    calls: [{ name: 'list_expenses', arguments: { period: null, category: 'entertainment', limit: 20 } }],
  },
];
