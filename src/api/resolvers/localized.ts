// Resolvers of every human text of the graph: the domain keeps Dutch and English, the answer gives the request's language.
import { localize, type LocalizedText } from '../../domain/model.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** A resolver answering the text `of(parent)` in the request's language. */
const text =
  <P>(of: (parent: P) => LocalizedText) =>
  (parent: P, _args: unknown, ctx: RequestContext): string =>
    of(parent)[ctx.language];
const optionalText =
  <P>(of: (parent: P) => LocalizedText | null) =>
  (parent: P, _args: unknown, ctx: RequestContext): string | null =>
    localize(of(parent), ctx.language);
const texts =
  <P>(of: (parent: P) => LocalizedText[]) =>
  (parent: P, _args: unknown, ctx: RequestContext): string[] =>
    of(parent).map((t) => t[ctx.language]);

const note = optionalText((f: { note: LocalizedText | null }) => f.note);

export const localizedResolvers: Resolvers = {
  Source: { section: optionalText((s) => s.section) },
  Facility: { description: text((f) => f.description), note },
  ConnectionRequirement: { title: text((r) => r.title), description: text((r) => r.description), note },
  AuditRequirement: { name: text((r) => r.name), jointCondition: optionalText((r) => r.jointCondition), note },
  NormFramework: { note },
  Norm: {
    title: text((n) => n.title),
    titleNl: (n) => n.title.nl,
    titleEn: (n) => n.title.en,
    note,
  },
  NormMapping: { note },
  CertificateType: { name: text((c) => c.name), note },
  LegalForm: { name: text((l) => l.name), description: text((l) => l.description), note },
  EvidenceCost: { note },
  Eligibility: { conditions: texts((e) => e.conditions), workarounds: texts((e) => e.workarounds) },
  EligibilityReason: { text: text((r) => r.text), legalBasis: optionalText((r) => r.legalBasis) },
  FacilityConnection: { reasons: texts((f) => f.reasons) },
  InputChange: { description: text((c) => c.description) },
};
