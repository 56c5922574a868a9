// Every fixed text of the report, one dictionary per language. Parameters arrive already formatted (see format.ts).
import type { InputDimension } from '../comparison-types.js';
import type { ConnectionPlanMode, OinKind, PlanTotals } from '../connection-plan.js';
import type { AuditScope, ConnectionRequirementKind, EligibilityStatus, Evidence } from '../model.js';
import type { ConnectionMode } from '../scope.js';
import type { MarkCode, RendererLabels, ReportLanguage, SectionId } from './document.js';

/** The 2015 agenda items and action the recommendations take up, quoted from the KING impact analysis (§4.3 and §5). */
export const AGENDA = {
  1: { quote: 'Mogelijkheid verkennen om het mandaat in GR statuut te regelen welke ook dekkend is voor informatievoorziening en –verwerking (model formulering)' },
  2: { quote: '“eenduidige” protocollen en handleidingen die een optimale implementatie mogelijk maken (bijvoorbeeld rondom certificaten)' },
  3: { quote: 'Afspreken werkwijze rondom benodigd audittrail DigiD samenwerkingsverbanden' },
  4: { quote: 'Brainstorm Logius-KING-gemeenten over de wijze waarop samenwerkingsverbanden kunnen worden gefaciliteerd vanuit de verschillende landelijke voorzieningen zoals GBA, GGK, SVB' },
  5: { quote: 'Analyse van de auditvoorwaarden van de voorzieningen (overlap en verschillen); Intern advies t.a.v. harmonisatie' },
} as const;
export type AgendaKey = keyof typeof AGENDA;

type Pair = [string, string];
type CountKey = keyof PlanTotals | 'engagements' | 'baselineCost' | 'totalCost' | 'savings';

