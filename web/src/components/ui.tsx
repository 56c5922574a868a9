// Small shared pieces: loading and error states, a labelled bar chart with its figures in a table.
import { Alert, Checkbox, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ApiError } from '../api';
import { useT } from '../i18n';

export function Loading() {
  const { tr } = useT();
  return (
    <Paragraph role="status" aria-live="polite">
      {tr('Bezig met laden…', 'Loading…')}
    </Paragraph>
  );
}

/** An error of one request; an outage and a failed sign-in are shown by the app's banner and sign-in screen. */
export function ErrorNote({ error }: { error: ApiError | null }) {
  const { tr } = useT();
  // An outage is told once, by the banner at the top of every screen.
  if (!error || error.kind === 'unavailable' || error.kind === 'network') return null;
  const lead =
    error.kind === 'forbidden'
      ? tr('Dit mag met deze sleutel niet.', 'This key may not do this.')
      : error.kind === 'not-found'
        ? tr('Niet gevonden.', 'Not found.')
        : error.kind === 'bad-input'
          ? tr('De invoer klopt niet.', 'The input is not valid.')
          : tr('Het verzoek is mislukt.', 'The request failed.');
  return (
    <Alert type="error">
      <Paragraph>
        {lead} <span lang="en">{error.message}</span>
      </Paragraph>
    </Alert>
  );
}

export interface Bar {
  label: string;
  value: number;
}

/** A horizontal bar chart (SVG, hidden from screen readers) beside a table with the same figures. */
export function BarChart({ title, bars, format }: { title: string; bars: Bar[]; format: (v: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 28;
  const labelWidth = 260;
  const width = 720;
  return (
    <figure className="hm-chart">
      <svg viewBox={`0 0 ${width} ${bars.length * row + 8}`} width="100%" role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = Math.max(0, ((width - labelWidth - 120) * b.value) / max);
          return (
            <g key={`${b.label}-${i}`} transform={`translate(0, ${i * row + 4})`}>
              <text x={labelWidth - 8} y={row / 2 + 4} textAnchor="end" className="hm-chart__label">
                {b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label}
              </text>
              <rect x={labelWidth} y={4} width={w} height={row - 10} className={`hm-chart__bar hm-chart__bar--${i % 3}`} />
              <text x={labelWidth + w + 6} y={row / 2 + 4} className="hm-chart__value">
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

/**
 * The value of a FormFieldTextInput change: the component hands its input's change event on, but its type names the
 * wrapping div, so the target is read as the input it is.
 */
export function inputValue(event: { target: EventTarget }): string {
  return (event.target as HTMLInputElement).value;
}

export interface JointSwitchRequirement {
  id: string;
  name: string;
  jointAllowed: boolean;
}

/**
 * One checkbox per audit requirement: "a joint audit is allowed". `joint` holds only the overrides, the values that
 * differ from the graph's, so a policy names just what the advisor changed.
 */
export function JointAuditSwitches({
  requirements,
  joint,
  onChange,
}: {
  requirements: JointSwitchRequirement[];
  joint: Record<string, boolean>;
  onChange: (joint: Record<string, boolean>) => void;
}) {
  const { tr } = useT();
  return requirements.map((r) => (
    <label key={r.id} className="hm-check">
      <Checkbox
        checked={joint[r.id] ?? r.jointAllowed}
        onChange={(e) => {
          const next = { ...joint };
          if (e.target.checked === r.jointAllowed) delete next[r.id];
          else next[r.id] = e.target.checked;
          onChange(next);
        }}
      />{' '}
      {tr(`Gezamenlijke audit toegestaan: ${r.name}`, `Joint audit allowed: ${r.name}`)}
    </label>
  ));
}
