/**
 * The panel's glance: one line for each of the four things the panel exists
 * to answer, and a verdict. Pure and DOM-free. A fact the report does not
 * have reads as unknown, never as good news.
 */
import { IEndpoint, IReport } from './types';

/**
 * How a line or the verdict reads: `ok` only for a measured good fact.
 */
export type Tone = 'ok' | 'warning' | 'critical' | 'unknown' | 'neutral';

type Trans = {
  __: (msg: string, ...args: unknown[]) => string;
  _n: (
    singular: string,
    plural: string,
    n: number,
    ...args: unknown[]
  ) => string;
};

/**
 * One line of the glance; `section` is the report section it summarises.
 */
export interface IGlanceLine {
  id: 'run_as' | 'host' | 'home' | 'endpoints';
  section: 'run_as' | 'user_namespace' | 'home' | 'endpoints';
  label: string;
  text: string;
  tone: Tone;
}

export interface IVerdict {
  tone: Tone;
  text: string;
}

/**
 * Why a section is absent: the server's sentence when it sent one.
 */
function missing(report: IReport, section: string, trans: Trans): string {
  const reason = report.errors?.[section];
  return reason
    ? trans.__('unknown: %1', reason)
    : trans.__('unknown: not in the report');
}

function who(report: IReport): string {
  const runAs = report.run_as;
  return runAs.user ? `${runAs.user} (${runAs.uid})` : `uid ${runAs.uid}`;
}

/**
 * Who you run as, and whether you may sudo.
 */
export function runAsLine(report: IReport, trans: Trans): IGlanceLine {
  const sudo = report.run_as.sudo;
  const sudoText =
    sudo === 'yes'
      ? trans.__('with sudo')
      : sudo === 'no'
        ? trans.__('no sudo')
        : trans.__('sudo unknown');
  return {
    id: 'run_as',
    section: 'run_as',
    label: trans.__('You run as'),
    text: `${who(report)}, ${sudoText}`,
    tone: report.run_as.uid === 0 ? 'neutral' : 'ok'
  };
}

/**
 * Who you are on the host: remapped (a different, measured host uid), not
 * remapped, or unknown.
 */
export function hostLine(report: IReport, trans: Trans): IGlanceLine {
  const userns = report.user_namespace;
  const hostUid = userns?.host_uid ?? null;
  const remapped = userns?.remapped ?? null;
  const base = {
    id: 'host' as const,
    section: 'user_namespace' as const,
    label: trans.__('On the host')
  };
  if (hostUid === null || remapped === null) {
    return {
      ...base,
      text:
        hostUid === null
          ? trans.__('unknown: the uid map could not be read')
          : trans.__('uid %1, remapping unknown', hostUid),
      tone: 'unknown'
    };
  }
  if (remapped) {
    return {
      ...base,
      text: trans.__('uid %1, remapped', hostUid),
      tone: hostUid === 0 ? 'critical' : 'ok'
    };
  }
  return {
    ...base,
    text: trans.__('uid %1, not remapped', hostUid),
    tone: hostUid === 0 ? 'critical' : 'warning'
  };
}

/**
 * Who owns your home, here and on the host.
 */
export function homeLine(report: IReport, trans: Trans): IGlanceLine {
  const base = {
    id: 'home' as const,
    section: 'home' as const,
    label: trans.__('Your home')
  };
  const home = report.home;
  if (!home) {
    return { ...base, text: missing(report, 'home', trans), tone: 'unknown' };
  }
  if (home.exists === false) {
    return {
      ...base,
      text: trans.__('%1 does not exist', home.path ?? trans.__('(no path)')),
      tone: 'warning'
    };
  }
  const hostOwner =
    home.host_owner_uid === null || home.host_owner_uid === undefined
      ? trans.__('host owner unknown')
      : trans.__('host uid %1', home.host_owner_uid);
  if (home.owner_unmapped) {
    return {
      ...base,
      text: trans.__('owner not mapped here, %1', hostOwner),
      tone: 'warning'
    };
  }
  if (home.owner_is_run_as === true) {
    return {
      ...base,
      text: trans.__('owned by you, %1', hostOwner),
      tone:
        home.host_owner_uid === null || home.host_owner_uid === undefined
          ? 'unknown'
          : 'ok'
    };
  }
  if (home.owner_is_run_as === false) {
    const owner =
      home.owner_uid === null || home.owner_uid === undefined
        ? trans.__('someone else')
        : home.owner_name
          ? `${home.owner_name} (${home.owner_uid})`
          : `uid ${home.owner_uid}`;
    return {
      ...base,
      text: trans.__('owned by %1, not you; %2', owner, hostOwner),
      tone: 'warning'
    };
  }
  return {
    ...base,
    // Why it is unknown, when the collector could say (a stalled mount, say).
    text: home.error
      ? trans.__('unknown: %1', home.error)
      : trans.__('owner unknown'),
    tone: 'unknown'
  };
}

