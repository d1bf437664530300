import { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TokenService } from '@cpp/access';
import { demoActors } from '../demo/demo-tokens';

/**
 * Development signer only (embedded default): the web app's sign-in page lists the demo people
 * and gets a token for the one picked. A deployment has no such door: people sign in at the
 * identity provider and the web app receives its token from there.
 */
export function mountDevSignIn(app: INestApplication): void {
  const tokens = app.get(TokenService);
  const people = demoActors.map(({ subject, name, agencyId, roles }) => ({ subject, name, agencyId, roles }));
  app.use('/dev/people', (request: Request, response: Response, next: () => void) => {
    if (request.method !== 'GET') return next();
    response.json(people);
  });
  app.use('/dev/sign-in', (request: Request, response: Response, next: () => void) => {
    if (request.method !== 'POST') return next();
    const subject = new URLSearchParams(request.url.split('?')[1] ?? '').get('subject');
    const actor = demoActors.find((candidate) => candidate.subject === subject);
    if (!actor) return void response.status(404).json({ error: `No demo person ${subject}` });
    response.json({ token: tokens.issue(actor, '12h'), person: people.find((person) => person.subject === subject) });
  });
}
