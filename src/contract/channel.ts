// A channel is one receiver's surface: each method's params schema and reply type side by side.
// Messages are validated on arrival (a message is input, and input can be hostile); handlers are a
// typed map, so a missing handler is a compile error; callers go through typed functions
// (callers.ts). Every channel uses one envelope, `{lentera: 1, channel, method, params}`, and every
// reply is a `Result`.
import * as v from 'valibot';
import { ApiFailure, fail, ok, type Result } from './result';

/** One method: the schema its params are checked with, and the type of its reply (a type only). */
export interface MethodSpec<S extends v.GenericSchema = v.GenericSchema, R = unknown> {
  params: S;
  /** Never read at run time: carries the reply type. */
  reply?: R;
}

/** Declares a method: `method(schema).returns<Reply>()`. */
export const method = <S extends v.GenericSchema>(params: S) => ({
  returns: <R>(): MethodSpec<S, R> => ({ params }),
});

export type Api = Record<string, MethodSpec>;

export interface Channel<A extends Api> {
  /** Written into every envelope: a receiver answers only its own channel. */
  name: string;
  api: A;
}

export type MethodOf<A extends Api> = Extract<keyof A, string>;
export type ParamsOf<A extends Api, M extends MethodOf<A>> = v.InferOutput<A[M]['params']>;
export type ReplyOf<A extends Api, M extends MethodOf<A>> = Exclude<A[M]['reply'], undefined>;
export type Handlers<A extends Api, C> = {
  [M in MethodOf<A>]: (params: ParamsOf<A, M>, context: C) => Promise<ReplyOf<A, M>>;
};

export interface Envelope {
  lentera: 1;
  channel: string;
  method: string;
  params: unknown;
}

const envelopeSchema = v.object({
  lentera: v.literal(1),
  channel: v.pipe(v.string(), v.maxLength(40)),
  method: v.pipe(v.string(), v.maxLength(200)),
  params: v.unknown(),
});

/** The message for a method of a channel (by the channel's name, so a caller needs no schemas). */
export const envelope = <A extends Api, M extends MethodOf<A>>(
  channel: string,
  name: M,
  params: ParamsOf<A, M>,
): Envelope => ({ lentera: 1, channel, method: name, params });

/** Whether a message is addressed to this channel (a cheap look, before any validation). */
export function isFor(channel: Channel<Api>, message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { channel?: unknown }).channel === channel.name
  );
}

export type Logger = (line: string) => void;

/**
 * Validates one incoming message and runs its handler. Never throws: a message of the wrong shape,
 * an unknown method or a failing handler all become an error reply, and a log line.
 */
export async function dispatch<A extends Api, C>(
  channel: Channel<A>,
  message: unknown,
  context: C,
  handlers: Handlers<A, C>,
  log: Logger,
): Promise<Result<unknown>> {
  const parsed = v.safeParse(envelopeSchema, message);
  if (!parsed.success || parsed.output.channel !== channel.name) {
    const reason = parsed.success
      ? `not for ${channel.name}`
      : `not a Lentera message (${describeIssues(parsed.issues)})`;
    log(`rejected message: ${reason}`);
    return fail('bad-request', reason);
  }
  const { method: name, params } = parsed.output;
  if (!Object.hasOwn(channel.api, name)) {
    log(`rejected message: unknown method ${JSON.stringify(name.slice(0, 80))}`);
    return fail('unknown-method', `unknown method "${name.slice(0, 80)}"`);
  }
  const spec = channel.api[name] as MethodSpec;
  const checked = v.safeParse(spec.params, params);
  if (!checked.success) {
    const reason = `${name}: ${describeIssues(checked.issues)}`;
    log(`rejected message: ${reason}`);
    return fail('bad-request', reason);
  }
  try {
    // The schema and the handler are keyed by the same method, so this pairing is sound.
    const handler = handlers[name as MethodOf<A>] as (p: unknown, c: C) => Promise<unknown>;
    return ok(await handler(checked.output, context));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`${name} failed: ${reason}`);
    return fail(error instanceof ApiFailure ? error.code : 'internal', `${name} failed: ${reason}`);
  }
}

/** Explains the first problems of a failed validation as `path: reason`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
