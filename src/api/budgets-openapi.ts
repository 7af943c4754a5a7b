/** The OpenAPI schema of GET /api/v1/users/{platform}/{platformUserId}/budgets (see budgets-json.ts). */

const money = {
  type: 'object',
  required: ['minor', 'amount'],
  properties: {
    minor: { type: 'integer', description: 'Exact minor units (paise, cents); negative for an overspent remainder.' },
    amount: { type: 'string', description: 'The same as a decimal string, e.g. "1250.50".', examples: ['1250.50'] },
  },
} as const;

export const budgetsSchema = {
  type: 'object',
  required: ['user', 'date', 'budgets'],
  properties: {
    user: { $ref: '#/components/schemas/UserRef' },
    date: { type: 'string', format: 'date', description: 'The user’s date the budgets stand on.' },
    budgets: {
      type: 'array',
      description: 'Overall budgets first, then by category; one per category and currency, never converted.',
      items: {
        type: 'object',
        required: [
          'id',
          'category',
          'period',
          'currency',
          'from',
          'to',
          'amount',
          'spent',
          'remaining',
          'percent',
          'daysLeft',
          'alerted',
        ],
        properties: {
          id: { type: 'integer' },
          category: { type: ['string', 'null'], description: 'null for the overall budget (every category).' },
          period: { type: 'string', enum: ['week', 'month'] },
          currency: { type: 'string', examples: ['INR'] },
          from: {
            type: 'string',
            format: 'date',
            description: 'First day of the current period (weeks start on the user’s week start).',
          },
          to: { type: 'string', format: 'date', description: 'Last day of the current period.' },
          amount: money,
          spent: {
            ...money,
            description: 'Live expenses of the currency (and category) in the period, summed by the database.',
          },
          remaining: money,
          percent: { type: 'integer', description: 'Whole percent of the amount spent, rounded down; may pass 100.' },
          daysLeft: { type: 'integer', description: 'Days from the date to the period’s last day, both counted.' },
          alerted: {
            type: 'array',
            items: { type: 'integer', enum: [80, 100] },
            description: 'Thresholds already alerted in this period (each is alerted once per period).',
          },
        },
      },
    },
  },
} as const;
