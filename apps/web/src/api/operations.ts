import { gql } from '@urql/core';

// Hand-written types beside each operation: the schema is small and stable; codegen was not worth a build step.
export const RECEIPT = 'changed correlationId streamIds';

export interface AgencyRow {
  id: string;
  name: string;
  shortName: string | null;
  unitId: string;
}

export const AGENCIES = gql`
  query Agencies($jurisdiction: ID, $asOf: LocalDate) {
    agencies(jurisdiction: $jurisdiction, asOf: $asOf) {
      id
      name
      shortName
      unitId
    }
  }
`;

export const HOME_UNIT = gql`
  query HomeUnit($id: ID!) {
    agency(id: $id) {
      id
      name
      unit {
        id
        levelCode
        parentUnitId
      }
    }
  }
`;

export const UNIT = gql`
  query Unit($id: ID!) {
    administrativeUnit(id: $id) {
      id
      name
      levelCode
      parentUnitId
    }
  }
`;

export const PROVINCES = gql`
  query Provinces {
    administrativeUnits(level: "province") {
      id
      name
    }
  }
`;

export const DISTRICTS = gql`
  query Districts($parent: ID!) {
    administrativeUnits(parent: $parent) {
      id
      name
    }
  }
`;

export interface ComplianceRow {
  agencyId: string;
  period: string;
  year: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  lateRate: number | null;
}

export const COMPLIANCE = gql`
  query Compliance($jurisdiction: ID, $agency: ID, $asOf: DateTime) {
    compliance(jurisdiction: $jurisdiction, agency: $agency, asOf: $asOf) {
      agencyId
      period
      year
      onTime
      late
      missing
      pending
      lateRate
    }
  }
`;

export interface ObligationRow {
  id: string;
  title: string;
  kind: string;
  dueDate: string;
  status: string;
  period: string | null;
  agencyId: string;
  source: {
    type: string;
    documentNumber: string | null;
    sections: string[];
    inspectionId: string | null;
    recommendationId: string | null;
    taskId: string | null;
  };
  submissions: { submissionNumber: number; submittedOn: string; timeliness: string }[];
}

export const OBLIGATIONS = gql`
  query Obligations($agency: ID!, $asOf: DateTime, $status: [ObligationStatus!]) {
    obligations(agency: $agency, asOf: $asOf, status: $status) {
      id
      title
      kind
      dueDate
      status
      period
      agencyId
      source {
        type
        documentNumber
        sections
        inspectionId
        recommendationId
        taskId
      }
      submissions {
        submissionNumber
        submittedOn
        timeliness
      }
    }
  }
`;

export interface DirectiveRow {
  id: string;
  subject: string;
  issuingAgencyId: string;
  documentNumber: { raw: string };
}

export const DIRECTIVES = gql`
  query Directives {
    directives {
      id
      subject
      issuingAgencyId
      documentNumber {
        raw
      }
    }
  }
`;

export interface TaskNode {
  id: string;
  section: string;
  text: string;
  agencyId: string;
  role: string;
  status: string;
  dueDate: string | null;
  progress: number;
  ownProgress: number;
  children?: TaskNode[];
  contributions?: TaskNode[];
}

const TASK = 'id section text agencyId role status dueDate progress ownProgress';

export const DIRECTIVE_TASKS = gql`
  query DirectiveTasks($directiveId: ID!, $asOf: DateTime) {
    directiveTasks(directiveId: $directiveId, asOf: $asOf) {
      directiveId progress taskCount
      tasks { ${TASK} contributions { ${TASK} } children { ${TASK} children { ${TASK} children { ${TASK} } } } }
    }
  }
`;

export interface FindingRow {
  findingId: string;
  inspectionId: string;
  inspectionTitle: string;
  criterion: string;
  criterionCode: string;
  legalBasis: string;
  description: string;
  conformity: string;
  severity: string | null;
  observedOn: string;
  recurring: boolean;
  revision: number;
  recordedBy: string;
  revisedBy: string | null;
  theme: string;
  recurrenceOf: { observedOn: string } | null;
  target: { targetId: string; name: string; unitId: string };
}

