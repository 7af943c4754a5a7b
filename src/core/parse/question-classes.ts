/** The kinds of spending question the core answers without a model, for help texts, docs and other code. */
import type { QuestionClass } from '../domain/spending-question.ts';

export interface QuestionClassInfo {
  /** The measure a question of this class asks for, or a name for what changes the scope of any measure. */
  readonly name: QuestionClass | 'period' | 'currency' | 'follow_up';
  readonly description: string;
  readonly examples: ReadonlyArray<string>;
}

const classes: ReadonlyArray<QuestionClassInfo> = [
  {
    name: 'total',
    description: 'What was spent in a period, maybe on one category, per currency',
    examples: ['how much did I spend this week?', 'what have I spent on takeaways this month', 'petrol last month?'],
  },
  {
    name: 'period',
    description:
      'Any question can name its period; without one it covers this week (averages: this month); "overall" or "ever" covers all time',
    examples: [
      'between 3 and 9 Nov',
      'from the 1st to the 10th',
      'since monday',
      'in the last 10 days',
      'on the 14th',
      'last weekend',
      'in October',
      'since September',
      'last quarter',
      'this year',
      'overall',
      'is mahine',
    ],
  },
  {
    name: 'biggest',
    description: 'The largest expenses, one list per currency',
    examples: ['biggest expense this month', 'top 3 expenses last week', 'what was my most expensive thing yesterday'],
  },
  {
    name: 'top_category',
    description: 'The category with the largest total, and the next two',
    examples: [
      'where did most of my money go this month',
      'which category did I spend most on',
      'top category last week',
    ],
  },
  {
    name: 'average',
    description:
      'Per day (the total over the days of the period up to today) or per expense (the total over their count), rounded half up',
    examples: ['average daily spending this month', 'how much do I spend a day on average', 'avg coffee'],
  },
  {
    name: 'compare',
    description: 'Two periods or two categories side by side, with the difference per currency',
    examples: ['this week vs last week', 'compare october and november', 'food or transport in October?'],
  },
  {
    name: 'breakdown',
    description: 'Totals by day, week, month or category; by week or month they end with the average a week or a month',
    examples: [
      'daily breakdown this week',
      'spending by week this month',
      'per category last month',
      'monthly average',
    ],
  },
  {
    name: 'count',
    description: 'How many expenses, and what they add up to',
    examples: ['how many times did I buy coffee this month', 'how many expenses yesterday'],
  },
  {
    name: 'currency',
    description: 'Only the expenses recorded in one currency; amounts are never converted',
    examples: ['how much in dollars this month', 'total in EUR'],
  },
  {
    name: 'follow_up',
    description: 'Changes only the period or only the category of the last question and keeps what it asked',
    examples: ['and last week?', 'and the week before?', 'what about October?', 'and food?', 'just groceries?'],
  },
];

/** Every class of question the core answers itself, with a line on each and examples it understands. */
export function listQuestionClasses(): ReadonlyArray<QuestionClassInfo> {
  return classes;
}
