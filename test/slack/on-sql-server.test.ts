/** The Slack end-to-end tests (the fake Web API, HTTP and Socket Mode) again, with the core on SQL Server. */
import { againOnSqlServer } from '../support/again-on-sql-server.ts';

againOnSqlServer(new URL('.', import.meta.url), import.meta.url, /\bstartSlackHarness\(/);
