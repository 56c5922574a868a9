// The workbench shell: header with navigation and language switch, sign-in, the outage banner, and the five screens.
import { Alert, Button, Heading, Link, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from './api';
import { SessionContext } from './client';
import { initialLang, LangContext, rememberLang, type Lang } from './i18n';
import { href, useRoute } from './route';
import { CollaborationScreen } from './screens/Collaboration';
import { NationalScreen } from './screens/National';
import { ReportScreen } from './screens/Report';
import { SignIn } from './screens/SignIn';
import { StartScreen } from './screens/Start';
import { WhatIfScreen } from './screens/WhatIf';
import { authRequired, readSession, writeSession, type Session } from './session';

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session | null>(readSession);
  const [outage, setOutage] = useState<string | null>(null);
  const [signInProblem, setSignInProblem] = useState<'wrong-key' | 'refused' | null>(null);
  const needsSignIn = authRequired();

  const queryClient = useMemo(() => {
    const onError = (error: Error) => {
      if (!(error instanceof ApiError)) return;
      if (error.kind === 'unavailable' || error.kind === 'network') setOutage(error.message);
      if (error.kind === 'unauthenticated') {
        // The key was refused: back to the sign-in, saying so.
        writeSession(null);
        setSession(null);
        setSignInProblem('wrong-key');
      }
    };
    const onSuccess = () => setOutage(null);
    return new QueryClient({
      queryCache: new QueryCache({ onError, onSuccess }),
      mutationCache: new MutationCache({ onError, onSuccess }),
      defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 } },
    });
  }, []);

  useEffect(() => rememberLang(lang), [lang]);

  const signIn = (s: Session) => {
    writeSession(s);
    setSignInProblem(null);
    queryClient.clear();
    setSession(s);
  };
  const signOut = () => {
    writeSession(null);
    queryClient.clear();
    setSession(null);
  };
  const tr = (nl: string, en: string) => (lang === 'nl' ? nl : en);
  const signedIn = !needsSignIn || session !== null;

  return (
    <LangContext.Provider value={lang}>
      <SessionContext.Provider value={needsSignIn ? session : null}>
        <QueryClientProvider client={queryClient}>
          <SkipLink href="#inhoud">{tr('Naar de inhoud', 'Skip to content')}</SkipLink>
          <header className="hm-header">
            <div className="hm-header__bar">
              <a className="hm-brand" href="#/">
                <span className="hm-brand__name">Harmonie</span>
                <span className="hm-brand__subtitle">{tr('Werkbank voor adviseurs', "Advisor's workbench")}</span>
              </a>
              <div className="hm-header__tools" role="group" aria-label={tr('Taal', 'Language')}>
                <Button
                  appearance={lang === 'nl' ? 'primary-action-button' : 'secondary-action-button'}
                  aria-pressed={lang === 'nl'}
                  lang="nl"
                  onClick={() => setLang('nl')}
                >
                  Nederlands
                </Button>
                <Button
                  appearance={lang === 'en' ? 'primary-action-button' : 'secondary-action-button'}
                  aria-pressed={lang === 'en'}
                  lang="en"
                  onClick={() => setLang('en')}
                >
                  English
                </Button>
                {needsSignIn && session && (
                  <Button appearance="subtle-button" onClick={signOut}>
                    {tr('Afmelden', 'Sign out')}
                  </Button>
                )}
              </div>
            </div>
            {signedIn && (
              <nav className="hm-nav" aria-label={tr('Hoofdmenu', 'Main menu')}>
                <ul>
                  <li>
                    <Link href={href('')}>{tr('Samenwerkingen', 'Collaborations')}</Link>
                  </li>
                  <li>
                    <Link href={href('rapport')}>{tr('Rapport', 'Report')}</Link>
                  </li>
                  <li>
                    <Link href={href('landelijk')}>{tr('Landelijk beeld', 'National impact')}</Link>
                  </li>
                  <li>
                    <Link href="/graphql">GraphiQL</Link>
                  </li>
                </ul>
              </nav>
            )}
          </header>
          <main id="inhoud" className="hm-main" tabIndex={-1}>
            {outage && (
              <div className="hm-outage">
                <Alert type="error" role="alert">
                  <Heading level={2} appearanceLevel={4}>
                    {tr('De gegevensopslag is niet bereikbaar', 'The data store cannot be reached')}
                  </Heading>
                  <Paragraph>
                    {tr(
                      'De server antwoordt 503: de opslag (Neo4j of de ingebouwde opslag) is even weg. Wat u ziet kan verouderd zijn; probeer het zo opnieuw.',
                      'The server answers 503: the store (Neo4j or the embedded store) is away for now. What you see may be out of date; try again shortly.',
                    )}{' '}
                    <span lang="en">({outage})</span>
                  </Paragraph>
                  <Button appearance="secondary-action-button" onClick={() => void queryClient.refetchQueries({ type: 'active' })}>
                    {tr('Opnieuw proberen', 'Try again')}
                  </Button>
                </Alert>
              </div>
            )}
            {signedIn ? <Screens /> : <SignIn onSignIn={signIn} problem={signInProblem} />}
          </main>
          <footer className="hm-footer">
            <Paragraph>
              {tr(
                'Harmonie: aansluitvoorwaarden en auditharmonisatie voor samenwerkende gemeenten. Elk verzoek wordt vastgelegd (protocollering).',
                'Harmonie: connection requirements and audit harmonisation for collaborating municipalities. Every request is logged (protocollering).',
              )}
            </Paragraph>
          </footer>
        </QueryClientProvider>
      </SessionContext.Provider>
    </LangContext.Provider>
  );
}

function Screens() {
  const route = useRoute();
  // Each screen names itself in the tab title, and focus moves to the content on navigation for screen readers.
  useEffect(() => {
    if (route.screen !== '' || window.location.hash) document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [route.screen, route.id]);
  switch (route.screen) {
    case 'samenwerking':
      return <CollaborationScreen route={route} />;
    case 'wat-als':
      return <WhatIfScreen route={route} />;
    case 'rapport':
      return <ReportScreen route={route} />;
    case 'landelijk':
      return <NationalScreen />;
    default:
      return <StartScreen route={route} />;
  }
}
