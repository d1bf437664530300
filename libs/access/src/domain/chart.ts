/** The organisation chart as access judges a grant against it. */
export interface ChartUnit {
  unitId: string;
  parentUnitId: string | null;
  successorUnitId: string | null;
}
export interface ChartAgency {
  agencyId: string;
  unitId: string;
  successorAgencyId: string | null;
}

export class Chart {
  private readonly units: Map<string, ChartUnit>;
  private readonly agencies: Map<string, ChartAgency>;

  constructor(units: ChartUnit[], agencies: ChartAgency[]) {
    this.units = new Map(units.map((unit) => [unit.unitId, unit]));
    this.agencies = new Map(agencies.map((agency) => [agency.agencyId, agency]));
  }

  knowsUnit(unitId: string): boolean {
    return this.units.has(unitId);
  }

  unitOf(agencyId: string): string | null {
    return this.agencies.get(agencyId)?.unitId ?? null;
  }

  /** The unit and every unit above it; a merged unit also sits under its successor's line. */
  lineOf(unitId: string): string[] {
    const line: string[] = [];
    const queue = [unitId];
    while (queue.length) {
      const current = queue.shift()!;
      if (line.includes(current)) continue;
      line.push(current);
      const unit = this.units.get(current);
      if (unit?.parentUnitId) queue.push(unit.parentUnitId);
      if (unit?.successorUnitId) queue.push(unit.successorUnitId);
    }
    return line;
  }

  /** Whether a unit lies in the subtree under jurisdiction. */
  within(unitId: string, jurisdictionUnitId: string): boolean {
    return this.lineOf(unitId).includes(jurisdictionUnitId);
  }

  /**
   * The agency and those that answer for it after a merger or dissolution: a successor's
   * officers act on the predecessor's open work (never the other way round).
   */
  answerersFor(agencyId: string): string[] {
    const chain: string[] = [];
    let current: string | null = agencyId;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = this.agencies.get(current)?.successorAgencyId ?? null;
    }
    return chain;
  }
}
