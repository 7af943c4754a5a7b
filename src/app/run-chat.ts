/**
 * `finbot chat`: the terminal chat. With a model configured, questions become runs, carried by BullMQ workers
 * in this process when Redis answers, or inline (same run code, no queue) when it does not. Files asked for
 * ("export november", "report november") are made in this process and written to the working folder.
 */

import { runTerminalChat } from '../bots/terminal/terminal-chat.ts';
import { createTerminalFileSender } from '../bots/terminal/terminal-file-sender.ts';
import { createTerminalReplySender } from '../bots/terminal/terminal-reply-sender.ts';
import type { FileScheduler } from '../core/ports/file-scheduler.ts';
import type { RunProcessorDeps } from '../core/runs/process-thread-runs.ts';
import { textReply } from '../core/service/inbound-message.ts';
import { isRedisReachable } from '../infra/redis-connection.ts';
import { deliverRun } from '../jobs/deliveries/deliver-run.ts';
import { type Jobs, startJobs } from '../jobs/start-jobs.ts';
import { createReportRenderer } from '../reports/create-report-renderer.ts';
import { type App, createHandler } from './app-parts.ts';
import { createAssistantExecutor } from './create-assistant.ts';
import { createInlineFileScheduler } from './inline-file-scheduler.ts';
import { createInlineRunScheduler } from './inline-run-scheduler.ts';
import { runSettingsFrom } from './run-settings.ts';

export async function runChat(app: App, userName: string): Promise<void> {
  const executor = createAssistantExecutor(app);
  const sender = createTerminalReplySender();
  const senders = { cli: sender };
  const runs = runSettingsFrom(app.config);
  let jobs: Jobs | undefined;
  let notice = '';

  const files = inlineFiles(app, sender);
  let handler = createHandler(app, undefined, undefined, files);
  if (executor) {
    if (await isRedisReachable(app.config.REDIS_URL)) {
      jobs = await startJobs({
        redisUrl: app.config.REDIS_URL,
        prefix: app.config.QUEUE_PREFIX,
        store: app.store,
        clock: app.clock,
        workers: {
          ...runs,
          executor,
          senders,
          onError: (error) => app.log.error({ err: error }, 'worker error'),
        },
      });
      handler = createHandler(app, jobs.runs, undefined, files);
    } else {
      const inline: RunProcessorDeps = {
        ...runs,
        store: app.store,
        clock: app.clock,
        executor,
        deliver: (run) => deliverRun(app.store, senders, app.clock, run.id).then(() => undefined),
      };
      handler = createHandler(app, createInlineRunScheduler(inline), undefined, files);
      notice = `(No Redis at ${app.config.REDIS_URL}: questions for the model are answered in this process.)\n`;
    }
  }

  try {
    await runTerminalChat({
      handleMessage: handler,
      awaitAnswer: (key) => sender.waitFor(key),
      userName,
      input: process.stdin,
      output: process.stdout,
      greeting: 'finbot — your spending, by chat.\n',
      notice,
      onError: (error) => app.log.error({ err: error }, 'message failed'),
    });
  } finally {
    await jobs?.close();
  }
}

/** Exports and reports of the terminal chat: made at once and written to the working folder. */
function inlineFiles(app: App, sender: ReturnType<typeof createTerminalReplySender>): FileScheduler {
  return createInlineFileScheduler(
    {
      store: app.store,
      renderer: createReportRenderer(app.clock),
      senders: { cli: createTerminalFileSender(process.cwd(), sender) },
      clock: app.clock,
    },
    async (id, error) => {
      app.log.error({ err: error, fileDeliveryId: id }, 'file could not be made');
      // No worker serves the terminal: the request is closed here, not left for a sweep that has no way to send it.
      await app.store.markFileRefused(id, `terminal: ${error instanceof Error ? error.message : String(error)}`);
      const delivery = await app.store.findFileDelivery(id);
      if (delivery?.replyTarget) {
        await sender.send(
          delivery.replyTarget,
          textReply('run_failed', 'Sorry, I could not make that file. Please try again.'),
        );
      }
    },
  );
}
