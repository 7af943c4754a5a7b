/** The extraction's two tools: record_expense with the fields of one expense, or not_an_expense. */
import { z } from 'zod';
import type { ModelToolDefinition } from '../model-client.ts';

/** Types only: every value is checked by validateExtraction, which can say what was wrong. */
export const recordExpenseSchema = z.strictObject({
  amount: z
    .string()
    .describe(
      'The amount in major units as a plain decimal string, exactly as meant: "250", "37000", "1250.50", with a dot for decimals. No currency symbol, no words.',
    ),
  currency: z
    .string()
    .nullable()
    .describe("ISO 4217 code such as INR, USD or EUR when the message names a currency; null for the user's own."),
  category: z
    .string()
    .describe("One of the listed categories when one fits; otherwise a word or two of the user's own."),
  date: z.string().nullable().describe("The day it was spent, YYYY-MM-DD in the user's calendar; null for today."),
  note: z
    .string()
    .nullable()
    .describe('What else the message says (the shop, place or person), briefly; null when nothing.'),
});

export type RecordExpenseArguments = z.output<typeof recordExpenseSchema>;

export const notAnExpenseSchema = z.strictObject({
  reason: z.string().describe('A few words on why this is not one expense.'),
});

export const recordExpenseToolName = 'record_expense';
export const notAnExpenseToolName = 'not_an_expense';

export const extractionTools: ReadonlyArray<ModelToolDefinition> = [
  definition(
    recordExpenseToolName,
    'Record the one expense this message is about. finbot checks every value before storing it.',
    recordExpenseSchema,
  ),
  definition(
    notAnExpenseToolName,
    'Use instead of record_expense when the message does not record money the user spent (a greeting, a question, income, a plan), or names no amount.',
    notAnExpenseSchema,
  ),
];

function definition(name: string, description: string, schema: z.ZodType): ModelToolDefinition {
  const { $schema: _dialect, ...parameters } = z.toJSONSchema(schema) as Record<string, unknown>;
  return { name, description, parameters, strict: true };
}
