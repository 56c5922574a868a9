// Start: the collaborations (seeded and imported), searchable and paged, and a new collaboration from a municipality picker.
import {
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
import { useEffect, useState, type FormEvent } from 'react';
import { useGqlQuery } from '../client';
import { graphql } from '../gql';
import { StartScreenQuery, startVariables } from './start-query';
import { num, useT } from '../i18n';
import { href, navigate, type Route } from '../route';
import { ErrorNote, Loading, inputValue } from '../components/ui';

export const MunicipalityPicker = graphql(`
  query MunicipalityPicker($search: String!) {
    municipalities(search: $search, first: 10) {
      edges {
        node {
          id
          name
          cbsCode
        }
      }
    }
  }
`);

export function StartScreen({ route }: { route: Route }) {
  const { tr, lang } = useT();
  const variables = startVariables(route.params);
  const search = variables.search ?? '';
  const after = variables.after ?? undefined;
  // The cursors of the pages before this one ('0' for the first page), so "previous" needs no backwards paging.
  const trail = (route.params.get('terug') ?? '').split('~').filter((c) => c !== '');
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    document.title = `${tr('Samenwerkingen', 'Collaborations')} — Harmonie`;
  });
  const { data, error, isPending } = useGqlQuery(
    StartScreenQuery,
    variables,
    { placeholderData: (previous) => previous },
  );

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('', null, { q: text.trim() }));
  };
  const page = data?.collaborations;
  const pageNo = trail.length + 1;
  const previous = trail.at(-1);

  return (
    <>
      <Heading level={1}>{tr('Samenwerkingen', 'Collaborations')}</Heading>
      <Paragraph>
        {tr(
          'Kies een samenwerkingsverband om te zien op welke voorzieningen het mag aansluiten, wat dat vraagt en welke audits samen kunnen.',
          'Choose a collaboration to see which facilities it may connect to, what that takes and which audits can be combined.',
        )}
      </Paragraph>
      <form role="search" onSubmit={onSearch} className="hm-inline-form">
        <FormFieldTextInput
          label={tr('Zoek op naam of id', 'Search by name or id')}
          name="q"
          type="search"
          value={text}
          onChange={(e) => setText(inputValue(e))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {tr('Zoeken', 'Search')}
        </Button>
      </form>
      <ErrorNote error={error} />
      {isPending && <Loading />}
      {page && (
        <>
          <Table className="hm-table" data-testid="collaborations">
            <TableCaption>
              {tr(`${num(lang, page.totalCount)} samenwerkingen, pagina ${pageNo}`, `${num(lang, page.totalCount)} collaborations, page ${pageNo}`)}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{tr('Naam', 'Name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Rechtsvorm', 'Legal form')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Deelnemers', 'Members')}</TableHeaderCell>
                <TableHeaderCell scope="col">{tr('Voorzieningen', 'Facilities')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <Link href={href('samenwerking', node.id, { f: node.facilities.map((f) => f.code).join(',') })}>{node.name}</Link>
                  </TableCell>
                  <TableCell>{node.legalForm?.name ?? tr('onbekend', 'unknown')}</TableCell>
                  <TableCell>{num(lang, node.members.length)}</TableCell>
                  <TableCell>{node.facilities.length ? node.facilities.map((f) => f.name).join(', ') : tr('onbekend', 'unknown')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <nav className="hm-pager" aria-label={tr('Pagina’s', 'Pages')}>
            {previous && (
              <Link
                href={href('', null, { q: search || undefined, na: previous === '0' ? undefined : previous, terug: trail.slice(0, -1).join('~') || undefined })}
              >
                {tr('Vorige pagina', 'Previous page')}
              </Link>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <Link href={href('', null, { q: search || undefined, na: page.pageInfo.endCursor, terug: [...trail, after ?? '0'].join('~') })}>
                {tr('Volgende pagina', 'Next page')}
              </Link>
            )}
          </nav>
          <NewCollaboration legalForms={data.legalForms} facilities={data.facilities} />
        </>
      )}
    </>
  );
}

interface Picked {
  id: string;
  name: string;
}

function NewCollaboration({
  legalForms,
  facilities,
}: {
  legalForms: Array<{ code: string; name: string }>;
  facilities: Array<{ code: string; name: string }>;
}) {
  const { tr } = useT();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Picked[]>([]);
  const [legalForm, setLegalForm] = useState('REGELING_ZONDER_MEER');
  const [chosen, setChosen] = useState<string[]>(['DIGID']);
  const found = useGqlQuery(MunicipalityPicker, { search: query }, { enabled: query.length >= 2 });

  const add = (m: Picked) => setPicked((p) => (p.some((x) => x.id === m.id) ? p : [...p, m]));
  const ready = picked.length >= 2 && chosen.length > 0;
  const subject = { m: picked.map((p) => p.id).join(','), lf: legalForm, f: chosen.join(',') };

  return (
    <section aria-labelledby="new-title" className="hm-panel">
      <Heading level={2} id="new-title">
        {tr('Nieuwe samenwerking', 'New collaboration')}
      </Heading>
      <Paragraph>
        {tr('Kies de deelnemende gemeenten, de rechtsvorm en de voorzieningen.', 'Pick the member municipalities, the legal form and the facilities.')}
      </Paragraph>
      <form
        className="hm-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(search.trim());
        }}
      >
        <FormFieldTextInput
          label={tr('Gemeente zoeken', 'Find a municipality')}
          name="municipality"
          value={search}
          onChange={(e) => setSearch(inputValue(e))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {tr('Zoek gemeente', 'Find municipality')}
        </Button>
      </form>
      <ErrorNote error={found.error} />
      {found.data && (
        <ul className="hm-plain-list" aria-label={tr('Gevonden gemeenten', 'Municipalities found')}>
          {found.data.municipalities.edges.map(({ node }) => (
            <li key={node.id}>
              <Button appearance="subtle-button" onClick={() => add({ id: node.id, name: node.name })}>
                {tr(`${node.name} toevoegen`, `Add ${node.name}`)}
              </Button>
            </li>
          ))}
          {found.data.municipalities.edges.length === 0 && <li>{tr('Geen gemeente gevonden.', 'No municipality found.')}</li>}
        </ul>
      )}
      <Heading level={3}>{tr('Deelnemers', 'Members')}</Heading>
      {picked.length === 0 ? (
        <Paragraph>{tr('Nog geen gemeenten gekozen (minstens twee).', 'No municipalities picked yet (at least two).')}</Paragraph>
      ) : (
        <ul className="hm-plain-list">
          {picked.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <Button appearance="subtle-button" onClick={() => setPicked((all) => all.filter((x) => x.id !== p.id))}>
                {tr(`${p.name} verwijderen`, `Remove ${p.name}`)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormFieldSelect label={tr('Rechtsvorm', 'Legal form')} name="legalForm" value={legalForm} onChange={(e) => setLegalForm(e.target.value)}>
        {legalForms.map((f) => (
          <SelectOption key={f.code} value={f.code}>
            {f.name}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <fieldset className="hm-fieldset">
        <legend>{tr('Voorzieningen', 'Facilities')}</legend>
        {facilities.map((f) => (
          <label key={f.code} className="hm-check">
            <Checkbox
              checked={chosen.includes(f.code)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, f.code] : c.filter((x) => x !== f.code)))}
            />{' '}
            {f.name}
          </label>
        ))}
      </fieldset>
      {ready ? (
        <Paragraph>
          <Link href={href('samenwerking', null, subject)}>{tr('Analyseer deze samenwerking', 'Analyse this collaboration')}</Link> ·{' '}
          <Link href={href('wat-als', null, subject)}>{tr('Wat-als', 'What-if')}</Link>
        </Paragraph>
      ) : (
        <Paragraph>{tr('Kies minstens twee gemeenten en één voorziening.', 'Pick at least two municipalities and one facility.')}</Paragraph>
      )}
    </section>
  );
}
