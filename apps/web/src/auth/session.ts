/**
 * The web app's one door to identity: who is signed in and the bearer token the API takes.
 * Today it asks the platform's development signer (embedded default) for a demo person's token;
 * an OIDC code flow replaces signIn/listPeople here and nothing else changes.
 */
export interface Person {
  subject: string;
  name: string;
  agencyId: string | null;
  roles: string[];
}

export interface Session {
  token: string;
  person: Person;
}

const KEY = 'cpp.session';

export function currentSession(): Session | null {
  const stored = localStorage.getItem(KEY);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export async function listPeople(): Promise<Person[]> {
  const response = await fetch('/dev/people');
  if (!response.ok) throw new Error(`sign-in unavailable (${response.status})`);
  return (await response.json()) as Person[];
}

export async function signIn(subject: string): Promise<Session> {
  const response = await fetch(`/dev/sign-in?subject=${encodeURIComponent(subject)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`sign-in refused (${response.status})`);
  const session = (await response.json()) as Session;
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function signOut(): void {
  localStorage.removeItem(KEY);
}

export function bearerToken(): string | null {
  return currentSession()?.token ?? null;
}
