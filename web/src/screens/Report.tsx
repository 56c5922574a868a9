// Report: the harmonisation advice of a collaboration or a saved scenario as PDF, HTML, Markdown or JSON, in Dutch or English.
import { Alert, Button, FormFieldSelect, Heading, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useEffect, useState } from 'react';
import { ApiError } from '../api';
import { useGqlQuery, useGqlRunner } from '../client';
import { ErrorNote, Loading } from '../components/ui';
import { graphql } from '../gql';
import type { Language, ReportFormat } from '../gql/graphql';
import { useT } from '../i18n';
import { subjectOf, type Route } from '../route';

const ReportSetup = graphql(`
  query ReportSetup {
    collaborations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const HarmonisationReport = graphql(`
  query HarmonisationReport($input: AnalysisInput, $scenario: ID, $format: ReportFormat!, $language: Language!) {
    harmonisationReport(input: $input, scenario: $scenario, format: $format, language: $language) {
      mediaType
      filename
      content
    }
  }
`);

const FORMATS: Array<[ReportFormat, string]> = [
  ['PDF', 'PDF'],
  ['HTML', 'HTML'],
  ['MARKDOWN', 'Markdown'],
  ['JSON', 'JSON'],
];

/** Hands the report to the browser as a download: PDF content is base64, the other formats are text. */
function download(report: { mediaType: string; filename: string; content: string }): void {
  const bytes = report.mediaType.startsWith('application/pdf')
    ? Uint8Array.from(atob(report.content), (c) => c.charCodeAt(0))
    : new TextEncoder().encode(report.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: report.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = report.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportScreen({ route }: { route: Route }) {
  const { tr, lang } = useT();
  const scenario = route.params.get('s');
  const scenarioName = route.params.get('naam') ?? scenario;
  const subject = route.params.get('c') ? { collaboration: route.params.get('c')! } : subjectOf(route);
  const setup = useGqlQuery(ReportSetup, {}, { enabled: !scenario });
  const [collaboration, setCollaboration] = useState(subject?.collaboration ?? '');
  const [format, setFormat] = useState<ReportFormat>('PDF');
  const [language, setLanguage] = useState<Language>(lang === 'nl' ? 'NL' : 'EN');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useGqlRunner();
  useEffect(() => {
    document.title = `${tr('Rapport', 'Report')} — Harmonie`;
  });
  useEffect(() => {
    if (!collaboration && setup.data?.collaborations.edges[0]) setCollaboration(setup.data.collaborations.edges[0].node.id);
  }, [setup.data, collaboration]);

  const input = scenario ? null : subject && !subject.collaboration ? subject : collaboration ? { collaboration } : null;
  const onDownload = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await run(HarmonisationReport, { input, scenario, format, language });
      download(r.harmonisationReport);
      setDone(r.harmonisationReport.filename);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('other', String(e), null, 0));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{tr('Rapport', 'Report')}</Heading>
      <Paragraph>
        {tr(
          'Het harmonisatieadvies als document, om te delen met wie het moet lezen.',
          'The harmonisation advice as a document, to share with those who must read it.',
        )}
      </Paragraph>
      <form
        className="hm-panel"
        onSubmit={(e) => {
          e.preventDefault();
          void onDownload();
        }}
      >
        {scenario ? (
          <Paragraph>{tr(`Rapport van het opgeslagen scenario “${scenarioName}”.`, `Report of the saved scenario “${scenarioName}”.`)}</Paragraph>
        ) : subject && !subject.collaboration ? (
          <Paragraph>
            {tr(`Rapport van de nieuwe samenwerking (${subject.members?.join(', ')}).`, `Report of the new collaboration (${subject.members?.join(', ')}).`)}
          </Paragraph>
        ) : setup.data ? (
          <FormFieldSelect
            label={tr('Samenwerking', 'Collaboration')}
            name="collaboration"
            value={collaboration}
            onChange={(e) => setCollaboration(e.target.value)}
          >
            {setup.data.collaborations.edges.map(({ node }) => (
              <SelectOption key={node.id} value={node.id}>
                {node.name}
              </SelectOption>
            ))}
          </FormFieldSelect>
        ) : (
          <Loading />
        )}
        <ErrorNote error={setup.error} />
        <FormFieldSelect label={tr('Formaat', 'Format')} name="format" value={format} onChange={(e) => setFormat(e.target.value as ReportFormat)}>
          {FORMATS.map(([value, name]) => (
            <SelectOption key={value} value={value}>
              {name}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect
          label={tr('Taal van het rapport', 'Language of the report')}
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          <SelectOption value="NL">Nederlands</SelectOption>
          <SelectOption value="EN">English</SelectOption>
        </FormFieldSelect>
        <Button type="submit" appearance="primary-action-button" disabled={busy || (!input && !scenario)}>
          {tr('Rapport downloaden', 'Download report')}
        </Button>
      </form>
      {busy && <Loading />}
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{tr(`${done} is gedownload.`, `${done} has been downloaded.`)}</Paragraph>
        </Alert>
      )}
      <ErrorNote error={error} />
    </>
  );
}
