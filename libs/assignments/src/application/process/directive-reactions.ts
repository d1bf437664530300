import { Injectable } from '@nestjs/common';
import { Clock, CommandContext, localDateAt, RecordedEvent } from '@cpp/eventsourcing';
import type { AdHocReportRequested, DirectiveAmended, DirectiveIssued, DirectiveRevoked, DirectiveSuperseded } from '@cpp/directives';
import { openAdHocReports, recordAdHocRequest } from '../../domain/policies/ad-hoc-requested.policy';
import { applyAmendment, recordAmendment } from '../../domain/policies/directive-amended.policy';
import { closeDirective, closeDirectiveWork } from '../../domain/policies/directive-closed.policy';
import { assignIssuedDirective, recordIssuedDirective } from '../../domain/policies/directive-issued.policy';
import { ReactionFacts } from './reaction-facts';
import { ReactionSender } from './reaction-sender';

/** Follows the directives context: records each fact on the directive's plan, then sends what the policy derives from it. */
@Injectable()
export class DirectiveReactions {
  constructor(
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
    private readonly clock: Clock,
  ) {}

  async issued(event: RecordedEvent, context: CommandContext): Promise<void> {
    const directive = event.data as DirectiveIssued['data'];
    const plan = await this.sender.recordPlan(recordIssuedDirective(directive, { today: localDateAt(this.clock.now()) }), context);
    const recordedOn = localDateAt(new Date(event.metadata.occurredAt));
    await this.sender.send(assignIssuedDirective(directive, { plan, recordedOn, former: await this.facts.formerAgencies() }), context);
  }

  async amended(event: RecordedEvent, context: CommandContext): Promise<void> {
    const amendment = event.data as DirectiveAmended['data'];
    const before = await this.facts.plan(amendment.directiveId);
    const plan = await this.sender.recordPlan(recordAmendment(amendment, { eventId: event.id }), context);
    const [cascades, former] = [await this.facts.cascadesOf(before), await this.facts.formerAgencies()];
    await this.sender.send(applyAmendment(amendment, { before, plan, cascades, former }), context);
  }

  async closed(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const closing = closeDirective({ type: recorded.type, data: recorded.data } as DirectiveSuperseded | DirectiveRevoked);
    const plan = await this.sender.recordPlan(closing, context);
    await this.sender.send(closeDirectiveWork(closing, { plan, cascades: await this.facts.cascadesOf(plan) }), context);
  }

  async adHocRequested(event: RecordedEvent, context: CommandContext): Promise<void> {
    const request = event.data as AdHocReportRequested['data'];
    const plan = await this.sender.recordPlan(recordAdHocRequest(request), context);
    await this.sender.send(openAdHocReports(request, { plan, former: await this.facts.formerAgencies() }), context);
  }
}
