/** The OpenAPI 3.1 description of finbot's HTTP endpoints, served at GET /api/v1/openapi.json. */
import { budgetsSchema } from './budgets-openapi.ts';

const amount = {
  type: 'object',
  required: ['minor', 'amount', 'count'],
  properties: {
    minor: { type: 'integer', description: 'Exact sum in the currency’s minor units (paise, cents).' },
    amount: { type: 'string', description: 'The same sum as a decimal string, e.g. "1250.50".', examples: ['1250.50'] },
    count: { type: 'integer', description: 'Number of expenses.' },
  },
} as const;

const error = {
  description: 'Error',
  content: {
    'application/json': {
      schema: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
    },
  },
} as const;

const userParameters = [
  {
    name: 'platform',
    in: 'path',
    required: true,
    schema: { type: 'string', enum: ['telegram', 'slack', 'cli', 'http'] },
  },
  {
    name: 'platformUserId',
    in: 'path',
    required: true,
    description:
      'The user’s id on the platform, URL-encoded: Telegram "12345", Slack "T0123:U0456". At most 128 characters, no control characters.',
    schema: { type: 'string', minLength: 1, maxLength: 128 },
  },
] as const;

const authErrors = {
  '401': { ...error, description: 'Missing or wrong bearer token.' },
  '404': { ...error, description: 'No such user.' },
  '503': { ...error, description: 'The API is disabled: API_TOKEN is not set.' },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'finbot',
    version: '1',
    description:
      'Stats of finbot users and the service’s health. Every sum is computed by the database; money is exact ' +
      'minor units plus a decimal string, per ISO 4217 currency, never mixed across currencies.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The API_TOKEN setting.' } },
    schemas: {
      Amount: amount,
      Budgets: budgetsSchema,
      UserRef: {
        type: 'object',
        properties: {
          platform: { type: 'string' },
          platformUserId: { type: 'string' },
          timeZone: { type: 'string', examples: ['Asia/Kolkata'] },
        },
      },
      WeeklyStats: {
        type: 'object',
        description: 'The same JSON as `finbot stats --json`.',
        required: ['user', 'week', 'from', 'to', 'currencies'],
        properties: {
          user: { $ref: '#/components/schemas/UserRef' },
          week: { type: 'string', examples: ['2026-W47'] },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          currencies: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                currency: { type: 'string', examples: ['INR'] },
                total: { $ref: '#/components/schemas/Amount' },
                byCategory: {
                  type: 'array',
                  items: {
                    allOf: [
                      { $ref: '#/components/schemas/Amount' },
                      { type: 'object', properties: { category: { type: 'string' } } },
                    ],
                  },
                },
                byDay: {
                  type: 'array',
                  items: {
                    allOf: [
                      { $ref: '#/components/schemas/Amount' },
                      { type: 'object', properties: { date: { type: 'string', format: 'date' } } },
                    ],
                  },
                },
              },
            },
          },
        },
      },
      RangeStats: {
        type: 'object',
        required: ['user', 'from', 'to', 'group', 'currencies'],
        properties: {
          user: { $ref: '#/components/schemas/UserRef' },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          group: { type: 'string', enum: ['category', 'day', 'week'] },
          currencies: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                currency: { type: 'string' },
                total: { $ref: '#/components/schemas/Amount' },
                groups: {
                  type: 'array',
                  items: {
                    allOf: [
                      { $ref: '#/components/schemas/Amount' },
                      {
                        type: 'object',
                        required: ['key'],
                        properties: {
                          key: {
                            type: 'string',
                            description: 'The category, the date (YYYY-MM-DD) or the ISO week (2026-W47).',
                          },
                          from: { type: 'string', format: 'date', description: 'Weeks: first day inside the range.' },
                          to: { type: 'string', format: 'date', description: 'Weeks: last day inside the range.' },
                        },
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    '/api/v1/users/{platform}/{platformUserId}/stats/weekly': {
      get: {
        summary: 'A user’s stats for one ISO week (Monday to Sunday)',
        security: [{ bearer: [] }],
        parameters: [
          ...userParameters,
          {
            name: 'week',
            in: 'query',
            required: false,
            description:
              'ISO week of a year from 2000 to 2100; defaults to the user’s current week in their time zone.',
            schema: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', examples: ['2026-W47'] },
          },
        ],
        responses: {
          '200': {
            description: 'Stats',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/WeeklyStats' } } },
          },
          '400': { ...error, description: 'Not an ISO week of 2000–2100, or a malformed user id.' },
          ...authErrors,
        },
      },
    },
    '/api/v1/users/{platform}/{platformUserId}/stats': {
      get: {
        summary: 'A user’s sums over a date range, grouped by category, day or ISO week',
        security: [{ bearer: [] }],
        parameters: [
          ...userParameters,
          {
            name: 'from',
            in: 'query',
            required: true,
            description: 'A date from 2000-01-01 to 2100-12-31.',
            schema: { type: 'string', format: 'date' },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            description: 'A date from 2000-01-01 to 2100-12-31.',
            schema: { type: 'string', format: 'date' },
          },
          {
            name: 'group',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['category', 'day', 'week'], default: 'category' },
          },
        ],
        responses: {
          '200': {
            description: 'Sums',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/RangeStats' } } },
          },
          '400': {
            ...error,
            description:
              'A missing or malformed date, one outside 2000–2100, from after to, an unknown group, or a malformed user id.',
          },
          ...authErrors,
        },
      },
    },
    '/api/v1/users/{platform}/{platformUserId}/budgets': {
      get: {
        summary: 'A user’s budgets and where each stands in its current week or month',
        security: [{ bearer: [] }],
        parameters: [
          ...userParameters,
          {
            name: 'date',
            in: 'query',
            required: false,
            description:
              'A date from 2000-01-01 to 2100-12-31 to see the budgets on (spending counted up to it); defaults to the user’s today.',
            schema: { type: 'string', format: 'date' },
          },
        ],
        responses: {
          '200': {
            description: 'Budgets',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Budgets' } } },
          },
          '400': { ...error, description: 'A malformed date, one outside 2000–2100, or a malformed user id.' },
          ...authErrors,
        },
      },
    },
    '/healthz': {
      get: {
        summary: 'The process is up',
        responses: { '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/readyz': {
      get: {
        summary: 'The database and Redis are reachable',
        responses: {
          '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object' } } } },
          '503': { description: 'A dependency is failing; the body names it.' },
        },
      },
    },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics',
        responses: { '200': { description: 'Text exposition format', content: { 'text/plain': {} } } },
      },
    },
    '/api/v1/openapi.json': {
      get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
    },
  },
} as const;
