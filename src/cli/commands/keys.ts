// `harmonie keys`: create, list and revoke API keys.
import { createKey, revokeKey } from '../../app/keys.js';
import { ROLES, type Role } from '../../domain/access.js';
import { parse, table, UsageError, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie keys create --role <ROLE> --org <OIN> --name <label> [--acting-for <OIN,OIN,…>]
       harmonie keys list [--json]
       harmonie keys revoke <key-id>

API keys for the GraphQL API. A key is shown once, on the last line of "create"; only its hash is stored.
Roles: ${ROLES.join(', ')} (each includes the ones before it).
--acting-for lists the other organisations the key may act for (e.g. the members of a collaboration).`;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list and revoke API keys',
  usage,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h') {
      console.log(usage);
      return 0;
    }
    if (sub === 'create') {
      const { values } = parse(rest, { role: { type: 'string' }, org: { type: 'string' }, name: { type: 'string' }, 'acting-for': { type: 'string' } }, usage);
      if (values.help) return (console.log(usage), 0);
      if (!values.role || !values.org || !values.name) throw new UsageError(`--role, --org and --name are required\n\n${usage}`);
      if (!(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}\n\n${usage}`);
      const actingFor = values['acting-for']?.split(',').map((o) => o.trim()).filter(Boolean) ?? [];
      return withStore(async (store) => {
        const { key, token } = await createKey(store, { role: values.role as Role, organisation: values.org!, name: values.name!, actingFor });
        console.log(`created key ${key.id} "${key.name}" (${key.role}) for ${key.organisation}${key.actingFor.length ? `, may act for ${key.actingFor.join(', ')}` : ''}; it is shown only now:`);
        console.log(token);
        return 0;
      });
    }
    if (sub === 'list') {
      const { values } = parse(rest, { json: { type: 'boolean' } }, usage);
      if (values.help) return (console.log(usage), 0);
      return withStore(async (store) => {
        const keys = (await store.apiKeys()).map(({ hash: _hash, ...k }) => k);
        if (values.json) console.log(JSON.stringify(keys));
        else console.log(table(['id', 'name', 'role', 'organisation', 'acting for', 'created', 'revoked'], keys.map((k) => [k.id, k.name, k.role, k.organisation, k.actingFor.join(',') || '–', k.createdAt, k.revokedAt ?? '–'])));
        return 0;
      });
    }
    if (sub === 'revoke') {
      const { values, positionals } = parse(rest, {}, usage, true);
      if (values.help) return (console.log(usage), 0);
      if (positionals.length !== 1) throw new UsageError(`give one key id\n\n${usage}`);
      return withStore(async (store) => {
        const key = await revokeKey(store, positionals[0]!);
        console.log(`key ${key.id} revoked at ${key.revokedAt}`);
        return 0;
      });
    }
    throw new UsageError(`unknown or missing subcommand${sub ? ` "${sub}"` : ''}\n\n${usage}`);
  },
};
