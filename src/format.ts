/**
 * Pure, DOM-free helpers that turn report values into text.
 */
import { IFinding, IIdMapLine, IReport, JSONValue, Severity } from './tokens';

const SEVERITY_RANK: Record<Severity, number> = {
  critical: 0,
  warning: 1,
  info: 2
};

/**
 * One uid_map/gid_map line as a person reads it:
 * `0–999 → 100000–100999 (1000 ids)`; a one-id range reads `1000 → 200001`.
 */
export function formatMapLine(line: IIdMapLine): string {
  if (line.count === 1) {
    return `${line.inside} → ${line.outside}`;
  }
  const last = (start: number) => start + line.count - 1;
  return `${line.inside}–${last(line.inside)} → ${line.outside}–${last(
    line.outside
  )} (${line.count} ids)`;
}

/**
 * A uid/gid with its name when known: `1000 (sagemaker-user)`.
 */
export function formatId(id: number, name: string | null | undefined): string {
  return name ? `${id} (${name})` : `${id}`;
}

/**
 * Findings, worst severity first; the server's order is kept within a severity.
 */
export function sortFindings(findings: IFinding[] | undefined): IFinding[] {
  return [...(findings ?? [])].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
  );
}

/**
 * The worst severity among the findings, or null when there are none.
 */
export function worstSeverity(
  findings: IFinding[] | undefined
): Severity | null {
  const sorted = sortFindings(findings);
  return sorted.length ? sorted[0].severity : null;
}

/**
 * Flatten a JSON object into `a.b[0].c` paths with their leaf values as text,
 * so nested metadata reads as rows.
 */
export function flattenJSON(
  value: JSONValue,
  prefix = ''
): Array<[string, string]> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return [[prefix, '[]']];
    }
    return value.flatMap((item, index) =>
      flattenJSON(item, `${prefix}[${index}]`)
    );
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      return [[prefix, '{}']];
    }
    return entries.flatMap(([key, item]) =>
      flattenJSON(item, prefix ? `${prefix}.${key}` : key)
    );
  }
  return [[prefix, typeof value === 'string' ? value : JSON.stringify(value)]];
}

/**
 * Markdown cell text: pipes and newlines would break a table row.
 */
function cell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? '—'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: unknown[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
  ];
}

/**
 * The report as Markdown for a support ticket. Identifiers and kernel terms
 * stay untranslated, as in `id` and `capsh` output.
 */
