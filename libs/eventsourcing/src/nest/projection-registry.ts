import { Injectable } from '@nestjs/common';
import { Projection } from '../projections/projection';
import { Reactor } from '../reactors/reactor';

/**
 * Contexts register their read models and process managers here when their module
 * initialises; the projections service starts them all.
 */
@Injectable()
export class ProjectionRegistry {
  private readonly projections: Projection[] = [];
  private readonly reactors: Reactor[] = [];

  register(...projections: Projection[]): void {
    this.projections.push(...projections);
  }

  registerReactor(...reactors: Reactor[]): void {
    this.reactors.push(...reactors);
  }

  all(): Projection[] {
    return [...this.projections];
  }

  allReactors(): Reactor[] {
    return [...this.reactors];
  }
}
