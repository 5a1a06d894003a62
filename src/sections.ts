/**
 * The report's section titles, keyed by the report's own keys. The same titles
 * head the CLI text, the Markdown export and the panel; a test checks them
 * against the report schema, as the collector's list is.
 */
export const SECTION_TITLES = {
  findings: 'Findings',
  run_as: 'Run-as user',
  user_namespace: 'User namespace',
  home: 'Home directory',
  metadata: 'App metadata',
  endpoints: 'Network endpoints',
  capabilities: 'Capabilities',
  storage: 'Storage',
  context: 'Where am I',
  mounts: 'Mounts at the home and /opt/ml',
  credentials: 'Credentials',
  walls: 'Walls beyond capabilities',
  policy: 'Pod Security Standards',
  kernels: 'Kernels'
} as const;

export type SectionKey = keyof typeof SECTION_TITLES;
