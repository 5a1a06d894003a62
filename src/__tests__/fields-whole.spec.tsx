import * as React from 'react';

import { Fields } from '../views/fields';
import { click, renderView } from './render';

const ARN =
  'arn:aws:sagemaker:eu-west-1:111122223333:app/d-abcdefghijkl/sagemaker-user/jupyterlab/default';

describe('Fields', () => {
  it('should wrap a sentence between its words, a path in it after each /', async () => {
    const node = await renderView(
      <Fields
        rows={[
          { label: 'Sentence', value: 'You cannot write to /home/u/efs here' }
        ]}
      />
    );
    const text = node.querySelector('dd .jp-IsolationInfo-text')!;
    expect(text.classList).toContain('jp-mod-prose');
    expect(text.textContent).toBe('You cannot write to /home/u/efs here');
    expect(
      Array.from(
        text.querySelectorAll('.jp-IsolationInfo-path .jp-IsolationInfo-word')
      ).map(word => word.textContent)
    ).toEqual(['/', 'home/', 'u/', 'efs']);
  });

  it('should cut a long token and show it whole on a click', async () => {
    const node = await renderView(
      <Fields rows={[{ label: 'App ARN', value: ARN }]} />
    );
    const value = node.querySelector(
      'button.jp-IsolationInfo-expand'
    ) as HTMLButtonElement;
    expect(value.textContent).toBe(ARN);
    expect(value.getAttribute('aria-expanded')).toBe('false');
    await click(value);
    expect(value.getAttribute('aria-expanded')).toBe('true');
    expect(value.classList).toContain('jp-mod-whole');
    // The copy button stays beside it.
    expect(node.querySelector('.jp-IsolationInfo-copy')).not.toBeNull();
  });

  it('should keep a short value as plain text', async () => {
    const node = await renderView(
      <Fields rows={[{ label: 'User', value: '1000' }]} />
    );
    expect(node.querySelector('dd button.jp-IsolationInfo-expand')).toBeNull();
    expect(node.querySelector('dd .jp-IsolationInfo-text')!.textContent).toBe(
      '1000'
    );
  });
});
