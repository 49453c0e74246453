// Parameter sets shaped exactly as Argo CD's generators build them (applicationset/generators, v3.6.1):
// list/plugin elements and git files decode JSON into float64 numbers and []interface{}/map[string]interface{};
// clusters give map[string]string labels/annotations (absent when empty) and map[string]string values;
// git paths give []string segments; pull requests give string numbers and []string labels.
export const LIST_ELEMENT = {
  cluster: 'engineering-dev',
  url: 'https://kubernetes.default.svc',
  s: 'Hello World',
  u: 'Straße ÄÖÜ 日本',
  empty: '',
  nil: null,
  n: 7,
  f: 2.5,
  neg: -4,
  zero: 0,
  big: 1e21,
  b: true,
  no: false,
  l: ['b', 'a', 'b'],
  nums: [3, 1, 2],
  el: [],
  m: { x: 1, y: { z: 'deep' }, k: 'v' },
  em: {},
  date: '2024-03-05T06:07:08Z',
  ver: 'v1.2.3-rc.1',
};

export const CLUSTER = {
  name: 'prod-eu/1',
  nameNormalized: 'prod-eu-1',
  server: 'https://prod.example.com:6443',
  project: '',
  metadata: {
    labels: { $go: 'map[string]string', v: { env: 'prod', region: 'eu-west-1', 'argocd.argoproj.io/secret-type': 'cluster' } },
    annotations: { $go: 'map[string]string', v: { owner: 'team-a' } },
  },
  values: { $go: 'map[string]string', v: { revision: 'main', replicas: '3' } },
};

/** A cluster Secret without labels or annotations: `metadata` is an empty map. */
export const BARE_CLUSTER = { name: 'in-cluster', nameNormalized: 'in-cluster', server: 'https://kubernetes.default.svc', project: '', metadata: {} };

export const GIT_FILE = {
  path: {
    path: 'apps/team-a/guestbook',
    basename: 'guestbook',
    basenameNormalized: 'guestbook',
    filename: 'config.json',
    filenameNormalized: 'config.json',
    segments: { $go: '[]string', v: ['apps', 'team-a', 'guestbook'] },
  },
  app: { name: 'guestbook', replicas: 2, tags: ['a', 'b'] },
};

export const PULL_REQUEST = {
  number: '22',
  title: 'Add feature X',
  branch: 'feature/x',
  branch_slug: 'feature-x',
  target_branch: 'main',
  target_branch_slug: 'main',
  head_sha: '089d92cbf9ff857a39e6feccd32798ca700fb958',
  head_short_sha: '089d92cb',
  head_short_sha_7: '089d92c',
  author: 'octocat',
  labels: { $go: '[]string', v: ['preview', 'team-a'] },
};

/** Every shape at once, as a matrix of the generators would merge them. */
export const ALL_PARAMS: Record<string, unknown> = { ...LIST_ELEMENT, c: CLUSTER, bare: BARE_CLUSTER, git: GIT_FILE, pr: PULL_REQUEST };
