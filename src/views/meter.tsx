import * as React from 'react';

import { visible } from '../escape';
import { FactTone } from '../facts';
import { Words } from './fields';

/**
 * A bar a screen reader hears (role="meter", 0–100 % with the figures as
 * its value text) for a share the report measured; a share it does not have
 * is said to be unknown, with the reason, never drawn as an empty bar.
 */
export function Meter(props: {
  label: string;
  percent: number | null;
  /**
   * The figures as the collector words them, and its tone.
   */
  fact: FactTone | null;
  unknownText: string;
}): JSX.Element {
  const { percent, fact } = props;
  if (percent === null) {
    const reason = fact?.reason ? visible(fact.reason) : null;
    return (
      <p className="jp-IsolationInfo-meterUnknown jp-mod-unknown">
        <Words
          text={
            reason
              ? `${visible(props.label)}: ${props.unknownText} (${reason})`
              : `${visible(props.label)}: ${props.unknownText}`
          }
        />
      </p>
    );
  }
  const text = visible(fact?.text ?? `${Math.round(percent)} %`);
  const tone = fact?.tone ?? 'neutral';
  return (
    <div
      className={`jp-IsolationInfo-meterRow jp-mod-${tone}`}
      data-tone={tone}
    >
      <span className="jp-IsolationInfo-meterLabel">
        <Words text={visible(props.label)} />
      </span>
      <div
        className={`jp-IsolationInfo-meter jp-mod-${tone}`}
        role="meter"
        aria-label={visible(props.label)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={text}
        title={text}
      >
        <div
          className="jp-IsolationInfo-meterFill"
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="jp-IsolationInfo-meterText">
        <Words text={text} />
      </span>
    </div>
  );
}
