/**
 * Message keys for the core's exactly-once handling. Each names one delivery so that Slack's retries of it
 * (`X-Slack-Retry-Num`) carry the same key, and two different user actions never share one.
 */

/** A slash command has no id of its own; its trigger_id is unique per invocation and repeated in a retry. */
export function commandKey(teamId: string, userId: string, triggerId: string | undefined, responseUrl: string): string {
  return `slack:cmd:${teamId}:${userId}:${triggerId || responseUrl}`;
}

/** Events API deliveries: event_id is the same in every retry of an event. */
export function eventKey(eventId: string): string {
  return `slack:event:${eventId}`;
}

/** A button tap: action_ts is unique per tap; without it, the message and button name the action. */
export function actionKey(
  teamId: string,
  userId: string,
  action: { action_ts?: string; action_id: string },
  messageTs: string | undefined,
): string {
  const id = action.action_ts || `${messageTs ?? 'none'}:${action.action_id}`;
  return `slack:action:${teamId}:${userId}:${id}`;
}

/** The core's user id for a Slack user: users are per workspace. */
export function slackUserId(teamId: string, userId: string): string {
  return `${teamId}:${userId}`;
}
