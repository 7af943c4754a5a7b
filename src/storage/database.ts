/** The Kysely `Database` interface: every table finbot stores, typed once. */
import type { BudgetAlertTable, BudgetTable } from './budget-table.ts';
import type { CategoryMemoryTable } from './category-memory-table.ts';
import type { ChangeProposalTable } from './change-proposal-table.ts';
import type { DigestDeliveryTable } from './digest-delivery-table.ts';
import type { DigestRecipientTable } from './digest-recipient-table.ts';
import type { ExpenseTable } from './expense-table.ts';
import type { FileDeliveryTable } from './file-delivery-table.ts';
import type { InboundMessageTable } from './inbound-message-table.ts';
import type { RecurringOccurrenceTable } from './recurring-occurrence-table.ts';
import type { RecurringRuleTable } from './recurring-rule-table.ts';
import type { DeploymentTable } from './runs/deployment-table.ts';
import type { RunTable } from './runs/run-table.ts';
import type { ThreadMessageTable } from './thread-message-table.ts';
import type { ThreadTable } from './thread-table.ts';
import type { UserTable } from './user-table.ts';
import type { WebLoginLinkTable } from './web/web-login-link-table.ts';
import type { WebSessionTable } from './web/web-session-table.ts';

export interface Database {
  users: UserTable;
  threads: ThreadTable;
  thread_messages: ThreadMessageTable;
  expenses: ExpenseTable;
  inbound_messages: InboundMessageTable;
  runs: RunTable;
  category_memories: CategoryMemoryTable;
  deployment: DeploymentTable;
  change_proposals: ChangeProposalTable;
  digest_deliveries: DigestDeliveryTable;
  digest_recipients: DigestRecipientTable;
  budgets: BudgetTable;
  budget_alerts: BudgetAlertTable;
  recurring_rules: RecurringRuleTable;
  recurring_occurrences: RecurringOccurrenceTable;
  file_deliveries: FileDeliveryTable;
  web_login_links: WebLoginLinkTable;
  web_sessions: WebSessionTable;
}
