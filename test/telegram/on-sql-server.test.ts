/** The Telegram end-to-end tests (the fake Bot API, polling and webhook) again, with the core on SQL Server. */
import { againOnSqlServer } from '../support/again-on-sql-server.ts';

againOnSqlServer(new URL('.', import.meta.url), import.meta.url, /\bstartTelegramHarness\(/);
