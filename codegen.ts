// GraphQL Code Generator: typed resolvers whose parent types are our domain views (see src/api/views.ts), and the
// workbench's typed documents (web/src/gql, client preset) from the same schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/api/schema.graphql',
  generates: {
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.ts', 'web/src/**/*.tsx', '!web/src/gql/**'],
      // Documents as strings: the browser posts them with fetch and needs no GraphQL library to print them.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', JSONObject: 'Record<string, unknown>' } },
      presetConfig: { fragmentMasking: false },
    },
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#RequestContext',
        enumsAsTypes: true,
        mapperTypeSuffix: 'Model',
        useTypeImports: true,
        scalars: { Date: 'string', JSONObject: 'Record<string, unknown>' },
        mappers: {
          Facility: '../../domain/model.js#Facility',
          ConnectionRequirement: '../../domain/model.js#ConnectionRequirement',
          AuditRequirement: '../views.js#AuditRequirementView',
          NormFramework: '../../domain/model.js#NormFramework',
          Norm: '../views.js#NormView',
          NormMapping: '../../domain/model.js#NormMapping',
          CertificateType: '../../domain/model.js#CertificateType',
          LegalForm: '../../domain/model.js#LegalForm',
          EvidenceCost: '../../domain/model.js#EvidenceCost',
          Source: '../../domain/model.js#Source',
          Municipality: '../../domain/model.js#Municipality',
          Collaboration: '../../store/port.js#CollaborationRecord',
          Membership: '../views.js#MembershipView',
          MunicipalityConnection: '../views.js#MunicipalityPage',
          CollaborationConnection: '../views.js#CollaborationPage',
          Organisation: '../../domain/scope.js#Organisation',
          Eligibility: '../../domain/eligibility.js#Eligibility',
          EligibilityReason: '../../domain/eligibility.js#EligibilityReason',
          Overlap: '../../domain/overlap.js#Overlap',
          SharedRequirement: '../../domain/overlap.js#SharedRequirement',
          FrameworkOverlap: '../../domain/overlap.js#FrameworkOverlap',
          NormPair: '../../domain/overlap.js#NormPair',
          ConnectionPlan: '../../domain/connection-plan.js#ConnectionPlan',
          FacilityConnection: '../../domain/connection-plan.js#FacilityConnection',
          AuditPlan: '../views.js#AuditPlanView',
          ScenarioComparison: '../../domain/comparison-types.js#ScenarioComparison',
          InputChange: '../../domain/comparison-types.js#InputChange',
          ScenarioResult: '../../domain/comparison-types.js#ScenarioSide',
          Difference: '../../domain/comparison-types.js#Difference',
          Scenario: '../../store/port.js#Scenario',
          ScenarioConnection: '../views.js#ScenarioPage',
          AccessLogConnection: '../views.js#AccessLogPage',
          Curation: '../../domain/curation.js#CurationRecord',
          CurationConnection: '../views.js#CurationPage',
          NationalImpact: '../../domain/national-impact.js#NationalImpact',
          Engagement: '../views.js#EngagementView',
          Obligation: '../views.js#ObligationView',
          Basis: '../../domain/basis.js#Basis',
          BasisFact: '../../domain/basis.js#UsedFact',
          CostAssumption: '../../domain/basis.js#CostFigure',
          FactWorklist: '../../domain/fact-worklist.js#FactWorklist',
          WorklistFact: '../../domain/fact-worklist.js#WorklistFact',
        },
      },
    },
  },
};

export default config;