/**
 * Which endpoints that should be blocked are (measured), and which are not
 * or not known.
 */
export function endpointsLine(report: IReport, trans: Trans): IGlanceLine {
  const base = {
    id: 'endpoints' as const,
    section: 'endpoints' as const,
    label: trans.__('Endpoints')
  };
  const endpoints = report.endpoints;
  if (!endpoints) {
    return {
      ...base,
      text: missing(report, 'endpoints', trans),
      tone: 'unknown'
    };
  }
  const watched = endpoints.filter(e => e.expected === 'blocked');
  if (watched.length === 0) {
    return { ...base, text: trans.__('none checked'), tone: 'neutral' };
  }
  const names = (list: IEndpoint[]) => list.map(e => e.name).join(', ');
  const blocked = watched.filter(e => e.status === 'blocked');
  const reachable = watched.filter(e => e.status === 'reachable');
  const routable = watched.filter(e => e.status === 'routable');
  const unknown = watched.filter(
    e => !['blocked', 'reachable', 'routable'].includes(e.status)
  );
  const parts: string[] = [];
  if (reachable.length) {
    parts.push(trans.__('reachable: %1', names(reachable)));
  }
  if (routable.length) {
    parts.push(trans.__('not blocked: %1', names(routable)));
  }
  if (unknown.length) {
    parts.push(trans.__('unknown: %1', names(unknown)));
  }
  if (blocked.length) {
    parts.push(
      blocked.length === watched.length
        ? trans.__('all blocked: %1', names(blocked))
        : trans.__('blocked: %1', names(blocked))
    );
  }
  const tone: Tone = reachable.length
    ? 'critical'
    : routable.length
      ? 'warning'
      : unknown.length
        ? 'unknown'
        : 'ok';
  return { ...base, text: parts.join('; '), tone };
}

/**
 * The four answers, in the order a user asks them.
 */
export function glance(report: IReport, trans: Trans): IGlanceLine[] {
  return [
    runAsLine(report, trans),
    hostLine(report, trans),
    homeLine(report, trans),
    endpointsLine(report, trans)
  ];
}

/**
 * The verdict chip: the worst finding decides; with no warning it says
 * "Isolated as in Studio" only when every glance fact was measured good.
 */
export function verdict(report: IReport, trans: Trans): IVerdict {
  const findings = report.findings ?? [];
  const critical = findings.filter(f => f.severity === 'critical');
  const warnings = findings.filter(f => f.severity === 'warning');
  if (critical.length === 1) {
    return {
      tone: 'critical',
      text: trans.__('Critical: %1', critical[0].title)
    };
  }
  if (critical.length > 1) {
    return {
      tone: 'critical',
      text: trans.__(
        'Critical: %1 (+%2 more)',
        critical[0].title,
        critical.length - 1
      )
    };
  }
  if (warnings.length) {
    return {
      tone: 'warning',
      text: trans._n('%1 warning', '%1 warnings', warnings.length)
    };
  }
  const lines = glance(report, trans);
  if (lines.some(line => line.tone === 'critical' || line.tone === 'warning')) {
    return { tone: 'warning', text: trans.__('Not isolated as in Studio') };
  }
  const unknown = lines.filter(line => line.tone === 'unknown').length;
  if (unknown) {
    return {
      tone: 'unknown',
      text: trans._n('%1 fact unknown', '%1 facts unknown', unknown)
    };
  }
  const studioLike =
    report.user_namespace?.remapped === true &&
    report.metadata?.found === true &&
    lines.every(line => line.tone === 'ok');
  if (studioLike) {
    return { tone: 'ok', text: trans.__('Isolated as in Studio') };
  }
  return { tone: 'neutral', text: trans.__('No warnings') };
}