export function toMarkdown(report: IReport): string {
  const runAs = report.run_as;
  const userns = report.user_namespace;
  const lines: string[] = [
    '# Isolation report',
    '',
    `Generated ${report.generated_at} (schema ${report.schema_version}).`,
    ''
  ];

  const findings = sortFindings(report.findings);
  lines.push('## Findings', '');
  if (findings.length) {
    lines.push(
      ...table(
        ['severity', 'id', 'title', 'detail'],
        findings.map(f => [f.severity, f.id, f.title, f.detail])
      )
    );
  } else {
    lines.push('None.');
  }

  lines.push(
    '',
    '## Identity',
    '',
    ...table(
      ['field', 'value'],
      [
        ['user', formatId(runAs.uid, runAs.user)],
        ['gid', runAs.gid],
        ['groups', runAs.groups.map(g => formatId(g.gid, g.name)).join(', ')],
        ['sudo', runAs.sudo ?? null],
        ['home', runAs.home],
        ['remapped', userns.remapped],
        ['host uid', userns.host_uid],
        ['host gid', userns.host_gid],
        ['uid_map', userns.uid_map.map(formatMapLine).join('; ')],
        ['gid_map', userns.gid_map.map(formatMapLine).join('; ')]
      ]
    )
  );

  const home = report.home;
  if (home) {
    lines.push(
      '',
      '## Home directory',
      '',
      ...table(
        ['field', 'value'],
        [
          ['path', home.path],
          [
            'owner',
            home.owner_uid === null
              ? null
              : formatId(home.owner_uid, home.owner_name)
          ],
          ['host owner uid', home.host_owner_uid],
          ['mode', home.mode],
          ['owner is run-as user', home.owner_is_run_as],
          ['filesystem', home.filesystem],
          ['mount source', home.mount_source],
          ['error', home.error ?? null]
        ]
      )
    );
  }

  const metadata = report.metadata;
  if (metadata) {
    lines.push(
      '',
      '## App metadata',
      '',
      `\`${metadata.path}\`: ` +
        (metadata.found
          ? `found, ${metadata.read_only ? 'read-only' : 'WRITABLE'}.`
          : 'not found.')
    );
    if (metadata.error) {
      lines.push('', `Error: ${metadata.error}`);
    }
    if (metadata.fields) {
      lines.push(
        '',
        ...table(['field', 'value'], flattenJSON(metadata.fields))
      );
    }
  }

  if (report.endpoints?.length) {
    lines.push(
      '',
      '## Network isolation',
      '',
      ...table(
        ['endpoint', 'address', 'expected', 'status', 'method', 'detail'],
        report.endpoints.map(e => [
          e.name,
          `${e.host}:${e.port}`,
          e.expected,
          e.status,
          e.method,
          e.detail
        ])
      )
    );
  }

  const caps = report.capabilities;
  if (caps) {
    lines.push(
      '',
      '## Container',
      '',
      ...table(
        ['field', 'value'],
        [
          ['effective', caps.effective.join(', ') || 'none'],
          ['bounding', caps.bounding.join(', ') || 'none'],
          [
            'beyond Docker default',
            caps.beyond_docker_default.join(', ') || 'none'
          ],
          ['no_new_privs', caps.no_new_privs],
          ['seccomp', caps.seccomp]
        ]
      )
    );
  }

  if (report.kernels?.length) {
    lines.push(
      '',
      '## Kernels',
      '',
      ...table(
        ['kernel', 'name', 'uid', 'host uid', 'note'],
        report.kernels.map(k => [
          k.id,
          k.name,
          k.uid === undefined ? null : formatId(k.uid, k.user),
          k.host_uid ?? null,
          k.error ?? null
        ])
      )
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * How a report names its run-as user: `root (host uid 100000)`.
 */
function whoIs(
  report: IReport,
  trans: { __: (msg: string, ...args: unknown[]) => string }
): string {
  const user = report.run_as.user ?? `uid ${report.run_as.uid}`;
  const hostUid = report.user_namespace.host_uid;
  return hostUid === null
    ? trans.__('%1 (host uid unknown)', user)
    : trans.__('%1 (host uid %2)', user, hostUid);
}

/**
 * Sentences that call out where the kernel, which runs the user's code, and
 * the server differ. Empty when they agree on everything compared.
 */
export function identityDifferences(
  server: IReport,
  kernel: IReport,
  trans: { __: (msg: string, ...args: unknown[]) => string }
): string[] {
  const differences: string[] = [];
  const sameUser =
    server.run_as.uid === kernel.run_as.uid &&
    server.user_namespace.host_uid === kernel.user_namespace.host_uid;
  if (!sameUser) {
    differences.push(
      trans.__(
        'Your code runs as %1; this server runs as %2.',
        whoIs(kernel, trans),
        whoIs(server, trans)
      )
    );
  }
  if ((server.home?.path ?? null) !== (kernel.home?.path ?? null)) {
    differences.push(
      trans.__(
        'The kernel’s home is %1; the server’s is %2.',
        kernel.home?.path ?? '—',
        server.home?.path ?? '—'
      )
    );
  }
  const serverCaps = server.capabilities?.beyond_docker_default ?? [];
  const kernelCaps = kernel.capabilities?.beyond_docker_default ?? [];
  const extra = kernelCaps.filter(cap => !serverCaps.includes(cap));
  if (extra.length) {
    differences.push(
      trans.__(
        'The kernel keeps capabilities the server does not: %1.',
        extra.join(', ')
      )
    );
  }
  const statusOf = (report: IReport, id: string) =>
    report.endpoints?.find(e => e.id === id)?.status;
  for (const endpoint of kernel.endpoints ?? []) {
    const serverStatus = statusOf(server, endpoint.id);
    if (serverStatus && serverStatus !== endpoint.status) {
      differences.push(
        trans.__(
          '%1 is %2 from the kernel but %3 from the server.',
          endpoint.name,
          endpoint.status,
          serverStatus
        )
      );
    }
  }
  const appType = (report: IReport) => report.metadata?.fields?.AppType;
  if (appType(server) !== appType(kernel)) {
    differences.push(
      trans.__(
        'The kernel runs in a %1 app; the server in a %2 app.',
        String(appType(kernel) ?? '—'),
        String(appType(server) ?? '—')
      )
    );
  }
  return differences;
}
