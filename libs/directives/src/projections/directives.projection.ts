import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { DirectiveTask, ReportingRegime } from '../domain/directive/document';
import { DIRECTIVES_EVENT_TYPES, DirectivesEvent } from '../domain/events';
import { directivesTables } from './tables';

/** Every recorded document with its cascade links, tasks and regimes, and what became of them. */
export const directivesProjection: Projection = {
  name: 'directives.documents',
  migrations: directivesTables,
  tables: ['directives_documents', 'directives_links', 'directives_tasks', 'directives_regimes', 'directives_amendments', 'directives_ad_hoc_requests'],
  handles: DIRECTIVES_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as DirectivesEvent),
};

async function applyEvent(tx: SqlExecutor, event: DirectivesEvent): Promise<void> {
  switch (event.type) {
    case 'DirectiveIssued': {
      const d = event.data;
      const n = d.documentNumber;
      await tx.query(
        `INSERT INTO directives_documents (directive_id, number_raw, number, number_year, symbol, type_code, issuer_code, document_type, issuing_agency_id, place,
           issued_on, issued_year, signer_name, signer_capacity, subject, recipient_agency_ids, effective_from, programme_period, status, status_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12, $13, $14, $15, $16, $17, $18, 'in-force', $11::date)`,
        [
          d.directiveId,
          n.raw,
          n.number,
          n.year,
          n.symbol,
          n.typeCode,
          n.issuerCode,
          d.documentType,
          d.issuingAgencyId,
          d.place,
          d.issuedOn,
          d.issuedOn ? Number(d.issuedOn.slice(0, 4)) : n.year,
          d.signer.name,
          d.signer.capacity,
          d.subject,
          JSON.stringify(d.recipientAgencyIds),
          d.effectiveFrom,
          d.programmePeriod && JSON.stringify(d.programmePeriod),
        ],
      );
      for (const target of d.implementsDirectiveIds) await insertLink(tx, d.directiveId, 'implements', target);
      for (const target of d.basedOnDirectiveIds) await insertLink(tx, d.directiveId, 'based-on', target);
      await insertTasks(tx, d.directiveId, d.tasks, d.issuedOn);
      await insertRegimes(tx, d.directiveId, d.reportingRegimes);
      return;
    }
    case 'DirectiveLinked':
      return insertLink(tx, event.data.directiveId, event.data.relation, event.data.targetDirectiveId);
    case 'DirectiveAmended': {
      const { directiveId, amendedOn, amendingDocument, subject, addedTasks, changedTasks, withdrawnTaskIds, addedReportingRegimes } = event.data;
      await insertRegimes(tx, directiveId, addedReportingRegimes);
      await insertTasks(tx, directiveId, addedTasks, amendedOn);
      for (const task of changedTasks) {
        await tx.query(
          `UPDATE directives_tasks SET section = $3, text = $4, lead_agency_id = $5, coordinating_agency_ids = $6, due_date = $7, reporting_regime_ids = $8, status_from = $9
           WHERE directive_id = $1 AND task_id = $2`,
          [
            directiveId,
            task.taskId,
            task.section,
            task.text,
            task.leadAgencyId,
            JSON.stringify(task.coordinatingAgencyIds),
            task.dueDate,
            JSON.stringify(task.reportingRegimeIds),
            amendedOn,
          ],
        );
      }
      for (const taskId of withdrawnTaskIds) {
        await tx.query(`UPDATE directives_tasks SET status = 'withdrawn', status_from = $3 WHERE directive_id = $1 AND task_id = $2`, [
          directiveId,
          taskId,
          amendedOn,
        ]);
      }
      await tx.query(
        `INSERT INTO directives_amendments (directive_id, sequence, amended_on, amending_document, subject, added_task_ids, changed_task_ids, withdrawn_task_ids, added_regime_ids)
         SELECT $1, COUNT(*) + 1, $2, $3, $4, $5, $6, $7, $8 FROM directives_amendments WHERE directive_id = $1`,
        [
          directiveId,
          amendedOn,
          amendingDocument,
          subject,
          JSON.stringify(addedTasks.map((task) => task.taskId)),
          JSON.stringify(changedTasks.map((task) => task.taskId)),
          JSON.stringify(withdrawnTaskIds),
          JSON.stringify(addedReportingRegimes.map((regime) => regime.regimeId)),
        ],
      );
      return;
    }
    case 'DirectiveSuperseded': {
      const { directiveId, supersededByDirectiveId, effectiveFrom } = event.data;
      await tx.query(`UPDATE directives_documents SET status = 'superseded', status_from = $2, superseded_by_directive_id = $3 WHERE directive_id = $1`, [
        directiveId,
        effectiveFrom,
        supersededByDirectiveId,
      ]);
      return closeOpenTasks(tx, directiveId, 'superseded', effectiveFrom);
    }
    case 'DirectiveRevoked': {
      const { directiveId, effectiveFrom, reason, revokingDocument } = event.data;
      await tx.query(
        `UPDATE directives_documents SET status = 'revoked', status_from = $2, revocation_reason = $3, revoking_document = $4 WHERE directive_id = $1`,
        [directiveId, effectiveFrom, reason, revokingDocument],
      );
      return closeOpenTasks(tx, directiveId, 'cancelled', effectiveFrom);
    }
    case 'AdHocReportRequested': {
      const { directiveId, requestId, regimeId, content, reportingAgencyIds, dueDate, requestedOn } = event.data;
      await tx.query(
        `INSERT INTO directives_ad_hoc_requests (directive_id, request_id, regime_id, content, reporting_agency_ids, due_date, requested_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [directiveId, requestId, regimeId, content, JSON.stringify(reportingAgencyIds), dueDate, requestedOn],
      );
      return;
    }
  }
}

async function insertLink(tx: SqlExecutor, directiveId: string, relation: string, targetDirectiveId: string): Promise<void> {
  await tx.query('INSERT INTO directives_links (directive_id, relation, target_directive_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    directiveId,
    relation,
    targetDirectiveId,
  ]);
}

async function insertTasks(tx: SqlExecutor, directiveId: string, tasks: DirectiveTask[], openedOn: string | null): Promise<void> {
  const start = await nextPosition(tx, 'directives_tasks', directiveId);
  for (const [index, task] of tasks.entries()) {
    await tx.query(
      `INSERT INTO directives_tasks (directive_id, task_id, position, section, text, lead_agency_id, coordinating_agency_ids, due_date, reporting_regime_ids, status, status_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10)`,
      [
        directiveId,
        task.taskId,
        start + index,
        task.section,
        task.text,
        task.leadAgencyId,
        JSON.stringify(task.coordinatingAgencyIds),
        task.dueDate,
        JSON.stringify(task.reportingRegimeIds),
        openedOn,
      ],
    );
  }
}

async function insertRegimes(tx: SqlExecutor, directiveId: string, regimes: ReportingRegime[]): Promise<void> {
  const start = await nextPosition(tx, 'directives_regimes', directiveId);
  for (const [index, regime] of regimes.entries()) {
    await tx.query(
      `INSERT INTO directives_regimes (directive_id, regime_id, position, title, content, reporting_agency_ids, recipient_agency_id, method, frequency, deadline_month, deadline_day, cutoff, active_from, active_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        directiveId,
        regime.regimeId,
        start + index,
        regime.title,
        regime.content,
        JSON.stringify(regime.reportingAgencyIds),
        regime.recipientAgencyId,
        regime.method,
        regime.frequency,
        regime.deadline?.month ?? null,
        regime.deadline?.day ?? null,
        regime.cutoff,
        regime.activeFrom,
        regime.activeUntil,
      ],
    );
  }
}

async function nextPosition(tx: SqlExecutor, table: 'directives_tasks' | 'directives_regimes', directiveId: string): Promise<number> {
  const result = await tx.query<{ next: number | string }>(`SELECT COALESCE(MAX(position) + 1, 0) AS next FROM ${table} WHERE directive_id = $1`, [
    directiveId,
  ]);
  return Number(result.rows[0].next);
}

/** Superseding closes the open tasks as superseded; revoking cancels them. Withdrawn ones stay withdrawn. */
async function closeOpenTasks(tx: SqlExecutor, directiveId: string, status: 'superseded' | 'cancelled', on: string): Promise<void> {
  await tx.query(`UPDATE directives_tasks SET status = $2, status_from = $3 WHERE directive_id = $1 AND status = 'open'`, [directiveId, status, on]);
}
