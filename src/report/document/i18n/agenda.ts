// The 2015 agenda the recommendations take up, quoted as it stands in the KING impact analysis (Dutch, in both reports).

/** The 2015 agenda items and action the recommendations take up, quoted from the KING impact analysis (§4.3 and §5). */
export const AGENDA = {
  1: { quote: 'Mogelijkheid verkennen om het mandaat in GR statuut te regelen welke ook dekkend is voor informatievoorziening en –verwerking (model formulering)' },
  2: { quote: '“eenduidige” protocollen en handleidingen die een optimale implementatie mogelijk maken (bijvoorbeeld rondom certificaten)' },
  3: { quote: 'Afspreken werkwijze rondom benodigd audittrail DigiD samenwerkingsverbanden' },
  4: { quote: 'Brainstorm Logius-KING-gemeenten over de wijze waarop samenwerkingsverbanden kunnen worden gefaciliteerd vanuit de verschillende landelijke voorzieningen zoals GBA, GGK, SVB' },
  5: { quote: 'Analyse van de auditvoorwaarden van de voorzieningen (overlap en verschillen); Intern advies t.a.v. harmonisatie' },
} as const;
export type AgendaKey = keyof typeof AGENDA;
