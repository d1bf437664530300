import { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DevelopmentTokens, rolesConferred } from '@cpp/access';
import { demoPeople } from '../demo/access.demo';

/**
 * Development signer only (embedded default): the web app's sign-in page lists the demo people
 * and gets a token for the one picked. A deployment has no such door: people sign in at the
 * identity provider and the web app receives its token from there. What a person may do is
 * their grants; the roles listed here only choose the menus the web app shows.
 */
export function mountDevSignIn(app: INestApplication, tokens: DevelopmentTokens): void {
  const people = demoPeople.map(({ subject, name, grants }) => {
    const roles = [...new Set(grants.flatMap(({ role }) => rolesConferred(role)))];
    return { subject, name, agencyId: grants.find((grant) => grant.agencyId !== null)?.agencyId ?? null, roles };
  });
  app.use('/dev/people', (request: Request, response: Response, next: () => void) => {
    if (request.method !== 'GET') return next();
    response.json(people);
  });
  app.use('/dev/sign-in', (request: Request, response: Response, next: () => void) => {
    if (request.method !== 'POST') return next();
    const subject = new URLSearchParams(request.url.split('?')[1] ?? '').get('subject');
    const person = people.find((candidate) => candidate.subject === subject);
    if (!person) return void response.status(404).json({ error: `No demo person ${subject}` });
    tokens.issue({ subject: person.subject, name: person.name }, '12h').then(
      (token) => response.json({ token, person }),
      (error: unknown) => response.status(500).json({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
