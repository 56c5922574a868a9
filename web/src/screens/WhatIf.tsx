// What-if: change legal form, members, facilities, date and policy; baseline and variant side by side with the cause
// of each difference; save, open and delete scenarios (ADVISOR).
import {
  Alert,
  Button,
  Checkbox,
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Link,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { SessionContext, useGqlMutation, useGqlQuery } from '../client';
import { ErrorNote, Loading, inputValue, JointAuditSwitches } from '../components/ui';
import { graphql } from '../gql';
import type { AnalysisInput, ConnectionMode, PolicyInput, ScenarioListQuery, WhatIfCompareQuery, WhatIfSetupQuery } from '../gql/graphql';
import { label, money, num, useT } from '../i18n';
import { href, subjectOf, type Route, type Subject } from '../route';
import { MunicipalityPicker } from './Start';

const WhatIfSetup = graphql(`
  query WhatIfSetup($id: ID!, $hasId: Boolean!) {
    collaboration(id: $id) @include(if: $hasId) {
      id
      name
      legalForm {
        code
      }
      members {
        id
        name
      }
      facilities {
        code
      }
    }
    legalForms {
      code
      name
    }
    facilities {
      code
      name
      auditRequirements {
        id
        name
        jointAllowed
      }
    }
  }
`);

const ScenarioList = graphql(`
  query ScenarioList($owner: ID) {
    scenarios(owner: $owner, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          updatedAt
          baseline {
            collaboration
            members
            legalForm
            facilities
            asOf
          }
          variant {
            collaboration
            members
            legalForm
            facilities
            asOf
            policy {
              connectionMode
              crossFacilityBundling
              auditRequirements {
                id
                jointAllowed
              }
            }
          }
        }
      }
    }
  }
`);

const WhatIfCompare = graphql(`
  query WhatIfCompare($baseline: AnalysisInput!, $variant: AnalysisInput!) {
    compareScenarios(baseline: $baseline, scenario: $variant) {
      inputChanges {
        dimension
        description
      }
      baseline {
        totals {
          connections
          oins
          certificates
          engagements
          baselineCost
          totalCost
          savings
        }
      }
      variant {
        totals {
          connections
          oins
          certificates
          engagements
          baselineCost
          totalCost
          savings
        }
      }
      differences {
        aspect
        facility {
          code
          name
        }
        baseline
        variant
        delta
        causes
      }
    }
  }
`);

const SaveScenario = graphql(`
  mutation SaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
    }
  }
`);

const DeleteScenario = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id)
  }
