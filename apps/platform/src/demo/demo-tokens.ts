import { DevelopmentTokens } from '@cpp/access';
import { DemoPerson, demoPeople } from './access.demo';

/** Ready-made tokens for trying the platform in embedded mode: the signer says who, grants say what. */
export async function demoTokens(tokens: DevelopmentTokens): Promise<{ person: DemoPerson; token: string }[]> {
  return Promise.all(demoPeople.map(async (person) => ({ person, token: await tokens.issue({ subject: person.subject, name: person.name }, '30d') })));
}
