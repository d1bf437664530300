import { useEffect, useMemo, useState } from 'react';
import { homePath, isCommittee, isInspector, isOfficer, seesEveryProvince } from './access';
import { currentSession, signOut, type Session } from './auth/session';
import { useHomeProvince } from './home-province';
import { LocaleContext, translator, type Locale } from './i18n';
import { flushOutbox } from './offline/outbox';
import { CommitteePage } from './pages/committee/committee-page';
import { InspectionPage } from './pages/inspector/inspection-page';
import { InspectorPage } from './pages/inspector/inspector-page';
import { NotAllowed } from './pages/not-allowed';
import { OfficerPage } from './pages/officer/officer-page';
import { SignInPage } from './pages/sign-in';
import { href, navigate, useRoute } from './router';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function App() {
  const [locale, setLocale] = useState<Locale>((localStorage.getItem('cpp.locale') as Locale) ?? 'vi');
  const i18n = useMemo(() => ({ locale, t: translator(locale), setLocale: (next: Locale) => { localStorage.setItem('cpp.locale', next); setLocale(next); } }), [locale]);
  const [session, setSession] = useState<Session | null>(currentSession());
  const person = session?.person ?? null;
  const home = useHomeProvince(person);
  const route = useRoute();
  const online = useOnline();
  const { t } = i18n;
  useEffect(() => void (document.documentElement.lang = locale), [locale]);
  useEffect(() => void (session && flushOutbox()), [session]);

  let page: React.ReactNode;
  if (!session || !person) page = <SignInPage signedIn={(next) => { setSession(next); navigate('/'); }} />;
  else if (!home.ready) page = <p aria-busy="true">{t('loading')}</p>;
  else {
    const [area, ...rest] = route;
    const ownProvince = (province: string) => seesEveryProvince(person) || province === home.province;
    if (!area) page = <Redirect to={homePath(person, home.province)} />;
    else if (area === 'committee' && isCommittee(person) && ownProvince(rest[0])) page = rest[1] === 'agency' ? <CommitteePage province={rest[0]} view="overview" agencyId={rest[2]} /> : <CommitteePage province={rest[0]} view={rest[1] ?? 'overview'} />;
    else if (area === 'inspector' && isInspector(person) && home.province) page = rest[0] === 'inspection' ? <InspectionPage inspectionId={rest[1]} province={home.province} /> : <InspectorPage person={person} province={home.province} />;
    else if (area === 'officer' && isOfficer(person) && person.agencyId) page = <OfficerPage person={person} />;
    else page = <NotAllowed />;
  }

  return (
    <LocaleContext.Provider value={i18n}>
      <header className="top">
        <h1><a href={href('/')}>{t('appTitle')}</a></h1>
        {person && (
          <nav aria-label="menu">
            <ul>
              {isCommittee(person) && <li><a href={href(`/committee/${home.province ?? 'soc-trang'}`)}>{t('committee')}</a></li>}
              {isInspector(person) && <li><a href={href('/inspector')}>{t('inspector')}</a></li>}
              {isOfficer(person) && <li><a href={href('/officer')}>{t('officer')}</a></li>}
            </ul>
          </nav>
        )}
        <div className="who">
          {person && <span>{person.name}</span>}
          <label htmlFor="locale" className="sr-only">{t('language')}</label>
          <select id="locale" value={locale} onChange={(event) => i18n.setLocale(event.target.value as Locale)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
          {person && <button type="button" onClick={() => { signOut(); setSession(null); navigate('/'); }}>{t('signOut')}</button>}
        </div>
      </header>
      {!online && <p role="status" className="offline-banner">{t('offline')}</p>}
      <main>{page}</main>
    </LocaleContext.Provider>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to), [to]);
  return null;
}
