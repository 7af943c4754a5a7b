/**
 * Slack redelivers an event it got no timely 200 for, with `X-Slack-Retry-Num`: DM events and `/expense`
 * commands, each signed and posted again once or twice, some retries racing the first delivery.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { type FakeSlack, startFakeSlack } from '../test/support/fake-slack-server.ts';
import type { FaultRow } from './fault-row.ts';
import { tally } from './fault-row.ts';
import { inParallel, startFaultStack, waitForSettled } from './finbot-stack.ts';

const signingSecret = 'faults-slack-signing-secret';
const teamId = 'T0FAULTS';
const users = Array.from({ length: 40 }, (_, i) => `U${String(i).padStart(6, '0')}`);

export async function slackRetries(count: number): Promise<FaultRow> {
  const slack = await startFakeSlack({ users: users.map((id) => ({ id, name: id.toLowerCase() })) });
  const stack = await startFaultStack('slack-retries');
  let failed = true;
  try {
    await stack.finbot('start', 'start', {
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
    });
    const eventsUrl = `http://127.0.0.1:${stack.port}/slack/events`;
    const items = Array.from({ length: count }, (_, i) => ({
      kind: i % 2 === 0 ? ('event' as const) : ('command' as const),
      user: users[i % users.length] as string,
      amount: 100 + i,
      id: randomUUID().replaceAll('-', ''),
      responseUrl: slack.newResponseUrl(),
    }));
    /** Every ack body, with its amount: a command answers in its ack, and a user sees every ack that says so. */
    const acks: Array<{ amount: number; body: string }> = [];
    let sent = 0;
    await inParallel(items, 8, async (item, i) => {
      const body = item.kind === 'event' ? eventBody(slack, item) : commandBody(item);
      const contentType = item.kind === 'event' ? 'application/json' : 'application/x-www-form-urlencoded';
      const retries = i % 4 === 0 ? 2 : 1;
      const post = (retryNum: number) => signedPost(eventsUrl, body, contentType, retryNum);
      const bodies =
        i % 3 === 0
          ? await Promise.all([post(0), ...Array.from({ length: retries }, (_, r) => post(r + 1))])
          : [await post(0)];
      if (i % 3 !== 0) for (let r = 1; r <= retries; r++) bodies.push(await post(r));
      for (const body of bodies) acks.push({ amount: item.amount, body });
      sent += 1 + retries;
    });

    const expected = items.map((item) => String(item.amount));
    const commandAmounts = new Set(items.filter((item) => item.kind === 'command').map((item) => item.amount));
    const answered = () => {
      const keys: string[] = [];
      for (const call of slack.callsTo('chat.postMessage')) keys.push(amountIn(JSON.stringify(call.body)));
      for (const call of slack.callsTo('response_url')) keys.push(amountIn(JSON.stringify(call.body)));
      for (const ack of acks) {
        if (commandAmounts.has(ack.amount) && ack.body.includes('Added #')) keys.push(String(ack.amount));
      }
      return keys.filter((key) => key !== '');
    };
    await waitForSettled(
      () => answered().length >= expected.length,
      () => answered().length,
      30_000,
    );
    const replies = tally(expected, answered());
    const doubled = [...new Set(answered().filter((key, index, all) => all.indexOf(key) !== index))];
    const rows = await stack.query<{ amount: string }>(
      `select e.amount_minor::text as amount from expenses e where e.deleted_at is null`,
    );
    const stored = tally(
      expected,
      rows.map((row) => String(Number(row.amount) / 100)),
    );
    const lost = new Set([...replies.missing, ...stored.missing]).size;
    const row: FaultRow = {
      scenario: 'slack retries (events + commands)',
      sent,
      expected: expected.length,
      delivered: expected.length - lost,
      duplicates: replies.duplicates + stored.duplicates,
      lost,
      note: `${count / 2} DM events + ${count / 2} commands, each retried 1-2 times; ${rows.length} expenses stored${doubled.length > 0 ? `; confirmed twice: ${doubled.slice(0, 5).join(', ')}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
    await slack.close();
  }
}

async function signedPost(url: string, body: string, contentType: string, retryNum: number): Promise<string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(retryNum > 0 ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
    },
    body,
    signal: AbortSignal.timeout(30_000),
  }).catch(() => undefined);
  if (response && response.status >= 500) {
    // Slack redelivers what was not answered 2xx; a 503 (still starting) is tried again shortly, as Slack does.
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return signedPost(url, body, contentType, retryNum + 1);
  }
  return response ? await response.text() : '';
}

interface Item {
  readonly user: string;
  readonly amount: number;
  readonly id: string;
  readonly responseUrl: string;
}

function eventBody(slack: FakeSlack, item: Item): string {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(item.amount).padStart(6, '0')}`;
  return JSON.stringify({
    token: 'unused',
    team_id: teamId,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${item.id.slice(0, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: slack.botUserId, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message',
      channel: `D${item.user}`,
      channel_type: 'im',
      user: item.user,
      text: `${item.amount} groceries`,
      ts,
      event_ts: ts,
      team: teamId,
      client_msg_id: item.id,
    },
  });
}

function commandBody(item: Item): string {
  return new URLSearchParams({
    token: 'unused',
    team_id: teamId,
    team_domain: 'faults',
    channel_id: 'C0CHANNEL',
    channel_name: 'general',
    user_id: item.user,
    user_name: item.user.toLowerCase(),
    command: '/expense',
    text: `${item.amount} groceries`,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: item.responseUrl,
    trigger_id: `${item.amount}.${item.id}`,
  }).toString();
}

/** The amount in a reply ("Added #3: ₹1,234.00 · groceries") as plain digits, or "" when there is none. */
function amountIn(text: string): string {
  if (!text.includes('Added #')) return '';
  const match = /([\d,]+)\.00/.exec(text);
  return match ? String(Number(match[1]?.replaceAll(',', ''))) : '';
}
