// Collaboration: eligibility per facility with reasons, sources and workarounds; the connection plan beside the status
// quo; the minimal joint audit with its chart; the norm overlap heatmap; and the rules of another date beside today's.
import {
  Button,
  FormFieldTextInput,
  Heading,
  Link,
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
import { BarChart, ErrorNote, Loading, inputValue } from '../components/ui';
import { graphql } from '../gql';
import type { CollaborationScreenQuery } from '../gql/graphql';
import { label, money, num, useT } from '../i18n';
import { href, navigate, subjectOf, subjectParams, type Route, type Subject } from '../route';

/** The date of the 2015 impact analysis: the default "then" beside today. */
export const ANALYSIS_2015 = '2015-06-01';

const CollaborationFacilities = graphql(`
  query CollaborationFacilities($id: ID!) {
    collaboration(id: $id) {
      id
      facilities {
        code
      }
    }
  }
`);

const CollaborationScreenDocument = graphql(`
  query CollaborationScreen($now: AnalysisInput!, $then: AnalysisInput!, $facilities: [ID!]!) {
    now: minimalJointAudit(input: $now) {
      collaboration {
        id
        name
      }
      asOf
      optimal
      totalCost
      baselineCost
      savings
      engagements {
        id
        evidence
        cycleMonths
        cost
        subjects {
          id
          name
        }
        requirements {
          id
          name
          facility {
            code
            name
          }
        }
        testedNorms {
          id
        }
      }
      obligations {
        engagement
      }
      separations {
        text
      }
      connectionPlan {
        legalForm {
          code
          name
        }
        members {
          id
          name
        }
        facilities {
          facility {
            code
            name
          }
          mode
          reasons
          oins
          oinKind
          certificates
          counts {
            connections
            networkConnections
            agreements
          }
          statusQuo {
            connections
            certificates
            networkConnections
            agreements
          }
          eligibility {
            status
            reasons {
              text
              legalBasis
              source {
                title
                url
              }
            }
            conditions
            workarounds
          }
        }
        totals {
          connections
          oins
          certificates
          networkConnections
          agreements
        }
        statusQuo {
          connections
          oins
          certificates
          networkConnections
          agreements
        }
      }
    }
    then: minimalJointAudit(input: $then) {
      asOf
      totalCost
      baselineCost
      savings
      engagements {
        id
      }
      connectionPlan {
        facilities {
          facility {
            code
          }
          mode
          eligibility {
            status
          }
        }
      }
    }
    overlap(facilities: $facilities) {
      frameworks {
        id
        name
        version
      }
      normOverlap {
        a {
          id
        }
        b {
          id
        }
        shared
        union
        jaccard
      }
    }
  }
`);

export function CollaborationScreen({ route }: { route: Route }) {
  const { tr } = useT();
  const subject = subjectOf(route);
  const given = route.params.get('f');
  // A collaboration's link from the list carries its facilities (for the overlap); a bare address looks them up first.
  const lookup = useGqlQuery(CollaborationFacilities, { id: route.id ?? '' }, { enabled: Boolean(route.id && !given) });
  const facilities = given ? given.split(',') : (subject?.facilities ?? lookup.data?.collaboration?.facilities.map((f) => f.code));
  if (!subject) return <Paragraph>{tr('Deze samenwerking is onvolledig opgegeven.', 'This collaboration is not fully specified.')}</Paragraph>;
  if (lookup.error) return <ErrorNote error={lookup.error} />;
  if (!facilities) return <Loading />;
  return <CollaborationView subject={subject} facilities={facilities} then={route.params.get('dan') ?? ANALYSIS_2015} />;
}

function CollaborationView({ subject, facilities, then }: { subject: Subject; facilities: string[]; then: string }) {
  const { tr, lang } = useT();
  const [date, setDate] = useState(then);
  useEffect(() => setDate(then), [then]);
  const { data, error, isPending } = useGqlQuery(
    CollaborationScreenDocument,
    { now: { ...subject }, then: { ...subject, asOf: then }, facilities },
    { placeholderData: (p) => p },
  );
  const name = data?.now.collaboration.name;
  useEffect(() => {
    document.title = `${name ?? tr('Samenwerking', 'Collaboration')} — Harmonie`;
  });
  if (error) return <ErrorNote error={error} />;
  if (isPending || !data) return <Loading />;
  const { now } = data;
  const plan = now.connectionPlan;
  const extra = subjectParams(subject);

  return (
    <>
      <Heading level={1}>{now.collaboration.name}</Heading>
      <Paragraph>
        {tr('Rechtsvorm', 'Legal form')}: {plan.legalForm.name} · {tr('Deelnemers', 'Members')}: {plan.members.map((m) => m.name).join(', ') || '—'}
      </Paragraph>
      <Paragraph>
        <Link href={href('wat-als', subject.collaboration, extra)}>{tr('Wat-als-scenario maken', 'Make a what-if scenario')}</Link> ·{' '}
        <Link href={href('rapport', null, subject.collaboration ? { c: subject.collaboration } : extra)}>{tr('Rapport downloaden', 'Download a report')}</Link>
      </Paragraph>

      <section aria-labelledby="elig-title">
        <Heading level={2} id="elig-title">
          {tr('Mag aansluiten?', 'May it connect?')}
        </Heading>
        {plan.facilities.map((f) => (
          <article key={f.facility.code} className="hm-panel" aria-labelledby={`elig-${f.facility.code}`}>
            <Heading level={3} id={`elig-${f.facility.code}`}>
              {f.facility.name}:{' '}
              <span className={`hm-status hm-status--${f.eligibility.status.toLowerCase()}`}>{label(lang, 'status', f.eligibility.status)}</span>
            </Heading>
            <ul>
              {f.eligibility.reasons.map((r, i) => (
                <li key={i}>
                  {r.text}
                  {r.legalBasis && <> ({r.legalBasis})</>}
                  {r.source && (
                    <>
                      {' — '}
                      {tr('bron', 'source')}: {r.source.url ? <Link href={r.source.url}>{r.source.title}</Link> : r.source.title}
                    </>
                  )}
                </li>
              ))}
            </ul>
            {f.eligibility.conditions.length > 0 && (
              <>
                <Heading level={4}>{tr('Voorwaarden', 'Conditions')}</Heading>
                <ul>
                  {f.eligibility.conditions.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </>
            )}
            {f.eligibility.workarounds.length > 0 && (
              <>
                <Heading level={4}>{tr('Mogelijke omwegen', 'Workarounds')}</Heading>
                <ul>
                  {f.eligibility.workarounds.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="plan-title">
        <Heading level={2} id="plan-title">
          {tr('Aansluitplan naast de huidige situatie', 'Connection plan beside the status quo')}
        </Heading>
        <Table className="hm-table">
          <TableCaption>
            {tr('Per voorziening: gezamenlijk of per deelnemer, en wat dat vraagt', 'Per facility: joint or per member, and what it takes')}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{tr('Voorziening', 'Facility')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Wijze', 'Mode')}</TableHeaderCell>
              <TableHeaderCell scope="col">OIN</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Aansluitingen (nu per deelnemer)', 'Connections (status quo per member)')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Certificaten (nu)', 'Certificates (status quo)')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Waarom', 'Why')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.facilities.map((f) => (
              <TableRow key={f.facility.code}>
                <TableHeaderCell scope="row">{f.facility.name}</TableHeaderCell>
                <TableCell>{label(lang, 'mode', f.mode)}</TableCell>
                <TableCell>
                  {label(lang, 'oinKind', f.oinKind)} ({num(lang, f.oins)})
                </TableCell>
                <TableCell>
                  {num(lang, f.counts.connections)} ({num(lang, f.statusQuo.connections)})
                </TableCell>
                <TableCell>
                  {num(lang, f.certificates)} ({num(lang, f.statusQuo.certificates)})
                </TableCell>
                <TableCell>{f.reasons.join(' ')}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{tr('Totaal', 'Total')}</TableHeaderCell>
              <TableCell />
              <TableCell>
                {num(lang, plan.totals.oins)} ({num(lang, plan.statusQuo.oins)})
              </TableCell>
              <TableCell>
                {num(lang, plan.totals.connections)} ({num(lang, plan.statusQuo.connections)})
              </TableCell>
              <TableCell>
                {num(lang, plan.totals.certificates)} ({num(lang, plan.statusQuo.certificates)})
              </TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="audit-title">
        <Heading level={2} id="audit-title">
          {tr('Minimale gezamenlijke audit', 'Minimal joint audit')}
        </Heading>
        <Paragraph>
          {tr(
            `${num(lang, now.engagements.length)} opdrachten voor ${num(lang, now.obligations.length)} auditverplichtingen; kosten ${money(lang, now.totalCost)} in plaats van ${money(lang, now.baselineCost)}, besparing ${money(lang, now.savings)}${now.optimal ? ' (bewezen optimaal)' : ' (niet bewezen optimaal)'}.`,
            `${num(lang, now.engagements.length)} engagements for ${num(lang, now.obligations.length)} audit obligations; cost ${money(lang, now.totalCost)} instead of ${money(lang, now.baselineCost)}, saving ${money(lang, now.savings)}${now.optimal ? ' (proven optimal)' : ' (not proven optimal)'}.`,
          )}
        </Paragraph>
        <BarChart
          title={tr('Auditkosten: ieder apart, gezamenlijk en de besparing', 'Audit cost: each on its own, combined, and the saving')}
          bars={[
            { label: tr('Ieder apart', 'Each on its own'), value: now.baselineCost },
            { label: tr('Gezamenlijk (optimaal)', 'Combined (optimal)'), value: now.totalCost },
            { label: tr('Besparing', 'Saving'), value: now.savings },
          ]}
          format={(v) => money(lang, v)}
        />
        <Table className="hm-table">
          <TableCaption>{tr('Opdrachten en wat elk dekt', 'Engagements and what each covers')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{tr('Opdracht', 'Engagement')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Soort', 'Kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Eisen', 'Requirements')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Voor', 'For')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Normen', 'Norms')}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr('Kosten', 'Cost')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {now.engagements.map((e, i) => (
              <TableRow key={e.id}>
                <TableHeaderCell scope="row">{num(lang, i + 1)}</TableHeaderCell>
                <TableCell>
                  {label(lang, 'evidence', e.evidence)}, {tr(`elke ${e.cycleMonths} maanden`, `every ${e.cycleMonths} months`)}
                </TableCell>
                <TableCell>{e.requirements.map((r) => r.name).join('; ')}</TableCell>
                <TableCell>{e.subjects.map((s) => s.name).join(', ')}</TableCell>
                <TableCell>{num(lang, e.testedNorms.length)}</TableCell>
                <TableCell>{money(lang, e.cost)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {now.separations.length > 0 && (
          <>
            <Heading level={3}>{tr('Wat audits gescheiden houdt', 'What keeps audits apart')}</Heading>
            <ul>
              {now.separations.map((s, i) => (
                <li key={i}>{s.text}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Heatmap overlap={data.overlap} />

      <section aria-labelledby="date-title">
        <Heading level={2} id="date-title">
          {tr('Toen en nu', 'Then and now')}
        </Heading>
        <form
          className="hm-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{4}-\d{2}-\d{2}$/.test(date)) navigate(href('samenwerking', subject.collaboration, { ...extra, f: facilities.join(','), dan: date }));
          }}
        >
          <FormFieldTextInput
            label={tr('Vergelijk met de regels op', 'Compare with the rules on')}
            name="then"
            type="date"
            value={date}
            onChange={(e) => setDate(inputValue(e))}
          />
          <Button type="submit" appearance="secondary-action-button">
            {tr('Vergelijken', 'Compare')}
          </Button>
        </form>
        <Table className="hm-table">
          <TableCaption>
            {tr(`De regels op ${data.then.asOf} naast die van vandaag (${now.asOf})`, `The rules on ${data.then.asOf} beside today's (${now.asOf})`)}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{tr('Onderdeel', 'Aspect')}</TableHeaderCell>
              <TableHeaderCell scope="col">{data.then.asOf}</TableHeaderCell>
              <TableHeaderCell scope="col">{tr(`Vandaag (${now.asOf})`, `Today (${now.asOf})`)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.facilities.map((f) => {
              const old = data.then.connectionPlan.facilities.find((x) => x.facility.code === f.facility.code);
              return (
                <TableRow key={f.facility.code}>
                  <TableHeaderCell scope="row">{f.facility.name}</TableHeaderCell>
                  <TableCell>{old ? `${label(lang, 'status', old.eligibility.status)}, ${label(lang, 'mode', old.mode).toLowerCase()}` : '—'}</TableCell>
                  <TableCell>{`${label(lang, 'status', f.eligibility.status)}, ${label(lang, 'mode', f.mode).toLowerCase()}`}</TableCell>
                </TableRow>
              );
            })}
            <TableRow>
              <TableHeaderCell scope="row">{tr('Auditopdrachten', 'Audit engagements')}</TableHeaderCell>
              <TableCell>{num(lang, data.then.engagements.length)}</TableCell>
              <TableCell>{num(lang, now.engagements.length)}</TableCell>
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">{tr('Auditkosten (optimaal)', 'Audit cost (optimal)')}</TableHeaderCell>
              <TableCell>{money(lang, data.then.totalCost)}</TableCell>
              <TableCell>{money(lang, now.totalCost)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </section>
    </>
  );
}

type OverlapData = CollaborationScreenQuery['overlap'];

/** Shared norms per pair of audit frameworks (Jaccard index) as a table whose cells are shaded by overlap. */
function Heatmap({ overlap }: { overlap: OverlapData }) {
  const { tr, lang } = useT();
  const fw = overlap.frameworks;
  const cell = (a: string, b: string) => overlap.normOverlap.find((o) => (o.a.id === a && o.b.id === b) || (o.a.id === b && o.b.id === a));
  return (
    <section aria-labelledby="heat-title">
      <Heading level={2} id="heat-title">
        {tr('Overlap tussen normenkaders', 'Overlap between norm frameworks')}
      </Heading>
      {fw.length < 2 ? (
        <Paragraph>{tr('Minder dan twee normenkaders: geen overlap te tonen.', 'Fewer than two norm frameworks: no overlap to show.')}</Paragraph>
      ) : (
        <div className="hm-scroll">
          <Table className="hm-table hm-heatmap">
            <TableCaption>{tr('Gedeelde normen en Jaccard-index per paar normenkaders', 'Shared norms and Jaccard index per pair of frameworks')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{tr('Normenkader', 'Framework')}</TableHeaderCell>
                {fw.map((f) => (
                  <TableHeaderCell scope="col" key={f.id}>
                    {f.name} {f.version}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {fw.map((row) => (
                <TableRow key={row.id}>
                  <TableHeaderCell scope="row">
                    {row.name} {row.version}
                  </TableHeaderCell>
                  {fw.map((col) => {
                    if (row.id === col.id) return <TableCell key={col.id}>—</TableCell>;
                    const o = cell(row.id, col.id);
                    const j = o?.jaccard ?? 0;
                    const level = Math.min(4, Math.ceil(j * 4));
                    return (
                      <TableCell key={col.id} className={`hm-heat hm-heat--${level}`}>
                        {o ? `${num(lang, o.shared)} / ${num(lang, o.union)} (${num(lang, j, 2)})` : '0'}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
