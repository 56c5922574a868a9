// Parsing a hash route, without React: the first screen's query starts from it before the workbench has loaded.
export interface Route {
  /** First path segment: '', 'samenwerking', 'wat-als', 'rapport', 'landelijk'. */
  screen: string;
  id: string | null;
  params: URLSearchParams;
}

/** The route a location hash names. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen = '', id] = path.split('/');
  return { screen, id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query) };
}
