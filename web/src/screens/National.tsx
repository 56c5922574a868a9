// National impact: every collaboration in the graph under one policy, with the policy switch and its chart.
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useEffect, useState } from 'react';
import { useGqlQuery } from '../client';
import { BarChart, ErrorNote, Loading, JointAuditSwitches } from '../components/ui';
import { graphql } from '../gql';
import type { PolicyInput } from '../gql/graphql';
import { money, num, useT } from '../i18n';

const NationalImpactScreen = graphql(`
  query NationalImpactScreen($policy: PolicyInput) {
    facilities {
      code
      auditRequirements {
        id
        name
        jointAllowed
      }
    }
    nationalImpact(policy: $policy) {
      asOf
      totals {
        collaborations
        analysed
        skipped
        municipalities
        obligations
        baselineCost
        totalCost
        savings
        engagements
        optimal
      }
      collaborations {
        id
        name
        members
        skipped
        baselineCost
        totalCost
        savings
      }
    }
  }
`);

const TOP = 10;

export function NationalScreen() {
  const { tr, lang } = useT();
  const [joint, setJoint] = useState<Record<string, boolean>>({});
  const [policy, setPolicy] = useState<PolicyInput | null>(null);
  const { data, error, isFetching } = useGqlQuery(NationalImpactScreen, { policy }, { placeholderData: (p) => p });
  useEffect(() => {
    document.title = `${tr('Landelijk beeld', 'National impact')} — Harmonie`;
  });
  const requirements = data?.facilities.flatMap((f) => f.auditRequirements) ?? [];
  const apply = () => {
    const overrides = Object.entries(joint).map(([id, jointAllowed]) => ({ id, jointAllowed }));
    setPolicy(overrides.length ? { auditRequirements: overrides } : null);
  };
  const t = data?.nationalImpact.totals;
  const top = [...(data?.nationalImpact.collaborations ?? [])]
    .filter((c) => !c.skipped)
    .sort((a, b) => b.savings - a.savings || b.baselineCost - a.baselineCost)
    .slice(0, TOP);

  return (
    <>
      <Heading level={1}>{tr('Landelijk beeld', 'National impact')}</Heading>
      <Paragraph>
        {tr(
          'Alle samenwerkingen in de kennisgraaf onder één beleid: elke auditverplichting van een gemeente telt één keer, hoeveel samenwerkingen haar ook meebrengen.',
          'Every collaboration in the knowledge graph under one policy: each municipality’s audit obligation counts once, however many collaborations bring it.',
        )}
      </Paragraph>
      <form
        className="hm-panel"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        {requirements.length > 0 && (
          <fieldset className="hm-fieldset">
            <legend>{tr('Beleid', 'Policy')}</legend>
            <JointAuditSwitches requirements={requirements} joint={joint} onChange={setJoint} />
          </fieldset>
        )}
        <Button type="submit" appearance="primary-action-button">
          {tr('Doorrekenen', 'Calculate')}
        </Button>
      </form>
      <ErrorNote error={error} />
      {(isFetching || !data) && !error && <Loading />}
      {t && data && (
        <section aria-labelledby="nat-title" aria-live="polite">
          <Heading level={2} id="nat-title">
            {tr(`Totaal op ${data.nationalImpact.asOf}`, `Total on ${data.nationalImpact.asOf}`)}
          </Heading>
          <Paragraph data-testid="national-totals">
            {tr(
              `${num(lang, t.analysed)} van ${num(lang, t.collaborations)} samenwerkingen doorgerekend (${num(lang, t.skipped)} overgeslagen), ${num(lang, t.municipalities)} gemeenten, ${num(lang, t.obligations)} auditverplichtingen in ${num(lang, t.engagements)} opdrachten. Kosten ${money(lang, t.totalCost)} in plaats van ${money(lang, t.baselineCost)}: besparing ${money(lang, t.savings)}.`,
              `${num(lang, t.analysed)} of ${num(lang, t.collaborations)} collaborations analysed (${num(lang, t.skipped)} skipped), ${num(lang, t.municipalities)} municipalities, ${num(lang, t.obligations)} audit obligations in ${num(lang, t.engagements)} engagements. Cost ${money(lang, t.totalCost)} instead of ${money(lang, t.baselineCost)}: saving ${money(lang, t.savings)}.`,
            )}
          </Paragraph>
          <BarChart
            title={tr('Landelijke auditkosten: ieder apart, gezamenlijk en de besparing', 'National audit cost: each on its own, combined, and the saving')}
            bars={[
              { label: tr('Ieder apart', 'Each on its own'), value: t.baselineCost },
              { label: tr('Gezamenlijk (optimaal)', 'Combined (optimal)'), value: t.totalCost },
              { label: tr('Besparing', 'Saving'), value: t.savings },
            ]}
            format={(v) => money(lang, v)}
          />
          <Table className="hm-table">
            <TableCaption>{tr(`De ${TOP} samenwerkingen met de grootste besparing`, `The ${TOP} collaborations with the largest saving`)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{tr('Samenwerking', 'Collaboration')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Deelnemers', 'Members')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Ieder apart', 'Each on its own')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Gezamenlijk', 'Combined')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Besparing', 'Saving')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {top.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
                  <TableCell>{num(lang, c.members)}</TableCell>
                  <TableCell>{money(lang, c.baselineCost)}</TableCell>
                  <TableCell>{money(lang, c.totalCost)}</TableCell>
                  <TableCell>{money(lang, c.savings)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );
}
