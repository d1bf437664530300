import { create } from '@bufbuild/protobuf';
import { TaskAssigned, TaskRole } from '@cpp/assignments';
import { AssignmentRole, OutboundMapper, TaskAssignedSchema } from '@cpp/messaging';

const ROLES: Record<TaskRole, AssignmentRole> = { lead: AssignmentRole.LEAD, coordinator: AssignmentRole.COORDINATING, delegated: AssignmentRole.DELEGATED };

/** A directive's task for the agency (chủ trì or phối hợp), or one handed down to it. */
export const taskAssignedMapper: OutboundMapper<TaskAssigned['data']> = ({ data }) => ({
  agencyId: data.assigneeAgencyId,
  payload: {
    case: 'taskAssigned',
    value: create(TaskAssignedSchema, {
      taskId: data.taskId,
      directiveId: data.directiveId,
      documentNumber: data.documentNumber ?? '',
      section: data.section,
      text: data.text,
      role: ROLES[data.role],
      assigningAgencyId: data.assignedByAgencyId,
      dueDate: data.dueDate ?? '',
      parentTaskId: data.parentTaskId ?? '',
    }),
  },
});
