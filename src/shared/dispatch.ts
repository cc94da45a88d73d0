import * as v from 'valibot';
import {
  type BackgroundHandlers,
  type CallContext,
  describeIssues,
  envelopeSchema,
  isMethod,
  requestSchemas,
} from './messages';
import { fail, ok, type Result } from './result';

export type Logger = (line: string) => void;

/**
 * Validates one incoming message and runs its handler. Never throws: a message of the wrong shape,
 * an unknown method or a failing handler all become an error reply, and a log line.
 */
export async function dispatch(
  message: unknown,
  context: CallContext,
  handlers: BackgroundHandlers,
  log: Logger,
): Promise<Result<unknown>> {
  const envelope = v.safeParse(envelopeSchema, message);
  if (!envelope.success) {
    const reason = `not a Lentera message (${describeIssues(envelope.issues)})`;
    log(`rejected message: ${reason}`);
    return fail('bad-request', reason);
  }
  const { method, params } = envelope.output;
  if (!isMethod(method)) {
    log(`rejected message: unknown method ${JSON.stringify(method.slice(0, 80))}`);
    return fail('unknown-method', `unknown method "${method.slice(0, 80)}"`);
  }
  const parsed = v.safeParse(requestSchemas[method], params);
  if (!parsed.success) {
    const reason = `${method}: ${describeIssues(parsed.issues)}`;
    log(`rejected message: ${reason}`);
    return fail('bad-request', reason);
  }
  try {
    // The schema and the handler are keyed by the same method, so this pairing is sound.
    const handler = handlers[method] as (p: unknown, c: CallContext) => Promise<unknown>;
    return ok(await handler(parsed.output, context));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`${method} failed: ${reason}`);
    return fail('internal', `${method} failed: ${reason}`);
  }
}
