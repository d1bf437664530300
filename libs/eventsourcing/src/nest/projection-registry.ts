import { Injectable } from '@nestjs/common';
import { Projection } from '../projections/projection';

/** Contexts register their read models here at module init; the runner starts them all. */
@Injectable()
export class ProjectionRegistry {
  private readonly projections: Projection[] = [];

  register(...projections: Projection[]): void {
    this.projections.push(...projections);
  }

  all(): Projection[] {
    return [...this.projections];
  }
}
