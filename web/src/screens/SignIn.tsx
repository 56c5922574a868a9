// Sign-in: API key, the organisation (OIN) the requests act for, and their purpose (protocollering).
import { Alert, Button, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { execute } from '../api';
import { inputValue } from '../components/ui';
import { graphql } from '../gql';
import { useT } from '../i18n';
import type { Session } from '../session';

// The cheapest question every role may ask: it proves the key, the acting-for and the purpose are accepted.
const SignInCheck = graphql(`
  query SignInCheck {
    legalForms {
      code
    }
  }
`);

const OIN = /^\d{20}$/;

export function SignIn({ onSignIn, problem }: { onSignIn: (s: Session) => void; problem: 'wrong-key' | 'refused' | null }) {
  const { tr, lang } = useT();
  const [key, setKey] = useState('');
  const [actingFor, setActingFor] = useState('');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(problem === 'wrong-key' ? 'wrong-key' : null);
  const [detail, setDetail] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!OIN.test(actingFor.trim())) {
      setError('oin');
      return;
    }
    const session = { key: key.trim(), actingFor: actingFor.trim(), purpose: purpose.trim() };
    setBusy(true);
    try {
      await execute(SignInCheck, {}, session, lang);
      onSignIn(session);
    } catch (e) {
      const kind = e instanceof Error && 'kind' in e ? (e as { kind: string }).kind : 'other';
      setError(
        kind === 'unauthenticated' ? 'wrong-key' : kind === 'forbidden' ? 'forbidden' : kind === 'unavailable' || kind === 'network' ? 'unavailable' : 'other',
      );
      setDetail(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const message =
    error === 'wrong-key'
      ? tr(
          'Deze API-sleutel is onbekend, ingetrokken of onjuist. Controleer de sleutel (de laatste regel van `harmonie keys create`).',
          'This API key is unknown, revoked or wrong. Check the key (the last line of `harmonie keys create`).',
        )
      : error === 'oin'
        ? tr('Werken namens moet een OIN van 20 cijfers zijn.', 'Acting for must be an OIN of 20 digits.')
        : error === 'forbidden'
          ? tr('Deze sleutel mag niet namens deze organisatie werken.', 'This key may not act for this organisation.')
          : error === 'unavailable'
            ? tr(
                'De server of de gegevensopslag is niet bereikbaar (503). Probeer het zo opnieuw.',
                'The server or the data store cannot be reached (503). Try again shortly.',
              )
            : error
              ? tr('Aanmelden is mislukt.', 'Signing in failed.')
              : null;

  return (
    <section aria-labelledby="signin-title" className="hm-narrow">
      <Heading level={1} id="signin-title">
        {tr('Aanmelden', 'Sign in')}
      </Heading>
      <Paragraph>
        {tr(
          'Elk verzoek wordt vastgelegd onder de organisatie waarvoor u werkt, met het doel dat u opgeeft. Deze gegevens blijven alleen in dit tabblad bewaard.',
          'Every request is logged under the organisation you act for, with the purpose you give. These details are kept in this tab only.',
        )}
      </Paragraph>
      {message && (
        <Alert type="error" role="alert">
          <Paragraph>
            {message} {detail && error !== 'wrong-key' && error !== 'oin' && <span lang="en">({detail})</span>}
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FormFieldTextInput
          label={tr('API-sleutel', 'API key')}
          name="key"
          type="password"
          autoComplete="off"
          required
          value={key}
          onChange={(e) => setKey(inputValue(e))}
        />
        <FormFieldTextInput
          label={tr('Werken namens (OIN)', 'Acting for (OIN)')}
          description={tr('20 cijfers, bijvoorbeeld 00000001001234567000', '20 digits, for example 00000001001234567000')}
          name="actingFor"
          inputMode="numeric"
          required
          value={actingFor}
          onChange={(e) => setActingFor(inputValue(e))}
        />
        <FormFieldTextInput
          label={tr('Doel (protocollering)', 'Purpose (protocollering)')}
          name="purpose"
          required
          value={purpose}
          onChange={(e) => setPurpose(inputValue(e))}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy || !key.trim() || !purpose.trim()}>
          {tr('Aanmelden', 'Sign in')}
        </Button>
      </form>
    </section>
  );
}