`);

/** The owner of scenarios saved without authentication (loopback demo): no acting-for is known then. */
const DEMO_OWNER = 'demo';

interface Variant {
  legalForm: string;
  members: Array<{ id: string; name: string }>;
  facilities: string[];
  asOf: string;
  connectionMode: ConnectionMode | '';
  crossFacilityBundling: boolean;
  joint: Record<string, boolean>;
}

type Setup = WhatIfSetupQuery;
type SavedScenario = ScenarioListQuery['scenarios']['edges'][number]['node'];

function startVariant(setup: Setup, subject: Subject): Variant {
  const c = setup.collaboration;
  return {
    legalForm: subject.legalForm ?? c?.legalForm?.code ?? '',
    members: subject.members ? subject.members.map((id) => ({ id, name: id })) : (c?.members ?? []),
    facilities: subject.facilities ?? c?.facilities.map((f) => f.code) ?? [],
    asOf: '',
    connectionMode: '',
    crossFacilityBundling: false,
    joint: {},
  };
}

/** The variant as an analysis input: only what differs from the baseline, so every difference has a named cause. */
function variantInput(baseline: Subject, start: Variant, v: Variant): AnalysisInput {
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  const policy: PolicyInput = {};
  if (v.connectionMode) policy.connectionMode = v.connectionMode;
  if (v.crossFacilityBundling) policy.crossFacilityBundling = true;
  const overrides = Object.entries(v.joint).map(([id, jointAllowed]) => ({ id, jointAllowed }));
  if (overrides.length) policy.auditRequirements = overrides;
  return {
    ...baseline,
    ...(v.legalForm !== start.legalForm ? { legalForm: v.legalForm } : {}),
    ...(!same(
      v.members.map((m) => m.id),
      start.members.map((m) => m.id),
    )
      ? { members: v.members.map((m) => m.id) }
      : {}),
    ...(!same(v.facilities, start.facilities) ? { facilities: v.facilities } : {}),
    ...(v.asOf ? { asOf: v.asOf } : {}),
    ...(Object.keys(policy).length ? { policy } : {}),
  };
}

export function WhatIfScreen({ route }: { route: Route }) {
  const { tr } = useT();
  const subject = subjectOf(route);
  const setup = useGqlQuery(WhatIfSetup, { id: subject?.collaboration ?? '', hasId: Boolean(subject?.collaboration) }, { enabled: subject !== null });
  useEffect(() => {
    document.title = `${tr('Wat-als', 'What-if')} — Harmonie`;
  });
  if (!subject) return <Paragraph>{tr('Deze samenwerking is onvolledig opgegeven.', 'This collaboration is not fully specified.')}</Paragraph>;
  if (setup.error) return <ErrorNote error={setup.error} />;
  if (!setup.data) return <Loading />;
  return <WhatIfForm key={JSON.stringify(subject)} setup={setup.data} subject={subject} openId={route.params.get('scenario')} />;
}

function WhatIfForm({ setup, subject, openId }: { setup: Setup; subject: Subject; openId: string | null }) {
  const { tr, lang } = useT();
  const session = useContext(SessionContext);
  const owner = session?.actingFor ?? DEMO_OWNER;
  const start = startVariant(setup, subject);
  const [v, setV] = useState<Variant>(start);
  const [asked, setAsked] = useState<{ baseline: AnalysisInput; variant: AnalysisInput } | null>(null);
  const [name, setName] = useState('');
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const [municipalitySearch, setMunicipalitySearch] = useState('');
  const [municipalityQuery, setMunicipalityQuery] = useState('');
  const queryClient = useQueryClient();

  const compare = useGqlQuery(WhatIfCompare, asked ?? { baseline: {}, variant: {} }, { enabled: asked !== null });
  const scenarios = useGqlQuery(ScenarioList, { owner: session ? null : DEMO_OWNER });
  const found = useGqlQuery(MunicipalityPicker, { search: municipalityQuery }, { enabled: municipalityQuery.length >= 2 });
  const save = useGqlMutation(SaveScenario);
  const remove = useGqlMutation(DeleteScenario);

  const open = (s: SavedScenario) => {
    const p = s.variant.policy;
    const joint: Record<string, boolean> = {};
    for (const o of p?.auditRequirements ?? []) if (o.jointAllowed !== null && o.jointAllowed !== undefined) joint[o.id] = o.jointAllowed;
    const next: Variant = {
      legalForm: s.variant.legalForm ?? start.legalForm,
      members: s.variant.members ? s.variant.members.map((id) => start.members.find((m) => m.id === id) ?? { id, name: id }) : start.members,
      facilities: s.variant.facilities ?? start.facilities,
      asOf: s.variant.asOf ?? '',
      connectionMode: p?.connectionMode ?? '',
      crossFacilityBundling: p?.crossFacilityBundling ?? false,
      joint,
    };
    setV(next);
    setName(s.name);
    setAsked({ baseline: subject, variant: variantInput(subject, start, next) });
  };
  // A scenario named in the address (?scenario=id) opens once the list is there.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened || !openId || !scenarios.data) return;
    const s = scenarios.data.scenarios.edges.find((e) => e.node.id === openId)?.node;
    if (s) open(s);
    setOpened(true);
  }, [openId, scenarios.data, opened]);

  const requirements = setup.facilities.flatMap((f) => f.auditRequirements.map((r) => ({ ...r, facility: f.name })));
  const run = () => setAsked({ baseline: subject, variant: variantInput(subject, start, v) });
  const onSave = async () => {
    setSavedNote(null);
    const variant = variantInput(subject, start, v);
    const result = await save
      .mutateAsync({ input: { name: name.trim() || tr('Naamloos scenario', 'Untitled scenario'), owner, baseline: subject, variant } })
      .catch(() => null);
    if (result) {
      setSavedNote(tr(`Scenario “${result.saveScenario.name}” is opgeslagen.`, `Scenario “${result.saveScenario.name}” is saved.`));
      await queryClient.invalidateQueries({ queryKey: ['ScenarioList'] });
    }
  };
  const onDelete = async (id: string) => {
    const ok = await remove.mutateAsync({ id }).catch(() => null);
    if (ok) await queryClient.invalidateQueries({ queryKey: ['ScenarioList'] });
  };
  const title = setup.collaboration?.name ?? tr('Nieuwe samenwerking', 'New collaboration');

  return (
    <>
      <Heading level={1}>{tr(`Wat-als: ${title}`, `What-if: ${title}`)}</Heading>
      <Paragraph>
        {tr(
          'Verander de samenwerking of het beleid en vergelijk met de huidige situatie.',
          'Change the collaboration or the policy and compare with the current situation.',
        )}
      </Paragraph>
      <form
        className="hm-panel"
        aria-labelledby="variant-title"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <Heading level={2} id="variant-title">
          {tr('Variant', 'Variant')}
        </Heading>
        <FormFieldSelect
          label={tr('Rechtsvorm', 'Legal form')}
          name="legalForm"
          value={v.legalForm}
          onChange={(e) => setV({ ...v, legalForm: e.target.value })}
        >
          {setup.legalForms.map((f) => (
            <SelectOption key={f.code} value={f.code}>
              {f.name}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <fieldset className="hm-fieldset">
          <legend>{tr('Deelnemers', 'Members')}</legend>
          <ul className="hm-plain-list">
            {v.members.map((m) => (
              <li key={m.id}>
                {m.name}{' '}
                <Button appearance="subtle-button" onClick={() => setV({ ...v, members: v.members.filter((x) => x.id !== m.id) })}>
                  {tr(`${m.name} verwijderen`, `Remove ${m.name}`)}
                </Button>
              </li>
            ))}
          </ul>
          <div className="hm-inline-form">
            <FormFieldTextInput
              label={tr('Gemeente toevoegen', 'Add a municipality')}
              name="addMunicipality"
              value={municipalitySearch}
              onChange={(e) => setMunicipalitySearch(inputValue(e))}
            />
            <Button appearance="secondary-action-button" onClick={() => setMunicipalityQuery(municipalitySearch.trim())}>
              {tr('Zoek gemeente', 'Find municipality')}
            </Button>
          </div>
          {found.data && (
            <ul className="hm-plain-list" aria-label={tr('Gevonden gemeenten', 'Municipalities found')}>
              {found.data.municipalities.edges.map(({ node }) => (
                <li key={node.id}>
                  <Button
                    appearance="subtle-button"
                    onClick={() => !v.members.some((m) => m.id === node.id) && setV({ ...v, members: [...v.members, { id: node.id, name: node.name }] })}
                  >
                    {tr(`${node.name} toevoegen`, `Add ${node.name}`)}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <fieldset className="hm-fieldset">
          <legend>{tr('Voorzieningen', 'Facilities')}</legend>
          {setup.facilities.map((f) => (
            <label key={f.code} className="hm-check">
              <Checkbox
                checked={v.facilities.includes(f.code)}
                onChange={(e) => setV({ ...v, facilities: e.target.checked ? [...v.facilities, f.code] : v.facilities.filter((x) => x !== f.code) })}
              />{' '}
              {f.name}
            </label>
          ))}
        </fieldset>
        <FormFieldTextInput
          label={tr('Peildatum', 'Date')}
          description={tr('Leeg: vandaag', 'Empty: today')}
          name="asOf"
          type="date"
          value={v.asOf}
          onChange={(e) => setV({ ...v, asOf: inputValue(e) })}
        />
        <fieldset className="hm-fieldset">
          <legend>{tr('Beleid', 'Policy')}</legend>
          <FormFieldSelect
            label={tr('Wijze van aansluiten', 'Connection mode')}
            name="connectionMode"
            value={v.connectionMode}
            onChange={(e) => setV({ ...v, connectionMode: e.target.value as ConnectionMode | '' })}
          >
            <SelectOption value="">{tr('Zoals nu', 'As now')}</SelectOption>
            <SelectOption value="AUTO">{label(lang, 'mode', 'AUTO')}</SelectOption>
            <SelectOption value="JOINT">{label(lang, 'mode', 'JOINT')}</SelectOption>
            <SelectOption value="PER_MEMBER">{label(lang, 'mode', 'PER_MEMBER')}</SelectOption>
          </FormFieldSelect>
          <label className="hm-check">
            <Checkbox checked={v.crossFacilityBundling} onChange={(e) => setV({ ...v, crossFacilityBundling: e.target.checked })} />{' '}
            {tr('Audits over voorzieningen heen bundelen', 'Bundle audits across facilities')}
          </label>
          <JointAuditSwitches requirements={requirements} joint={v.joint} onChange={(joint) => setV({ ...v, joint })} />
        </fieldset>
        <Button type="submit" appearance="primary-action-button">
          {tr('Vergelijken', 'Compare')}
        </Button>
      </form>

      <section aria-labelledby="result-title" aria-live="polite">
        <Heading level={2} id="result-title">
          {tr('Huidige situatie en variant', 'Baseline and variant')}
        </Heading>
        {!asked && <Paragraph>{tr('Kies een variant en vergelijk.', 'Choose a variant and compare.')}</Paragraph>}
        <ErrorNote error={compare.error} />
        {asked && compare.isFetching && <Loading />}
        {compare.data && <ComparisonView comparison={compare.data.compareScenarios} />}
      </section>

      <section aria-labelledby="scenarios-title" className="hm-panel">
        <Heading level={2} id="scenarios-title">
          {tr('Scenario’s', 'Scenarios')}
        </Heading>
        <div className="hm-inline-form">
          <FormFieldTextInput label={tr('Naam van het scenario', 'Scenario name')} name="scenarioName" value={name} onChange={(e) => setName(inputValue(e))} />
          <Button appearance="secondary-action-button" onClick={() => void onSave()} disabled={save.isPending}>
            {tr('Scenario opslaan', 'Save scenario')}
          </Button>
        </div>
        {savedNote && (
          <Alert type="ok" role="status">
            <Paragraph>{savedNote}</Paragraph>
          </Alert>
        )}
        <ErrorNote error={save.error ?? remove.error} />
        {scenarios.error?.kind === 'forbidden' ? (
          <Paragraph>{tr('Scenario’s bewaren en openen vraagt de rol ADVISOR.', 'Saving and opening scenarios needs the role ADVISOR.')}</Paragraph>
        ) : (
          <ErrorNote error={scenarios.error} />
        )}
        {scenarios.data && (
          <Table className="hm-table">
            <TableCaption>
              {tr(`Opgeslagen scenario’s (${scenarios.data.scenarios.totalCount})`, `Saved scenarios (${scenarios.data.scenarios.totalCount})`)}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{tr('Naam', 'Name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Gewijzigd', 'Updated')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Acties', 'Actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {scenarios.data.scenarios.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableHeaderCell scope="row">{node.name}</TableHeaderCell>
                  <TableCell>{new Date(node.updatedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</TableCell>
                  <TableCell>
                    {sameSubject(node.baseline, subject) ? (
                      <Button appearance="subtle-button" onClick={() => open(node)}>
                        {tr(`${node.name} openen`, `Open ${node.name}`)}
                      </Button>
                    ) : (
                      <Link
                        href={href(
                          'wat-als',
                          node.baseline.collaboration ?? null,
                          node.baseline.collaboration
                            ? { scenario: node.id }
                            : {
                                m: node.baseline.members?.join(','),
                                lf: node.baseline.legalForm ?? undefined,
                                f: node.baseline.facilities?.join(','),
                                scenario: node.id,
                              },
                        )}
                      >
                        {tr(`${node.name} openen`, `Open ${node.name}`)}
                      </Link>
                    )}{' '}
                    <Link href={href('rapport', null, { s: node.id, naam: node.name })}>{tr(`Rapport van ${node.name}`, `Report of ${node.name}`)}</Link>{' '}
                    <Button appearance="subtle-button" onClick={() => void onDelete(node.id)}>
                      {tr(`${node.name} verwijderen`, `Delete ${node.name}`)}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}

function sameSubject(b: { collaboration?: string | null; members?: string[] | null }, s: Subject): boolean {
  return b.collaboration ? b.collaboration === s.collaboration : !s.collaboration && (b.members ?? []).join() === (s.members ?? []).join();
}

type Comparison = WhatIfCompareQuery['compareScenarios'];

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { tr, lang } = useT();
  const b = comparison.baseline.totals;
  const w = comparison.variant.totals;
  const rows: Array<[string, number, number, boolean]> = [
    [tr('Aansluitingen', 'Connections'), b.connections, w.connections, false],
    [tr("OIN's", 'OINs'), b.oins, w.oins, false],
    [tr('Certificaten', 'Certificates'), b.certificates, w.certificates, false],
    [tr('Auditopdrachten', 'Audit engagements'), b.engagements, w.engagements, false],
    [tr('Auditkosten ieder apart', 'Audit cost each on its own'), b.baselineCost, w.baselineCost, true],
    [tr('Auditkosten gezamenlijk', 'Audit cost combined'), b.totalCost, w.totalCost, true],
    [tr('Besparing', 'Saving'), b.savings, w.savings, true],
  ];
  const show = (v: number, isMoney: boolean) => (isMoney ? money(lang, v) : num(lang, v));
  return (
    <>
      {comparison.inputChanges.length > 0 && (
        <ul aria-label={tr('Wijzigingen in de variant', 'Changes in the variant')}>
          {comparison.inputChanges.map((c, i) => (
            <li key={i}>
              <strong>{label(lang, 'dimension', c.dimension)}</strong>: {c.description}
            </li>
          ))}
        </ul>
      )}
      <Table className="hm-table" data-testid="totals">
        <TableCaption>{tr('Totalen: huidige situatie naast de variant', 'Totals: baseline beside the variant')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{tr('Onderdeel', 'Aspect')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Huidig', 'Baseline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Variant', 'Variant')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Verschil', 'Difference')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([name, x, y, isMoney]) => (
            <TableRow key={name}>
              <TableHeaderCell scope="row">{name}</TableHeaderCell>
              <TableCell>{show(x, isMoney)}</TableCell>
              <TableCell>{show(y, isMoney)}</TableCell>
              <TableCell>{show(y - x, isMoney)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table className="hm-table" data-testid="differences">
        <TableCaption>{tr('Elk verschil en de wijziging die het veroorzaakt', 'Every difference and the change that causes it')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{tr('Onderdeel', 'Aspect')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Voorziening', 'Facility')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Huidig', 'Baseline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Variant', 'Variant')}</TableHeaderCell>
            <TableHeaderCell scope="col">{tr('Oorzaak', 'Cause')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.differences.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{tr('Geen verschillen.', 'No differences.')}</TableCell>
            </TableRow>
          )}
          {comparison.differences.map((d, i) => (
            <TableRow key={i}>
              <TableHeaderCell scope="row">{label(lang, 'aspect', d.aspect)}</TableHeaderCell>
              <TableCell>{d.facility?.name ?? '—'}</TableCell>
              <TableCell>{d.delta !== null && d.delta !== undefined && /cost|savings/.test(d.aspect) ? money(lang, Number(d.baseline)) : d.baseline}</TableCell>
              <TableCell>{d.delta !== null && d.delta !== undefined && /cost|savings/.test(d.aspect) ? money(lang, Number(d.variant)) : d.variant}</TableCell>
              <TableCell>
                {d.causes.length ? d.causes.map((c) => label(lang, 'dimension', c)).join(', ') : tr('samenspel van wijzigingen', 'changes together')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