export interface Dictionary {
  title: string;
  subtitle: (collaboration: string) => string;
  fileStemPrefix: string;
  adHocName: (members: number) => string;
  variant: string;
  yes: string;
  no: string;
  dash: string;
  labels: RendererLabels;
  marks: Record<MarkCode, string>;
  status: Record<EligibilityStatus, string>;
  mode: Record<ConnectionPlanMode, string>;
  evidence: Record<Evidence, string>;
  auditScope: Record<AuditScope, string>;
  oinKind: Record<OinKind, string>;
  requirementKind: Record<ConnectionRequirementKind, string>;
  dimension: Record<InputDimension, string>;
  connectionMode: Record<ConnectionMode, string>;
  headings: Record<SectionId, string>;
  meta: { collaboration: string; legalForm: string; members: string; facilities: string; asOf: string; scenario: string; generatedAt: string };
  columns: { facility: string; measure: string; difference: string; total: string };
  counts: Record<CountKey, string>;
  summary: {
    intro: (p: { collaboration: string; adHoc: boolean; form: string; members: string; facilities: string; asOf: string }) => string;
    figures: { members: string; legalForm: string; facilities: string; joint: string; perMember: string; blocked: string; baselineCost: string; optimalCost: string; savings: string; optimal: string };
    versusStatusQuo: (n: string) => string;
    ofFacilities: (n: string) => string;
    baselineEngagements: (n: string) => string;
    engagementsCount: (n: string) => string;
    solver: (status: string) => string;
    findingsHeading: string;
    findingModes: (p: { joint: string; perMember: string; blocked: string; total: string; form: string }) => string;
    findingCounts: (p: { connections: Pair; oins: Pair; certificates: Pair }) => string;
    findingBlockedForForm: (facilities: string, form: string) => string;
    findingAuditSaves: (p: { engagements: string; obligations: string; optimal: string; baseline: string; savings: string }) => string;
    findingAuditNoSavings: (obligations: string, baseline: string) => string;
    findingComparison: (p: { scenario: string; cost: Pair; certificates: Pair }) => string;
    findingRecommendations: (n: string, section: number) => string;
    findingNoRecommendations: string;
    marksLegend: string;
    /** Said when the knowledge graph's own texts are in another language than the report; null when they are not. */
    dataLanguageNote: string | null;
  };
  legal: {
    formFacts: (p: { wgr: string; personality: string; oin: string }) => string;
    noWgrArticle: string;
    tableIntro: (form: string, asOf: string) => string;
    tableCaption: (form: string) => string;
    statusForForm: string;
    statusForMember: string;
    legalBasis: string;
    basis: string;
    reason: string;
    condition: string;
    workaround: string;
    membersMay: (status: string) => string;
  };
  plan: {
    intro: (mode: string) => string;
    joint: (form: string) => string;
    jointConditional: (form: string) => string;
    oinOwn: string;
    oinSub: (form: string) => string;
    perMemberForced: string;
    perMemberBlocked: (form: string) => string;
    memberConditional: string;
    blockedForcedJoint: (form: string) => string;
    blockedBoth: (form: string) => string;
    membersHold: (n: string) => string;
    tableCaption: string;
    mode: string;
    holders: string;
    oin: string;
    /** Column headers of plan figures with the status quo in brackets. */
    connectionsVsStatusQuo: string;
    certificatesVsStatusQuo: string;
    networkVsStatusQuo: string;
    versus: (plan: string, statusQuo: string) => string;
    totalsHeading: string;
    totalsCaption: string;
    thisPlan: string;
    statusQuo: string;
    countingNote: string;
    requirementsHeading: string;
    requirementsCaption: (asOf: string) => string;
    kind: string;
    requirement: string;
    certificateOrNetwork: string;
  };
  overlap: {
    requirementsHeading: string;
    noSharedRequirements: string;
    sharedIntro: (n: string) => string;
    sharedItem: (kind: string, facilities: string) => string;
    normsHeading: string;
    noFrameworks: string;
    frameworksCaption: (asOf: string) => string;
    framework: string;
    name: string;
    owner: string;
    norms: string;
    unidentified: string;
    unidentifiedNote: string;
    pairsCaption: string;
    frameworkA: string;
    frameworkB: string;
    shared: string;
    union: string;
    jaccard: string;
    partial: string;
    heatmapTitle: string;
    heatmapDescription: string;
    testOnce: (tested: string, before: string) => string;
    pairsHeading: string;
    morePairs: (n: string) => string;
    mappingNote: (total: string, own: string) => string;
    mappingInferredNote: string;
  };
  audit: {
    method: string;
    result: (p: { obligations: string; engagements: string; baseline: string; optimal: string; savings: string; percent: string }) => string;
    proven: (method: string, status: string) => string;
    notProven: (method: string, status: string) => string;
    chartTitle: string;
    chartDescription: string;
    baselineBar: string;
    optimalBar: string;
    costSeries: string;
    costAxis: string;
    months: (n: string) => string;
    engagementsCaption: string;
    engagement: string;
    evidenceColumn: string;
    cycle: string;
    subjects: string;
    requirements: string;
    testedNorms: string;
    cost: string;
    separationsHeading: string;
    noSeparations: string;
    separation: {
      evidence: (evidences: string) => string;
      cycle: (evidence: string, cycles: string) => string;
      facility: (facilities: string, evidence: string, months: string) => string;
      notJoint: (requirement: string, subjects: string, asOf: string, collaborationIncluded: boolean) => string;
    };
    policyHeading: string;
    policy: {
      connectionMode: (mode: string) => string;
      noBundling: string;
      requirement: (name: string, changes: string) => string;
      cost: (evidence: string, fixed: string, subject: string) => string;
      weight: (framework: string, weight: string) => string;
    };
    costLine: (evidence: string, fixed: string, subject: string) => string;
    costModel: (costs: string, weights: string) => string;
  };
  comparison: {
    unnamed: string;
    intro: (name: string) => string;
    noInputChanges: string;
    totalsCaption: (name: string) => string;
    baseline: string;
    variant: string;
    chartTitle: string;
    chartDescription: string;
    notInScope: string;
    eligibility: string;
    connection: string;
    facilitiesCaption: string;
    aspect: string;
    causes: string;
    combinationOnly: string;
    differencesCaption: string;
    aspectName: (aspect: string) => string;
    noDifferences: string;
  };
  recs: {
    agendaReference: Record<AgendaKey, string>;
    intro: string;
    none: string;
    mandate: {
      title: string;
      perMemberTrigger: (p: { count: string; total: string; facilities: string; form: string; connections: string; oinMissing: boolean }) => string;
      blockedTrigger: (count: string, facilities: string) => string;
      advice: string;
      adviceForm: (form: string) => string;
      effectCompared: (p: { scenario: string; connections: Pair; oins: Pair; certificates: Pair }) => string;
      effectEstimate: (connections: string, certificates: string) => string;
    };
    certificates: {
      title: string;
      totalTrigger: (certificates: string, members: string, statusQuo: string) => string;
      perMemberTrigger: (facilities: string, certificates: string) => string;
      adviceProtocols: string;
      adviceServer: string;
      effectCompared: (scenario: string, baseline: string, variant: string) => string;
      effectEstimate: (onePoint: string, total: string) => string;
    };
    digid: {
      title: string;
      trigger: (requirement: string, subjects: string, asOf: string) => string;
      adviceArrangement: string;
      adviceMeervoudig: string;
      effectCompared: (p: { scenario: string; baseline: string; variant: string; saving: string }) => string;
      effectEstimate: (p: { current: string; alternative: string; saving: string }) => string;
    };
    facilities: {
      title: string;
      trigger: (count: string, total: string, form: string, facilities: string) => string;
      adviceOwner: (facilities: string) => string;
      adviceMeanwhile: (workarounds: string) => string;
      effectCompared: (scenario: string, facilities: string) => string;
    };
    bundling: {
      title: string;
      trigger: (p: { obligations: string; engagements: string; baseline: string; optimal: string }) => string;
      advicePlan: string;
      adviceEnsia: string;
      effect: (savings: string, percent: string, optimal: boolean) => string;
    };
  };
  sources: { intro: string };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Aspect names the comparison uses (English, from the domain), in Dutch. */
const NL_ASPECTS: Record<string, string> = {
  eligibility: 'toelaatbaarheid',
  'connection mode': 'wijze van aansluiten',
  connections: 'aansluitingen',
  oins: "OIN's",
  OINs: "OIN's",
  OIN: 'OIN',
  holders: 'aansluithouders',
  agreements: 'overeenkomsten',
  registrations: 'registraties',
  accounts: 'accounts',
  certificates: 'certificaten',
  'network connections': 'netwerkaansluitingen',
  engagements: 'auditopdrachten',
  'baseline audit cost': 'auditkosten status quo',
  'optimal audit cost': 'optimale auditkosten',
  savings: 'besparing',
};

const NL: Dictionary = {
  title: 'Harmonisatieadvies aansluit- en auditeisen',
  subtitle: (c) => `${c}: aansluitvoorwaarden, audits en harmonisatie`,
  fileStemPrefix: 'harmonisatieadvies',
  adHocName: (n) => `Samenwerkingsverband van ${n} ${plural(n, 'gemeente', 'gemeenten')}`,
  variant: 'variant',
  yes: 'ja',
  no: 'nee',
  dash: '—',
  labels: {
    pageOf: 'Pagina {page} van {pages}',
    chartAsTable: 'Grafiek als tabel met de cijfers; de HTML- en PDF-versie tonen de grafiek zelf.',
    heatmapCorner: 'Normenkader',
    barCategory: 'Categorie',
    sourceDate: 'datum',
    sourceSection: 'onderdeel',
    assumption: 'basis van aangenomen kostencijfers',
    agendaItem: 'Agendapunt (KING, 2015)',
    trigger: 'Aanleiding in de cijfers',
    advice: 'Advies',
    effect: 'Effect',
    contents: 'Inhoud',
    generatedBy: 'Opgesteld met Harmonie',
  },
  marks: { INFERRED: 'AFGELEID', UNCONFIRMED: 'NIET BEVESTIGD', ASSUMPTION: 'AANNAME' },
  status: { ALLOWED: 'Toegestaan', CONDITIONAL: 'Onder voorwaarden', BLOCKED: 'Geblokkeerd' },
  mode: { JOINT: 'Gezamenlijk', PER_MEMBER: 'Per gemeente', BLOCKED: 'Geblokkeerd' },
  evidence: { IT_AUDIT: 'IT-audit', SELF_EVALUATION: 'Zelfevaluatie' },
  auditScope: { PER_CONNECTION: 'per aansluiting', PER_MEMBER: 'per gemeente' },
  oinKind: { OWN: 'Eigen OIN', SUB_OIN: 'SubOIN onder een lid', MEMBERS: 'OIN per gemeente', NONE: 'Geen OIN nodig' },
  requirementKind: {
    IDENTITY: 'Identiteit',
    CERTIFICATE: 'Certificaat',
    NETWORK: 'Netwerk',
    AGREEMENT: 'Overeenkomst',
    AUTHORISATION: 'Autorisatie',
    LEGAL_BASIS: 'Wettelijke grondslag',
    REGISTRATION: 'Registratie',
    ACCOUNT: 'Account',
    TEST: 'Test',
  },
  dimension: { LEGAL_FORM: 'Rechtsvorm', MEMBERS: 'Leden', FACILITIES: 'Voorzieningen', POLICY: 'Beleid', DATE: 'Peildatum' },
  connectionMode: {
    AUTO: 'gezamenlijk waar de rechtsvorm dat toestaat, anders per gemeente',
    JOINT: 'gezamenlijk (opgelegd)',
    PER_MEMBER: 'per gemeente (opgelegd)',
  },
  headings: {
    summary: 'Samenvatting',
    'legal-form': 'Rechtsvorm en wat die toestaat',
    'connection-plan': 'Aansluitplan',
    overlap: 'Overlap van eisen en normen',
    'joint-audit': 'Minimale gezamenlijke audit',
    comparison: 'Wat-als-vergelijking',
    recommendations: 'Aanbevelingen',
    sources: 'Bronnen',
  },
  meta: {
    collaboration: 'Samenwerkingsverband',
    legalForm: 'Rechtsvorm',
    members: 'Deelnemende gemeenten',
    facilities: 'Landelijke voorzieningen',
    asOf: 'Peildatum',
    scenario: 'Scenario',
    generatedAt: 'Opgesteld op',
  },
  columns: { facility: 'Voorziening', measure: 'Omvang', difference: 'Verschil', total: 'Totaal' },
  counts: {
    connections: 'Aansluitingen',
    oins: "OIN's",
    certificates: 'Certificaten',
    networkConnections: 'Netwerkaansluitingen',
    agreements: 'Overeenkomsten',
    authorisations: 'Autorisaties',
    registrations: 'Registraties',
    accounts: 'Accounts',
    engagements: 'Auditopdrachten',
    baselineCost: 'Auditkosten status quo',
    totalCost: 'Optimale auditkosten',
    savings: 'Besparing',
  },
  summary: {
    intro: (p) =>
      `${p.adHoc ? `De ${p.members} gemeenten werken als ${p.form} samen en gebruiken` : `${p.collaboration} werkt als ${p.form} met ${p.members} gemeenten samen en gebruikt`} ${p.facilities}. Dit rapport zet op peildatum ${p.asOf} de aansluitvoorwaarden en auditeisen van die voorzieningen naast elkaar, berekent de goedkoopste gezamenlijke audit en leidt daaruit aanbevelingen af. Het is de analyse waar de KING-impactanalyse van 2015 om vroeg: overlap en verschillen in aansluit- en auditvoorwaarden, en advies over harmonisatie.`,
    figures: {
      members: 'Gemeenten',
      legalForm: 'Rechtsvorm',
      facilities: 'Voorzieningen',
      joint: 'Gezamenlijk aangesloten',
      perMember: 'Per gemeente aangesloten',
      blocked: 'Door niemand aan te sluiten',
      baselineCost: 'Auditkosten status quo',
      optimalCost: 'Auditkosten optimaal',
      savings: 'Besparing',
      optimal: 'Optimum bewezen',
    },
    versusStatusQuo: (n) => `status quo: ${n}`,
    ofFacilities: (n) => `van ${n} voorzieningen`,
    baselineEngagements: (n) => `${n} losse auditverplichtingen`,
    engagementsCount: (n) => `${n} auditopdrachten`,
    solver: (s) => `oplosserstatus: ${s}`,
    findingsHeading: 'Belangrijkste bevindingen',
    findingModes: (p) =>
      `Van de ${p.total} voorzieningen sluit het samenwerkingsverband als ${p.form} er ${p.joint} gezamenlijk aan; ${p.perMember} ${p.perMember === '1' ? 'wordt' : 'worden'} per gemeente aangesloten en ${p.blocked} ${p.blocked === '1' ? 'kan' : 'kunnen'} door niemand worden aangesloten.`,
    findingCounts: (p) =>
      `Dit plan vraagt ${p.connections[0]} ${p.connections[0] === '1' ? 'aansluiting' : 'aansluitingen'}, ${p.oins[0]} ${p.oins[0] === '1' ? 'OIN' : "OIN's"} en ${p.certificates[0]} ${p.certificates[0] === '1' ? 'certificaat' : 'certificaten'}; als elke gemeente zelf aansluit (status quo) zijn dat er ${p.connections[1]}, ${p.oins[1]} en ${p.certificates[1]}.`,
    findingBlockedForForm: (fs, form) => `Voor ${form} geblokkeerd: ${fs}. De gemeenten moeten daar zelf aansluiten, of een workaround gebruiken (zie §2).`,
    findingAuditSaves: (p) =>
      `De minimale gezamenlijke audit bundelt ${p.obligations} auditverplichtingen in ${p.engagements} opdrachten en kost ${p.optimal} per cyclus in plaats van ${p.baseline}: ${p.savings} minder.`,
    findingAuditNoSavings: (o, b) => `De ${o} auditverplichtingen zijn niet goedkoper te bundelen dan in de status quo (${b} per cyclus); §5 zegt welke regels ze uit elkaar houden.`,
    findingComparison: (p) =>
      `Wat-als „${p.scenario}”: optimale auditkosten ${p.cost[0]} → ${p.cost[1]}, certificaten ${p.certificates[0]} → ${p.certificates[1]} (zie §6).`,
    findingRecommendations: (n, s) => `Uit deze cijfers ${n === '1' ? 'volgt 1 aanbeveling' : `volgen ${n} aanbevelingen`} (§${s}).`,
    findingNoRecommendations: 'Uit deze cijfers volgt geen aanbeveling.',
    marksLegend:
      'Markeringen: AFGELEID = door analisten afgeleid uit bronnen, geen vastgesteld recht; NIET BEVESTIGD = door geen openbare bron bevestigd; AANNAME = een aangenomen cijfer (zoals de auditkosten), geen gepubliceerd gegeven. Getallen tussen rechte haken verwijzen naar de bronnen in het laatste hoofdstuk.',
    dataLanguageNote:
      'Redenen, voorwaarden, workarounds, eisen en toelichtingen uit de kennisgraaf zijn letterlijk overgenomen en staan in het Engels, de taal waarin de bronnen zijn vastgelegd.',
  },
  legal: {
    formFacts: (p) => `Wgr: ${p.wgr}. Rechtspersoonlijkheid: ${p.personality}. Eigen OIN: ${p.oin}.`,
    noWgrArticle: 'geen regeling onder de Wgr',
    tableIntro: (form, asOf) => `Wat ${form} op ${asOf} per voorziening mag, met wat een gemeente zelf mag ernaast (de terugvaloptie: elke gemeente sluit zelf aan).`,
    tableCaption: (form) => `Toelaatbaarheid van ${form} per voorziening`,
    statusForForm: 'Samenwerkingsverband',
    statusForMember: 'Gemeente zelf',
    legalBasis: 'Grondslag',
    basis: 'grondslag',
    reason: 'Reden',
    condition: 'Voorwaarde',
    workaround: 'Workaround',
    membersMay: (s) => `De gemeenten zelf: ${s.toLowerCase()}; zij kunnen dus elk apart aansluiten.`,
  },
  plan: {
    intro: (m) => `Wie houdt de aansluiting op elke voorziening? Gekozen wijze: ${m}. Naast elk cijfer staat de status quo waarin elke gemeente zelf aansluit.`,
    joint: (form) => `${form} sluit zelf aan.`,
    jointConditional: (form) => `${form} sluit zelf aan zodra aan de voorwaarden is voldaan (zie §2).`,
    oinOwn: 'De aansluiting rust op het eigen OIN van het samenwerkingsverband.',
    oinSub: (form) => `${form} krijgt geen eigen OIN: de aansluiting rust op een SubOIN dat een van de leden aanvraagt.`,
    perMemberForced: 'Aansluiten per gemeente is opgelegd in het beleid van deze analyse.',
    perMemberBlocked: (form) => `${form} mag niet zelf aansluiten (zie §2); elke gemeente sluit daarom zelf aan.`,
    memberConditional: 'Ook de gemeenten zelf sluiten alleen onder voorwaarden aan.',
    blockedForcedJoint: (form) => `Gezamenlijk aansluiten is opgelegd, maar ${form} mag niet zelf aansluiten; de voorziening valt daarom buiten het plan.`,
    blockedBoth: (form) => `Noch ${form} noch de gemeenten zelf mogen aansluiten; de voorziening valt buiten het plan.`,
    membersHold: (n) => `${n} gemeenten`,
    tableCaption: 'Aansluitplan per voorziening, naast de status quo',
    mode: 'Wijze',
    holders: 'Aansluithouder(s)',
    oin: 'OIN',
    connectionsVsStatusQuo: 'Aansluit\u00adingen (status quo)',
    certificatesVsStatusQuo: 'Certifi\u00adcaten (status quo)',
    networkVsStatusQuo: 'Netwerk\u00adaansluit\u00adingen (status quo)',
    versus: (p, q) => `${p} (${q})`,
    totalsHeading: 'Totalen',
    totalsCaption: 'Totalen van dit plan naast de status quo',
    thisPlan: 'Dit plan',
    statusQuo: 'Status quo',
    countingNote:
      'Telwijze: één certificaat per OIN per aansluitpunt, dus per aansluithouder; een houder sluit één keer aan op een netwerk en rust op één OIN, hoeveel voorzieningen die ook gebruiken.',
    requirementsHeading: 'Aansluitvoorwaarden',
    requirementsCaption: (d) => `Aansluitvoorwaarden per voorziening op ${d}`,
    kind: 'Soort',
    requirement: 'Voorwaarde',
    certificateOrNetwork: 'Certificaat of netwerk',
  },
  overlap: {
    requirementsHeading: 'Gedeelde aansluitvoorwaarden',
    noSharedRequirements: 'Geen aansluitvoorwaarde komt bij meer dan één van deze voorzieningen terug.',
    sharedIntro: (n) => `${n} aansluitvoorwaarden komen bij meer dan één voorziening terug en worden één keer vervuld:`,
    sharedItem: (kind, fs) => `${kind}; gedeeld door ${fs}.`,
    normsHeading: 'Overlap van auditnormen',
    noFrameworks: 'Deze voorzieningen hebben op de peildatum geen auditnormenkader.',
    frameworksCaption: (d) => `Normenkaders van de audits op ${d}`,
    framework: 'Kader',
    name: 'Naam',
    owner: 'Eigenaar',
    norms: 'Normen',
    unidentified: 'Niet geïdentificeerd',
    unidentifiedNote: 'Normen waarvan bekend is dat ze bestaan maar die geen openbare bron bij naam noemt; ze staan als plaatshouder in de kennisgraaf.',
    pairsCaption: 'Normoverlap per paar normenkaders',
    frameworkA: 'Kader A',
    frameworkB: 'Kader B',
    shared: 'Gedeeld',
    union: 'Samen',
    jaccard: 'Jaccard-index',
    partial: 'Gedeeltelijk',
    heatmapTitle: 'Normoverlap tussen de normenkaders (Jaccard-index)',
    heatmapDescription:
      'Elke cel geeft het deel van de norminhoud dat twee kaders delen: gedeelde eenheden gedeeld door alle eenheden van beide (0 = niets gemeen, 1 = gelijk). Gelijke normen (EQUAL) en deelverzamelingen (SUBSET_OF) tellen als gedeeld, ook via de BIO; gedeeltelijke overlap (INTERSECTS) telt niet mee.',
    testOnce: (t, b) => `Een gecombineerde audit van deze kaders toetst ${t} normen in plaats van ${b}: wat kaders delen, wordt één keer getoetst.`,
    pairsHeading: 'Gedeelde normen',
    morePairs: (n) => `en nog ${n} paren`,
    mappingNote: (total, own) =>
      `Deze overlap rust op ${total} koppelingen tussen normen; ${own} daarvan zijn de eigen inhoudelijke analyse van de analisten (er is geen gepubliceerde koppeling van DigiD- of Suwinetnormen op de BIO).`,
    mappingInferredNote: 'Koppelingen met grondslag SEMANTIC zijn door analisten gelegd en moeten door een deskundige worden bevestigd.',
  },
  audit: {
    method:
      'Elke auditeis levert verplichtingen op: per aansluiting of per gemeente. Verplichtingen mogen in één auditopdracht samen als ze hetzelfde soort bewijs en dezelfde cyclus hebben, als een eis die voor meer dan één onderwerp geldt gezamenlijk getoetst mag worden (jointAllowed), en, als bundelen over voorzieningen heen uit staat, als ze bij één voorziening horen. Een opdracht kost vaste kosten, kosten per onderwerp en het gewicht van elke getoetste norm; normen die kaders delen worden één keer getoetst. De status quo geeft elke verplichting een eigen opdracht.',
    result: (p) =>
      `${p.obligations} auditverplichtingen. Status quo: ${p.obligations} opdrachten, ${p.baseline} per cyclus. Minimale gezamenlijke audit: ${p.engagements} opdrachten, ${p.optimal}. Besparing: ${p.savings} (${p.percent}).`,
    proven: (m, s) => `Dit is bewezen het goedkoopste plan (methode: ${m}; status: ${s}).`,
    notProven: (m, s) => `Niet bewezen dat dit het goedkoopste plan is (methode: ${m}; status: ${s}); het is wel een toegestaan plan.`,
    chartTitle: 'Auditkosten per cyclus: status quo en optimaal',
    chartDescription: 'Kosten van alle auditverplichtingen per cyclus, eerst elk apart (status quo), dan gebundeld in de minimale gezamenlijke audit. Kostencijfers zijn aannames.',
    baselineBar: 'Status quo',
    optimalBar: 'Minimale gezamenlijke audit',
    costSeries: 'Kosten',
    costAxis: 'Kosten per cyclus (€)',
    months: (n) => `${n} mnd`,
    engagementsCaption: 'Auditopdrachten van de minimale gezamenlijke audit (kosten per cyclus; aanname)',
    engagement: 'Opdracht',
    evidenceColumn: 'Bewijs',
    cycle: 'Cyclus',
    subjects: 'Onderwerpen',
    requirements: 'Auditeisen',
    testedNorms: 'Getoetste normen',
    cost: 'Kosten',
    separationsHeading: 'Wat verplichtingen uit elkaar houdt',
    noSeparations: 'Geen regel houdt verplichtingen uit elkaar.',
    separation: {
      evidence: (e) => `Verschillend soort bewijs (${e}): een IT-audit en een zelfevaluatie kunnen niet in één opdracht.`,
      cycle: (e, c) => `${e}: verschillende cycli (${c} maanden) kunnen niet in één opdracht.`,
      facility: (fs, e, m) => `Bundelen over voorzieningen heen staat uit: de audits van ${fs} (${e}, ${m} maanden) blijven apart.`,
      notJoint: (r, n, d, c) =>
        `${r} mag op ${d} niet gezamenlijk worden getoetst (jointAllowed = false): de verplichtingen van ${n} ${c ? 'onderwerpen' : 'gemeenten'} blijven elk in een eigen opdracht.`,
    },
    policyHeading: 'Afwijkend beleid in deze analyse',
    policy: {
      connectionMode: (m) => `Wijze van aansluiten: ${m}.`,
      noBundling: 'Bundelen van audits over voorzieningen heen staat uit.',
      requirement: (n, c) => `${n}: ${c}.`,
      cost: (e, fx, s) => `Kosten ${e}: vast ${fx}, per onderwerp ${s}.`,
      weight: (fw, w) => `Gewicht per norm van ${fw}: ${w}.`,
    },
    costLine: (e, fx, s) => `${e}: ${fx} vast per opdracht plus ${s} per onderwerp`,
    costModel: (c, w) =>
      `Kostenmodel: ${c}; standaardgewicht per getoetste norm: ${w}. Deze bedragen zijn aannames, afgestemd op de 10–15k euro per DigiD-audit per gemeente die de impactanalyse van 2015 noemt; ze zijn per analyse aan te passen.`,
  },
  comparison: {
    unnamed: 'variant',
    intro: (n) => `De wat-als-vergelijking „${n}” zet de uitgangssituatie naast een variant. Wat in de invoer verschilt:`,
    noInputChanges: 'De invoer van de variant is gelijk aan die van de uitgangssituatie.',
    totalsCaption: (n) => `Uitgangssituatie en variant „${n}”`,
    baseline: 'Uitgangssituatie',
    variant: 'Variant',
    chartTitle: 'Auditkosten per cyclus: uitgangssituatie en variant',
    chartDescription: 'Status-quo- en optimale auditkosten van beide scenario’s. Kostencijfers zijn aannames.',
    notInScope: 'niet in scope',
    eligibility: 'Toelaatbaarheid',
    connection: 'Wijze van aansluiten',
    facilitiesCaption: 'Veranderingen per voorziening',
    aspect: 'Aspect',
    causes: 'Oorzaak',
    combinationOnly: 'alleen de combinatie van wijzigingen',
    differencesCaption: 'Elk verschil met de wijziging die het veroorzaakt',
    aspectName: (a) => { const n = NL_ASPECTS[a] ?? a; return n.charAt(0).toUpperCase() + n.slice(1); },
    noDifferences: 'De variant geeft geen andere uitkomsten.',
  },
  recs: {
    agendaReference: {
      1: 'Agenda Logius-KING, punt 1',
      2: 'Agenda Logius-KING, punt 2',
      3: 'Agenda Logius-KING, punt 3',
      4: 'Agenda Logius-KING, punt 4',
      5: 'Actie „Onderzoek aansluitvoorwaarden en auditeisen”, stap 2 en 3',
    },
    intro:
      'Deze aanbevelingen volgen met vaste regels uit de cijfers hierboven: een aanbeveling staat hier alleen als de cijfers haar dragen. Elke aanbeveling noemt het cijfer waaruit zij volgt en het punt van de Logius-KING-agenda of de actielijst uit de impactanalyse van 2015 dat zij oppakt.',
    none: 'Uit de cijfers volgt geen aanbeveling: er is geen voorziening geblokkeerd of alleen per gemeente aan te sluiten, er zijn niet meer certificaten dan gemeenten, en bundelen van audits levert niets op.',
    mandate: {
      title: 'Leg het mandaat voor informatievoorziening vast in de regeling',
      perMemberTrigger: (p) =>
        `${p.count} van ${p.total} voorzieningen (${p.facilities}) moeten per gemeente worden aangesloten omdat ${p.form} ${p.oinMissing ? 'geen eigen OIN kan krijgen' : 'geen rechtspersoonlijkheid heeft'}: samen ${p.connections} aansluitingen.`,
      blockedTrigger: (n, fs) => `${n} ${n === '1' ? 'voorziening is' : 'voorzieningen zijn'} in dit plan geblokkeerd: ${fs}.`,
      advice:
        'Regel in de gemeenschappelijke regeling een mandaat dat ook de informatievoorziening en -verwerking dekt (een modelformulering), zodat het samenwerkingsverband namens de gemeenten mag aansluiten en er geen aparte bewerkersovereenkomsten per gemeente meer nodig zijn.',
      adviceForm: (form) =>
        `${form} kent geen mandaat of delegatie en geen rechtspersoonlijkheid. Een mandaat vraagt een zwaardere vorm: een centrumgemeente die namens de anderen aansluit op haar eigen OIN, of een openbaar lichaam of bedrijfsvoeringsorganisatie met een eigen OIN.`,
      effectCompared: (p) =>
        `In de wat-als-vergelijking „${p.scenario}” gaan de aansluitingen van ${p.connections[0]} naar ${p.connections[1]}, de OIN's van ${p.oins[0]} naar ${p.oins[1]} en de certificaten van ${p.certificates[0]} naar ${p.certificates[1]}.`,
      effectEstimate: (c, k) => `Kan het samenwerkingsverband zelf aansluiten, dan zijn er tot ${c} aansluitingen en ${k} certificaten minder nodig.`,
    },
    certificates: {
      title: 'Maak eenduidige protocollen voor certificaten',
      totalTrigger: (c, m, sq) => `Dit plan vraagt ${c} PKIoverheid-certificaten voor ${m} gemeenten (status quo: ${sq}).`,
      perMemberTrigger: (fs, c) => `Per gemeente een eigen certificaat bij ${fs}: samen ${c}.`,
      adviceProtocols:
        'Leg in één protocol en handleiding vast welk certificaat elke voorziening vraagt, wanneer een test- en wanneer een productiecertificaat, en hoe een samenwerkingsverband ze aanvraagt en beheert; in 2015 was dat onduidelijk, bijvoorbeeld voor MijnOverheid.',
      adviceServer:
        'Gebruik PKIoverheid-servercertificaten per aansluitpunt (de gatewayserver) in plaats van een certificaat per gemeente waar de OIN-regels dat toelaten; in 2015 werd dat voorgesteld als oplossing voor GBA-V, eHerkenning, DigiD en MijnOverheid.',
      effectCompared: (s, b, v) => `In de wat-als-vergelijking „${s}” gaat het aantal certificaten van ${b} naar ${v}.`,
      effectEstimate: (o, t) => `Met één gezamenlijk aansluitpunt per voorziening zijn ${o} certificaten genoeg in plaats van ${t}.`,
    },
    digid: {
      title: 'Spreek een DigiD-auditregeling voor samenwerkingsverbanden af',
      trigger: (r, n, d) => `De verplichtingen van ${r} voor ${n} aansluithouders blijven gescheiden omdat gezamenlijk toetsen op ${d} niet mag (jointAllowed = false); elk kost een eigen assessment.`,
      adviceArrangement:
        'Spreek met Logius een werkwijze af voor het DigiD-audittraject van samenwerkingsverbanden: één gezamenlijk assessment voor een gedeelde aansluiting, in plaats van een assessment per deelnemende gemeente zoals Logius in 2015 vroeg (10–15k euro per gemeente).',
      adviceMeervoudig:
        'Tot dan: laat een serviceorganisatie met een clusteraansluiting één meervoudig assessment doen voor alle aansluithouders; elke gemeente blijft zelf verantwoordelijk.',
      effectCompared: (p) =>
        `In de wat-als-vergelijking „${p.scenario}” (DigiD-assessment gezamenlijk toegestaan) dalen de optimale auditkosten van ${p.baseline} naar ${p.variant}: ${p.saving} minder per cyclus.`,
      effectEstimate: (p) =>
        `Een plan met één gezamenlijk DigiD-assessment kost ${p.alternative} per cyclus in plaats van ${p.current}: ten minste ${p.saving} minder (een ondergrens; een wat-als-vergelijking met jointAllowed = true geeft het optimum).`,
    },
    facilities: {
      title: 'Vraag de voorzieningen om een route voor samenwerkingsverbanden',
      trigger: (n, t, form, fs) => `${n} van ${t} voorzieningen ${n === '1' ? 'is' : 'zijn'} geblokkeerd voor ${form}: ${fs}.`,
      adviceOwner: (fs) => `vraag om een aansluitroute voor samenwerkingsverbanden bij ${fs}, met de verantwoording, logging en protocollering die daarbij horen.`,
      adviceMeanwhile: (n) => `Tot die route er is, gelden de ${n} workarounds uit §2.`,
      effectCompared: (s, fs) => `In de wat-als-vergelijking „${s}” komen ${fs} wel binnen bereik.`,
    },
    bundling: {
      title: 'Plan de audits als gezamenlijke opdrachten',
      trigger: (p) => `${p.obligations} auditverplichtingen passen in ${p.engagements} opdrachten: ${p.optimal} per cyclus in plaats van ${p.baseline}.`,
      advicePlan:
        'Plan de audits zoals de opdrachten in §5: verplichtingen met hetzelfde bewijs en dezelfde cyclus samen, en normen die de kaders delen één keer toetsen.',
      adviceEnsia: 'Doe dat binnen de ENSIA-cyclus, die DigiD- en Suwinet-audits al in één verantwoording bundelt.',
      effect: (s, p, o) => `${s} per cyclus minder (${p})${o ? '' : '; niet bewezen optimaal, dus mogelijk meer'}.`,
    },
  },
  sources: {
    intro:
      'Elke bron die het rapport aanhaalt, genummerd in de volgorde waarin zij voor het eerst wordt genoemd. Bronnen die aan aangenomen kostencijfers ten grondslag liggen zijn als zodanig gemarkeerd.',
  },
};

const EN: Dictionary = {
  title: 'Harmonisation advice on connection and audit requirements',
  subtitle: (c) => `${c}: connection conditions, audits and harmonisation`,
  fileStemPrefix: 'harmonisation-advice',
  adHocName: (n) => `Collaboration of ${n} ${plural(n, 'municipality', 'municipalities')}`,
  variant: 'variant',
  yes: 'yes',
  no: 'no',
  dash: '—',
  labels: {
    pageOf: 'Page {page} of {pages}',
    chartAsTable: 'Chart shown as a table of its numbers; the HTML and PDF versions show the chart itself.',
    heatmapCorner: 'Framework',
    barCategory: 'Category',
    sourceDate: 'date',
    sourceSection: 'section',
    assumption: 'basis of assumed cost figures',
    agendaItem: 'Agenda item (KING, 2015)',
    trigger: 'Triggered by',
    advice: 'Advice',
    effect: 'Effect',
    contents: 'Contents',
    generatedBy: 'Produced with Harmonie',
  },
  marks: { INFERRED: 'INFERRED', UNCONFIRMED: 'UNCONFIRMED', ASSUMPTION: 'ASSUMPTION' },
  status: { ALLOWED: 'Allowed', CONDITIONAL: 'Conditional', BLOCKED: 'Blocked' },
  mode: { JOINT: 'Joint', PER_MEMBER: 'Per member', BLOCKED: 'Blocked' },
  evidence: { IT_AUDIT: 'IT audit', SELF_EVALUATION: 'Self-evaluation' },
  auditScope: { PER_CONNECTION: 'per connection', PER_MEMBER: 'per member' },
  oinKind: { OWN: 'Own OIN', SUB_OIN: 'SubOIN under a member', MEMBERS: 'OIN per member', NONE: 'No OIN needed' },
  requirementKind: {
    IDENTITY: 'Identity',
    CERTIFICATE: 'Certificate',
    NETWORK: 'Network',
    AGREEMENT: 'Agreement',
    AUTHORISATION: 'Authorisation',
    LEGAL_BASIS: 'Legal basis',
    REGISTRATION: 'Registration',
    ACCOUNT: 'Account',
    TEST: 'Test',
  },
  dimension: { LEGAL_FORM: 'Legal form', MEMBERS: 'Members', FACILITIES: 'Facilities', POLICY: 'Policy', DATE: 'Date' },
  connectionMode: {
    AUTO: 'joint where the legal form allows it, otherwise per member',
    JOINT: 'joint (imposed)',
    PER_MEMBER: 'per member (imposed)',
  },
  headings: {
    summary: 'Summary',
    'legal-form': 'The legal form and what it allows',
    'connection-plan': 'Connection plan',
    overlap: 'Overlap of requirements and norms',
    'joint-audit': 'Minimal joint audit',
    comparison: 'What-if comparison',
    recommendations: 'Recommendations',
    sources: 'Sources',
  },
  meta: {
    collaboration: 'Collaboration',
    legalForm: 'Legal form',
    members: 'Member municipalities',
    facilities: 'National facilities',
    asOf: 'As of',
    scenario: 'Scenario',
    generatedAt: 'Generated',
  },
  columns: { facility: 'Facility', measure: 'Measure', difference: 'Difference', total: 'Total' },
  counts: {
    connections: 'Connections',
    oins: 'OINs',
    certificates: 'Certificates',
    networkConnections: 'Network connections',
    agreements: 'Agreements',
    authorisations: 'Authorisations',
    registrations: 'Registrations',
    accounts: 'Accounts',
    engagements: 'Audit engagements',
    baselineCost: 'Status quo audit cost',
    totalCost: 'Optimal audit cost',
    savings: 'Savings',
  },
  summary: {
    intro: (p) =>
      `${p.adHoc ? `The ${p.members} municipalities work together as ${p.form}` : `${p.collaboration} is a collaboration of ${p.members} municipalities in the legal form ${p.form}`}, using ${p.facilities}. As of ${p.asOf}, this report sets the connection conditions and audit requirements of those facilities side by side, computes the cheapest joint audit and derives recommendations from the results. It is the analysis the 2015 KING impact analysis asked for: overlap and differences in connection and audit conditions, and advice on harmonisation.`,
    figures: {
      members: 'Municipalities',
      legalForm: 'Legal form',
      facilities: 'Facilities',
      joint: 'Connected jointly',
      perMember: 'Connected per member',
      blocked: 'Connectable by no one',
      baselineCost: 'Status quo audit cost',
      optimalCost: 'Optimal audit cost',
      savings: 'Savings',
      optimal: 'Optimum proven',
    },
    versusStatusQuo: (n) => `status quo: ${n}`,
    ofFacilities: (n) => `of ${n} facilities`,
    baselineEngagements: (n) => `${n} separate audit obligations`,
    engagementsCount: (n) => `${n} audit engagements`,
    solver: (s) => `solver status: ${s}`,
    findingsHeading: 'Key findings',
    findingModes: (p) =>
      `Of the ${p.total} facilities, the collaboration as ${p.form} connects to ${p.joint} jointly; ${p.perMember} ${p.perMember === '1' ? 'is' : 'are'} connected per member and ${p.blocked} can be connected by no one.`,
    findingCounts: (p) =>
      `This plan needs ${p.connections[0]} ${p.connections[0] === '1' ? 'connection' : 'connections'}, ${p.oins[0]} ${p.oins[0] === '1' ? 'OIN' : 'OINs'} and ${p.certificates[0]} ${p.certificates[0] === '1' ? 'certificate' : 'certificates'}; with every municipality connecting itself (status quo) it is ${p.connections[1]}, ${p.oins[1]} and ${p.certificates[1]}.`,
    findingBlockedForForm: (fs, form) => `Blocked for ${form}: ${fs}. The municipalities must connect themselves there, or use a workaround (see §2).`,
    findingAuditSaves: (p) =>
      `The minimal joint audit bundles ${p.obligations} audit obligations into ${p.engagements} engagements and costs ${p.optimal} per cycle instead of ${p.baseline}: ${p.savings} less.`,
    findingAuditNoSavings: (o, b) => `The ${o} audit obligations cannot be bundled for less than the status quo (${b} per cycle); §5 says which rules keep them apart.`,
    findingComparison: (p) =>
      `What-if “${p.scenario}”: optimal audit cost ${p.cost[0]} → ${p.cost[1]}, certificates ${p.certificates[0]} → ${p.certificates[1]} (see §6).`,
    findingRecommendations: (n, s) => `${n === '1' ? '1 recommendation follows' : `${n} recommendations follow`} from these figures (§${s}).`,
    findingNoRecommendations: 'No recommendation follows from these figures.',
    marksLegend:
      'Marks: INFERRED = inferred from sources by analysts, not settled law; UNCONFIRMED = confirmed by no public source; ASSUMPTION = an assumed figure (such as audit cost), not a published one. Numbers in square brackets refer to the sources in the last chapter.',
    dataLanguageNote: null,
  },
  legal: {
    formFacts: (p) => `Wgr: ${p.wgr}. Legal personality: ${p.personality}. Own OIN: ${p.oin}.`,
    noWgrArticle: 'not an arrangement under the Wgr',
    tableIntro: (form, asOf) => `What ${form} may do per facility on ${asOf}, beside what a municipality may do itself (the fallback: every member connects itself).`,
    tableCaption: (form) => `Eligibility of ${form} per facility`,
    statusForForm: 'Collaboration',
    statusForMember: 'Municipality itself',
    legalBasis: 'Legal basis',
    basis: 'legal basis',
    reason: 'Reason',
    condition: 'Condition',
    workaround: 'Workaround',
    membersMay: (s) => `The municipalities themselves: ${s.toLowerCase()}; each can connect on its own.`,
  },
  plan: {
    intro: (m) => `Who holds the connection to each facility? Mode chosen: ${m}. Each figure stands beside the status quo, in which every municipality connects itself.`,
    joint: (form) => `${form} connects itself.`,
    jointConditional: (form) => `${form} connects itself once the conditions are met (see §2).`,
    oinOwn: 'The connection rests on the collaboration’s own OIN.',
    oinSub: (form) => `${form} gets no OIN of its own: the connection rests on a SubOIN requested by one of the members.`,
    perMemberForced: 'Per-member connections are imposed by the policy of this analysis.',
    perMemberBlocked: (form) => `${form} may not connect itself (see §2), so every member connects itself.`,
    memberConditional: 'The municipalities themselves connect only under conditions, too.',
    blockedForcedJoint: (form) => `A joint connection is imposed, but ${form} may not connect itself; the facility is left out of the plan.`,
    blockedBoth: (form) => `Neither ${form} nor the municipalities themselves may connect; the facility is left out of the plan.`,
    membersHold: (n) => `${n} municipalities`,
    tableCaption: 'Connection plan per facility, beside the status quo',
    mode: 'Mode',
    holders: 'Holder(s)',
    oin: 'OIN',
    connectionsVsStatusQuo: 'Connections (status quo)',
    certificatesVsStatusQuo: 'Certificates (status quo)',
    networkVsStatusQuo: 'Network connections (status quo)',
    versus: (p, q) => `${p} (${q})`,
    totalsHeading: 'Totals',
    totalsCaption: 'Totals of this plan beside the status quo',
    thisPlan: 'This plan',
    statusQuo: 'Status quo',
    countingNote:
      'How we count: one certificate per OIN per connection point, so per holder; a holder joins a network once and rests on one OIN, however many facilities use them.',
    requirementsHeading: 'Connection conditions',
    requirementsCaption: (d) => `Connection conditions per facility on ${d}`,
    kind: 'Kind',
    requirement: 'Condition',
    certificateOrNetwork: 'Certificate or network',
  },
  overlap: {
    requirementsHeading: 'Shared connection conditions',
    noSharedRequirements: 'No connection condition recurs in more than one of these facilities.',
    sharedIntro: (n) => `${n} connection conditions recur in more than one facility and are met once:`,
    sharedItem: (kind, fs) => `${kind}; shared by ${fs}.`,
    normsHeading: 'Overlap of audit norms',
    noFrameworks: 'These facilities have no audit framework on the analysis date.',
    frameworksCaption: (d) => `Audit frameworks on ${d}`,
    framework: 'Framework',
    name: 'Name',
    owner: 'Owner',
    norms: 'Norms',
    unidentified: 'Not identified',
    unidentifiedNote: 'Norms known to exist that no public source names; the knowledge graph keeps them as placeholders.',
    pairsCaption: 'Norm overlap per pair of frameworks',
    frameworkA: 'Framework A',
    frameworkB: 'Framework B',
    shared: 'Shared',
    union: 'Union',
    jaccard: 'Jaccard index',
    partial: 'Partial',
    heatmapTitle: 'Norm overlap between the audit frameworks (Jaccard index)',
    heatmapDescription:
      'Each cell gives the share of norm content two frameworks have in common: shared units divided by all units of both (0 = nothing in common, 1 = the same). Equal norms (EQUAL) and subsets (SUBSET_OF) count as shared, also through the BIO; partial overlap (INTERSECTS) does not count.',
    testOnce: (t, b) => `A combined audit of these frameworks tests ${t} norms instead of ${b}: what frameworks share is tested once.`,
    pairsHeading: 'Shared norms',
    morePairs: (n) => `and ${n} more pairs`,
    mappingNote: (total, own) =>
      `This overlap rests on ${total} mappings between norms; ${own} of them are the analysts’ own semantic analysis (no published mapping of DigiD or Suwinet norms to the BIO exists).`,
    mappingInferredNote: 'Mappings with rationale SEMANTIC were made by analysts and need confirming by an expert.',
  },
  audit: {
    method:
      'Every audit requirement yields obligations: per connection or per member. Obligations may share one audit engagement when they have the same kind of evidence and the same cycle, when a requirement that applies to more than one subject may be audited jointly (jointAllowed), and, when bundling across facilities is off, when they belong to one facility. An engagement costs a fixed amount, an amount per subject and the weight of every norm it tests; norms that frameworks share are tested once. The status quo gives every obligation its own engagement.',
    result: (p) =>
      `${p.obligations} audit obligations. Status quo: ${p.obligations} engagements, ${p.baseline} per cycle. Minimal joint audit: ${p.engagements} engagements, ${p.optimal}. Savings: ${p.savings} (${p.percent}).`,
    proven: (m, s) => `This plan is proven to be the cheapest (method: ${m}; status: ${s}).`,
    notProven: (m, s) => `This plan is not proven to be the cheapest (method: ${m}; status: ${s}); it is a permitted plan.`,
    chartTitle: 'Audit cost per cycle: status quo and optimal',
    chartDescription: 'Cost of all audit obligations per cycle, first each on its own (status quo), then bundled in the minimal joint audit. Cost figures are assumptions.',
    baselineBar: 'Status quo',
    optimalBar: 'Minimal joint audit',
    costSeries: 'Cost',
    costAxis: 'Cost per cycle (€)',
    months: (n) => `${n} mo`,
    engagementsCaption: 'Audit engagements of the minimal joint audit (cost per cycle; assumption)',
    engagement: 'Engagement',
    evidenceColumn: 'Evidence',
    cycle: 'Cycle',
    subjects: 'Subjects',
    requirements: 'Audit requirements',
    testedNorms: 'Norms tested',
    cost: 'Cost',
    separationsHeading: 'What keeps obligations apart',
    noSeparations: 'No rule keeps obligations apart.',
    separation: {
      evidence: (e) => `Different kinds of evidence (${e}): an IT audit and a self-evaluation cannot share an engagement.`,
      cycle: (e, c) => `${e}: different cycles (${c} months) cannot share an engagement.`,
      facility: (fs, e, m) => `Bundling across facilities is off: the audits of ${fs} (${e}, ${m} months) stay apart.`,
      notJoint: (r, n, d, c) =>
        `${r} may not be audited jointly on ${d} (jointAllowed = false): the obligations of ${n} ${c ? 'subjects' : 'municipalities'} each keep an engagement of their own.`,
    },
    policyHeading: 'Policy departures in this analysis',
    policy: {
      connectionMode: (m) => `Connection mode: ${m}.`,
      noBundling: 'Bundling audits across facilities is off.',
      requirement: (n, c) => `${n}: ${c}.`,
      cost: (e, fx, s) => `Cost of ${e}: fixed ${fx}, per subject ${s}.`,
      weight: (fw, w) => `Weight per norm of ${fw}: ${w}.`,
    },
    costLine: (e, fx, s) => `${e}: ${fx} fixed per engagement plus ${s} per subject`,
    costModel: (c, w) =>
      `Cost model: ${c}; default weight per tested norm: ${w}. These amounts are assumptions, calibrated to the 10–15k euro per DigiD audit per municipality the 2015 impact analysis reports; every analysis can override them.`,
  },
  comparison: {
    unnamed: 'variant',
    intro: (n) => `The what-if comparison “${n}” puts the baseline beside a variant. What differs in the input:`,
    noInputChanges: 'The variant’s input equals the baseline’s.',
    totalsCaption: (n) => `Baseline and variant “${n}”`,
    baseline: 'Baseline',
    variant: 'Variant',
    chartTitle: 'Audit cost per cycle: baseline and variant',
    chartDescription: 'Status quo and optimal audit cost of both scenarios. Cost figures are assumptions.',
    notInScope: 'not in scope',
    eligibility: 'Eligibility',
    connection: 'Connection mode',
    facilitiesCaption: 'Changes per facility',
    aspect: 'Aspect',
    causes: 'Cause',
    combinationOnly: 'only the combination of changes',
    differencesCaption: 'Every difference with the change that causes it',
    aspectName: (a) => a.charAt(0).toUpperCase() + a.slice(1),
    noDifferences: 'The variant gives no different results.',
  },
  recs: {
    agendaReference: {
      1: 'Logius-KING agenda, item 1',
      2: 'Logius-KING agenda, item 2',
      3: 'Logius-KING agenda, item 3',
      4: 'Logius-KING agenda, item 4',
      5: 'Action “Research connection conditions and audit requirements”, steps 2 and 3',
    },
    intro:
      'These recommendations follow by fixed rules from the figures above: a recommendation appears only when the figures carry it. Each names the figure it follows from and the item of the Logius-KING agenda or the action list of the 2015 impact analysis it takes up (quoted in Dutch).',
    none: 'No recommendation follows from the figures: no facility is blocked or can only be connected per member, there are no more certificates than members, and bundling audits saves nothing.',
    mandate: {
      title: 'Lay down the mandate for information processing in the arrangement',
      perMemberTrigger: (p) =>
        `${p.count} of ${p.total} facilities (${p.facilities}) must be connected per member because ${p.form} ${p.oinMissing ? 'cannot get an OIN of its own' : 'has no legal personality'}: ${p.connections} connections in all.`,
      blockedTrigger: (n, fs) => `${n} ${n === '1' ? 'facility is' : 'facilities are'} blocked in this plan: ${fs}.`,
      advice:
        'Lay down in the gemeenschappelijke regeling a mandate that also covers information provision and processing (a model wording), so that the collaboration may connect on the members’ behalf and separate processing agreements per municipality are no longer needed.',
      adviceForm: (form) =>
        `${form} knows no mandate or delegation and has no legal personality. A mandate needs a heavier form: a host municipality (centrumgemeente) connecting for the others on its own OIN, or an openbaar lichaam or bedrijfsvoeringsorganisatie with an OIN of its own.`,
      effectCompared: (p) =>
        `In the what-if comparison “${p.scenario}” connections go from ${p.connections[0]} to ${p.connections[1]}, OINs from ${p.oins[0]} to ${p.oins[1]} and certificates from ${p.certificates[0]} to ${p.certificates[1]}.`,
      effectEstimate: (c, k) => `If the collaboration could connect itself, up to ${c} fewer connections and ${k} fewer certificates would be needed.`,
    },
    certificates: {
      title: 'Make uniform protocols for certificates',
      totalTrigger: (c, m, sq) => `This plan needs ${c} PKIoverheid certificates for ${m} municipalities (status quo: ${sq}).`,
      perMemberTrigger: (fs, c) => `A certificate of its own per municipality for ${fs}: ${c} in all.`,
      adviceProtocols:
        'Set down in one protocol and manual which certificate each facility asks for, when a test and when a production certificate applies, and how a collaboration requests and manages them; in 2015 this was unclear, for MijnOverheid for instance.',
      adviceServer:
        'Use PKIoverheid server certificates per connection point (the gateway server) instead of a certificate per municipality where the OIN rules allow it; in 2015 this was proposed as the fix for GBA-V, eHerkenning, DigiD and MijnOverheid.',
      effectCompared: (s, b, v) => `In the what-if comparison “${s}” the number of certificates goes from ${b} to ${v}.`,
      effectEstimate: (o, t) => `With one joint connection point per facility, ${o} certificates would do instead of ${t}.`,
    },
    digid: {
      title: 'Agree a DigiD audit arrangement for collaborations',
      trigger: (r, n, d) => `The obligations of ${r} for ${n} connection holders stay apart because a joint audit is not allowed on ${d} (jointAllowed = false); each costs an assessment of its own.`,
      adviceArrangement:
        'Agree with Logius how collaborations go through the DigiD audit: one joint assessment for a shared connection, instead of an assessment per participating municipality as Logius asked in 2015 (10–15k euro per municipality).',
      adviceMeervoudig:
        'Until then: let a service organisation with a clusteraansluiting have one meervoudig assessment done for all connection holders; each municipality stays responsible.',
      effectCompared: (p) =>
        `In the what-if comparison “${p.scenario}” (joint DigiD assessment allowed) the optimal audit cost falls from ${p.baseline} to ${p.variant}: ${p.saving} less per cycle.`,
      effectEstimate: (p) =>
        `A plan with one joint DigiD assessment costs ${p.alternative} per cycle instead of ${p.current}: at least ${p.saving} less (a lower bound; a what-if comparison with jointAllowed = true gives the optimum).`,
    },
    facilities: {
      title: 'Ask the facilities for a route for collaborations',
      trigger: (n, t, form, fs) => `${n} of ${t} facilities ${n === '1' ? 'is' : 'are'} blocked for ${form}: ${fs}.`,
      adviceOwner: (fs) => `ask for a connection route for collaborations to ${fs}, with the accountability, logging and protocollering that go with it.`,
      adviceMeanwhile: (n) => `Until that route exists, the ${n} workarounds in §2 apply.`,
      effectCompared: (s, fs) => `In the what-if comparison “${s}”, ${fs} come within reach.`,
    },
    bundling: {
      title: 'Plan the audits as joint engagements',
      trigger: (p) => `${p.obligations} audit obligations fit into ${p.engagements} engagements: ${p.optimal} per cycle instead of ${p.baseline}.`,
      advicePlan: 'Plan the audits like the engagements in §5: obligations with the same evidence and cycle together, and norms the frameworks share tested once.',
      adviceEnsia: 'Do so within the ENSIA cycle, which already bundles the DigiD and Suwinet audits into one account.',
      effect: (s, p, o) => `${s} less per cycle (${p})${o ? '' : '; not proven optimal, so possibly more'}.`,
    },
  },
  sources: {
    intro: 'Every source the report cites, numbered in the order it is first cited. Sources underlying assumed cost figures are marked as such.',
  },
};

export const DICTIONARIES: Record<ReportLanguage, Dictionary> = { NL, EN };