const FINDING =
  'findingId inspectionId inspectionTitle criterion criterionCode legalBasis description conformity severity observedOn recurring revision recordedBy revisedBy theme recurrenceOf { observedOn } target { targetId name unitId }';

export const FINDINGS = gql`
  query Findings($locality: ID, $theme: InspectionTheme, $to: LocalDate) {
    inspectionFindings(locality: $locality, theme: $theme, to: $to, first: 100) { totalCount items { ${FINDING} } }
  }
`;

export interface RecommendationRow {
  recommendationId: string;
  inspectionId: string;
  correctiveAction: string;
  dueDate: string;
  status: string;
  responsibleAgencyId: string;
  responsibleAgencyName: string | null;
  reportedAction: string | null;
  reportedOn: string | null;
  issuedOn: string;
}

const RECOMMENDATION =
  'recommendationId inspectionId correctiveAction dueDate status responsibleAgencyId responsibleAgencyName reportedAction reportedOn issuedOn';

export const RECOMMENDATIONS = gql`
  query Recommendations { inspectionRecommendations { ${RECOMMENDATION} } recommendationFollowUp { responsibleAgencyId responsibleAgencyName open overdue reported closed reopened } }
`;

export interface InspectionSummary {
  id: string;
  title: string;
  kind: string;
  theme: string;
  status: string;
  periodFrom: string;
  periodTo: string;
  leadAgencyId: string;
}

export const INSPECTIONS = gql`
  query Inspections($agency: ID) {
    inspections(agency: $agency) {
      id
      title
      kind
      theme
      status
      periodFrom
      periodTo
      leadAgencyId
    }
  }
`;

export interface InspectionDetail extends InspectionSummary {
  startedOn: string | null;
  targets: { targetId: string; name: string; kind: string }[];
  members: { subject: string; name: string; role: string }[];
  findings: FindingRow[];
  recommendations: RecommendationRow[];
}

export const INSPECTION = gql`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      id title kind theme status periodFrom periodTo leadAgencyId startedOn
      targets { targetId name kind } members { subject name role }
      findings { ${FINDING} } recommendations { ${RECOMMENDATION} }
    }
  }
`;

export const PLAN_INSPECTION = gql`mutation PlanInspection($input: PlanInspectionInput!) { planInspection(input: $input) { ${RECEIPT} } }`;
export const START_INSPECTION = gql`mutation StartInspection($input: StartInspectionInput!) { startInspection(input: $input) { ${RECEIPT} } }`;
export const RECORD_FINDING = gql`mutation RecordFinding($input: RecordFindingInput!) { recordFinding(input: $input) { ${RECEIPT} } }`;
export const REVISE_FINDING = gql`mutation ReviseFinding($input: ReviseFindingInput!) { reviseFinding(input: $input) { ${RECEIPT} } }`;
export const ISSUE_RECOMMENDATION = gql`mutation IssueRecommendation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { ${RECEIPT} } }`;

export interface TaskRow {
  id: string;
  section: string;
  text: string;
  status: string;
  dueDate: string | null;
  ownProgress: number;
  role: string;
  documentNumber: string | null;
}

export const AGENCY_TASKS = gql`
  query AgencyTasks($agency: ID!) {
    agencyTasks(agency: $agency) {
      id
      section
      text
      status
      dueDate
      ownProgress
      role
      documentNumber
    }
  }
`;

export const ACKNOWLEDGE_TASK = gql`mutation AcknowledgeTask($taskId: String!) { acknowledgeTask(taskId: $taskId) { ${RECEIPT} } }`;
export const REPORT_PROGRESS = gql`mutation ReportTaskProgress($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { ${RECEIPT} } }`;
export const SUBMIT_REPORT = gql`mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ${RECEIPT} } }`;
export const REPORT_CORRECTIVE_ACTION = gql`mutation ReportCorrectiveAction($input: ReportCorrectiveActionInput!) { reportCorrectiveAction(input: $input) { ${RECEIPT} } }`;
