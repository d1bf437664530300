import { useEffect, useState } from 'react';
import { listPeople, signIn, type Person, type Session } from '../auth/session';
import { useI18n } from '../i18n';

export function SignInPage({ signedIn }: { signedIn(session: Session): void }) {
  const { t } = useI18n();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    listPeople().then(setPeople, (error: Error) => setFailure(error.message));
  }, []);
  return (
    <section aria-labelledby="sign-in-title" className="sign-in">
      <h2 id="sign-in-title">{t('signIn')}</h2>
      <p>{t('signInIntro')}</p>
      {failure && <p role="alert" className="error">{failure}</p>}
      <ul className="cards">
        {people?.map((person) => (
          <li key={person.subject}>
            <button type="button" onClick={async () => signedIn(await signIn(person.subject))}>{person.name}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
