/** The shape every assistant tool shares: a zod schema the arguments must pass, and a run bound to one user. */
import { z } from 'zod';
import type { User } from '../../domain/user.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';
import type { ModelToolDefinition } from '../model-client.ts';
import type { RunChanges } from '../run-changes.ts';

/** Everything a tool acts with. The user is fixed here by the caller; no tool argument can name another. */
export interface ToolContext {
  readonly store: LedgerStore;
  readonly user: User;
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  /** The current instant, ISO-8601 UTC. */
  readonly now: string;
  /** The run's key; an expense a call adds gets the source key `${sourceKeyPrefix}:${callId}`. */
  readonly sourceKeyPrefix: string;
  /** Largest accepted expense, in major units. */
  readonly maxAmountMajor: number;
  /** What the run's tools added and proposed; edits and deletions are only proposed here, never applied. */
  readonly changes: RunChanges;
}

export interface ToolOutcome {
  /** What the model reads, as JSON: `ok` plus data, or `ok: false` and `error`. */
  readonly result: Readonly<Record<string, unknown>>;
  /** The same facts as a sentence for the user, used when the model's reply cannot be trusted; null if nothing to tell. */
  readonly summary: string | null;
  /** Thread events for changes the tool made ("expense #12 added: …"). */
  readonly events?: ReadonlyArray<string>;
}

export interface AssistantTool {
  readonly definition: ModelToolDefinition;
  /** Validates `args` against the schema first; invalid arguments come back as an error result, never a throw. */
  run(args: unknown, ctx: ToolContext, callId: string): Promise<ToolOutcome>;
}

interface ToolSpec<S extends z.ZodType> {
  readonly name: string;
  readonly description: string;
  /** A strict object schema: unknown fields are refused, optional values are nullable. */
  readonly schema: S;
  run(args: z.output<S>, ctx: ToolContext, callId: string): Promise<ToolOutcome>;
}

/** A tool from its zod schema: the JSON Schema the model sees is generated from the same schema that validates. */
export function defineTool<S extends z.ZodType>(spec: ToolSpec<S>): AssistantTool {
  const { $schema: _dialect, ...parameters } = z.toJSONSchema(spec.schema) as Record<string, unknown>;
  return {
    definition: { name: spec.name, description: spec.description, parameters, strict: true },
    run: async (args, ctx, callId) => {
      const parsed = spec.schema.safeParse(args);
      if (!parsed.success) return toolError(`Invalid arguments for ${spec.name}: ${describeIssues(parsed.error)}`);
      return spec.run(parsed.data, ctx, callId);
    },
  };
}

/** An error result for the model; `summary` is what the user may be told if the model's answer is replaced. */
export function toolError(message: string, summary: string | null = null): ToolOutcome {
  return { result: { ok: false, error: message }, summary };
}

export function toolSuccess(
  data: Record<string, unknown>,
  summary: string | null,
  events?: ReadonlyArray<string>,
): ToolOutcome {
  return { result: { ok: true, ...data }, summary, ...(events ? { events } : {}) };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
